/**
 * `Fn::ForEach` (Transform `AWS::LanguageExtensions`) expanded as the AWS docs define it
 * (AWS CloudFormation User Guide, "Fn::ForEach"; intrinsic-function-reference-foreach.html):
 *
 *   Fn::ForEach::LoopName: [Identifier, Collection, {OutputKey: OutputValue}]
 *
 * For each string of the collection, `${Identifier}` in an output key becomes the value and
 * `&{Identifier}` the value with its non-alphanumeric characters removed; in the output value
 * `{Ref: Identifier}` becomes the value, and `${Identifier}` inside `Fn::Sub` texts. Loops nest, and
 * stand in Resources, in a resource's properties, in Conditions and in Outputs. The collection is a
 * list of strings, or a Ref to a CommaDelimitedList (or List<...>) parameter; anything else (or a
 * parameter without a value known here) leaves the loop's output unseen, reported as invisible.
 *
 * Fn::Length of a literal list and Fn::ToJsonString of a value without intrinsics are folded too.
 */
import { Invisible } from './invisible';
import { ParameterValues } from '../parameters';
import { Json, JsonMap, isMap } from './sam/common';

const LOOP = /^Fn::ForEach::/;

export const LANGUAGE_EXTENSIONS = 'AWS::LanguageExtensions';

interface Ctx {
  parameters: JsonMap;
  supplied?: ParameterValues;
  invisible: Invisible[];
  /** Where the expansion stands, for the invisible finding's key. */
  at: string;
}

function collectionOf(v: Json, ctx: Ctx): string[] | undefined {
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string' || typeof x === 'number') ? v.map(String) : undefined;
  if (!isMap(v) || typeof v.Ref !== 'string' || Object.keys(v).length !== 1) return undefined;
  const declaration = ctx.parameters[v.Ref];
  if (!isMap(declaration) || typeof declaration.Type !== 'string') return undefined;
  if (declaration.Type !== 'CommaDelimitedList' && !/^List<(?!AWS::SSM)/.test(declaration.Type)) return undefined;
  const given = ctx.supplied?.get(v.Ref) ?? declaration.Default;
  if (Array.isArray(given)) return given.map(String);
  return typeof given === 'string' ? given.split(',').map((s) => s.trim()) : undefined;
}

function substituteKey(key: string, id: string, value: string): string {
  return key
    .split(`\${${id}}`)
    .join(value)
    .split(`&{${id}}`)
    .join(value.replace(/[^A-Za-z0-9]/g, ''));
}

function substituteValue(v: Json, id: string, value: string, inSub = false): Json {
  if (typeof v === 'string') return inSub ? v.split(`\${${id}}`).join(value) : v;
  if (Array.isArray(v)) return v.map((x) => substituteValue(x, id, value, inSub));
  if (!isMap(v)) return v;
  const keys = Object.keys(v);
  if (keys.length === 1 && keys[0] === 'Ref' && v.Ref === id) return value;
  const out: JsonMap = {};
  for (const [k, x] of Object.entries(v)) {
    const sub = k === 'Fn::Sub';
    // Fn::Sub's first element (or whole string) is the text; its variable map is plain values.
    const next = sub && Array.isArray(x) ? [substituteValue(x[0], id, value, true), ...x.slice(1).map((y) => substituteValue(y, id, value))] : substituteValue(x, id, value, inSub || sub);
    out[substituteKey(k, id, value)] = next;
  }
  return out;
}

/** A mapping with its `Fn::ForEach::` entries replaced by their output, recursively through values. */
function expandMap(m: JsonMap, ctx: Ctx): JsonMap {
  const out: JsonMap = {};
  for (const [key, value] of Object.entries(m)) {
    if (!LOOP.test(key)) {
      out[key] = expandValue(value, ctx);
      continue;
    }
    const loop = Array.isArray(value) && value.length === 3 && typeof value[0] === 'string' && isMap(value[2]) ? value : undefined;
    const collection = loop ? collectionOf(loop[1], ctx) : undefined;
    if (!loop || !collection) {
      ctx.invisible.push({ key: `${ctx.at}/${key}`, type: 'Fn::ForEach', what: `${key} at ${ctx.at} (its collection is not a list of strings or a list parameter with a known value)`, kinds: 'all' });
      continue;
    }
    const [id, , body] = loop as [string, Json, JsonMap];
    for (const item of collection) {
      const once = substituteValue(body, id, item) as JsonMap;
      Object.assign(out, expandMap(once, ctx));
    }
  }
  return out;
}

function expandValue(v: Json, ctx: Ctx): Json {
  if (Array.isArray(v)) return v.map((x) => expandValue(x, ctx));
  if (!isMap(v)) return v;
  const keys = Object.keys(v);
  if (keys.length === 1 && keys[0] === 'Fn::Length' && Array.isArray(v['Fn::Length'])) return v['Fn::Length'].length;
  if (keys.length === 1 && keys[0] === 'Fn::ToJsonString' && !hasIntrinsic(v['Fn::ToJsonString'])) return JSON.stringify(v['Fn::ToJsonString']);
  return expandMap(v, ctx);
}

function hasIntrinsic(v: Json): boolean {
  if (Array.isArray(v)) return v.some(hasIntrinsic);
  if (!isMap(v)) return false;
  return Object.entries(v).some(([k, x]) => k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') || hasIntrinsic(x));
}

export function hasForEach(v: Json): boolean {
  if (Array.isArray(v)) return v.some(hasForEach);
  if (!isMap(v)) return false;
  return Object.entries(v).some(([k, x]) => LOOP.test(k) || k === 'Fn::Length' || k === 'Fn::ToJsonString' || hasForEach(x));
}

export function expandForEach(template: JsonMap, supplied?: ParameterValues): { template: JsonMap; invisible: Invisible[] } {
  const invisible: Invisible[] = [];
  const parameters = isMap(template.Parameters) ? template.Parameters : {};
  const out: JsonMap = { ...template };
  for (const section of ['Conditions', 'Resources', 'Outputs']) {
    const s = template[section];
    if (isMap(s)) out[section] = expandMap(s, { parameters, supplied, invisible, at: section });
  }
  return { template: out, invisible };
}
