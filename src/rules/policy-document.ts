/**
 * The one IAM policy-document reader for every rule that judges a policy (identity policies, S3 bucket
 * policies, KMS key policies, Secrets Manager and OpenSearch resource policies), and the one test of
 * whether a statement grants access to the public. Policies arrive as a JSON string (the usual Pulumi
 * and CloudFormation form) or as an object (Pulumi's `PolicyDocument` input type, whose leaves may
 * be unknown during preview). IAM lets `Statement`, `Action`, `Resource`, `Principal` values and
 * condition values be one item or a list; the reader turns all of them into lists so checks read one shape.
 * Unknown leaves stay in place: a statement with a known `Action: "s3:GetObject"` and an unknown
 * `Resource` can still be judged by a check that only cares about actions.
 */
import { PropValue, isProps } from '../core/props';
import { jsonErrorPosition } from '../core/json-error';
import { Unknown, isUnknown } from '../core/values';
import { classifyCidrUnion } from './net/cidr';

/** One value of a policy element: a known string or an unknown. */
export type PolicyValue = string | Unknown;

export interface PolicyPrincipal {
  /** `*` for `Principal: "*"`, else the key: `AWS`, `Service`, `Federated`, `CanonicalUser`; `?` when the key itself is unknown. */
  type: string;
  values: PolicyValue[];
}

export interface PolicyCondition {
  operator: string;
  key: string;
  values: PolicyValue[];
}

export interface PolicyStatement {
  /** Position in the document, for messages (`Statement[1]`). */
  index: number;
  sid?: string;
  effect: PolicyValue | undefined;
  /** `undefined` when the element is absent (so `Action` and `NotAction` can be told apart). */
  actions?: PolicyValue[];
  notActions?: PolicyValue[];
  resources?: PolicyValue[];
  notResources?: PolicyValue[];
  principals?: PolicyPrincipal[];
  notPrincipals?: PolicyPrincipal[];
  /** Absent or empty = no condition; an unknown `Condition` block reads as `Unknown`. */
  conditions: PolicyCondition[] | Unknown;
}

export type PolicyRead = { status: 'absent' } | { status: 'unknown'; unknown: Unknown } | { status: 'error'; message: string } | { status: 'ok'; statements: PolicyStatement[] };

type Json = PropValue | undefined;

/** Converts parsed JSON (plain values) into the prop-value shape; JSON has no unknowns. */
function fromJson(v: unknown): PropValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === 'object') {
    const out: Record<string, PropValue> = {};
    for (const [k, item] of Object.entries(v as Record<string, unknown>)) out[k] = fromJson(item);
    return out;
  }
  return null;
}

function valuesOf(v: Json, where: string): PolicyValue[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (isUnknown(v)) return [v];
  const items = Array.isArray(v) ? v : [v];
  const out: PolicyValue[] = [];
  items.forEach((item, i) => {
    if (isUnknown(item)) out.push(item);
    else if (typeof item === 'string') out.push(item);
    else if (typeof item === 'number' || typeof item === 'boolean') out.push(String(item));
    else out.push(new Unknown(`${where}[${i}]`));
  });
  return out;
}

function principalsOf(v: Json, where: string): PolicyPrincipal[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (isUnknown(v)) return [{ type: '?', values: [v] }];
  if (typeof v === 'string') return [{ type: v === '*' ? '*' : '?', values: [v] }];
  if (isProps(v)) return Object.keys(v).map((type) => ({ type, values: valuesOf(v[type], `${where}.${type}`) ?? [] }));
  return [{ type: '?', values: [new Unknown(where)] }];
}

function conditionsOf(v: Json, where: string): PolicyCondition[] | Unknown {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return v;
  if (!isProps(v)) return new Unknown(where);
  const out: PolicyCondition[] = [];
  for (const operator of Object.keys(v)) {
    const block = v[operator];
    if (isUnknown(block)) return block;
    if (!isProps(block)) continue;
    for (const key of Object.keys(block)) out.push({ operator, key, values: valuesOf(block[key], `${where}.${operator}.${key}`) ?? [] });
  }
  return out;
}

