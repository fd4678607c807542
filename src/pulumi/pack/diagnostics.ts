/**
 * How findings travel through the Pulumi analyzer protocol, written by the pack and read back by the
 * CLI's offline preview, so both sides share one format.
 *
 * The carrier, and why: `@pulumi/policy` 1.21 lets a policy report a violation as `(message, urn)` only
 * (`ReportViolation` in policy.d.ts; the object form that could set the diagnostic's description or
 * name is `@internal` in pulumi-policy bcc582f and undeclared), and fills policy name, description,
 * enforcement level and URN itself. The runner sends `<policy description>\n<message>` as the message,
 * and `pulumi preview` prints it under the policy's name with every line indented
 * (`renderDiffPolicyViolationEvent`, pkg/backend/display/diff.go, pulumi/pulumi 1b59498). So the status
 * and the part of the resource (`detail`) ride in the message:
 *
 *   <prose>                      what a person reads: `unknown: ` or `error: ` first when not a failure,
 *                                then `<detail>: ` when the finding names a part, then the finding's message
 *   [marketplace-guardrails {"status":"unknown","detail":"orderedCacheBehaviors[0]"}]
 *
 * The last line is a machine-readable trailer (JSON); the reader takes status and detail from it and the
 * message as the prose without the prefix the writer put there, so nothing is guessed from the words.
 * A diagnostic without the trailer did not come from our policies' reports (the runner's own
 * "can't run policy ... during preview" note, another pack).
 *
 * Exemptions: the protocol carries them only as a policy's not-applicable reason, which the CLI counts
 * per policy name and does not print (`newPolicySummary`, pkg/resource/analyzer/summary.go, 1b59498).
 * The reason is one prose line per exempted finding and the same trailer holding the list.
 */
import { Finding, FindingStatus } from '../../core/findings';

export const ADVISORY_SUFFIX = '-advisory';
export const STACK_SUFFIX = '-stack';

const TRAILER_START = '[marketplace-guardrails ';
const TRAILER_END = ']';

/** The statuses a violation carries (`exempt` goes through not-applicable reasons). */
export type ViolationStatus = Extract<FindingStatus, 'fail' | 'unknown' | 'error'>;

/** A finding as a violation carries it: requirement, enforcement and resource come from the diagnostic's other fields. */
export interface CarriedViolation {
  status: ViolationStatus;
  message: string;
  detail?: string;
}

/** One exempted finding as a not-applicable reason carries it: `key` is the URN, absent for the stack. */
export interface CarriedExemption {
  key?: string;
  message: string;
  detail?: string;
  exemption: { reason: string; until?: string };
}

function prosePrefix(status: ViolationStatus, detail: string | undefined): string {
  return `${status === 'fail' ? '' : `${status}: `}${detail ? `${detail}: ` : ''}`;
}

function withTrailer(prose: string, data: object): string {
  return `${prose}\n${TRAILER_START}${JSON.stringify(data)}${TRAILER_END}`;
}

/** The trailer's data and the prose above it, or undefined when the text has no trailer. */
function splitTrailer(text: string): { prose: string; data: unknown } | undefined {
  const at = text.lastIndexOf(`\n${TRAILER_START}`);
  if (at < 0 || !text.endsWith(TRAILER_END)) return undefined;
  try {
    return { prose: text.slice(0, at), data: JSON.parse(text.slice(at + 1 + TRAILER_START.length, -TRAILER_END.length)) as unknown };
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalString = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';
const VIOLATION_STATUSES: ReadonlySet<unknown> = new Set<ViolationStatus>(['fail', 'unknown', 'error']);

/** The text a policy reports for a fail, unknown or error finding. */
export function violationText(finding: Pick<Finding, 'message' | 'detail'> & { status: ViolationStatus }): string {
  const data: { status: ViolationStatus; detail?: string } = { status: finding.status };
  if (finding.detail !== undefined) data.detail = finding.detail;
  return withTrailer(prosePrefix(finding.status, finding.detail) + finding.message, data);
}

/** A violation's finding back from its text; undefined when the text carries no trailer of ours. */
export function readViolation(text: string): CarriedViolation | undefined {
  const split = splitTrailer(text);
  if (!split || !isRecord(split.data)) return undefined;
  const { status, detail } = split.data;
  if (!VIOLATION_STATUSES.has(status) || !optionalString(detail)) return undefined;
  const prefix = prosePrefix(status as ViolationStatus, detail);
  const message = split.prose.startsWith(prefix) ? split.prose.slice(prefix.length) : split.prose;
  return detail === undefined ? { status: status as ViolationStatus, message } : { status: status as ViolationStatus, message, detail };
}

/** The not-applicable reason for the exempted findings of one policy run. */
export function exemptionText(exempted: readonly Finding[]): string {
  const carried: CarriedExemption[] = exempted.map((f) => {
    const c: CarriedExemption = { message: f.message, exemption: f.exemption ?? { reason: '' } };
    if (f.resource.key !== undefined) c.key = f.resource.key;
    if (f.detail !== undefined) c.detail = f.detail;
    return c;
  });
  const prose = carried.map((c) => `exempt ${c.key ?? 'stack'}${c.detail ? ` (${c.detail})` : ''}: ${c.exemption.reason}${c.exemption.until ? ` (until ${c.exemption.until})` : ''}`);
  return withTrailer(prose.join('\n'), { exempt: carried });
}

function isCarriedExemption(v: unknown): v is CarriedExemption {
  if (!isRecord(v) || typeof v.message !== 'string' || !optionalString(v.key) || !optionalString(v.detail) || !isRecord(v.exemption)) return false;
  return typeof v.exemption.reason === 'string' && optionalString(v.exemption.until);
}

/** The exempted findings a not-applicable reason carries; none when it is not ours. */
export function readExemptions(reason: string): CarriedExemption[] {
  const split = splitTrailer(reason);
  if (!split || !isRecord(split.data) || !Array.isArray(split.data.exempt)) return [];
  return split.data.exempt.filter(isCarriedExemption);
}

/** The requirement a policy name belongs to: `TLS1`, `TLS1-advisory`, `DATA1-stack`, `DATA1-stack-advisory` -> the ID. */
export function requirementOfPolicy(policyName: string): string {
  let name = policyName;
  if (name.endsWith(ADVISORY_SUFFIX)) name = name.slice(0, -ADVISORY_SUFFIX.length);
  if (name.endsWith(STACK_SUFFIX)) name = name.slice(0, -STACK_SUFFIX.length);
  return name;
}
