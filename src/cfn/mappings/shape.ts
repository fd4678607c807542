/**
 * Shape helpers the CloudFormation mappings share (src/kinds/*): renaming with verbatim keys, wrappers
 * that cannot be resolved, CloudFormation lists where Pulumi takes one object, `{Quantity, Items}` lists.
 */
import { PropValue, Props } from '../../core/props';
import { Unknown, isUnknown } from '../../core/values';
import { camelCase } from '../names';
import { camelCased, isProps } from './common';

export type Renames = Readonly<Record<string, string>>;
export type Writable = Record<string, PropValue | undefined>;

/**
 * `props` camelCased with `renames`, except the values under `verbatim` keys, which are kept as they
 * are (their keys are names the user chose: `DB_PASSWORD` must not become `dB_PASSWORD`).
 */
export function renamed(props: Props, renames: Renames = {}, verbatim: readonly string[] = []): Writable {
  const rest: Writable = {};
  const kept: Writable = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (verbatim.includes(key)) kept[renames[key] ?? camelCase(key)] = value;
    else rest[key] = value;
  }
  return { ...camelCased(rest, renames), ...kept };
}

/** Every listed Pulumi input set to the same unknown: what a wrapper that cannot be resolved holds. */
export function allUnknown(inputs: readonly string[], u: Unknown): Writable {
  return Object.fromEntries(inputs.map((name) => [name, u]));
}

/** The properties inside a CloudFormation wrapper (`DistributionConfig`...), and the resource's other top-level ones (`Tags`). */
export function unwrapped(props: Props, wrapper: string): { config: Props | Unknown; others: Props } {
  const { [wrapper]: config, ...others } = props;
  if (isUnknown(config)) return { config, others };
  return { config: isProps(config) ? config : {}, others };
}

/** `props` without `keys`. */
export function omit(props: Props, keys: readonly string[]): Props {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !keys.includes(k)));
}

/** A list CloudFormation writes where Pulumi takes one object: its only item; several items stay a list. */
export function single(v: PropValue | undefined): PropValue | undefined {
  return Array.isArray(v) && v.length === 1 ? v[0] : v;
}

/** The items of a CloudFront `{Quantity, Items}` wrapper (already camelCased), which Pulumi writes as a plain list. */
export function itemsOf(v: PropValue | undefined): PropValue | undefined {
  return isProps(v) && v.items !== undefined ? v.items : v;
}

/** A plain list where Pulumi wraps it as `{items}` (cache policy cookies, headers, query strings). */
export function wrapItems(v: PropValue | undefined): PropValue | undefined {
  return Array.isArray(v) ? { items: v } : v;
}

/** `f` applied to each known object item of a list; unknown lists and items stay as they are. */
export function eachItem(v: PropValue | undefined, f: (item: Props) => PropValue): PropValue | undefined {
  if (!Array.isArray(v)) return v;
  return v.map((item) => (isProps(item) ? f(item) : item));
}

/**
 * A CloudFormation map keyed by names the user chose (route keys, parameter names) as Pulumi's list of
 * items naming their key in `keyName`; `f` maps each item's settings.
 */
export function keyedList(v: PropValue | undefined, keyName: string, f: (item: Props) => Writable): PropValue | undefined {
  if (!isProps(v)) return v;
  return Object.entries(v).map(([key, item]) => (isUnknown(item) ? item : defined({ [keyName]: key, ...(isProps(item) ? f(item) : {}) })));
}

/** The props of a resource without the keys whose value is undefined (a mapping leaves those out). */
export function defined(props: Record<string, PropValue | undefined>): Props {
  const out: Writable = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v;
  return out;
}
