/**
 * The compliance page a team attaches to a marketplace security review: for one marketplace (or each
 * in turn), every requirement its documents state, with met / not met / unknown / exempt / not
 * applicable, the counts, what to fix first, the findings and the exemptions in force.
 */
import { REQUIREMENTS } from '../../catalog';
import { Marketplace, Requirement, SourceLevel } from '../../catalog/types';
import { detailShown, Finding } from '../../core/findings';
import { Report } from '../../core/report';
import { Kind, kindOfCfnType, kindOfPulumiType } from '../../facts/kinds';
import { isInvisibleFinding } from '../../cfn/transforms/invisible';
import { ruleFor } from '../../rules';
import { exemptionsInForce, resourceKey } from './exemptions';
import { MARKETPLACE_NAMES, documentTitle, sectionLabel } from './marketplaces';
import { FIX_ENGINE_NAME, FIX_LANGUAGE, findingFix, fixEngineOf } from './finding-fix';
import { markdownCell, markdownCode, markdownText } from './safe-text';
import { locationText } from './text';
import { Evidence, currentEvidence, policyConfigText } from './evidence';
import { PathContext, revisionText, rootRelativePath } from './repository';
import { TOOL_NAME, TOOL_VERSION, requirementDocUrl } from './tool-info';

export type ComplianceStatus = 'met' | 'not met' | 'unknown' | 'exempt' | 'not applicable';
const STATUSES: readonly ComplianceStatus[] = ['met', 'not met', 'unknown', 'exempt', 'not applicable'];

export interface RequirementResult {
  requirement: Requirement;
  status: ComplianceStatus;
  /** Why, where the status alone would mislead. */
  note?: string;
  /** The findings behind a status other than met or not applicable. */
  findings: Finding[];
}

const PROBLEM: ReadonlySet<Finding['status']> = new Set<Finding['status']>(['fail', 'error', 'unknown', 'exempt']);

