/**
 * Resource references as the engine hands them to analyzers.
 *
 * A program may pass a resource object as an input (`role: lambdaRole`, `bucket: contentBucket`). The
 * Node SDK then sends a reference: `{[sig]: 5cf8f730…, urn, id}` for a custom resource, `{[sig], urn}`
 * for a component, whenever the monitor supports resource references, as the mock monitor does
 * (sdk/nodejs/runtime/rpc.ts `serializeProperty`, pulumi/pulumi 1b59498). The engine keeps references in
 * its state, but marshals every analyzer request (Analyze, AnalyzeStack, Remediate) without
 * `KeepResources` (pkg/resource/plugin/analyzer_plugin.go, same commit), and then a reference becomes
 * (pkg/resource/plugin/rpc.go `MarshalPropertyValue`, `IsResourceReference` branch):
 * - the resource's id, when the reference has one;
 * - the unknown string sentinel, when the id is not known yet: the SDK sends an unknown id as that
 *   sentinel (or as ""), which `UnmarshalPropertyValue` reads as a computed id;
 * - the URN, when the reference has no id at all (a component).
 * A policy pack never sees a reference, so it cannot unmarshal one either.
 */
import { ENGINE_UNKNOWN, SPECIAL_SIG_KEY } from '../pack/wire-format';

export const RESOURCE_REFERENCE_SIG = '5cf8f73096256a8f31e491e813e4eb8e';

type Wire = Record<string, unknown>;

const isResourceReference = (v: object): v is Wire => !Array.isArray(v) && (v as Wire)[SPECIAL_SIG_KEY] === RESOURCE_REFERENCE_SIG;

function referenceAsSent(ref: Wire): unknown {
  if (!('id' in ref)) return ref.urn;
  const id = ref.id;
  // The engine accepts only a string or an unknown as a reference's id (rpc.go refuses anything else
  // as malformed); a value it could not read is no known id, so it stays unknown, never a pass.
  if (typeof id !== 'string' || id === '' || id === ENGINE_UNKNOWN) return ENGINE_UNKNOWN;
  return id;
}

/** The wire-format value with every resource reference replaced by what the engine sends an analyzer in its place. */
export function resourceReferencesAsEngineSends(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(resourceReferencesAsEngineSends);
  if (isResourceReference(v)) return referenceAsSent(v);
  const out: Wire = {};
  for (const [k, item] of Object.entries(v)) out[k] = resourceReferencesAsEngineSends(item);
  return out;
}

/** The same for a property map. */
export function propsAsEngineSends(props: Record<string, unknown>): Record<string, unknown> {
  return resourceReferencesAsEngineSends(props) as Record<string, unknown>;
}
