/**
 * Resolves CloudFormation intrinsics inside one template. A whole-value `Ref`/`Fn::GetAtt` to a
 * resource becomes a `Ref` (so cross-resource checks follow it); references inside strings (`Fn::Sub`,
 * `Fn::Join`) become the referenced resource's identity text, which the target's fact lists among its
 * ids. Parameters take the values parameters.ts gives them; conditions the template cannot settle,
 * and parameters with `AllowedValues`, are choices of the context's world (conditions.ts), so one
 * resolution sees one combination of them. Imports, custom resources' attributes, and anything else
 * that depends on deploy-time values become `Unknown` naming the property.
 */
import { PropValue, Props } from '../core/props';
import { Ref, Unknown, isUnknown } from '../core/values';
import { World } from './conditions';
import { ParameterValues, parameterValue } from './parameters';

export interface TemplateContext {
  parameters: Readonly<Record<string, unknown>>;
  resources: Readonly<Record<string, { Type?: unknown; Properties?: unknown }>>;
  mappings: Readonly<Record<string, unknown>>;
  conditions: Readonly<Record<string, unknown>>;
  /** When set, collects the `{LogicalId.Attr}` texts written into strings, so only those become ids. */
  quoted?: Set<string>;
  /** Parameter values the deployer supplies. */
  supplied?: ParameterValues;
  /** The combination of open choices this resolution sees; without one, every open choice is unknown. */
  world?: World;
}

/** Contexts resolved without a world: one that leaves every choice open, so results stay as before enumeration. */
const UNENUMERATED = new WeakMap<TemplateContext, World>();

export function worldOf(ctx: TemplateContext): World {
  if (ctx.world) return ctx.world;
  let world = UNENUMERATED.get(ctx);
  if (!world) {
    world = new World(new Map(), 1);
    UNENUMERATED.set(ctx, world);
  }
  return world;
}

/**
 * Pseudo parameters that do not change a security verdict resolve to symbolic text: one fixed value
 * at deploy time (the account, the region), so a policy condition pinned to `!Ref AWS::AccountId` is
 * pinned. The text avoids `${...}`, which policy readers take for a policy variable. Being text, it
 * must not be compared as known: `Fn::Equals` over it is unknown (`deployTimeValues`), and so is the
 * partition (`aws-cn`, `aws-us-gov` at deployment) even though it reads as `aws`.
 */
const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::Region': '{AWS::Region}',
  'AWS::AccountId': '{AWS::AccountId}',
  'AWS::StackName': '{AWS::StackName}',
  'AWS::StackId': '{AWS::StackId}',
  'AWS::NotificationARNs': '{AWS::NotificationARNs}',
};

/** Marks `AWS::NoValue`: the property is removed. */
const NO_VALUE = Symbol('AWS::NoValue');

/** Buckets whose names are being resolved: a name that quotes its own bucket stops there. */
const NAMING = new Set<string>();

/**
 * The text a bucket's name is written as in strings and ARNs, the one place the template's bucket names
 * are made (the S3 mapping gives a bucket fact the same name, or for an unresolvable one an unknown
 * carrying `unresolvedBucketName` as its identity). Its `BucketName` read as the mapping reads
 * it, through a `Properties: !If` (`distributeIf`), when that resolves to text: a literal, `Fn::Sub` over
 * pseudo parameters, a parameter's `{Name}` (the text `Fn::Sub` writes for `${Name}`). Without a
 * `BucketName`, the logical ID (the name the S3 rules and their tests give a CloudFormation-named
 * bucket). With one the template cannot resolve (an import, a custom resource's attribute, a name that
 * refers back to the bucket), `{LogicalId}`: no bucket can be called that (S3 names have no braces), so
 * only references to this bucket write it, and `!GetAtt Bucket.Arn` still finds this bucket and no other.
 */
export function bucketNameText(ctx: TemplateContext, logicalId: string): string {
  return knownBucketName(ctx, logicalId) ?? unresolvedBucketName(logicalId);
}

/** What `bucketNameText` writes for a bucket whose `BucketName` the template cannot resolve. */
export function unresolvedBucketName(logicalId: string): string {
  return `{${logicalId}}`;
}

