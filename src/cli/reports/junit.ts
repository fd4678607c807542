/**
 * JUnit XML, which CI systems (GitLab, Jenkins, Azure Pipelines, CircleCI) show as test results: a test
 * suite per requirement, a test case per requirement and resource. Findings on the same requirement and
 * resource (several cache behaviors of one distribution, a resource and its advisory part) collapse
 * into one case that carries all their messages.
 *
 * A test fails exactly when its finding fails the run (`--fail-on`, mandatory by default): a fail
 * that gates is a <failure>, a check that could not run and gates an <error>. Everything else that
 * needs a look is <skipped> with the reason: an advisory fail ("advisory, does not fail the run"), an
 * unknown (of either enforcement: an unknown is no verdict and never gates, but is never a pass
 * either), an exempt result. So a gate that passes shows no failed test, as CI dashboards read it.
 * Not-applicable results are no test at all. Passes appear only where the engine reports them (a
 * template scan); the Pulumi pack reports violations only.
 */
import { REQUIREMENTS, isRequirementId, requirement } from '../../catalog';
import { detailShown, Finding } from '../../core/findings';
import { Report } from '../../core/report';
import { ExemptionInForce, exemptionsInForce, resourceKey } from './exemptions';
import { PathContext, currentPathContext, rootRelativePath } from './repository';
import { safeLine } from './safe-text';
import { TOOL_NAME } from './tool-info';

type Outcome = 'failure' | 'error' | 'skipped' | 'passed';

interface TestCase {
  requirement: string;
  name: string;
  outcome: Outcome;
  findings: Finding[];
}

/** Whether a finding fails the run: the `--fail-on` rule (report-options.ts `gates`). */
export type Gating = (f: Finding) => boolean;

/** A finding's own outcome; the case's is its worst finding's. */
function outcomeOf(f: Finding, gating: Gating): Outcome | undefined {
  if (f.status === 'not-applicable') return undefined;
  if (f.status === 'pass') return 'passed';
  if (gating(f)) return f.status === 'error' ? 'error' : 'failure';
  return 'skipped';
}

const RANK: Record<Outcome, number> = { error: 3, failure: 2, skipped: 1, passed: 0 };

/** Why a skipped finding is not a failure, for the <skipped> message. */
function skipReason(f: Finding): string {
  if (f.status === 'exempt') return `exempt: ${f.exemption?.reason ?? ''}`;
  if (f.status === 'unknown') return `unknown: ${f.message}`;
  return `${f.enforcement}, does not fail the run: ${f.message}`;
}

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
  let line = `${head}: ${detailShown(f) ? `${detailShown(f)}: ` : ''}${f.message}`;
  if (f.exemption) line += ` [exempt: ${f.exemption.reason}${f.exemption.until ? `, until ${f.exemption.until}` : ''}]`;
  // One line per finding: the case body joins them with newlines, so a newline inside one would fake another.
  return safeLine(line);
}

function testCases(findings: readonly Finding[], gating: Gating): TestCase[] {
  const byCase = new Map<string, TestCase>();
  for (const f of findings) {
    const outcome = outcomeOf(f, gating);
    if (!outcome) continue;
    const id = `${f.requirement}\u0000${resourceKey(f)}`;
    let c = byCase.get(id);
    if (!c) {
      c = { requirement: f.requirement, name: safeLine(`${f.resource.name} (${f.resource.type})`), outcome, findings: [] };
      byCase.set(id, c);
    }
    c.findings.push(f);
    if (RANK[outcome] > RANK[c.outcome]) c.outcome = outcome;
  }
  return [...byCase.values()];
}

function caseXml(c: TestCase, location: string | undefined, gating: Gating): string[] {
  const open = `    <testcase${attrs({ name: c.name, classname: `${TOOL_NAME}.${c.requirement}`, ...(location ? { file: location } : {}) })}`;
  if (c.outcome === 'passed') return [`${open}/>`];
  const problems = c.findings.filter((f) => f.status !== 'pass');
  const text = problems.map(findingText).join('\n');
  // The message is the finding that decided the outcome.
  const first = problems.find((f) => outcomeOf(f, gating) === c.outcome) ?? problems[0];
  const body =
    c.outcome === 'skipped'
      ? `      <skipped${attrs({ message: safeLine(skipReason(first)) })}>${escapeXml(text)}</skipped>`
      : `      <${c.outcome}${attrs({ message: safeLine(first.message), type: first.enforcement })}>${escapeXml(text)}</${c.outcome}>`;
  return [`${open}>`, body, '    </testcase>'];
}

function exemptionProperties(exemptions: readonly ExemptionInForce[]): string[] {
  if (exemptions.length === 0) return [];
  const props = exemptions.map((e) => `      <property${attrs({ name: safeLine(`exemption ${e.resource.name}`), value: safeLine(`${e.reason}${e.until ? ` (until ${e.until})` : ''}`) })}/>`);
  return ['    <properties>', ...props, '    </properties>'];
}

/** `paths`: case `file` attributes are relative to the repository root, as GitLab links them to the merge request's files. */
export function renderJunit(report: Report, gating: Gating, paths: PathContext = currentPathContext()): string {
  const cases = testCases(report.findings, gating);
  const exemptions = exemptionsInForce(report);
  const order = new Map(REQUIREMENTS.map((r, i) => [r.id, i]));
  const ids = [...new Set(cases.map((c) => c.requirement))].sort((a, b) => (order.get(a) ?? 1e6) - (order.get(b) ?? 1e6) || a.localeCompare(b));
  const count = (list: readonly TestCase[], outcome: TestCase['outcome']) => list.filter((c) => c.outcome === outcome).length;
  const totals = { tests: cases.length, failures: count(cases, 'failure'), errors: count(cases, 'error'), skipped: count(cases, 'skipped') };
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attrs({ name: safeLine(`${TOOL_NAME} ${report.project}/${report.stack}`), ...totals })}>`];
  for (const id of ids) {
    const suiteCases = cases.filter((c) => c.requirement === id);
    const title = isRequirementId(id) ? `${id}: ${requirement(id).title}` : id;
    lines.push(`  <testsuite${attrs({ name: title, tests: suiteCases.length, failures: count(suiteCases, 'failure'), errors: count(suiteCases, 'error'), skipped: count(suiteCases, 'skipped') })}>`);
    lines.push(...exemptionProperties(exemptions.filter((e) => e.requirement === id)));
    for (const c of suiteCases) {
      const at = report.locations.byKey[resourceKey(c.findings[0])] ?? report.locations.default;
      lines.push(...caseXml(c, at ? safeLine(rootRelativePath(at.file, paths) ?? at.file) : undefined, gating));
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
