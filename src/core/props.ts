/**
 * Normalized resource properties, the one shape every check reads. Both adapters produce it:
 * Pulumi props keep their (camelCase) input names; CloudFormation properties are renamed to them.
 * Readers never throw: a value of the wrong type reads as malformed (`undefined` from the typed
 * readers) so a hostile template cannot crash a check.
 */
import { Ref, Unknown, Value, isUnknown } from './values';

export type Scalar = string | number | boolean;
export type PropValue = Scalar | null | Unknown | Ref | PropValue[] | Props;
export interface Props {
  readonly [key: string]: PropValue | undefined;
}

export function isProps(v: unknown): v is Props {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Ref);
}

/** Reads a dotted path (`defaultCacheBehavior.viewerProtocolPolicy`, `rules.0.apply`); an unknown on the way is returned as is. */
export function get(props: PropValue | undefined, path: string): PropValue | undefined {
  let cur: PropValue | undefined = props;
  for (const step of path.split('.')) {
    if (cur === undefined || cur === null) return undefined;
    if (isUnknown(cur)) return cur;
    if (Array.isArray(cur)) {
      const i = Number(step);
      cur = Number.isInteger(i) ? cur[i] : undefined;
    } else if (isProps(cur)) {
      cur = Object.prototype.hasOwnProperty.call(cur, step) ? cur[step] : undefined;
    } else {
      return undefined;
    }
  }
  return cur === null ? undefined : cur;
}

/** A string property; numbers read as their decimal text (CloudFormation often writes ports as strings and vice versa). */
export function str(props: PropValue | undefined, path: string): Value<string> {
  const v = get(props, path);
  if (typeof v === 'string' || isUnknown(v)) return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** A boolean property; CloudFormation's `"true"`/`"false"` strings read as booleans. */
export function bool(props: PropValue | undefined, path: string): Value<boolean> {
  const v = get(props, path);
  if (typeof v === 'boolean' || isUnknown(v)) return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

/** A number property; numeric strings read as numbers. */
export function num(props: PropValue | undefined, path: string): Value<number> {
  const v = get(props, path);
  if (typeof v === 'number' || isUnknown(v)) return Number.isFinite(v as number) || isUnknown(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/**
 * A list property. A single object where a list is expected reads as a one-element list: Pulumi v6
 * and v7 disagree on several such shapes (e.g. `serverSideEncryptionConfiguration` vs `...Configurations`).
 */
export function list(props: PropValue | undefined, path: string): PropValue[] | Unknown | undefined {
  const v = get(props, path);
  if (v === undefined || isUnknown(v) || Array.isArray(v)) return v;
  return [v];
}

/** An object property. */
export function obj(props: PropValue | undefined, path: string): Props | Unknown | undefined {
  const v = get(props, path);
  if (isProps(v) || isUnknown(v)) return v;
  return undefined;
}

/** The strings of a string-or-list property (`Action: "s3:*"` or `Action: ["s3:*"]`); unknown if any element is. */
export function strings(props: PropValue | undefined, path: string): string[] | Unknown | undefined {
  const v = path === '' ? props : get(props, path);
  if (v === undefined || v === null) return undefined;
  if (isUnknown(v)) return v;
  const items = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of items) {
    if (isUnknown(item)) return item;
    if (typeof item === 'string') out.push(item);
    else if (typeof item === 'number') out.push(String(item));
  }
  return out;
}

/** The first unknown anywhere inside a value, for checks that must read a whole structure (a policy document). */
export function deepUnknown(v: PropValue | undefined): Unknown | undefined {
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) {
    for (const item of v) {
      const u = deepUnknown(item);
      if (u) return u;
    }
  } else if (isProps(v)) {
    for (const key of Object.keys(v)) {
      const u = deepUnknown(v[key]);
      if (u) return u;
    }
  }
  return undefined;
}
