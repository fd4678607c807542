/**
 * Baselines: how an app with findings adopts the gate without fixing everything first.
 * `--create-baseline FILE` records the run's findings; `--baseline FILE` gates only on findings that
 * are not in it and lists the ones that are gone (fixed).
 *
 * A finding is known by a fingerprint of what it is about, not where it is written: the requirement,
 * the resource as its engine identifies it and the property the verdict names (`Finding.detail`).
 * Lines, messages (which quote values that change with a fix in progress) and the status are left out,
 * so a resource moved down its file, or a message reworded by a newer version, stays the same finding.
 * - Pulumi: the URN without its stack (`urn:pulumi:<stack>::<project>::<type chain>::<name>`, the
 *   form pulumi/pulumi sdk/go/common/resource/urn.go builds); the same program checked as another stack
 *   has the same resources.
 * - CloudFormation: the logical ID (with its nested-stack or cdk.out stack path) and the template's
 *   path relative to the repository root, so two templates with the same logical IDs stay apart and
 *   running from another directory changes nothing.
 *
 * The file holds fingerprints and readable IDs only (requirement, resource type, name and ID, property
 * path), never a message: messages can quote values, and a NoEcho parameter's or secret's value never
 * goes into a file the repository keeps.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding, FindingStatus } from '../core/findings';
import { Report } from '../core/report';
import { readBoundedText } from './bounded-read';
import { UsageError } from './errors';
import { resourceKey } from './reports/exemptions';
import { PathContext, currentPathContext, rootRelativePath } from './reports/repository';
import { TOOL_NAME } from './reports/tool-info';

export const BASELINE_VERSION = 1;

/** The findings a baseline records and compares: the ones every report shows as needing attention. */
export const BASELINED: ReadonlySet<FindingStatus> = new Set<FindingStatus>(['fail', 'error', 'unknown', 'exempt']);

/** A baselined fail or error no longer gates: the team accepted it when it adopted the gate. */
const ACCEPTED: ReadonlySet<FindingStatus> = new Set<FindingStatus>(['fail', 'error']);

export interface BaselineEntry {
  fingerprint: string;
  requirement: string;
  status: FindingStatus;
  resource: { type: string; name: string; id?: string };
  /** The property the verdict is about, when the check names one (`egress[1]`, `defaultCacheBehavior`). */
  property?: string;
  /** CloudFormation: the template, relative to the repository root. */
  template?: string;
}

export interface BaselineFile {
  tool: typeof TOOL_NAME;
  baselineVersion: typeof BASELINE_VERSION;
  engine: Report['engine'];
  findings: BaselineEntry[];
}

/**
 * SARIF 2.1.0 §3.27.24 `baselineState`: new (not in the baseline), unchanged, updated (in it, with
 * another status: an unknown that became a fail), absent (in the baseline, not found now).
 */
export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent';

/** One run compared with a baseline, as the reports and the exit code read it. */
export interface BaselineComparison {
  file: string;
  stateOf(f: Finding): BaselineState | undefined;
  /** Whether the finding was accepted in the baseline, so it no longer fails the run. */
  accepted(f: Finding): boolean;
  /** Baseline entries this run no longer finds, for requirements it checked. */
  fixed: BaselineEntry[];
}

const STACK_IN_URN = /^urn:pulumi:[^:]*::/;

/** What `fingerprint` hashes besides the requirement and property: the resource as the engine identifies it. */
function identityOf(f: Finding, report: Report, paths: PathContext): { id: string; template?: string } {
  const key = resourceKey(f);
  if (report.engine === 'pulumi') return { id: key.replace(STACK_IN_URN, 'urn:pulumi:*::') };
  const file = (report.locations.byKey[key] ?? report.locations.default ?? { file: report.source }).file;
  // A template outside the repository (a temp dir) by its absolute path: the same from any directory.
  return { id: key, template: rootRelativePath(file, paths) ?? path.resolve(paths.cwd, file) };
}

