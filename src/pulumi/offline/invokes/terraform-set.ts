/**
 * The order in which the Terraform plugin SDK (v2) lists a `TypeSet`: elements are keyed by the
 * decimal string of their hash code, duplicates (same code) collapse to the first, and `List()`
 * returns them sorted by that string (helper/schema/set.go `listCode`, hashicorp/terraform-plugin-sdk
 * at 05d3fe3). A set of strings hashes each element's serialization `value;` (`HashSchema` over
 * `SerializeValueForHash`, helper/schema/serialize.go at 8131f62); a set of blocks hashes
 * `<key>:<value>;` for each schema key in sorted order. Bridged providers such as `@pulumi/aws` read
 * their sets through the same SDK, so a data source sees set elements in this order, not the
 * program's. Hash codes are non-negative on 64-bit builds (`int(crc32)`).
 */
import { crc32 } from './crc32';

/** Elements of a set in the order the SDK lists them, duplicates removed. */
export function sdkSetOrder<T>(items: readonly T[], serialize: (item: T) => string): T[] {
  const byCode = new Map<string, T>();
  for (const item of items) {
    const code = String(crc32(serialize(item)));
    if (!byCode.has(code)) byCode.set(code, item);
  }
  return [...byCode.keys()].sort(compareBytes).map((code) => byCode.get(code) as T);
}

/** `SerializeValueForHash` of a string in a set or list: the string and a `;`. */
export const serializeString = (value: string): string => `${value};`;

/** A set of strings as it appears inside a block's serialization: `{a;b;};`, members in set order. */
export function serializeStringSet(values: readonly string[]): string {
  return `{${sdkSetOrder(values, serializeString).map(serializeString).join('')}};`;
}

/** A list of strings inside a block's serialization: `(a;b;);`, in the given order. */
export function serializeStringList(values: readonly string[]): string {
  return `(${values.map(serializeString).join('')});`;
}

/** Go compares strings byte by byte (UTF-8); JavaScript's default sort compares UTF-16 code units. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
