/**
 * `aws.iam.getPolicyDocument` computed offline. The data source calls no AWS API: it is a pure
 * function of its arguments, so its `json`, `minifiedJson` and `id` are known exactly. Ported from
 * terraform-provider-aws (which `@pulumi/aws` bridges): the data source's read function
 * (internal/service/iam/policy_document_data_source.go at 04e9356) and the policy model it marshals
 * (internal/service/iam/policy_model.go at 084fd7b), with the plugin SDK's set ordering
 * (`terraform-set.ts`) and Go's JSON encoding (`go-json.ts`).
 *
 * What the provider does, in order: merge `sourcePolicyDocuments` (a Sid may appear only once across
 * them), then the document's own `statements` (a statement whose Sid exists replaces it in place),
 * then each of `overridePolicyDocuments` (same replacement); a merged document takes the newest
 * `Version` and the last non-empty `Id`. Sets (actions, resources, principal identifiers) are
 * deduplicated and sorted in reverse; a single value is written as a string, several as a list.
 * Principal and condition blocks come in the SDK's set order; `&{` becomes `${` in resources,
 * principals and condition values (an error in version 2008-10-17). A principal block `*` with the
 * single identifier `*` is written `"Principal": "*"`; `{"AWS": "*"}` stays as it is (IAM rejects
 * `"*"` in a role's trust policy).
 */
import { crc32 } from './crc32';
import { GoObject, GoValue, fromParsedJson, goMap, goMarshal, goMarshalIndent } from './go-json';
import { compareBytes, sdkSetOrder, serializeStringList, serializeStringSet } from './terraform-set';

/** The provider refuses the arguments: the message it gives (the invoke fails, as it would in `pulumi preview`). */
export class PolicyDocumentError extends Error {}

interface Principal {
  type: string;
  identifiers: string | string[];
}
interface Condition {
  test: string;
  variable: string;
  values: string | string[];
}
interface Statement {
  sid: string;
  effect: string;
  /** Decoded from a source document these hold whatever JSON it had (Go `any`). */
  actions?: GoValue;
  notActions?: GoValue;
  resources?: GoValue;
  notResources?: GoValue;
  principals: Principal[];
  notPrincipals: Principal[];
  conditions: Condition[];
}
interface PolicyDoc {
  version: string;
  id: string;
  statements: Statement[];
}

export interface PolicyDocumentResult {
  json: string;
  minifiedJson: string;
  id: string;
}

const VERSIONS = ['2008-10-17', '2012-10-17'];
const EFFECTS = ['Allow', 'Deny'];

type Args = Record<string, unknown>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A Terraform string attribute: numbers and booleans convert to strings as Terraform converts them. */
function stringAttr(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new PolicyDocumentError(`${where}: a string is required`);
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new PolicyDocumentError(`${where}: a list of strings is required`);
  return value.map((v, i) => stringAttr(v, `${where}[${i}]`) ?? '');
}

function blockList(value: unknown, where: string): Args[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every(isRecord)) throw new PolicyDocumentError(`${where}: a list of objects is required`);
  return value;
}

/** `policyDecodeConfigStrings`: one value as a string, several sorted in reverse (Go byte order). */
function decodeStrings(values: readonly string[]): string | string[] {
  if (values.length === 1) return values[0];
  return [...values].sort(compareBytes).reverse();
}

/** A `TypeSet` of strings as the read function receives it: deduplicated, then decoded. */
function stringSet(value: unknown, where: string): string | string[] | undefined {
  const values = sdkSetOrder(stringList(value, where), (v) => v);
  return values.length > 0 ? decodeStrings(values) : undefined;
}

/** `dataSourcePolicyDocumentReplaceVarsInList`: the `&{var}` spelling becomes a policy variable `${var}`. */
function replaceVars<T extends string | string[]>(value: T, version: string): T {
  const one = (v: string): string => {
    if (version === '2008-10-17' && v.includes('&{')) throw new PolicyDocumentError(`found &{ sequence in (${v}), which is not supported in document version 2008-10-17`);
    return v.split('&{').join('${');
  };
  return (Array.isArray(value) ? value.map(one) : one(value)) as T;
}

function principalsOf(value: unknown, version: string, where: string): Principal[] {
  const blocks = blockList(value, where).map((b, i) => ({ type: stringAttr(b.type, `${where}[${i}].type`) ?? '', identifiers: stringList(b.identifiers, `${where}[${i}].identifiers`) }));
  return sdkSetOrder(blocks, (b) => `identifiers:${serializeStringSet(b.identifiers)}type:${b.type};`).map((b) => ({
    type: b.type,
    identifiers: replaceVars(decodeStrings(sdkSetOrder(b.identifiers, (v) => v)), version),
  }));
}