function statementOf(s: Json, index: number, property: string): PolicyStatement | string {
  const where = `${property}.Statement[${index}]`;
  if (!isProps(s)) return `${where} is not an object`;
  const effect = s.Effect;
  return {
    index,
    sid: typeof s.Sid === 'string' ? s.Sid : undefined,
    effect: isUnknown(effect) || typeof effect === 'string' ? effect : undefined,
    actions: valuesOf(s.Action, `${where}.Action`),
    notActions: valuesOf(s.NotAction, `${where}.NotAction`),
    resources: valuesOf(s.Resource, `${where}.Resource`),
    notResources: valuesOf(s.NotResource, `${where}.NotResource`),
    principals: principalsOf(s.Principal, `${where}.Principal`),
    notPrincipals: principalsOf(s.NotPrincipal, `${where}.NotPrincipal`),
    conditions: conditionsOf(s.Condition, `${where}.Condition`),
  };
}

/**
 * Reads a policy document from a property value. `property` names the property in messages and in
 * the unknowns the reader creates (e.g. `policy`, `inlinePolicies[0].policy`).
 */
export function readPolicyDocument(value: Json, property: string): PolicyRead {
  if (value === undefined || value === null) return { status: 'absent' };
  if (isUnknown(value)) return { status: 'unknown', unknown: value };
  let doc: Json = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return { status: 'absent' };
    try {
      doc = fromJson(JSON.parse(value));
    } catch (e) {
      return { status: 'error', message: `${property} is not valid JSON${jsonErrorPosition(e)}` };
    }
  }
  if (!isProps(doc)) return { status: 'error', message: `${property} is not a policy document (expected an object with a Statement)` };
  const raw = doc.Statement;
  if (raw === undefined || raw === null) return { status: 'ok', statements: [] };
  if (isUnknown(raw)) return { status: 'unknown', unknown: raw };
  const items = Array.isArray(raw) ? raw : [raw];
  const statements: PolicyStatement[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (isUnknown(item)) return { status: 'unknown', unknown: item };
    const s = statementOf(item, i, property);
    if (typeof s === 'string') return { status: 'error', message: s };
    statements.push(s);
  }
  return { status: 'ok', statements };
}

/** `Statement[1]` or `Statement[1] (Sid "PublicRead")`, for messages. */
export function statementLabel(s: PolicyStatement): string {
  return s.sid ? `Statement[${s.index}] (Sid "${s.sid}")` : `Statement[${s.index}]`;
}

/** Three-valued logic: true, false, or not known until deployment. */
export type Tri = boolean | Unknown;

/** Three-valued OR: true if any is true, else unknown if any is unknown, else false. */
export function anyOf(values: readonly Tri[]): Tri {
  if (values.some((v) => v === true)) return true;
  return values.find(isUnknown) ?? false;
}

/** Three-valued AND: false if any is false, else unknown if any is unknown, else true. */
export function allOf(values: readonly Tri[]): Tri {
  if (values.some((v) => v === false)) return false;
  return values.find(isUnknown) ?? true;
}

/** Whether the statement's `Effect` is `effect` (`Allow` or `Deny`); Unknown when the effect is not known. */
export function effectIs(s: PolicyStatement, effect: 'Allow' | 'Deny'): Tri {
  if (isUnknown(s.effect)) return s.effect;
  return s.effect === effect;
}

/** True for an Allow statement, Unknown when the effect is not known. */
export function isAllow(s: PolicyStatement): Tri {
  return effectIs(s, 'Allow');
}

/**
 * Whether principal entries name everyone: `"*"` or `{ AWS: "*" }` (also inside a list). Only an
 * unknown AWS principal (or an unknown key) could turn out to be `*`, so only those make it Unknown.
 */
export function principalsAreEveryone(entries: readonly PolicyPrincipal[]): Tri {
  const found: Tri[] = [];
  for (const p of entries) {
    if (p.type === '*') return true;
    const couldBeStar = p.type === 'AWS' || p.type === '?';
    for (const v of p.values) found.push(isUnknown(v) ? (couldBeStar ? v : false) : couldBeStar && v === '*');
  }
  return anyOf(found);
}

/**
 * Whether the statement grants to everyone: `Principal: "*"`, `Principal: {AWS: "*"}`, or an Allow
 * with `NotPrincipal` (everyone except the listed principals). Unknown when a principal is not known.
 */
export function isPublicPrincipal(s: PolicyStatement): Tri {
  if (s.notPrincipals !== undefined) return true;
  if (s.principals === undefined) return false;
  return principalsAreEveryone(s.principals);
}