/** The bucket's name as known text, or undefined when its `BucketName` does not resolve to text. */
function knownBucketName(ctx: TemplateContext, logicalId: string): string | undefined {
  const resource = ctx.resources[logicalId];
  const properties = distributeIf(resource?.Properties ?? {}, 0);
  const written = isRecord(properties) ? properties.BucketName : undefined;
  if (written === undefined) return logicalId;
  if (NAMING.has(logicalId)) return undefined;
  NAMING.add(logicalId);
  let resolved: Resolved;
  try {
    resolved = resolveValue(written, ctx, 'BucketName', 0);
  } finally {
    NAMING.delete(logicalId);
  }
  // `AWS::NoValue` (as one branch of an `!If`) removes the property: CloudFormation names the bucket.
  if (resolved === NO_VALUE || resolved === undefined) return logicalId;
  const given = asText(resolved, 'BucketName', ctx);
  return typeof given === 'string' ? given : undefined;
}

/**
 * The text a resource reference stands for inside a string. S3 bucket ARNs keep their real shape
 * (policies are written against them, `bucketNameText`); other references use `{LogicalId}` / `{LogicalId.Attr}`.
 */
export function identityText(ctx: TemplateContext, logicalId: string, attribute?: string): string {
  worldOf(ctx).deployTimeValues++;
  if (ctx.resources[logicalId]?.Type === 'AWS::S3::Bucket') {
    if (attribute === 'Arn') return `arn:aws:s3:::${bucketNameText(ctx, logicalId)}`;
    if (attribute === undefined) return bucketNameText(ctx, logicalId);
  }
  if (!attribute) return `{${logicalId}}`;
  const text = `{${logicalId}.${attribute}}`;
  ctx.quoted?.add(text);
  return text;
}

/**
 * A custom resource's attributes (and its physical ID) are whatever its provider returns at
 * deployment; a nested stack's `Outputs.X` are its template's outputs: neither is a resource this
 * template describes, so neither can be followed or read as absent.
 */
function unknowable(ctx: TemplateContext, logicalId: string, attribute: string | undefined, path: string): Unknown | undefined {
  const type = ctx.resources[logicalId]?.Type;
  if (typeof type !== 'string') return undefined;
  const what = attribute ? `${logicalId}.${attribute}` : logicalId;
  if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') return new Unknown(`${path} (${what}, returned by custom resource ${logicalId} at deployment)`);
  if (type === 'AWS::CloudFormation::Stack' && attribute?.startsWith('Outputs.')) return new Unknown(`${path} (${what}, an output of nested stack ${logicalId})`);
  return undefined;
}

type Resolved = PropValue | typeof NO_VALUE | undefined;

/** Own keys only: a template naming `toString` or `constructor` must not reach Object.prototype. */
function has(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parameter(ctx: TemplateContext, name: string, path: string): PropValue {
  return parameterValue(ctx.parameters, name, path, worldOf(ctx), ctx.supplied);
}

function toPropValue(v: unknown): PropValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(toPropValue);
  if (isRecord(v)) {
    const out: Record<string, PropValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPropValue(x);
    return out;
  }
  return null;
}

/**
 * A value as text inside `Fn::Sub`/`Fn::Join`, or an Unknown when it cannot be known. An unknown
 * parameter writes its `{Name}` text: one fixed value at deployment, as a pseudo parameter is.
 */
function asText(v: Resolved, path: string, ctx?: TemplateContext): string | Unknown {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isUnknown(v)) {
    if (v.identity === undefined) return v;
    if (ctx) worldOf(ctx).deployTimeValues++;
    return v.identity;
  }
  if (v instanceof Ref) return `{${v.target}}`;
  return new Unknown(path);
}

/**
 * A condition's truth in the context's world, evaluated once per world (a chain of conditions over
 * earlier ones costs one evaluation each, not one per path through the chain). A condition whose
 * body cannot be settled (it compares deploy-time values) is itself a choice of the world.
 */