function checkedKinds(report: Report): Set<Kind> {
  const kindOf = report.engine === 'pulumi' ? kindOfPulumiType : kindOfCfnType;
  const kinds = new Set<Kind>();
  for (const type of Object.keys(report.resourceTypes ?? {})) {
    const kind = kindOf(type);
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/**
 * One requirement's status in this run, by the first rule that holds (strongest evidence first):
 *
 * 1. a fail (on any resource) -> not met;
 * 2. else an error (the check could not run) -> unknown;
 * 3. else a finding over resources a transform or include hid -> unknown;
 * 4. else an unknown -> unknown;
 * 5. else exempt findings (every problem exempt) -> exempt;
 * 6. else disabled in the run's configuration -> unknown (not checked);
 * 7. else a pass -> met;
 * 8. else findings that are all not applicable -> not applicable (the engine looked and nothing it
 *    covers is there: never "met" on no evidence);
 * 9. else (no finding at all) the Pulumi pack said nothing, as it reports violations only, so the page
 *    cannot tell "checked and fine" from "nothing to check" by findings alone. The choice made here:
 *    met when the run checked resources of a kind the rule judges (or the rule judges the stack as a
 *    whole and the stack has resources), not applicable otherwise; a requirement no rule checks, or a
 *    run that did not record what it checked, is unknown. The page never claims what was not checked.
 */
export function complianceOf(report: Report, r: Requirement, kinds: ReadonlySet<Kind> = checkedKinds(report)): RequirementResult {
  const own = report.findings.filter((f) => f.requirement === r.id);
  const problems = own.filter((f) => PROBLEM.has(f.status));
  const result = (status: ComplianceStatus, note?: string): RequirementResult => ({ requirement: r, status, findings: problems, ...(note ? { note } : {}) });
  if (problems.some((f) => f.status === 'fail')) return result('not met');
  if (problems.some((f) => f.status === 'error')) return result('unknown', 'the check could not run');
  // Never "not applicable" over resources a transform, include or remote template hid (cfn/transforms/invisible.ts).
  if (problems.some(isInvisibleFinding)) return result('unknown', 'resources it covers could not be seen (a macro, include, module or remote template)');
  if (problems.some((f) => f.status === 'unknown')) return result('unknown', 'values not known at check time');
  if (problems.length > 0) return result('exempt');
  if (report.disabled?.includes(r.id)) return result('unknown', "disabled in this run's configuration, so not checked");
  if (own.some((f) => f.status === 'pass')) return result('met');
  if (own.length > 0 && own.every((f) => f.status === 'not-applicable')) return result('not applicable');
  const rule = ruleFor(r.id);
  if (!rule) return result('unknown', 'no automated check; review by hand');
  if (report.resourceTypes === undefined) {
    // Without the checked types only an engine that reports passes lets silence mean "nothing to check".
    const reportsPasses = report.findings.some((f) => f.status === 'pass' || f.status === 'not-applicable');
    return reportsPasses ? result('not applicable') : result('unknown', 'this run did not record which resources it checked');
  }
  const ruleKinds = [...(rule.resource?.kinds ?? []), ...(rule.stack?.kinds ?? [])];
  const applies = (rule.stack?.stackLevel === true && report.resources > 0) || ruleKinds.some((k) => kinds.has(k));
  return applies ? result('met') : result('not applicable', 'no resource of a kind it covers');
}

/** The strongest word the marketplace's documents use for this requirement. */
function levelIn(r: Requirement, m: Marketplace): SourceLevel {
  return r.sources.some((s) => s.marketplace === m && s.level === 'must') ? 'must' : 'should';
}

export function requirementsOf(m: Marketplace): Requirement[] {
  return REQUIREMENTS.filter((r) => r.sources.some((s) => s.marketplace === m));
}

function resourceList(findings: readonly Finding[], max = 5): string {
  const names = [...new Set(findings.map((f) => f.resource.name))];
  const shown = names.slice(0, max).map(markdownCode).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** The status word a finding gives its resource on the page, as its line under Findings says it. */
const FINDING_STATUS: Partial<Record<Finding['status'], ComplianceStatus>> = { fail: 'not met', error: 'unknown', unknown: 'unknown', exempt: 'exempt' };

/**
 * The table's resources, each under the status its own findings give it: a requirement not met on
 * one bucket and exempt on another lists `b` as not met and `a` as exempt, never both as not met.
 * A resource with findings of several statuses stands under its worst (the row's order).
 */
function resourcesCell(res: RequirementResult): string {
  const byStatus = new Map<ComplianceStatus, Finding[]>();
  const seen = new Set<string>();
  for (const status of ['not met', 'unknown', 'exempt'] as const) {
    const findings = res.findings.filter((f) => FINDING_STATUS[f.status] === status && !seen.has(resourceKey(f)));
    for (const f of findings) seen.add(resourceKey(f));
    if (findings.length > 0) byStatus.set(status, findings);
  }
  if (byStatus.size === 1 && byStatus.has(res.status)) return resourceList(res.findings);
  return [...byStatus].map(([status, findings]) => `${status}: ${resourceList(findings)}`).join('; ');
}

function blocking(res: RequirementResult): boolean {
  return res.findings.some((f) => (f.status === 'fail' || f.status === 'error') && f.enforcement === 'mandatory');
}

/** Not met before unknown; then blocking (mandatory) first, the marketplace's musts first, the most resources first, catalog order. */
function fixFirstOrder(m: Marketplace, results: readonly RequirementResult[]): RequirementResult[] {
  const order = new Map(REQUIREMENTS.map((r, i) => [r.id, i]));
  const rank = (res: RequirementResult) => [
    res.status === 'not met' ? 0 : 1,
    blocking(res) ? 0 : 1,
    levelIn(res.requirement, m) === 'must' ? 0 : 1,
    -new Set(res.findings.map(resourceKey)).size,
    order.get(res.requirement.id) ?? 0,
  ];
  return results
    .filter((res) => res.status === 'not met' || res.status === 'unknown')
    .sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
      return 0;
    });
}

function sourcesCell(r: Requirement, m: Marketplace): string {
  const sources = r.sources.filter((s) => s.marketplace === m);
  return `${levelIn(r, m)} (${[...new Set(sources.map((s) => `${documentTitle(s.seed)}: ${sectionLabel(s)}`))].join('; ')})`;
}

/** A reviewer reads the page beside the repository: locations are named from its root. */
function findingLine(f: Finding, report: Report, paths: PathContext): string {
  const at = report.locations.byKey[resourceKey(f)];
  const where = at ? ` at ${markdownCode(locationText({ ...at, file: rootRelativePath(at.file, paths) ?? at.file }))}` : '';
  const exemption = f.exemption ? ` Exempt: ${markdownText(f.exemption.reason)}${f.exemption.until ? ` (until ${markdownText(f.exemption.until)})` : ''}.` : '';
  return `- ${markdownCode(f.resource.name)} (${markdownText(f.resource.type)})${where}, ${f.status}${f.status === 'fail' || f.status === 'error' ? ` (${f.enforcement})` : ''}: ${markdownText(`${detailShown(f) ? `${detailShown(f)}: ` : ''}${f.message}`)}${exemption}`;
}

/** The fixes of a requirement's failing findings, each shown once with the resource types it is for (one per kind where the catalog has one). */
function fixBlocks(report: Report, findings: readonly Finding[]): string[] {
  const typesByFix = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.status !== 'fail') continue;
    const fix = findingFix(report, f);
    if (fix) typesByFix.set(fix, (typesByFix.get(fix) ?? new Set()).add(f.resource.type));
  }
  const engine = fixEngineOf(report);
  const lines: string[] = [];
  for (const [fix, types] of typesByFix) {
    lines.push('', `Fix (${FIX_ENGINE_NAME[engine]}) for ${[...types].map(markdownCode).join(', ')}:`, '', '```' + FIX_LANGUAGE[engine], fix, '```');
  }
  return lines;
}

