/**
 * Go's text for values decoded from JSON into `any`, as the Pulumi CLI's policy-config errors print
 * them: `%v` (fmt, print.go) and `%q` (strconv.Quote) from Go's standard library. The CLI writes
 * `parsing %q: %v is not a valid value; must be a string or object` (pkg/resource/analyzer/config.go,
 * pulumi/pulumi 1b59498); a user comparing our line with `pulumi preview`'s sees the same words.
 */
import { compareBytes } from '../pulumi/offline/invokes/terraform-set';

/**
 * `%v` of a float64: strconv's shortest `'g'` form, whose exponent form starts at exponent 6 or below -4
 * when the precision is the shortest (strconv/ftoa.go), with at least two exponent digits (`1e+06`).
 */
export function goFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const [mantissa, exponentText] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 6) {
    const digits = String(Math.abs(exponent)).padStart(2, '0');
    return `${mantissa}e${exponent < 0 ? '-' : '+'}${digits}`;
  }
  // Between 1e-4 and 1e6 JavaScript writes the same shortest digits without an exponent.
  return String(value);
}

const QUOTE_ESCAPES: Readonly<Record<string, string>> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"',
};

/** `%q` of a string (strconv.Quote) for the characters JSON keys hold: control characters escaped, the rest kept. */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (QUOTE_ESCAPES[ch] !== undefined) out += QUOTE_ESCAPES[ch];
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if ((code >= 0x80 && code < 0xa0) || code === 0x2028 || code === 0x2029 || code === 0xfeff) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * `%v` of a value `encoding/json` decoded into `any`: nil, bool, float64, string, []any (`[a b]`) and
 * map[string]any (`map[k:v]`, keys in byte order as fmt sorts them).
 */
export function goValue(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return goFloat(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(goValue).join(' ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareBytes(a, b));
    return `map[${entries.map(([k, v]) => `${k}:${goValue(v)}`).join(' ')}]`;
  }
  return String(value);
}
