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
import { Requirement } from '../../catalog/types';
import { Finding } from '../../core/findings';
import { Report, SourceLocation } from '../../core/report';
import { exemptionsInForce, resourceKey } from './exemptions';
import { runSummary } from './run-summary';
import { safeLine } from './safe-text';
import { INFORMATION_URL, TOOL_NAME, TOOL_VERSION, requirementDocUrl } from './tool-info';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const REPORTED: ReadonlySet<Finding['status']> = new Set<Finding['status']>(['fail', 'error', 'unknown', 'exempt']);

function helpMarkdown(r: Requirement): string {
  return [
    `**${r.title}**`,
    '',
    r.rationale,
    '',
    `What is checked: ${r.check}`,
    '',
    'Fix in Pulumi:',
    '```ts',
    r.fix.pulumi,
    '```',
    '',
    'Fix in CDK:',
    '```ts',
    r.fix.cdk,
    '```',
    '',
    `[${r.id} in the requirements guide](${requirementDocUrl(r.id)})`,
  ].join('\n');
}

function rule(r: Requirement): Sarif.ReportingDescriptor {
  return {
    id: r.id,
    name: r.title,
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale },
    help: { text: `${r.rationale}\n\nWhat is checked: ${r.check}\n\nHow to fix: ${requirementDocUrl(r.id)}`, markdown: helpMarkdown(r) },
    helpUri: requirementDocUrl(r.id),
    defaultConfiguration: { level: r.enforcement === 'mandatory' ? 'error' : 'warning' },
    properties: {
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

/** A relative path as a relative URI (forward slashes, escaped); an absolute one as a file URI. */
function fileUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
}

function physicalLocation(at: SourceLocation): Sarif.PhysicalLocation {
  const location: Sarif.PhysicalLocation = { artifactLocation: { uri: fileUri(at.file) } };
  if (at.line !== undefined && at.line >= 1) {
    location.region = at.column !== undefined && at.column >= 1 ? { startLine: at.line, startColumn: at.column } : { startLine: at.line };
  }
  return location;
}

function location(f: Finding, report: Report): Sarif.Location {
  const key = resourceKey(f);
  const loc: Sarif.Location = {
    logicalLocations: [{ name: safeLine(f.resource.name), fullyQualifiedName: safeLine(f.resource.key ?? f.resource.name), kind: 'resource' }],
  };
  // Template resources and Pulumi program resources have their own position (a Pulumi resource the
  // line that constructed it); a program's stack-level finding points at its entry file, a stack
  // export's or cdk.out's at what was checked: code scanning services (GitHub's among them) drop
  // results that have no physical location.
  const at = report.locations.byKey[key] ?? report.locations.default ?? { file: report.source };
  loc.physicalLocation = physicalLocation(at);
  return loc;
}

function fingerprint(f: Finding): string {
  return createHash('sha256')
    .update([f.requirement, f.resource.key ?? f.resource.name, f.detail ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

function result(f: Finding, report: Report, ruleIndex: number): Sarif.Result {
  // Viewers print message.text as plain text, often in a terminal: one line, no control characters.
  const text = safeLine(`${f.resource.name} (${f.resource.type}): ${f.detail ? `${f.detail}: ` : ''}${f.message}`);
  const res: Sarif.Result = {
    ruleId: f.requirement,
    level: levelOf(f),
    kind: f.status === 'unknown' ? 'review' : 'fail',
    message: { text: f.status === 'error' ? `the check could not run: ${text}` : text },
    locations: [location(f, report)],
    partialFingerprints: { 'marketplaceGuardrails/v1': fingerprint(f) },
    properties: { status: f.status, enforcement: f.enforcement },
  };
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

export function renderSarif(report: Report): string {
  const ruleIndex = new Map(REQUIREMENTS.map((r, i) => [r.id, i]));
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: TOOL_VERSION,
        semanticVersion: TOOL_VERSION,
        informationUri: INFORMATION_URL,
        rules: REQUIREMENTS.map(rule),
      },
    },
    automationDetails: { id: `${TOOL_NAME}/${report.engine}/${report.project}/${report.stack}/` },
    results: report.findings.filter((f) => REPORTED.has(f.status)).map((f) => result(f, report, ruleIndex.get(f.requirement) ?? -1)),
    properties: { ...runSummary(report), exemptions: exemptionsInForce(report) },
  };
  const log: Sarif.Log = { $schema: SCHEMA_URI, version: '2.1.0', runs: [run] };
  return JSON.stringify(log, null, 2) + '\n';
}
