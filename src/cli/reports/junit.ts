/**
 * JUnit XML, which CI systems (GitLab, Jenkins, Azure Pipelines, CircleCI) show as test results: a test
 * suite per requirement, a test case per requirement and resource. Findings on the same requirement and
 * resource (several cache behaviors of one distribution, a resource and its advisory part) collapse
 * into one case that carries all their messages.
 *
 * A fail is a <failure>, a check that could not run an <error>; unknown and exempt results are
 * <skipped>, so an unknown never shows as a pass. Not-applicable results are no test at all. Passes
 * appear only where the engine reports them (a template scan); the Pulumi pack reports violations only.
 */
import { REQUIREMENTS, isRequirementId, requirement } from '../../catalog';
import { Finding, FindingStatus } from '../../core/findings';
import { Report } from '../../core/report';
import { ExemptionInForce, exemptionsInForce, resourceKey } from './exemptions';
import { safeLine } from './safe-text';
import { TOOL_NAME } from './tool-info';

interface TestCase {
  requirement: string;
  name: string;
  outcome: 'failure' | 'error' | 'skipped' | 'passed';
  findings: Finding[];
}

/** The case's outcome is its worst finding's. */
const RANK: Record<FindingStatus, number> = { error: 5, fail: 4, unknown: 3, exempt: 2, pass: 1, 'not-applicable': 0 };
const OUTCOME: Record<FindingStatus, TestCase['outcome'] | undefined> = {
  error: 'error',
  fail: 'failure',
  unknown: 'skipped',
  exempt: 'skipped',
  pass: 'passed',
  'not-applicable': undefined,
};

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all (most C0 controls) are dropped rather than escaped.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function findingText(f: Finding): string {
  const head = `${f.status}${f.status === 'fail' || f.status === 'error' ? ` (${f.enforcement})` : ''}`;
  let line = `${head}: ${f.detail ? `${f.detail}: ` : ''}${f.message}`;
  if (f.exemption) line += ` [exempt: ${f.exemption.reason}${f.exemption.until ? `, until ${f.exemption.until}` : ''}]`;
  // One line per finding: the case body joins them with newlines, so a newline inside one would fake another.
  return safeLine(line);
}

function testCases(findings: readonly Finding[]): TestCase[] {
  const byCase = new Map<string, TestCase>();
  for (const f of findings) {
    const outcome = OUTCOME[f.status];
    if (!outcome) continue;
    const id = `${f.requirement}\u0000${resourceKey(f)}`;
    let c = byCase.get(id);
    if (!c) {
      c = { requirement: f.requirement, name: safeLine(`${f.resource.name} (${f.resource.type})`), outcome, findings: [] };
      byCase.set(id, c);
    }
    c.findings.push(f);
    const worst = c.findings.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a));
    c.outcome = OUTCOME[worst.status] ?? c.outcome;
  }
  return [...byCase.values()];
}

function caseXml(c: TestCase, location: string | undefined): string[] {
  const open = `    <testcase${attrs({ name: c.name, classname: `${TOOL_NAME}.${c.requirement}`, ...(location ? { file: location } : {}) })}`;
  if (c.outcome === 'passed') return [`${open}/>`];
  const problems = c.findings.filter((f) => f.status !== 'pass');
  const text = problems.map(findingText).join('\n');
  const first = problems[0];
  const body =
    c.outcome === 'skipped'
      ? `      <skipped${attrs({ message: safeLine(first.status === 'exempt' ? `exempt: ${first.exemption?.reason ?? ''}` : first.message) })}>${escapeXml(text)}</skipped>`
      : `      <${c.outcome}${attrs({ message: safeLine(first.message), type: first.enforcement })}>${escapeXml(text)}</${c.outcome}>`;
  return [`${open}>`, body, '    </testcase>'];
}

function exemptionProperties(exemptions: readonly ExemptionInForce[]): string[] {
  if (exemptions.length === 0) return [];
  const props = exemptions.map(
    (e) => `      <property${attrs({ name: safeLine(`exemption ${e.resource.name}`), value: safeLine(`${e.reason}${e.until ? ` (until ${e.until})` : ''}`) })}/>`,
  );
  return ['    <properties>', ...props, '    </properties>'];
}

export function renderJunit(report: Report): string {
  const cases = testCases(report.findings);
  const exemptions = exemptionsInForce(report);
  const order = new Map(REQUIREMENTS.map((r, i) => [r.id, i]));
  const ids = [...new Set(cases.map((c) => c.requirement))].sort((a, b) => (order.get(a) ?? 1e6) - (order.get(b) ?? 1e6) || a.localeCompare(b));
  const count = (list: readonly TestCase[], outcome: TestCase['outcome']) => list.filter((c) => c.outcome === outcome).length;
  const totals = { tests: cases.length, failures: count(cases, 'failure'), errors: count(cases, 'error'), skipped: count(cases, 'skipped') };
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attrs({ name: safeLine(`${TOOL_NAME} ${report.project}/${report.stack}`), ...totals })}>`];
  for (const id of ids) {
    const suiteCases = cases.filter((c) => c.requirement === id);
    const title = isRequirementId(id) ? `${id}: ${requirement(id).title}` : id;
    lines.push(
      `  <testsuite${attrs({ name: title, tests: suiteCases.length, failures: count(suiteCases, 'failure'), errors: count(suiteCases, 'error'), skipped: count(suiteCases, 'skipped') })}>`,
    );
    lines.push(...exemptionProperties(exemptions.filter((e) => e.requirement === id)));
    for (const c of suiteCases) {
      const at = report.locations.byKey[resourceKey(c.findings[0])] ?? report.locations.default;
      lines.push(...caseXml(c, at ? safeLine(at.file) : undefined));
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