/**
 * Condition keys that pin a public principal to callers the owner chose, after AWS's own definition of
 * a public policy (S3 User Guide, "Blocking public access", "The meaning of public"; IAM Access Analyzer):
 * a fixed source ARN, account, owner, VPC or VPC endpoint, organization, principal account or ARN, or
 * user ID. `kms:CallerAccount` is KMS's own account pin in key policies. IAM compares keys
 * case-insensitively, so the list is lower case. `aws:SourceIp` restricts too, with its own value test.
 */
export const RESTRICTING_CONDITION_KEYS: readonly string[] = [
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:principalorgid',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:userid',
  'kms:calleraccount',
];

/** Operators that require the request's value to be one of the listed values (not `Not...`, not `...IfExists`). */
const PINNING_OPERATORS = /^(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike)$/i;

/**
 * A fixed value names one thing: no `*` or `?` wildcard (a `*` alone matches everything) and no policy
 * variable (`${aws:username}` takes the caller's own value).
 */
function isFixedValue(v: string): boolean {
  return v !== '' && !/[*?]/.test(v) && !v.includes('${');
}

/**
 * Whether one condition pins the caller: a restricting key with a positive operator and only fixed
 * values (values are alternatives, so one wildcard among them opens the statement again). `...IfExists`
 * and `ForAllValues:` also match a request without the key, so they never restrict.
 */
export function conditionRestricts(c: PolicyCondition): Tri {
  const operator = c.operator.replace(/^ForAnyValue:/i, '');
  if (/^ForAllValues:/i.test(operator) || /IfExists$/i.test(operator)) return false;
  if (c.values.length === 0) return false;
  const key = c.key.toLowerCase();
  if (key === 'aws:sourceip' && /^IpAddress$/i.test(operator)) return sourceIpRestricts(c.values);
  if (!RESTRICTING_CONDITION_KEYS.includes(key) || !PINNING_OPERATORS.test(operator)) return false;
  return allOf(c.values.map((v) => (isUnknown(v) ? v : isFixedValue(v))));
}

/**
 * An `aws:SourceIp` allowlist pins the caller when its CIDRs together are not internet-wide, judged as the
 * security-group checks judge a source (`classifyCidrUnion`): `0.0.0.0/1` + `128.0.0.0/1` is the whole
 * internet written twice, and so are hundreds of narrow blocks that add up to it. A malformed entry counts
 * as the internet. An unknown entry could widen the list to anything, so it leaves the answer unknown
 * unless the known entries already open it. (`aws:VpcSourceIp` is never a pin: it matches private
 * addresses, which any account's VPC can use.)
 */
function sourceIpRestricts(values: readonly PolicyValue[]): Tri {
  const known = values.filter((v): v is string => !isUnknown(v));
  if (known.some((v) => !isFixedValue(v)) || classifyCidrUnion(known) === 'internet') return false;
  return values.find(isUnknown) ?? true;
}

/**
 * Whether an Allow statement grants access to the public, as AWS defines it: a public principal
 * (`*`, `AWS: *`, or `NotPrincipal`) with no condition that pins the caller (`conditionRestricts`).
 * A condition on any other key (`aws:SecureTransport`, `kms:ViaService`, ...) leaves it public.
 * Unknown when the effect, the principal or a condition that could decide it is not known.
 */
export function isPublicStatement(s: PolicyStatement): Tri {
  const allow = isAllow(s);
  if (allow === false) return false;
  const open = isPublicPrincipal(s);
  if (open === false) return false;
  const restricted: Tri = isUnknown(s.conditions) ? s.conditions : anyOf(s.conditions.map(conditionRestricts));
  if (restricted === true) return false;
  return allOf([allow, open, isUnknown(restricted) ? restricted : true]);
}

/**
 * The public Allow statements of a policy (`isPublicStatement`), and the first unknown that kept a
 * statement from being decided.
 */
export function publicAllowStatements(statements: readonly PolicyStatement[]): { publicStatements: PolicyStatement[]; unknown?: Unknown } {
  const publicStatements: PolicyStatement[] = [];
  let firstUnknown: Unknown | undefined;
  for (const s of statements) {
    const open = isPublicStatement(s);
    if (open === true) publicStatements.push(s);
    else if (isUnknown(open)) firstUnknown ??= open;
  }
  return { publicStatements, unknown: firstUnknown };
}
