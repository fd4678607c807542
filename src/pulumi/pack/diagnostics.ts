/**
 * How findings travel through the Pulumi analyzer protocol, which only carries violations (policy name,
 * message, enforcement level, URN) and not-applicable reasons. The pack writes them here and the CLI's
 * preview reads them back, so both sides share one format. The texts read naturally in `pulumi preview`.
 */
import { Finding, FindingStatus } from '../../core/findings';
import { Verdict } from '../../core/rule';

const UNKNOWN_PREFIX = 'unknown: ';
const ERROR_PREFIX = 'error: ';
export const ADVISORY_SUFFIX = '-advisory';
export const STACK_SUFFIX = '-stack';

export function violationMessage(verdict: Verdict | { status: 'error'; message: string; detail?: string }): string {
  const prefix = verdict.status === 'unknown' ? UNKNOWN_PREFIX : verdict.status === 'error' ? ERROR_PREFIX : '';
  return `${prefix}${verdict.detail ? `${verdict.detail}: ` : ''}${verdict.message}`;
}

/** The requirement a policy name belongs to: `TLS1`, `TLS1-advisory`, `DATA1-stack`, `DATA1-stack-advisory` -> the ID. */
export function requirementOfPolicy(policyName: string): string {
  let name = policyName;
  if (name.endsWith(ADVISORY_SUFFIX)) name = name.slice(0, -ADVISORY_SUFFIX.length);
  if (name.endsWith(STACK_SUFFIX)) name = name.slice(0, -STACK_SUFFIX.length);
  return name;
}

export function statusOfViolation(message: string): { status: FindingStatus; message: string } {
  if (message.startsWith(UNKNOWN_PREFIX)) return { status: 'unknown', message: message.slice(UNKNOWN_PREFIX.length) };
  if (message.startsWith(ERROR_PREFIX)) return { status: 'error', message: message.slice(ERROR_PREFIX.length) };
  return { status: 'fail', message };
}

/** One not-applicable reason lists every exemption a policy applied in one call, a line each. */
export function exemptionReason(exempted: readonly Pick<Finding, 'resource' | 'exemption'>[]): string {
  return exempted
    .map((f) => `exempt ${f.resource.key ?? 'stack'}: ${f.exemption?.reason ?? ''}${f.exemption?.until ? ` [until ${f.exemption.until}]` : ''}`)
    .join('\n');
}

const EXEMPT_LINE = /^exempt (\S+): (.*?)(?: \[until (\S+)\])?$/;

export function parseExemptionReason(reason: string): { key: string; reason: string; until?: string }[] {
  const out: { key: string; reason: string; until?: string }[] = [];
  for (const line of reason.split('\n')) {
    const m = EXEMPT_LINE.exec(line);
    if (m) out.push(m[3] ? { key: m[1], reason: m[2], until: m[3] } : { key: m[1], reason: m[2] });
  }
  return out;
}
