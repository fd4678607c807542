/**
 * The human report: findings grouped by resource, passes and not-applicable results left out (they
 * are counted in the summary line), the exemptions in force, colours only when writing to a terminal.
 */
import { detailShown, Finding, FindingStatus, summarize } from '../../core/findings';
import { Report, SourceLocation } from '../../core/report';
import { exemptionLine, exemptionsInForce, resourceKey } from './exemptions';
import { FIX_ENGINE_NAME, findingFix, fixEngineOf } from './finding-fix';
import { safeLine } from './safe-text';

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
  let text = f.message;
  const detail = detailShown(f);
  if (detail) text += ` (${detail})`;
  if (f.exemption) text += ` [exempt: ${f.exemption.reason}${f.exemption.until ? `, until ${f.exemption.until}` : ''}]`;
  // The colour codes are ours; everything after them may quote the template.
  return `  ${safeLine(f.requirement.padEnd(5))} ${statusLabel(f, colour)}: ${safeLine(text)}`;
}

/** The finding's fix, indented under it: the catalog's text, which holds no template input. */
function fixLines(report: Report, f: Finding): string[] {
  const fix = findingFix(report, f);
  if (!fix) return [];
  return [`        fix (${FIX_ENGINE_NAME[fixEngineOf(report)]}):`, ...fix.split('\n').map((l) => `          ${l}`)];
}

export function summaryLine(findings: readonly Finding[]): string {
  const s = summarize(findings);
  const parts = [`${s.fail.mandatory} mandatory failures`, `${s.fail.advisory} advisory failures`, `${s.unknown} unknown`, `${s.error} errors`, `${s.exempt} exempt`];
  // The policy pack reports violations only (as `pulumi preview` does), so passes are counted only where an engine reports them.
  if (s.pass > 0) parts.push(`${s.pass} passed`);
  if (s.notApplicable > 0) parts.push(`${s.notApplicable} not applicable`);
  return parts.join(', ');
}

/** `file:line:column` as editors and terminals link it. */
export function locationText(at: SourceLocation): string {
  return [at.file, at.line, at.line !== undefined ? at.column : undefined].filter((p) => p !== undefined).join(':');
}

export function renderText(report: Report, colour: boolean): string {
  const lines = [safeLine(`marketplace-guardrails: ${report.project} (stack ${report.stack}) from ${report.source}, ${report.resources} resources`)];
  const byResource = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (!SHOWN.has(f.status)) continue;
    const key = resourceKey(f);
    const group = byResource.get(key) ?? [];
    group.push(f);
    byResource.set(key, group);
  }
  for (const [key, group] of byResource) {
    const r = group[0].resource;
    // Only a resource's own position helps here; a program's entry file would repeat on every resource.
    const at = report.locations.byKey[key];
    lines.push('', safeLine(`${r.name} (${r.type})${at ? ` at ${locationText(at)}` : ''}`));
    for (const f of group.sort((a, b) => a.requirement.localeCompare(b.requirement))) {
      lines.push(findingLine(f, colour));
      if (f.status === 'fail') lines.push(...fixLines(report, f));
    }
  }
  if (report.remediations.length > 0) {
    lines.push('', 'remediated:');
    for (const r of report.remediations) lines.push(safeLine(`  ${r.requirement} ${r.resource.name} (${r.resource.type}): ${r.description}`));
  }
  const exemptions = exemptionsInForce(report);
  if (exemptions.length > 0) {
    lines.push('', 'exemptions in force:');
    for (const e of exemptions) lines.push(safeLine(`  ${exemptionLine(e)}`));
  }
  lines.push('', summaryLine(report.findings));
  return lines.join('\n') + '\n';
}