function marketplacePage(report: Report, m: Marketplace, evidence: Evidence): string[] {
  const name = MARKETPLACE_NAMES[m];
  const kinds = checkedKinds(report);
  const results = requirementsOf(m).map((r) => complianceOf(report, r, kinds));
  const counts = STATUSES.map((s) => `${results.filter((res) => res.status === s).length} ${s}`).join(', ');
  const engine = report.engine === 'pulumi' ? 'Pulumi' : 'CloudFormation';
  const lines = [
    `# ${name} marketplace security requirements: compliance report`,
    '',
    `- **Checked:** ${markdownCode(rootRelativePath(report.source, evidence.paths) ?? report.source)}, ${engine} project ${markdownCode(report.project)}, stack ${markdownCode(report.stack)}, ${report.resources} resources`,
    `- **Requirements:** the ${results.length} that ${name}'s documents state (marketplace ${markdownCode(m)})`,
    `- **Checked with:** ${TOOL_NAME} ${TOOL_VERSION}`,
    `- **Date:** ${markdownText(evidence.date)}`,
    `- **Commit:** ${markdownText(revisionText(evidence.revision))}`,
    `- **Policy config:** ${markdownText(policyConfigText(report.policyConfig, evidence.paths))}`,
    `- **Result:** ${results.length} requirements from ${name}'s documents: ${counts}`,
    '',
    '## What to fix first',
    '',
  ];
  const first = fixFirstOrder(m, results);
  if (first.length === 0) lines.push('Nothing: no requirement is not met or unknown.');
  first.forEach((res, i) => {
    const r = res.requirement;
    const what = res.status === 'not met' ? 'not met' : `unknown (${res.note ?? 'not checked'})`;
    const cause = res.findings.filter((f) => FINDING_STATUS[f.status] === res.status);
    const on = cause.length > 0 ? ` on ${resourceList(cause)}` : '';
    const weight = `${blocking(res) ? 'blocking' : 'not blocking'}; ${name} says ${levelIn(r, m)}`;
    lines.push(`${i + 1}. **${r.id}** ${r.title}: ${what}${on} (${weight}). [How to fix](${requirementDocUrl(r.id)})`);
  });

  lines.push('', '## Requirements', '', `| ID | requirement | ${name} says | status | resources |`, '|---|---|---|---|---|');
  for (const res of results) {
    const r = res.requirement;
    const status = res.status === 'met' || res.status === 'not applicable' ? res.status : `**${res.status}**`;
    const note = res.note ? ` (${res.note})` : '';
    lines.push(`| [${r.id}](${requirementDocUrl(r.id)}) | ${markdownCell(r.title)} | ${markdownCell(sourcesCell(r, m))} | ${status}${markdownCell(note)} | ${markdownCell(resourcesCell(res))} |`);
  }

  const detailed = results.filter((res) => res.findings.length > 0);
  if (detailed.length > 0) {
    lines.push('', '## Findings');
    for (const res of detailed) {
      lines.push('', `### ${res.requirement.id}: ${res.requirement.title}`, '');
      for (const f of res.findings) lines.push(findingLine(f, report, evidence.paths));
      lines.push(...fixBlocks(report, res.findings));
    }
  }

  const ids = new Set(results.map((res) => res.requirement.id));
  const exemptions = exemptionsInForce(report).filter((e) => ids.has(e.requirement));
  lines.push('', '## Exemptions in force', '');
  if (exemptions.length === 0) lines.push('None.');
  else {
    lines.push('| requirement | resource | reason | until |', '|---|---|---|---|');
    for (const e of exemptions) {
      lines.push(
        `| ${e.requirement} | ${markdownCell(`${markdownCode(e.resource.name)} (${markdownText(e.resource.type)})`)} | ${markdownCell(markdownText(e.reason))} | ${markdownCell(markdownText(e.until ?? ''))} |`,
      );
    }
  }

  lines.push(
    '',
    '## How to read this report',
    '',
    `The requirements are those whose sources in ${name}'s published security documents name ${name}; "${name} says" is the strongest word those sentences use.`,
    'Not met: a resource fails the check. Unknown: a value was not known at check time, the check could not run, or the requirement was not checked; an unknown is never counted as met.',
    'Exempt: every problem is covered by an exemption with a reason (listed above). Met: resources of the kinds the check covers were checked and none fails.',
    'Not applicable: the checked infrastructure has no resource the requirement is about.',
  );
  return lines;
}

/** `evidence`: when, from which commit, with which config; the current run's unless given. */
export function renderMarkdown(report: Report, marketplaces: readonly Marketplace[], evidence: Evidence = currentEvidence()): string {
  return marketplaces.map((m) => marketplacePage(report, m, evidence).join('\n')).join('\n\n---\n\n') + '\n';
}
