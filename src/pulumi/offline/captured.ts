import type { SourceLocation } from '../../core/report';

/** A resource as the Pulumi engine would hand it to an analyzer: wire-format props, parent, dependencies. */
export interface CapturedResource {
  urn: string;
  type: string;
  name: string;
  custom: boolean;
  parent?: string;
  provider?: string;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  /** Wire format: unknowns are the engine's sentinel strings, secrets keep their signature wrapper. */
  props: Record<string, unknown>;
  /** The state the (mock) provider returned: inputs plus computed outputs. Stack policies see these, as after a deployment. */
  outputs?: Record<string, unknown>;
  /** Where the program constructed it (absolute path; see source-position.ts), when the SDK said so. */
  source?: SourceLocation;
}

/**
 * The child's answer, written when the program has finished: how many resources it sent (each one goes to
 * the parent over the IPC channel as it is registered), or one line saying why the program could not run.
 */
export type CaptureResult = { ok: true; project: string; stack: string; sent: number } | { ok: false; error: string };

/** What the child sends over the IPC channel: each registration as it happens, then the end of them. */
export type CaptureMessage = { resource: CapturedResource } | { end: true };