function evaluateCondition(ctx: TemplateContext, name: string, path: string): boolean | Unknown {
  if (!has(ctx.conditions, name)) return new Unknown(`${path} (condition ${name})`);
  const world = worldOf(ctx);
  let known = world.conditions.get(name);
  if (known === undefined) {
    // A condition that refers to itself, directly or through others, is unknown. A body starts at depth
    // 0 (conditions refer to conditions, not to properties), bounded instead by how many conditions
    // are being evaluated at once, so a long chain neither overflows the stack nor goes unread.
    if (world.conditionNesting >= MAX_CONDITION_NESTING) return new Unknown(`${path} (condition ${name}: conditions nested too deeply)`);
    world.conditions.set(name, 'evaluating');
    world.conditionEvaluations++;
    world.conditionNesting++;
    let body: boolean | Unknown;
    try {
      body = truth(resolveValue(ctx.conditions[name], ctx, path, 0), path);
    } finally {
      world.conditionNesting--;
    }
    const value = isUnknown(body) ? world.choose({ kind: 'condition', name }, [true, false]) : body;
    known = typeof value === 'boolean' ? value : 'unknown';
    world.conditions.set(name, known);
  }
  return typeof known === 'boolean' ? known : new Unknown(`${path} (condition ${name})`);
}

function truth(v: Resolved, path: string): boolean | Unknown {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return isUnknown(v) ? v : new Unknown(path);
}

function sameResolved(a: Resolved, b: Resolved): boolean {
  return JSON.stringify(a) === JSON.stringify(b) && !isUnknown(a) && !isUnknown(b);
}

/** Whether a value holds an unknown or a reference anywhere: neither can be compared. */
function comparable(v: Resolved): boolean {
  if (isUnknown(v) || v instanceof Ref || v === NO_VALUE) return false;
  if (Array.isArray(v)) return v.every(comparable);
  if (isRecord(v)) return Object.values(v).every((x) => comparable(x as Resolved));
  return true;
}

const MAX_DEPTH = 64;

/**
 * `Ref` of an AWS::SecretsManager::SecretTargetAttachment "returns the ARN of the secret" (CloudFormation
 * resource reference, SecretTargetAttachment, Return values): the attached secret, its `SecretId`. CDK
 * attaches every database secret and hands the attachment on as the secret (aws-cdk aws-secretsmanager
 * lib/secret.ts, `SecretTargetAttachment`: "this is the secret that will be used as the input for the
 * rotation"), so rotation schedules and resource policies naming the attachment are the secret's.
 */
function attachedSecret(ctx: TemplateContext, logicalId: string, path: string, depth: number): Resolved | undefined {
  const resource = ctx.resources[logicalId];
  if (resource?.Type !== 'AWS::SecretsManager::SecretTargetAttachment') return undefined;
  const secretId = isRecord(resource.Properties) ? resource.Properties.SecretId : undefined;
  if (secretId === undefined) return new Unknown(`${path} (Ref ${logicalId}, a target attachment without SecretId)`);
  return resolveValue(secretId, ctx, path, depth + 1);
}
const MAX_CONDITION_NESTING = 200;

