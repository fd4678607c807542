/**
 * Pulumi resources to facts. Props arrive as the engine sends them (the runner's deserialized wire
 * format): unknowns are sentinel strings, secrets may be wrapped. Type tokens are matched as strings
 * so the pack never loads `@pulumi/aws` (which would cost seconds at start-up).
 */
import { Fact } from '../../core/facts';
import { PropValue, Props } from '../../core/props';
import { Ref, Unknown } from '../../core/values';
import { kindOfPulumiType } from '../../facts/kinds';
import { quotedIdsOf } from '../../facts/quoted-ids';
import { ENGINE_UNKNOWN, SECRET_SIG, SPECIAL_SIG_KEY } from './wire-format';

/** The runtime's unknown sentinels: the engine sends the first; `@pulumi/policy` uses the typed ones. */
const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  ENGINE_UNKNOWN,
  '1c4a061d-8072-4f0a-a4cb-0ff528b18fe7',
  '3eeb2bf0-c639-47a8-9e75-3b44932eb421',
  '6a19a0b0-7e62-4c92-b797-7f8e31da9cc2',
  '030794c1-ac77-496b-92df-f27374a8bd58',
  'e48ece36-62e2-4504-bad9-02848725956a',
  'dd056dcd-154b-4c76-9bd3-c8f88648b5ff',
]);

/** Props with unknown sentinels as `Unknown` (naming their path) and secrets unwrapped. */
export function normalizePulumiProps(raw: unknown, path = ''): PropValue {
  if (raw === null || raw === undefined) return null;
  // A string built from an unknown (`postgres://app:${password}@db` with a secure config value, whose
  // plaintext offline is the sentinel) is as unknown as its part.
  if (typeof raw === 'string') return UNKNOWN_SENTINELS.has(raw) || raw.includes(ENGINE_UNKNOWN) ? new Unknown(path) : raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (Array.isArray(raw)) return raw.map((item, i) => normalizePulumiProps(item, path ? `${path}[${i}]` : `[${i}]`));
  if (typeof raw === 'object') {
    const record = raw as Record<string, unknown>;
    // A secret from a stack export carries only ciphertext: its value cannot be known offline.
    // In the Remediate RPC secrets arrive as `@pulumi/policy` Secret objects.
    if (raw.constructor?.name === 'Secret' && 'value' in record) return normalizePulumiProps(record.value, path);
    if (record[SPECIAL_SIG_KEY] === SECRET_SIG) {
      // A secret whose value is not known (a `secure:` config value offline, a secret output during
      // preview) stays marked secret: it is not written in the program (SEC4).
      const inner = 'value' in record ? normalizePulumiProps(record.value, path) : new Unknown(path);
      return inner instanceof Unknown ? new Unknown(inner.property, inner.identity, inner.written, true) : inner;
    }
    const out: Record<string, PropValue> = {};
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (v !== undefined) out[key] = normalizePulumiProps(v, path ? `${path}.${key}` : key);
    }
    return out;
  }
  // Assets, archives and functions carry nothing checks read.
  return null;
}

/** The inverse of `normalizePulumiProps` for values a remediation wrote: unknowns become the engine's sentinel again. */
function denormalizePulumiProps(value: PropValue | undefined): unknown {
  if (value instanceof Unknown) return ENGINE_UNKNOWN;
  if (Array.isArray(value)) return value.map(denormalizePulumiProps);
  if (value instanceof Ref) return value.target;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = denormalizePulumiProps(v);
    return out;
  }
  return value;
}

function sameValue(a: PropValue | undefined, b: PropValue | undefined): boolean {
  if (a === b) return true;
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown && a.property === b.property;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => sameValue((a as Props)[k], (b as Props)[k]));
  }
  return false;
}

/**
 * The props to hand back from a remediation: the engine's original values wherever the fix left them
 * as they were (so secrets stay secret and unknowns stay unknown), the fix's values where it changed them.
 */
export function remediatedPulumiProps(raw: unknown, before: PropValue | undefined, after: PropValue | undefined): unknown {
  if (sameValue(before, after)) return raw;
  const rawObject = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : undefined;
  if (Array.isArray(before) && Array.isArray(after) && Array.isArray(raw) && before.length === after.length) {
    return after.map((v, i) => remediatedPulumiProps(raw[i], before[i], v));
  }
  const isObject = (v: PropValue | undefined): v is Props => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Ref);
  if (isObject(before) && isObject(after) && rawObject && !Array.isArray(raw)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(after)) out[key] = key in before ? remediatedPulumiProps(rawObject[key], before[key], after[key]) : denormalizePulumiProps(after[key]);
    return out;
  }
  return denormalizePulumiProps(after);
}

export interface PulumiResource {
  type: string;
  urn: string;
  name: string;
  /** Raw props as deserialized from the wire (never the unknown-checking proxy). */
  props: unknown;
  propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}

export function factFromPulumi(resource: PulumiResource): Fact | undefined {
  const kind = kindOfPulumiType(resource.type);
  if (!kind) return undefined;
  const normalized = normalizePulumiProps(resource.props);
  const props: Props = typeof normalized === 'object' && normalized !== null && !Array.isArray(normalized) && !(normalized instanceof Unknown) ? (normalized as Props) : {};
  const ids = quotedIdsOf(kind, props);
  const fact: Fact = { key: resource.urn, kind, type: resource.type, name: resource.name, props, ids };
  if (resource.propertyDependencies) fact.dependsOn = resource.propertyDependencies;
  return fact;
}