function fingerprintOf(requirement: string, identity: { id: string; template?: string }, property: string | undefined): string {
  return createHash('sha256')
    .update([`v${BASELINE_VERSION}`, requirement, identity.template ?? '', identity.id, property ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

function entryOf(f: Finding, report: Report, paths: PathContext): BaselineEntry {
  const identity = identityOf(f, report, paths);
  const entry: BaselineEntry = {
    fingerprint: fingerprintOf(f.requirement, identity, f.detail),
    requirement: f.requirement,
    status: f.status,
    resource: { type: f.resource.type, name: f.resource.name, ...(f.resource.key !== undefined ? { id: identity.id } : {}) },
  };
  if (f.detail !== undefined) entry.property = f.detail;
  if (identity.template !== undefined) entry.template = identity.template;
  return entry;
}

/** The baseline of a run: its findings that need attention, in a stable order so the file diffs well. */
export function baselineOf(report: Report, paths: PathContext = currentPathContext()): BaselineFile {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const f of report.findings) {
    if (!BASELINED.has(f.status)) continue;
    const entry = entryOf(f, report, paths);
    const seen = byFingerprint.get(entry.fingerprint);
    // One finding per fingerprint; a fail wins over an unknown on the same property.
    if (!seen || (ACCEPTED.has(entry.status) && !ACCEPTED.has(seen.status))) byFingerprint.set(entry.fingerprint, entry);
  }
  const findings = [...byFingerprint.values()].sort(
    (a, b) => a.requirement.localeCompare(b.requirement) || (a.resource.id ?? a.resource.name).localeCompare(b.resource.id ?? b.resource.name) || a.fingerprint.localeCompare(b.fingerprint),
  );
  return { tool: TOOL_NAME, baselineVersion: BASELINE_VERSION, engine: report.engine, findings };
}

export function writeBaseline(file: string, report: Report): number {
  const baseline = baselineOf(report);
  try {
    fs.writeFileSync(file, JSON.stringify(baseline, null, 2) + '\n');
  } catch (e) {
    throw new UsageError(`cannot write the baseline to ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return baseline.findings.length;
}

const STATUSES: ReadonlySet<string> = BASELINED;
const FINGERPRINT = /^[0-9a-f]{32}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The one thing wrong with an entry, or undefined. */
function entryProblem(e: unknown): string | undefined {
  if (!isRecord(e)) return 'is not an object';
  if (typeof e.fingerprint !== 'string' || !FINGERPRINT.test(e.fingerprint)) return 'has no fingerprint (32 hex digits)';
  if (typeof e.requirement !== 'string' || e.requirement === '') return 'has no requirement';
  if (typeof e.status !== 'string' || !STATUSES.has(e.status)) return `has status ${JSON.stringify(e.status)}, not one of ${[...STATUSES].join(', ')}`;
  if (!isRecord(e.resource) || typeof e.resource.type !== 'string' || typeof e.resource.name !== 'string') return 'has no resource type and name';
  if (e.resource.id !== undefined && typeof e.resource.id !== 'string') return 'has a resource id that is not a string';
  for (const key of ['property', 'template'] as const) if (e[key] !== undefined && typeof e[key] !== 'string') return `has a ${key} that is not a string`;
  return undefined;
}

/** Reads and validates a baseline file; anything else is one line, exit code 2. */
export function readBaseline(file: string): BaselineFile {
  const text = readBoundedText(file, { what: 'baseline' });
  const refuse = (why: string) => new UsageError(`baseline ${file}: ${why}`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw refuse('not valid JSON (write it with --create-baseline)');
  }
  if (!isRecord(doc) || doc.tool !== TOOL_NAME) throw refuse(`not a ${TOOL_NAME} baseline (write it with --create-baseline)`);
  if (doc.baselineVersion !== BASELINE_VERSION)
    throw refuse(`baselineVersion ${JSON.stringify(doc.baselineVersion)} is not one this version reads (${BASELINE_VERSION}); write it again with --create-baseline`);
  if (doc.engine !== 'pulumi' && doc.engine !== 'cloudformation') throw refuse(`engine ${JSON.stringify(doc.engine)} is neither pulumi nor cloudformation`);
  if (!Array.isArray(doc.findings)) throw refuse('findings is not a list');
  doc.findings.forEach((e: unknown, i: number) => {
    const problem = entryProblem(e);
    if (problem) throw refuse(`findings[${i}] ${problem}`);
  });
  return doc as unknown as BaselineFile;
}

const COMMAND_OF: Record<Report['engine'], string> = { pulumi: 'preview', cloudformation: 'scan' };

/** This run against a baseline: which findings are new, which were accepted, which are gone. */
export function compareWithBaseline(report: Report, file: string, baseline: BaselineFile, paths: PathContext = currentPathContext()): BaselineComparison {
  if (baseline.engine !== report.engine) throw new UsageError(`baseline ${file} was written by ${COMMAND_OF[baseline.engine]}; this run is ${COMMAND_OF[report.engine]}`);
  const recorded = new Map(baseline.findings.map((e) => [e.fingerprint, e]));
  const states = new Map<Finding, { state: BaselineState; accepted: boolean }>();
  const found = new Set<string>();
  for (const f of report.findings) {
    if (!BASELINED.has(f.status)) continue;
    const { fingerprint } = entryOf(f, report, paths);
    found.add(fingerprint);
    const before = recorded.get(fingerprint);
    const state: BaselineState = !before ? 'new' : before.status === f.status ? 'unchanged' : 'updated';
    states.set(f, { state, accepted: before !== undefined && ACCEPTED.has(before.status) });
  }
  // A requirement this run did not check (--check, --skip-check, disabled in the config) fixed nothing.
  const unchecked = new Set(report.disabled ?? []);
  return {
    file,
    stateOf: (f) => states.get(f)?.state,
    accepted: (f) => states.get(f)?.accepted ?? false,
    fixed: baseline.findings.filter((e) => !found.has(e.fingerprint) && !unchecked.has(e.requirement)),
  };
}

/** `TLS1 on cdn (aws:cloudfront/distribution:Distribution), property defaultCacheBehavior` */
export function baselineEntryLine(e: BaselineEntry): string {
  return `${e.requirement} on ${e.resource.name} (${e.resource.type})${e.property ? `, property ${e.property}` : ''}${e.template ? ` in ${e.template}` : ''}`;
}
