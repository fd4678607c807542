/**
 * SARIF 2.1.0, the format code-scanning services ingest (GitHub code scanning, Azure DevOps, IDE
 * viewers): one rule per catalog requirement with its help and a link to its docs section; one result
 * per finding that needs attention (fail, error, unknown, exempt). Passes and not-applicable results
 * are left out: a code-scanning service would show every pass as an alert of its own.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { REQUIREMENTS } from '../../catalog';
import { FixEngine } from '../../catalog/fix-for';
import { Requirement } from '../../catalog/types';
import { detailShown, Finding } from '../../core/findings';
import { Report, SourceLocation } from '../../core/report';
import { BaselineComparison, BaselineEntry } from '../baseline';
import { exemptionsInForce, resourceKey } from './exemptions';
import { runSummary } from './run-summary';
import { PathContext, currentPathContext, rootRelativePath, rootUri } from './repository';
import { FIX_ENGINE_NAME, FIX_LANGUAGE, findingFix, fixEngineOf } from './finding-fix';
import { markdownText, safeLine } from './safe-text';
import { INFORMATION_URL, TOOL_NAME, TOOL_VERSION, requirementDocUrl } from './tool-info';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const REPORTED: ReadonlySet<Finding['status']> = new Set<Finding['status']>(['fail', 'error', 'unknown', 'exempt']);

/** The rule's help as GitHub code scanning shows it on every alert of the rule: the fix in the run's engine only. */
function helpMarkdown(r: Requirement, engine: FixEngine): string {
  return [
    `**${r.title}**`,
    '',
    r.rationale,
    '',
    `What is checked: ${r.check}`,
    '',
    `Fix in ${FIX_ENGINE_NAME[engine]}:`,
    '```' + FIX_LANGUAGE[engine],
    r.fix[engine],
    '```',
    '',
    `[${r.id} in the requirements guide](${requirementDocUrl(r.id)})`,
  ].join('\n');
}

/**
 * GitHub code scanning ranks security alerts by the rule's `properties.security-severity`, a score
 * from 0.0 to 10.0 it shows as critical (over 9.0), high (7.0 to 8.9), medium (4.0 to 6.9) or low
 * (docs.github.com, "SARIF support for code scanning", reportingDescriptor object). A mandatory
 * requirement is one a marketplace's documents say "must" of: an app that breaks it fails the
 * security review, hence high; an advisory one ("should") medium. None is critical: a finding here
 * is a misconfiguration to fix before deployment, not an exploited flaw.
 */
export const SECURITY_SEVERITY: Record<Requirement['enforcement'], string> = { mandatory: '8.0', advisory: '5.0' };

function rule(r: Requirement, engine: FixEngine): Sarif.ReportingDescriptor {
  return {
    id: r.id,
    name: r.title,
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale },
    help: { text: `${r.rationale}\n\nWhat is checked: ${r.check}\n\nHow to fix: ${requirementDocUrl(r.id)}`, markdown: helpMarkdown(r, engine) },
    helpUri: requirementDocUrl(r.id),
    defaultConfiguration: { level: r.enforcement === 'mandatory' ? 'error' : 'warning' },
    properties: {
      'security-severity': SECURITY_SEVERITY[r.enforcement],
      tags: ['security', 'marketplace', r.area, ...new Set(r.sources.map((s) => s.marketplace))],
      marketplaces: r.sources.map((s) => ({ marketplace: s.marketplace, level: s.level, section: s.section })),
    },
  };
}

/** Mandatory problems are errors, advisory ones warnings; an unknown is a note: it asks for a look, it is no verdict. */
function levelOf(f: Finding): Sarif.Result.level {
  if (f.status === 'unknown') return 'note';
  return f.enforcement === 'mandatory' ? 'error' : 'warning';
}

/** The uriBaseId of paths relative to the repository root, the name GitHub code scanning and the SARIF spec's examples use. */
export const SRCROOT = '%SRCROOT%';

/**
 * A file inside the repository as a URI relative to %SRCROOT% (forward slashes, escaped): code
 * scanning services resolve it from their checkout, wherever the run happened. A file outside the
 * repository (a template in /tmp) keeps its absolute file URI: there is nothing to resolve it from.
 */
