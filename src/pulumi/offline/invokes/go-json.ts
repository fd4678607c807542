/**
 * JSON text exactly as Go's `encoding/json` writes it, for values computed the way a Go provider
 * computes them: `json.Marshal` (compact) and `json.MarshalIndent(v, "", "  ")`. Differences from
 * `JSON.stringify` that change the text: Go escapes `<`, `>`, `&`, U+2028 and U+2029 (HTML-safe
 * output, the default), replaces invalid UTF-16 (lone surrogates) with U+FFFD, and writes Go map keys
 * in byte order, where JavaScript objects put integer-like keys first. Objects are therefore given as
 * ordered entries: struct fields in declaration order, maps through `goMap`.
 */
import { compareBytes } from './terraform-set';

export type GoValue = string | number | boolean | null | readonly GoValue[] | GoObject;

/** A JSON object with its members in the order Go writes them. */
export class GoObject {
  constructor(readonly entries: ReadonlyArray<readonly [string, GoValue]>) {}
}

/** A Go map: members sorted by key, as `encoding/json` sorts them. */
export function goMap(entries: Iterable<readonly [string, GoValue]>): GoObject {
  return new GoObject([...entries].sort(([a], [b]) => compareBytes(a, b)));
}

/** A value decoded into Go's `any` and encoded again: objects become maps (sorted keys). */
export function fromParsedJson(value: unknown): GoValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(fromParsedJson);
  if (typeof value === 'object') return goMap(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromParsedJson(v)] as const));
  return null;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function quote(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (SHORT_ESCAPES[ch] !== undefined) out += SHORT_ESCAPES[ch];
    else if (code < 0x20 || ch === '<' || ch === '>' || ch === '&' || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      out += ch + text[i + 1];
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else out += ch;
  }
  return `${out}"`;
}

function encode(value: GoValue, indent: string | undefined, depth: number): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const items: string[] =
    value instanceof GoObject
      ? value.entries.map(([k, v]) => `${quote(k)}:${indent === undefined ? '' : ' '}${encode(v, indent, depth + 1)}`)
      : (value as readonly GoValue[]).map((v) => encode(v, indent, depth + 1));
  const [open, close] = value instanceof GoObject ? ['{', '}'] : ['[', ']'];
  if (items.length === 0) return open + close;
  if (indent === undefined) return open + items.join(',') + close;
  const inner = `\n${indent.repeat(depth + 1)}`;
  return `${open}${inner}${items.join(`,${inner}`)}\n${indent.repeat(depth)}${close}`;
}

/** `json.Marshal`. */
export function goMarshal(value: GoValue): string {
  return encode(value, undefined, 0);
}

/** `json.MarshalIndent(value, "", indent)`. */
export function goMarshalIndent(value: GoValue, indent = '  '): string {
  return encode(value, indent, 0);
}
