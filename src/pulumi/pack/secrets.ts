/**
 * Keeps Pulumi secrets out of every message the pack reports. The engine sends analyzers secrets
 * still wrapped (`KeepSecrets: true` in pkg/resource/plugin/analyzer_plugin.go `Analyze`/`AnalyzeStack`,
 * pulumi/pulumi 1b59498), but `@pulumi/policy` unwraps them before a policy sees the props
 * (deserialize.js `deserializeProperties(..., proxySecrets = false)` for Analyze and AnalyzeStack,
 * @pulumi/policy 1.21): a policy cannot tell a secret from a plain string. So the pack reads the wire
 * form itself, remembers the plaintexts each resource's secrets hold, and replaces them with
 * `[secret]` in whatever a policy reports or throws, under the Pulumi CLI and the offline preview alike.
 */
import type { Policy, PolicyResource, ReportViolation, ResourceValidationArgs, StackValidationArgs } from '@pulumi/policy';
import { ENGINE_UNKNOWN, isWireSecret } from './wire-format';

export const SECRET_MARK = '[secret]';

/** `@pulumi/policy`'s `Secret` class (its Remediate RPC wraps secrets in it). */
const isPolicySecret = (v: object): v is { value: unknown } => v.constructor?.name === 'Secret' && 'value' in v;

