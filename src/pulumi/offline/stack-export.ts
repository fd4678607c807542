/** Reads a `pulumi stack export` file (deployed state) into captured resources. */
import { readBoundedText } from '../../cli/bounded-read';
import { UsageError } from '../../cli/errors';
import { jsonErrorPosition } from '../../core/json-error';
import { ENGINE_UNKNOWN, SECRET_SIG, SPECIAL_SIG_KEY, isWireSecret } from '../pack/wire-format';
import { CapturedResource } from './captured';
import { resourceReferencesAsEngineSends } from './resource-references';

interface ExportedResource {
  urn?: unknown;
  type?: unknown;
  custom?: unknown;
  parent?: unknown;
  provider?: unknown;
  inputs?: unknown;
  outputs?: unknown;
  dependencies?: unknown;
  propertyDependencies?: unknown;
}

export interface ExportedStack {
  project: string;
  stack: string;
  /** Inputs feed resource policies, outputs stack policies, as in the engine. */
  resources: { inputs: CapturedResource; outputs: CapturedResource }[];
}

const asRecord = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * A stack export holds every resource's inputs and outputs: a 5,000-resource stack is tens of MiB,
 * so the limit is well above that and still far inside the CLI's heap.
 */
const MAX_STACK_EXPORT_BYTES = 256 * 1024 * 1024;

/**
 * Secrets as the engine hands them to analyzers (a secret around its value). A stack export holds them
 * encrypted (`{sig, ciphertext}`, sdk/go/common/apitype `SecretV1`), or decrypted as JSON text
 * (`plaintext`, with --show-secrets). A ciphertext cannot be read offline: its value is unknown, and
 * still a secret.
 */
function secretsAsWire(v: unknown, urn: string): unknown {
  if (Array.isArray(v)) return v.map((item) => secretsAsWire(item, urn));
  if (typeof v !== 'object' || v === null) return v;
  if (isWireSecret(v)) {
    if ('value' in v) return { [SPECIAL_SIG_KEY]: SECRET_SIG, value: secretsAsWire(v.value, urn) };
    if (typeof v.plaintext === 'string') {
      let value: unknown;
      try {
        value = JSON.parse(v.plaintext);
      } catch {
        // The decrypted text itself must not be echoed.
        throw new UsageError(`${urn}: a secret's plaintext is not valid JSON`);
      }
      return { [SPECIAL_SIG_KEY]: SECRET_SIG, value: secretsAsWire(value, urn) };
    }
    return { [SPECIAL_SIG_KEY]: SECRET_SIG, value: ENGINE_UNKNOWN };
  }
  const out: Record<string, unknown> = {};
  for (const [k, item] of Object.entries(v)) out[k] = secretsAsWire(item, urn);
  return out;
}

export function readStackExport(file: string): ExportedStack {
  const text = readBoundedText(file, { what: 'stack export', limitBytes: MAX_STACK_EXPORT_BYTES });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not a readable stack export: it is not valid JSON${jsonErrorPosition(e)}`);
  }
  const resources = asRecord(asRecord(doc).deployment).resources;
  if (!Array.isArray(resources)) throw new UsageError(`${file} is not a pulumi stack export (no deployment.resources)`);
  let project = 'project';
  let stack = 'stack';
  const out: ExportedStack['resources'] = [];
  for (const raw of resources as ExportedResource[]) {
    if (typeof raw.urn !== 'string' || typeof raw.type !== 'string') throw new UsageError(`${file}: a resource has no urn or type`);
    // urn:pulumi:<stack>::<project>::<type path>::<name>
    const parts = raw.urn.split('::');
    if (raw.type === 'pulumi:pulumi:Stack') {
      stack = parts[0].replace(/^urn:pulumi:/, '');
      project = parts[1] ?? project;
    }
    const propertyDependencies: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(asRecord(raw.propertyDependencies))) propertyDependencies[k] = asStrings(v);
    const base = {
      urn: raw.urn,
      type: raw.type,
      name: parts[parts.length - 1],
      custom: raw.custom === true,
      dependencies: asStrings(raw.dependencies),
      propertyDependencies,
      ...(typeof raw.parent === 'string' ? { parent: raw.parent } : {}),
      ...(typeof raw.provider === 'string' ? { provider: raw.provider } : {}),
    };
    // State keeps resource references; analyzers get them as the engine marshals them (resource-references.ts).
    const asSent = (props: unknown) => asRecord(resourceReferencesAsEngineSends(secretsAsWire(props, base.urn)));
    out.push({ inputs: { ...base, props: asSent(raw.inputs) }, outputs: { ...base, props: asSent(raw.outputs) } });
  }
  return { project, stack, resources: out };
}