function resolveValue(value: unknown, ctx: TemplateContext, path: string, depth: number): Resolved {
  if (depth > MAX_DEPTH) return new Unknown(`${path} (nested too deeply)`);
  if (Array.isArray(value)) {
    const out: PropValue[] = [];
    value.forEach((item, i) => {
      const r = resolveValue(item, ctx, `${path}[${i}]`, depth + 1);
      if (r !== NO_VALUE && r !== undefined) out.push(r);
    });
    return out;
  }
  if (!isRecord(value)) return toPropValue(value);
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const fn = keys[0];
    const arg = value[fn];
    switch (fn) {
      case 'Ref': {
        if (typeof arg !== 'string') return new Unknown(path);
        if (arg === 'AWS::NoValue') return NO_VALUE;
        if (has(PSEUDO, arg)) return pseudo(ctx, arg);
        if (has(ctx.parameters, arg)) return parameter(ctx, arg, path);
        if (has(ctx.resources, arg)) return unknowable(ctx, arg, undefined, path) ?? attachedSecret(ctx, arg, path, depth) ?? new Ref(arg);
        return new Unknown(`${path} (Ref ${arg})`);
      }
      case 'Fn::GetAtt': {
        const [logicalId, attribute] = Array.isArray(arg) ? arg : typeof arg === 'string' ? [arg.split('.')[0], arg.split('.').slice(1).join('.')] : [];
        if (typeof logicalId === 'string' && has(ctx.resources, logicalId)) {
          const notKnown = unknowable(ctx, logicalId, typeof attribute === 'string' ? attribute : undefined, path);
          if (notKnown) return notKnown;
          // An S3 bucket ARN is written into policies; give it its real shape even as a whole value.
          if (ctx.resources[logicalId]?.Type === 'AWS::S3::Bucket' && attribute === 'Arn') return identityText(ctx, logicalId, 'Arn');
          return new Ref(logicalId);
        }
        return new Unknown(`${path} (GetAtt ${String(logicalId)})`);
      }
      case 'Fn::Sub': {
        const [template, vars] = Array.isArray(arg) ? [arg[0], isRecord(arg[1]) ? arg[1] : {}] : [arg, {}];
        if (typeof template !== 'string') return new Unknown(path);
        let unknown: Unknown | undefined;
        const text = template.replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => {
          let part: string | Unknown;
          if (has(vars, name)) part = asText(resolveValue(vars[name], ctx, path, depth + 1), path, ctx);
          else if (has(PSEUDO, name)) part = pseudo(ctx, name);
          else if (has(ctx.parameters, name)) part = asText(parameter(ctx, name, path), path, ctx);
          else if (name.includes('.')) {
            const [id, ...attr] = name.split('.');
            part = has(ctx.resources, id) ? (unknowable(ctx, id, attr.join('.'), path) ?? identityText(ctx, id, attr.join('.'))) : new Unknown(`${path} (\${${name}})`);
          } else part = has(ctx.resources, name) ? (unknowable(ctx, name, undefined, path) ?? identityText(ctx, name)) : new Unknown(`${path} (\${${name}})`);
          if (isUnknown(part)) {
            unknown ??= part;
            return '';
          }
          return part;
        });
        return unknown ?? text.replace(/\$\{!/g, '${');
      }
      case 'Fn::Join': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') return new Unknown(path);
        const items = resolveValue(arg[1], ctx, path, depth + 1);
        if (isUnknown(items)) return new Unknown(items.property);
        if (!Array.isArray(items)) return new Unknown(path);
        const parts = items.map((item) => (item instanceof Ref ? identityText(ctx, item.target) : asText(item, path, ctx)));
        const u = parts.find(isUnknown);
        return u ?? parts.join(arg[0]);
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg)) return new Unknown(path);
        const index = resolveValue(arg[0], ctx, path, depth + 1);
        const list = resolveValue(arg[1], ctx, path, depth + 1);
        if (isUnknown(list) || isUnknown(index)) return new Unknown(path);
        // Only a number or numeric text selects; an `AWS::NoValue` index (a symbol) cannot even be converted.
        const at = typeof index === 'number' || typeof index === 'string' ? Number(index) : NaN;
        return Array.isArray(list) && list[at] !== undefined ? list[at] : new Unknown(path);
      }
      case 'Fn::Split': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') return new Unknown(path);
        const source = resolveValue(arg[1], ctx, path, depth + 1);
        return typeof source === 'string' ? source.split(arg[0]) : new Unknown(path);
      }
      case 'Fn::FindInMap': {
        if (!Array.isArray(arg)) return new Unknown(path);
        const [m, k1, k2] = arg.map((a) => resolveValue(a, ctx, path, depth + 1));
        if (typeof m !== 'string' || typeof k1 !== 'string' || typeof k2 !== 'string') return new Unknown(path);
        const mapping = ctx.mappings[m];
        const top = isRecord(mapping) ? mapping[k1] : undefined;
        const v = isRecord(top) ? top[k2] : undefined;
        return v === undefined ? new Unknown(path) : toPropValue(v);
      }
      case 'Fn::If': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') return new Unknown(path);
        const cond = evaluateCondition(ctx, arg[0], path);
        // Only the branch taken is resolved: the other's open choices do not multiply the worlds.
        if (cond === true) return resolveValue(arg[1], ctx, path, depth + 1);
        if (cond === false) return resolveValue(arg[2], ctx, path, depth + 1);
        const whenTrue = resolveValue(arg[1], ctx, path, depth + 1);
        const whenFalse = resolveValue(arg[2], ctx, path, depth + 1);
        return sameResolved(whenTrue, whenFalse) ? whenTrue : new Unknown(`${path} (condition ${arg[0]})`);
      }
      case 'Fn::Equals': {
        if (!Array.isArray(arg)) return new Unknown(path);
        const world = worldOf(ctx);
        const before = world.deployTimeValues;
        const [a, b] = arg.map((x) => resolveValue(x, ctx, path, depth + 1));
        // Placeholder text (a pseudo parameter, a parameter's `{Name}`, a resource's identity) is not the
        // value it stands for: a comparison with it is unknown, never false.
        if (world.deployTimeValues !== before || !comparable(a) || !comparable(b)) return new Unknown(`${path} (compares a value known only at deployment)`);
        return JSON.stringify(a) === JSON.stringify(b);
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(arg)) return new Unknown(path);
        const values = arg.map((x) => truth(resolveValue(x, ctx, path, depth + 1), path));
        if (fn === 'Fn::And' && values.includes(false)) return false;
        if (fn === 'Fn::Or' && values.includes(true)) return true;
        return values.some(isUnknown) ? new Unknown(path) : fn === 'Fn::And';
      }
      case 'Fn::Not': {
        const v = Array.isArray(arg) ? truth(resolveValue(arg[0], ctx, path, depth + 1), path) : new Unknown(path);
        return isUnknown(v) ? v : !v;
      }
      case 'Condition':
        // The condition function takes a condition's name; with anything else this is a property named
        // Condition (a policy statement's, an S3 routing rule's), read as written.
        if (typeof arg === 'string') return evaluateCondition(ctx, arg, path);
        break;
      case 'Fn::Base64':
        return resolveValue(arg, ctx, path, depth + 1);
      case 'Fn::ImportValue':
      case 'Fn::GetAZs':
      case 'Fn::Cidr':
      case 'Fn::Transform':
      case 'Fn::ToJsonString':
      case 'Fn::Length':
        return new Unknown(`${path} (${fn})`);
    }
  }
  const out: Record<string, PropValue> = {};
  for (const key of keys) {
    const r = resolveValue(value[key], ctx, path ? `${path}.${key}` : key, depth + 1);
    if (r !== NO_VALUE && r !== undefined) out[key] = r;
  }
  return out;
}

