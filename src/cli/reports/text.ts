/**
 * The human report: findings grouped by resource, passes and not-applicable results left out (they
 * are counted in the summary line), colours only when writing to a terminal.
 */
import { Finding, FindingStatus, summarize } from '../../core/findings';
import { Report } from '../../core/report';

const COLOURS: Record<FindingStatus, string> = {
  fail: '\x1b[31m',
  error: '\x1b[35m',
  unknown: '\x1b[33m',
  exempt: '\x1b[36m',
  pass: '\x1b[32m',
  'not-applicable': '\x1b[2m',
};
const RESET = '\x1b[0m';

const SHOWN: ReadonlySet<FindingStatus> = new Set<FindingStatus>(['fail', 'error', 'unknown', 'exempt']);

function statusLabel(f: Finding, colour: boolean): string {
  const label = f.status === 'fail' || f.status === 'error' ? `${f.status} (${f.enforcement})` : f.status;
  return colour ? `${COLOURS[f.status]}${label}${RESET}` : label;
}

function findingLine(f: Finding, colour: boolean): string {
  let line = `  ${f.requirement.padEnd(5)} ${statusLabel(f, colour)}: ${f.message}`;
  if (f.detail) line += ` (${f.detail})`;
  if (f.exemption) line += ` [exempt: ${f.exemption.reason}${f.exemption.until ? `, until ${f.exemption.until}` : ''}]`;
  return line;
}

export function summaryLine(findings: readonly Finding[]): string {
  const s = summarize(findings);
  const parts = [`${s.fail.mandatory} mandatory failures`, `${s.fail.advisory} advisory failures`, `${s.unknown} unknown`, `${s.error} errors`, `${s.exempt} exempt`];
  // The policy pack reports violations only (as `pulumi preview` does), so passes are counted only where an engine reports them.
  if (s.pass > 0) parts.push(`${s.pass} passed`);
  if (s.notApplicable > 0) parts.push(`${s.notApplicable} not applicable`);
  return parts.join(', ');
}

export function renderText(report: Report, colour: boolean): string {
  const lines = [`marketplace-guardrails: ${report.project} (stack ${report.stack}) from ${report.source}, ${report.resources} resources`];
  const byResource = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (!SHOWN.has(f.status)) continue;
    const key = f.resource.key ?? `${f.resource.type} ${f.resource.name}`;
    const group = byResource.get(key) ?? [];
    group.push(f);
    byResource.set(key, group);
  }
  for (const group of byResource.values()) {
    const r = group[0].resource;
    lines.push('', `${r.name} (${r.type})`);
    for (const f of group.sort((a, b) => a.requirement.localeCompare(b.requirement))) lines.push(findingLine(f, colour));
  }
  if (report.remediations.length > 0) {
    lines.push('', 'remediated:');
    for (const r of report.remediations) lines.push(`  ${r.requirement} ${r.resource.name} (${r.resource.type}): ${r.description}`);
  }
  lines.push('', summaryLine(report.findings));
  return lines.join('\n') + '\n';
}
