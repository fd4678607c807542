/**
 * The report options every checking command shares (`preview`, `scan`): the format, where it goes,
 * which findings fail the run, and for the compliance page which marketplace it is for.
 */
import { Command, Option } from 'commander';
import { MARKETPLACES, Marketplace } from '../catalog/types';
import { Report } from '../core/report';
import { Finding } from '../core/findings';
import * as path from 'node:path';
import { EXIT_MANDATORY_VIOLATIONS, EXIT_OK, UsageError } from './errors';
import { BaselineComparison, baselineEntryLine, compareWithBaseline, readBaseline, writeBaseline } from './baseline';
import { OutputTarget, collect, outputTargets, writeOutput } from './outputs';
import { MARKETPLACE_CHOICES, MarketplaceChoice, SelectionFlags, selectRequirements, selectedRequirements } from './selection';
import { renderJson } from './reports/json';
import { renderJunit } from './reports/junit';
import { renderMarkdown } from './reports/markdown';
import { renderGithub } from './reports/github';
import { renderSarif } from './reports/sarif';
import { renderText } from './reports/text';
import { colourWanted } from './progress';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const FAIL_ON = ['mandatory', 'advisory', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export { MARKETPLACE_CHOICES };
export type { MarketplaceChoice };

export interface ReportFlags extends SelectionFlags {
  format: ReportFormat;
  /** `FORMAT=FILE` each, or one plain FILE for the `--format` report. */
  output?: string[];
  failOn: FailOn;
  baseline?: string;
  createBaseline?: string;
  /** False with `--no-color`. */
  color?: boolean;
}

/** What the flags ask of the reports, read and validated before the run starts. */
interface ReportPlan {
  targets: OutputTarget<ReportFormat>[];
  selected?: Set<string>;
}

/**
 * Refuses flags that cannot mean what they say, and an unreadable baseline, before the run starts:
 * a mistyped requirement ID should not cost a run of the program.
 */
export function checkReportFlags(flags: ReportFlags): ReportPlan {
  const targets = outputTargets(flags.format, flags.output ?? [], REPORT_FORMATS);
  const selected = selectedRequirements(flags);
  if (flags.baseline !== undefined) readBaseline(flags.baseline);
  const created = flags.createBaseline;
  const clash = created !== undefined ? targets.find((t) => t.file !== undefined && path.resolve(t.file) === path.resolve(created)) : undefined;
  if (clash) throw new UsageError(`--create-baseline ${created} is also the ${clash.format} report's --output; give the baseline its own file`);
  return { targets, selected };
}

export function addReportOptions(command: Command): Command {
  command.hook('preAction', (_cmd, action) => {
    checkReportFlags(action.opts<ReportFlags>());
  });
  return command
    .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('text'))
    .option(
      '--output <[format=]file>',
      'write a report to a file: FORMAT=FILE (repeatable) writes that format, the --format report still going to stdout; a plain FILE takes the --format report instead of stdout',
      collect,
    )
    .addOption(new Option('--fail-on <level>', 'which failures (and errors) make the exit code 1').choices(FAIL_ON).default('mandatory'))
    .addOption(new Option('--marketplace <name>', 'check only the requirements this marketplace states, in every format (default: all)').choices(MARKETPLACE_CHOICES))
    .option('--check <ids>', 'check only these requirements (comma-separated IDs, e.g. TLS1,NET1)')
    .option('--skip-check <ids>', 'leave these requirements out (comma-separated IDs)')
    .option('--create-baseline <file>', "record this run's findings in FILE (fingerprints and IDs only), to adopt the gate on an app with findings")
    .option('--baseline <file>', 'fail only on findings not in this baseline file; list the ones fixed since')
    .option('--no-color', 'no colours in the text report (also with NO_COLOR set, TERM=dumb, or stdout not a terminal)');
}

/** The marketplaces a compliance report covers. */
export function marketplacesOf(choice: MarketplaceChoice | undefined): Marketplace[] {
  return !choice || choice === 'all' ? [...MARKETPLACES] : [choice];
}

/** Whether a finding fails the run under `--fail-on`. Unknowns never fail it: they are reported, not gated. */
export function gates(f: Finding, failOn: FailOn): boolean {
  if (failOn === 'never' || (f.status !== 'fail' && f.status !== 'error')) return false;
  return failOn === 'advisory' || f.enforcement === 'mandatory';
}

/** `baseline`: the run compared with `--baseline`, for the formats that record every finding with its state. */
export function renderReport(report: Report, flags: ReportFlags, toTerminal: boolean, baseline?: BaselineComparison): string {
  switch (flags.format) {
    case 'json':
      return renderJson(report, baseline);
    case 'sarif':
      return renderSarif(report, undefined, baseline);
    case 'github':
      return renderGithub(report);
    case 'junit':
      return renderJunit(report, (f) => gates(f, flags.failOn));
    case 'markdown':
      return renderMarkdown(report, marketplacesOf(flags.marketplace));
    case 'text':
      return renderText(report, toTerminal);
  }
}

/**
 * Formats that record the run (JSON, SARIF, the compliance page) show every finding, baselined ones
 * with their baseline state: an accepted violation is still a violation to a reviewer. Formats that
 * gate (text, JUnit, workflow annotations) show what fails the run: the findings the baseline did not
 * accept, so a passing gate shows no failed test and no annotation.
 */
const RECORDS_EVERY_FINDING: ReadonlySet<ReportFormat> = new Set<ReportFormat>(['json', 'sarif', 'markdown']);

/** The text report's closing lines on the baseline: what it accepted, what is new, what is gone. */
function baselineSummary(report: Report, baseline: BaselineComparison): string {
  const accepted = report.findings.filter((f) => baseline.accepted(f)).length;
  const added = report.findings.filter((f) => baseline.stateOf(f) === 'new' || (baseline.stateOf(f) === 'updated' && !baseline.accepted(f))).length;
  const lines = [`baseline ${baseline.file}: ${accepted} findings accepted in it (not failing the run), ${added} new or changed, ${baseline.fixed.length} fixed`];
  if (baseline.fixed.length > 0) lines.push('fixed since the baseline:', ...baseline.fixed.map((e) => `  ${baselineEntryLine(e)}`));
  return lines.join('\n') + '\n';
}

export function writeReport(report: Report, flags: ReportFlags): void {
  const { targets, selected } = checkReportFlags(flags);
  const checked = selectRequirements(report, selected);
  const baseline = flags.baseline !== undefined ? compareWithBaseline(checked, flags.baseline, readBaseline(flags.baseline)) : undefined;
  const gating = baseline ? { ...checked, findings: checked.findings.filter((f) => !baseline.accepted(f)) } : checked;
  for (const target of targets) {
    const toTerminal = target.file === undefined && colourWanted(process.stdout, process.env, flags.color);
    const view = RECORDS_EVERY_FINDING.has(target.format) ? checked : gating;
    let text = renderReport(view, { ...flags, format: target.format }, toTerminal, baseline);
    if (baseline && target.format === 'text') text += baselineSummary(checked, baseline);
    writeOutput(target.file, text);
  }
  if (flags.createBaseline !== undefined) {
    const recorded = writeBaseline(flags.createBaseline, checked);
    process.stderr.write(`marketplace-guardrails: baseline ${flags.createBaseline} written: ${recorded} findings\n`);
  }
  process.exitCode = gating.findings.some((f) => gates(f, flags.failOn)) ? EXIT_MANDATORY_VIOLATIONS : EXIT_OK;
}