function pseudo(ctx: TemplateContext, name: string): string {
  worldOf(ctx).deployTimeValues++;
  return PSEUDO[name];
}

const isNoValue = (v: unknown) => isRecord(v) && Object.keys(v).length === 1 && v.Ref === 'AWS::NoValue';

/**
 * `Properties: !If [C, A, B]` as if each property were written `!If [C, A.p, B.p]` (a property one
 * branch lacks is `AWS::NoValue` there): a condition that cannot be settled then leaves the properties
 * that differ unknown, instead of the whole resource reading as having no properties.
 */
function distributeIf(properties: unknown, depth: number): unknown {
  if (!isRecord(properties) || Object.keys(properties).length !== 1 || depth > MAX_DEPTH) return properties;
  const arg = properties['Fn::If'];
  if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return properties;
  const branches = [arg[1], arg[2]].map((b) => (isNoValue(b) ? {} : distributeIf(b, depth + 1)));
  if (!branches.every(isRecord)) return properties;
  const [whenTrue, whenFalse] = branches as Record<string, unknown>[];
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(whenTrue), ...Object.keys(whenFalse)])) {
    const pick = (b: Record<string, unknown>) => (has(b, key) ? b[key] : { Ref: 'AWS::NoValue' });
    out[key] = { 'Fn::If': [arg[0], pick(whenTrue), pick(whenFalse)] };
  }
  return out;
}

/** A resource's properties with every intrinsic resolved (the names stay CloudFormation's). */
export function resolveProperties(properties: unknown, ctx: TemplateContext): Props {
  const r = resolveValue(distributeIf(properties ?? {}, 0), ctx, '', 0);
  return isRecord(r) && !(r instanceof Ref) && !isUnknown(r) ? (r as Props) : {};
}

/** Whether a resource with a `Condition` is created: true, false, or unknown (treated as created by callers). */
export function resourceCondition(condition: unknown, ctx: TemplateContext): boolean | Unknown {
  return typeof condition === 'string' ? evaluateCondition(ctx, condition, 'Condition') : true;
}