function artifactLocation(file: string, paths: PathContext): Sarif.ArtifactLocation {
  const relative = rootRelativePath(file, paths);
  if (relative === undefined) return { uri: pathToFileURL(path.resolve(paths.cwd, file)).href };
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function physicalLocation(at: SourceLocation, paths: PathContext): Sarif.PhysicalLocation {
  const location: Sarif.PhysicalLocation = { artifactLocation: artifactLocation(at.file, paths) };
  if (at.line !== undefined && at.line >= 1) {
    location.region = at.column !== undefined && at.column >= 1 ? { startLine: at.line, startColumn: at.column } : { startLine: at.line };
  }
  return location;
}

function location(f: Finding, report: Report, paths: PathContext): Sarif.Location {
  const key = resourceKey(f);
  const loc: Sarif.Location = {
    logicalLocations: [{ name: safeLine(f.resource.name), fullyQualifiedName: safeLine(f.resource.key ?? f.resource.name), kind: 'resource' }],
  };
  // Template resources and Pulumi program resources have their own position (a Pulumi resource the
  // line that constructed it); a program's stack-level finding points at its entry file, a stack
  // export's or cdk.out's at what was checked: code scanning services (GitHub's among them) drop
  // results that have no physical location.
  const at = report.locations.byKey[key] ?? report.locations.default ?? { file: report.source };
  loc.physicalLocation = physicalLocation(at, paths);
  return loc;
}

function fingerprint(f: Finding): string {
  return createHash('sha256')
    .update([f.requirement, f.resource.key ?? f.resource.name, f.detail ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

function result(f: Finding, report: Report, ruleIndex: number, paths: PathContext): Sarif.Result {
  // Viewers print message.text as plain text, often in a terminal: one line, no control characters.
  const text = safeLine(`${f.resource.name} (${f.resource.type}): ${detailShown(f) ? `${detailShown(f)}: ` : ''}${f.message}`);
  const res: Sarif.Result = {
    ruleId: f.requirement,
    level: levelOf(f),
    kind: f.status === 'unknown' ? 'review' : 'fail',
    message: { text: f.status === 'error' ? `the check could not run: ${text}` : text },
    locations: [location(f, report, paths)],
    partialFingerprints: { 'marketplaceGuardrails/v1': fingerprint(f) },
    properties: { status: f.status, enforcement: f.enforcement },
  };
  // The fix for this resource's kind: `result.fixes` is for replacement file edits (§3.55), which this
  // is not; GitHub shows `message.text` and the rule's help, viewers that render Markdown `message.markdown`.
  const fix = findingFix(report, f);
  if (fix) {
    const engine = fixEngineOf(report);
    res.message.markdown = [markdownText(res.message.text ?? ''), '', `Fix in ${FIX_ENGINE_NAME[engine]}:`, '```' + FIX_LANGUAGE[engine], fix, '```'].join('\n');
    res.properties = { ...res.properties, fix, fixEngine: engine };
  }
  if (ruleIndex >= 0) res.ruleIndex = ruleIndex;
  if (f.exemption) {
    // Pulumi exemptions live in the policy config, outside the program; template exemptions in the resource's Metadata.
    const suppression: Sarif.Suppression = {
      kind: report.engine === 'pulumi' ? 'external' : 'inSource',
      status: 'accepted',
      justification: safeLine(f.exemption.reason),
    };
    if (f.exemption.until) suppression.properties = { until: f.exemption.until };
    res.suppressions = [suppression];
  }
  return res;
}

/**
 * A baseline finding this run no longer finds, as SARIF 2.1.0 §3.27.24 has it: a result with
 * `baselineState: "absent"`. It is no failure now, so kind `pass` and level `none` (§3.27.9, §3.27.10:
 * a kind other than fail has level none); it keeps the logical location it had and no physical one,
 * since its resource may be gone (GitHub code scanning drops results without a physical location, so
 * a fixed finding never opens an alert there; result-management viewers list it as resolved).
 */
function absentResult(e: BaselineEntry, ruleIndex: number): Sarif.Result {
  const res: Sarif.Result = {
    ruleId: e.requirement,
    kind: 'pass',
    level: 'none',
    baselineState: 'absent',
    message: { text: safeLine(`${e.resource.name} (${e.resource.type}): fixed since the baseline${e.property ? ` (${e.property})` : ''}`) },
    locations: [{ logicalLocations: [{ name: safeLine(e.resource.name), fullyQualifiedName: safeLine(e.resource.id ?? e.resource.name), kind: 'resource' }] }],
    properties: { status: e.status, baselineFingerprint: e.fingerprint },
  };
  if (ruleIndex >= 0) res.ruleIndex = ruleIndex;
  return res;
}

/**
 * §3.27.24: when one result has a baselineState, every result has one: each reported finding is
 * new, unchanged or updated (another status than in the baseline), and each fixed one is absent.
 */
function withBaselineStates(run: Sarif.Run, report: Report, baseline: BaselineComparison, ruleIndex: ReadonlyMap<string, number>): void {
  const reported = report.findings.filter((f) => REPORTED.has(f.status));
  (run.results ?? []).forEach((r, i) => {
    r.baselineState = baseline.stateOf(reported[i]) ?? 'new';
  });
  run.results = [...(run.results ?? []), ...baseline.fixed.map((e) => absentResult(e, ruleIndex.get(e.requirement) ?? -1))];
}

/**
 * `paths`: where the report's relative paths were taken from and the repository root URIs are written against.
 * `baseline`: the run compared with `--baseline`, so every result carries its baselineState.
 */
export function renderSarif(report: Report, paths: PathContext = currentPathContext(), baseline?: BaselineComparison): string {
  const ruleIndex = new Map(REQUIREMENTS.map((r, i) => [r.id, i]));
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: TOOL_VERSION,
        semanticVersion: TOOL_VERSION,
        informationUri: INFORMATION_URL,
        rules: REQUIREMENTS.map((r) => rule(r, fixEngineOf(report))),
      },
    },
    automationDetails: { id: `${TOOL_NAME}/${report.engine}/${report.project}/${report.stack}/` },
    originalUriBaseIds: { [SRCROOT]: { uri: rootUri(paths.root) } },
    results: report.findings.filter((f) => REPORTED.has(f.status)).map((f) => result(f, report, ruleIndex.get(f.requirement) ?? -1, paths)),
    properties: { ...runSummary(report), exemptions: exemptionsInForce(report) },
  };
  if (baseline) withBaselineStates(run, report, baseline, ruleIndex);
  const log: Sarif.Log = { $schema: SCHEMA_URI, version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}
