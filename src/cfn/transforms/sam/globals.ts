/**
 * The SAM `Globals` section merged into each resource as the SAM translator merges it, ported from
 * aws/serverless-application-model samtranslator/plugins/globals/globals.py `_do_merge`
 * (commit 7000d0a3b0e5e0d9fca014ce135850718aad1290): maps are merged key by key (recursively), lists
 * are concatenated global first, and anything else, or two values of different shapes, takes the
 * resource's own value. An intrinsic function (`{Ref: ...}`, `{Fn::...}`) counts as a scalar.
 */
type Json = unknown;

function isMap(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIntrinsic(v: Record<string, Json>): boolean {
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0].startsWith('Fn::'));
}

type Shape = 'map' | 'list' | 'scalar';
const shapeOf = (v: Json): Shape => (Array.isArray(v) ? 'list' : isMap(v) && !isIntrinsic(v) ? 'map' : 'scalar');

export function mergeGlobal(global: Json, local: Json): Json {
  const shape = shapeOf(global);
  if (shape !== shapeOf(local) || shape === 'scalar') return local;
  if (shape === 'list') return [...(global as Json[]), ...(local as Json[])];
  const out: Record<string, Json> = { ...(global as Record<string, Json>) };
  for (const [key, value] of Object.entries(local as Record<string, Json>)) out[key] = key in out ? mergeGlobal(out[key], value) : value;
  return out;
}

/** The Globals section's entry for each SAM type (`Function` for `AWS::Serverless::Function`). */
export function globalsFor(template: Record<string, Json>, samType: string): Record<string, Json> {
  const globals = template.Globals;
  if (!isMap(globals)) return {};
  const entry = globals[samType.replace(/^AWS::Serverless::/, '')];
  return isMap(entry) ? entry : {};
}

/** A resource's Properties with the Globals of its type merged in (absent properties take the global value whole). */
export function withGlobals(global: Record<string, Json>, local: Record<string, Json>): Record<string, Json> {
  return mergeGlobal(global, local) as Record<string, Json>;
}