function conditionsOf(value: unknown, version: string, where: string): Condition[] {
  const blocks = blockList(value, where).map((b, i) => ({
    test: stringAttr(b.test, `${where}[${i}].test`) ?? '',
    variable: stringAttr(b.variable, `${where}[${i}].variable`) ?? '',
    values: stringList(b.values, `${where}[${i}].values`),
  }));
  return sdkSetOrder(blocks, (b) => `test:${b.test};values:${serializeStringList(b.values)}variable:${b.variable};`).map((b) => {
    const values = replaceVars(b.values, version);
    return { test: b.test, variable: b.variable, values: values.length === 1 ? values[0] : values };
  });
}

function statementsOf(value: unknown, version: string): Statement[] {
  const sids = new Set<string>();
  return blockList(value, 'statements').map((s, i) => {
    const where = `statements[${i}]`;
    const effect = stringAttr(s.effect, `${where}.effect`) ?? 'Allow';
    if (!EFFECTS.includes(effect)) throw new PolicyDocumentError(`expected statement.${i}.effect to be one of ["Allow" "Deny"], got ${effect}`);
    const sid = stringAttr(s.sid, `${where}.sid`) ?? '';
    if (!/^[a-zA-Z0-9]*$/.test(sid)) throw new PolicyDocumentError(`invalid value for statement.${i}.sid (must only include alphanumeric characters)`);
    if (sids.has(sid)) throw new PolicyDocumentError(`writing IAM Policy Document: duplicate Sid (${sid}). Remove the Sid or ensure the Sid is unique.`);
    if (sid !== '') sids.add(sid);
    const resources = stringSet(s.resources, `${where}.resources`);
    const notResources = stringSet(s.notResources, `${where}.notResources`);
    return {
      sid,
      effect,
      actions: stringSet(s.actions, `${where}.actions`),
      notActions: stringSet(s.notActions, `${where}.notActions`),
      resources: resources === undefined ? undefined : replaceVars(resources, version),
      notResources: notResources === undefined ? undefined : replaceVars(notResources, version),
      principals: principalsOf(s.principals, version, `${where}.principals`),
      notPrincipals: principalsOf(s.notPrincipals, version, `${where}.notPrincipals`),
      conditions: conditionsOf(s.conditions, version, `${where}.conditions`),
    };
  });
}

/**
 * Go's decoder matches JSON member names to struct fields case-insensitively; when several match,
 * the last one wins.
 */
function member(obj: Record<string, unknown>, field: string): unknown {
  let found: unknown;
  for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === field.toLowerCase()) found = v;
  return found;
}

function decodedString(obj: Record<string, unknown>, field: string, where: string): string {
  const v = member(obj, field);
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw new PolicyDocumentError(`${where}: json: cannot unmarshal ${typeof v} into Go struct field ${field} of type string`);
  return v;
}

/** `iamPolicyStatementPrincipalSet.UnmarshalJSON`: any string means everyone; a map gives one principal per type. */
function decodePrincipals(raw: unknown, where: string): Principal[] {
  if (raw === undefined) return [];
  if (typeof raw === 'string') return [{ type: '*', identifiers: ['*'] }];
  if (!isRecord(raw)) throw new PolicyDocumentError(`${where}: Unsupported data type ${raw === null ? '<nil>' : typeof raw} for IAMPolicyStatementPrincipalSet`);
  return Object.entries(raw).map(([type, value]) => {
    if (typeof value === 'string') return { type, identifiers: value };
    if (!Array.isArray(value)) throw new PolicyDocumentError(`${where}: Unsupported data type ${typeof value} for IAMPolicyStatementPrincipalSet.Identifiers`);
    const ids = value.map((v, i) => {
      if (typeof v !== 'string')
        throw new PolicyDocumentError(`${where}: Unsupported element type ${typeof v} for IAMPolicyStatementPrincipalSet.Identifiers[${i}] (principal type "${type}"): must be string`);
      return v;
    });
    return { type, identifiers: ids.sort(compareBytes) };
  });
}

/**
 * `iamPolicyStatementConditionSet.UnmarshalJSON`: a string value becomes a one-item list, a boolean its
 * text; numbers and other values are dropped without an error, as the provider drops them.
 */