/** Every plaintext inside the secrets of a wire-format value: string leaves, and numbers and booleans as text. */
export function secretTextsOf(wire: unknown, out: Set<string> = new Set(), inSecret = false): Set<string> {
  if (wire === null || wire === undefined) return out;
  if (typeof wire === 'string') {
    if (inSecret && wire !== '' && wire !== ENGINE_UNKNOWN) out.add(wire);
  } else if (typeof wire === 'number' || typeof wire === 'boolean') {
    if (inSecret) out.add(String(wire));
  } else if (Array.isArray(wire)) {
    for (const item of wire) secretTextsOf(item, out, inSecret);
  } else if (typeof wire === 'object') {
    if (isWireSecret(wire)) return secretTextsOf(wire.value, out, true);
    if (isPolicySecret(wire)) return secretTextsOf(wire.value, out, true);
    for (const v of Object.values(wire)) secretTextsOf(v, out, inSecret);
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Below this length a plaintext is hidden only where it stands as a whole word, so a secret `443` does not mangle `TLSv1.2_2021` around it. */
const ANYWHERE_MIN_LENGTH = 4;

/** The message with every secret plaintext (any letter case) replaced by `[secret]`, longest first so no part of a longer one survives. */
export function redactSecrets(message: string, secrets: ReadonlySet<string>): string {
  if (secrets.size === 0) return message;
  let out = message;
  // Messages carry their finding again as JSON (diagnostics.ts trailer): a secret with quotes or
  // backslashes appears there escaped.
  const forms = new Set<string>();
  for (const s of secrets) {
    forms.add(s);
    forms.add(JSON.stringify(s).slice(1, -1));
  }
  for (const s of [...forms].sort((a, b) => b.length - a.length)) {
    const pattern = s.length >= ANYWHERE_MIN_LENGTH ? escapeRegExp(s) : `(?<![A-Za-z0-9_])${escapeRegExp(s)}(?![A-Za-z0-9_])`;
    out = out.replace(new RegExp(pattern, 'gi'), SECRET_MARK);
  }
  return out;
}

interface WireStruct {
  toJavaScript(): Record<string, unknown>;
}
type Deserialize = (struct: WireStruct, proxySecrets: boolean) => Record<string, unknown>;

/** The plaintexts of each props object `@pulumi/policy` handed a policy, keyed by that object (the proxies' target). */
const secretsOfDeserialized = new WeakMap<object, ReadonlySet<string>>();
/** Analyze deserializes the same request once per policy: read its secrets once. */
const secretsOfStruct = new WeakMap<object, ReadonlySet<string>>();
let tracking = false;

/**
 * Wraps `@pulumi/policy`'s deserializer (its server calls it through the module object at every
 * Analyze, AnalyzeStack and Remediate) so the pack learns which values were secrets on the wire.
 * Without this the pack cannot keep secrets out of its messages, so it refuses to start instead.
 */
export function trackWireSecrets(): void {
  if (tracking) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('@pulumi/policy/deserialize') as { deserializeProperties?: Deserialize };
  const original = mod.deserializeProperties;
  if (typeof original !== 'function') {
    throw new Error('marketplace-guardrails: this @pulumi/policy has no deserializeProperties, so the pack cannot keep Pulumi secrets out of its messages');
  }
  mod.deserializeProperties = (struct, proxySecrets) => {
    const props = original(struct, proxySecrets);
    let secrets = secretsOfStruct.get(struct);
    if (!secrets) {
      secrets = secretTextsOf(struct.toJavaScript());
      secretsOfStruct.set(struct, secrets);
    }
    if (secrets.size > 0) secretsOfDeserialized.set(props, secrets);
    return props;
  };
  tracking = true;
}

/** `@pulumi/policy` wraps props in a proxy; this key returns the object underneath. */
const PROXY_TARGET_KEY = '__getSpecialProxyTarget';

function secretsOfProps(props: unknown): ReadonlySet<string> | undefined {
  let current = props;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const known = secretsOfDeserialized.get(current);
    if (known) return known;
    const inner = (current as Record<string, unknown>)[PROXY_TARGET_KEY];
    if (inner === undefined || inner === current) break;
    current = inner;
  }
  return undefined;
}

function stackSecrets(resources: readonly PolicyResource[]): Set<string> {
  const all = new Set<string>();
  for (const r of resources) for (const s of secretsOfProps(r.props) ?? []) all.add(s);
  return all;
}

function redactingReporter(report: ReportViolation, secrets: ReadonlySet<string>): ReportViolation {
  return (message, urn) => report(redactSecrets(message, secrets), urn);
}

/** Exempted findings travel in not-applicable reasons, messages included. */
function redactingArgs<A extends { notApplicable: (reason?: string) => never }>(args: A, secrets: ReadonlySet<string>): A {
  return { ...args, notApplicable: (reason?: string) => args.notApplicable(reason === undefined ? undefined : redactSecrets(reason, secrets)) };
}

/** A policy's exception keeps its class (`@pulumi/policy` tells unknown-value and not-applicable errors apart by it). */
function redactThrown(e: unknown, secrets: ReadonlySet<string>): unknown {
  if (e instanceof Error) e.message = redactSecrets(e.message, secrets);
  return typeof e === 'string' ? redactSecrets(e, secrets) : e;
}

type Validation<A> = (args: A, report: ReportViolation) => Promise<void> | void;

/** The validation with its reports, not-applicable reasons and exceptions cleared of the secrets `secretsOf` finds in its args. */
function redacting<A extends { notApplicable: (reason?: string) => never }>(validate: Validation<A>, secretsOf: (args: A) => ReadonlySet<string> | undefined): Validation<A> {
  return async (args, report) => {
    const secrets = secretsOf(args);
    if (!secrets || secrets.size === 0) return validate(args, report);
    try {
      await validate(redactingArgs(args, secrets), redactingReporter(report, secrets));
    } catch (e) {
      throw redactThrown(e, secrets);
    }
  };
}

/** The policy with every message it reports or throws cleared of the secrets of the props it judged. */
export function withSecretsRedacted<P extends Policy>(policy: P): P {
  const p = policy as P & { validateResource?: unknown; validateStack?: unknown };
  if (typeof p.validateResource === 'function') {
    return { ...policy, validateResource: redacting(p.validateResource as Validation<ResourceValidationArgs>, (args) => secretsOfProps(args.props)) };
  }
  if (typeof p.validateStack === 'function') {
    return { ...policy, validateStack: redacting(p.validateStack as Validation<StackValidationArgs>, (args) => stackSecrets(args.resources)) };
  }
  return policy;
}
