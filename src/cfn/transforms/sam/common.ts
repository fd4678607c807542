/** Shared shapes of the SAM expansion: a template's Resources entry and the output a SAM resource becomes. */
import { Invisible } from '../invisible';

export type Json = unknown;
export type JsonMap = Record<string, Json>;

export interface CfnResource {
  Type: string;
  Properties: JsonMap;
  Condition?: Json;
  DependsOn?: Json;
  Metadata?: Json;
}

export interface Expansion {
  resources: Record<string, CfnResource>;
  invisible: Invisible[];
}

export function isMap(v: Json): v is JsonMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Only the keys given that are present, so absent SAM properties stay absent in CloudFormation (its defaults apply). */
export function present(from: JsonMap, keys: readonly string[]): JsonMap {
  const out: JsonMap = {};
  for (const k of keys) if (from[k] !== undefined) out[k] = from[k];
  return out;
}

/** SAM takes Tags as a map; CloudFormation resources as a list of Key/Value. */
export function tagList(tags: Json): Json {
  return isMap(tags) ? Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) : tags;
}

/** `{Ref: Id}` or `Id` naming another resource of the template, as SAM accepts both for RestApiId/ApiId. */
export function referencedId(v: Json): string | undefined {
  if (typeof v === 'string') return v;
  if (isMap(v) && typeof v.Ref === 'string') return v.Ref;
  return undefined;
}