function decodeConditions(raw: unknown, where: string): Condition[] {
  if (raw === undefined || raw === null) return [];
  if (!isRecord(raw)) throw new PolicyDocumentError(`${where}: json: cannot unmarshal ${typeof raw} into a map of conditions`);
  const out: Condition[] = [];
  for (const [test, vars] of Object.entries(raw)) {
    if (vars === null) continue;
    if (!isRecord(vars)) throw new PolicyDocumentError(`${where}.${test}: json: cannot unmarshal ${typeof vars} into a map of condition keys`);
    for (const [variable, values] of Object.entries(vars)) {
      if (typeof values === 'string') out.push({ test, variable, values: [values] });
      else if (typeof values === 'boolean') out.push({ test, variable, values: String(values) });
      else if (Array.isArray(values)) {
        if (!values.every((v): v is string => typeof v === 'string')) throw new PolicyDocumentError(`${where}.${test}.${variable}: condition values must be strings`);
        out.push({ test, variable, values });
      }
    }
  }
  return out;
}

function decodeAny(obj: Record<string, unknown>, field: string): GoValue | undefined {
  const v = member(obj, field);
  return v === undefined || v === null ? undefined : fromParsedJson(v);
}

/** `json.Unmarshal` of a source or override document into the provider's policy model. */
function decodeDocument(text: string, what: string): PolicyDoc {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new PolicyDocumentError(`${what} contains an invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isRecord(parsed))
    throw new PolicyDocumentError(`writing IAM Policy Document: ${what}: json: cannot unmarshal ${Array.isArray(parsed) ? 'array' : typeof parsed} into Go value of type iam.iamPolicyDoc`);
  const rawStatements = member(parsed, 'Statement');
  if (rawStatements !== undefined && rawStatements !== null && !Array.isArray(rawStatements)) {
    throw new PolicyDocumentError(`writing IAM Policy Document: ${what}: json: cannot unmarshal ${typeof rawStatements} into Go struct field iamPolicyDoc.Statement of type []*iam.iamPolicyStatement`);
  }
  const statements = ((rawStatements as unknown[] | null | undefined) ?? []).map((s, i) => {
    const where = `${what}: Statement[${i}]`;
    if (!isRecord(s)) throw new PolicyDocumentError(`writing IAM Policy Document: ${where} is not an object`);
    return {
      sid: decodedString(s, 'Sid', where),
      effect: decodedString(s, 'Effect', where),
      actions: decodeAny(s, 'Action'),
      notActions: decodeAny(s, 'NotAction'),
      resources: decodeAny(s, 'Resource'),
      notResources: decodeAny(s, 'NotResource'),
      principals: decodePrincipals(member(s, 'Principal'), `${where}.Principal`),
      notPrincipals: decodePrincipals(member(s, 'NotPrincipal'), `${where}.NotPrincipal`),
      conditions: decodeConditions(member(s, 'Condition'), `${where}.Condition`),
    };
  });
  return { version: decodedString(parsed, 'Version', what), id: decodedString(parsed, 'Id', what), statements };
}

/** `iamPolicyDoc.Merge`. */
function merge(into: PolicyDoc, doc: PolicyDoc): void {
  if (doc.id.length > 0) into.id = doc.id;
  if (compareBytes(doc.version, into.version) > 0) into.version = doc.version;
  for (const statement of doc.statements) {
    const at = statement.sid === '' ? -1 : into.statements.findIndex((s) => s.sid === statement.sid);
    if (at >= 0) into.statements[at] = statement;
    else into.statements.push(statement);
  }
}

/** `iamPolicyStatementPrincipalSet.MarshalJSON`. */
function encodePrincipals(principals: readonly Principal[]): GoValue {
  if (principals.length === 1 && principals[0].type === '*') {
    const ids = principals[0].identifiers;
    if (ids === '*' || (Array.isArray(ids) && ids.length === 1 && ids[0] === '*')) return '*';
  }
  const byType = new Map<string, string | string[]>();
  for (const p of principals) {
    const existing = byType.get(p.type);
    if (Array.isArray(p.identifiers)) {
      const ids = [...p.identifiers].sort(compareBytes).reverse();
      byType.set(p.type, existing === undefined ? ids : [...(Array.isArray(existing) ? existing : [existing]), ...ids]);
    } else {
      byType.set(p.type, existing === undefined ? p.identifiers : [...(Array.isArray(existing) ? existing : [existing]), p.identifiers]);
    }
  }
  return goMap(byType);
}

/** `iamPolicyStatementConditionSet.MarshalJSON`: values of the same test and key are concatenated; one value is written as a string. */
function encodeConditions(conditions: readonly Condition[]): GoObject {
  const byTest = new Map<string, Map<string, string[]>>();
  for (const c of conditions) {
    const vars = byTest.get(c.test) ?? new Map<string, string[]>();
    byTest.set(c.test, vars);
    vars.set(c.variable, [...(vars.get(c.variable) ?? []), ...(Array.isArray(c.values) ? c.values : [c.values])]);
  }
  return goMap([...byTest].map(([test, vars]) => [test, goMap([...vars].map(([k, v]) => [k, v.length === 1 ? v[0] : v] as const))] as const));
}

/** The struct fields in declaration order, each left out when Go's `omitempty` would. */
function encodeStatement(s: Statement): GoObject {
  const fields: Array<readonly [string, GoValue]> = [];
  if (s.sid !== '') fields.push(['Sid', s.sid]);
  if (s.effect !== '') fields.push(['Effect', s.effect]);
  const values: Array<[string, GoValue | undefined]> = [
    ['Action', s.actions],
    ['NotAction', s.notActions],
    ['Resource', s.resources],
    ['NotResource', s.notResources],
  ];
  for (const [name, v] of values) if (v !== undefined) fields.push([name, v]);
  if (s.principals.length > 0) fields.push(['Principal', encodePrincipals(s.principals)]);
  if (s.notPrincipals.length > 0) fields.push(['NotPrincipal', encodePrincipals(s.notPrincipals)]);
  if (s.conditions.length > 0) fields.push(['Condition', encodeConditions(s.conditions)]);
  return new GoObject(fields);
}

function encodeDocument(doc: PolicyDoc): GoObject {
  const fields: Array<readonly [string, GoValue]> = [];
  if (doc.version !== '') fields.push(['Version', doc.version]);
  if (doc.id !== '') fields.push(['Id', doc.id]);
  if (doc.statements.length > 0) fields.push(['Statement', doc.statements.map(encodeStatement)]);
  return new GoObject(fields);
}

/** Documents of a list argument, skipping empty entries as the provider does. */
function documentTexts(value: unknown, name: string): Array<{ text: string; index: number }> {
  return stringList(value, name)
    .map((text, index) => ({ text, index }))
    .filter((d) => d.text !== '');
}

/** The data source's read function over the invoke's arguments (Pulumi names). */
export function getPolicyDocument(args: Args): PolicyDocumentResult {
  for (const [arg, tfName] of [
    ['sourceJson', 'source_json'],
    ['overrideJson', 'override_json'],
  ] as const) {
    const v = stringAttr(args[arg], arg);
    // Deprecated and "Not used" since provider v5: the schema accepts only an empty string.
    if (v !== undefined && v !== '') throw new PolicyDocumentError(`expected "${tfName}" to be an empty string: got ${v}`);
  }
  const version = stringAttr(args.version, 'version') ?? '2012-10-17';
  if (!VERSIONS.includes(version)) throw new PolicyDocumentError(`expected version to be one of ["2008-10-17" "2012-10-17"], got ${version}`);

  const merged: PolicyDoc = { version: '', id: '', statements: [] };
  const sourceSids = new Set<string>();
  for (const { text, index } of documentTexts(args.sourcePolicyDocuments, 'sourcePolicyDocuments')) {
    const source = decodeDocument(text, `"source_policy_documents.${index}"`);
    source.statements.forEach((s, i) => {
      if (s.sid === '') return;
      if (sourceSids.has(s.sid)) {
        throw new PolicyDocumentError(
          `writing IAM Policy Document: merging source document ${index}: duplicate Sid (${s.sid}) in source_policy_documents (statement ${i}). Remove the Sid or ensure Sids are unique.`,
        );
      }
      sourceSids.add(s.sid);
    });
    merge(merged, source);
  }
  merge(merged, { version, id: stringAttr(args.policyId, 'policyId') ?? '', statements: statementsOf(args.statements, version) });
  for (const { text, index } of documentTexts(args.overridePolicyDocuments, 'overridePolicyDocuments')) {
    merge(merged, decodeDocument(text, `"override_policy_documents.${index}"`));
  }

  const encoded = encodeDocument(merged);
  const json = goMarshalIndent(encoded);
  // `create.StringHashcode`: the CRC-32 of the JSON text, never negative on 64-bit builds.
  return { json, minifiedJson: goMarshal(encoded), id: String(crc32(json)) };
}
