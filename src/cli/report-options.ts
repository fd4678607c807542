/**
 * The report options every checking command shares (`preview`, `scan`): the format, where it goes,
 * which findings fail the run, and for the compliance page which marketplace it is for.
 */
import { Command, Option } from 'commander';
import * as fs from 'node:fs';
import { MARKETPLACES, Marketplace } from '../catalog/types';
import { Report } from '../core/report';
import { Finding } from '../core/findings';
import { EXIT_MANDATORY_VIOLATIONS, EXIT_OK, UsageError } from './errors';
import { renderJson } from './reports/json';
import { renderJunit } from './reports/junit';
import { renderMarkdown } from './reports/markdown';
import { renderSarif } from './reports/sarif';
import { renderText } from './reports/text';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const FAIL_ON = ['mandatory', 'advisory', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const MARKETPLACE_CHOICES = ['atlassian', 'miro', 'trello', 'all'] as const;
export type MarketplaceChoice = (typeof MARKETPLACE_CHOICES)[number];

export interface ReportFlags {
  format: ReportFormat;
  output?: string;
  failOn: FailOn;
  marketplace?: MarketplaceChoice;
}

/** Refuses flag combinations that cannot mean what they say, before the run starts. */
export function checkReportFlags(flags: ReportFlags): void {
  // The marketplace only selects the compliance page's documents; accepting it elsewhere would suggest it filters findings.
  if (flags.marketplace !== undefined && flags.format !== 'markdown') throw new UsageError('--marketplace applies to --format markdown only');
}

export function addReportOptions(command: Command): Command {
  command.hook('preAction', (_cmd, action) => checkReportFlags(action.opts<ReportFlags>()));
  return command
    .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('text'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .addOption(
      new Option('--fail-on <level>', 'which failures (and errors) make the exit code 1').choices(FAIL_ON).default('mandatory'),
    )
    .addOption(new Option('--marketplace <name>', 'marketplace the markdown compliance report is for (default: all)').choices(MARKETPLACE_CHOICES));
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

export function renderReport(report: Report, flags: ReportFlags, toTerminal: boolean): string {
  switch (flags.format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report);
    case 'junit':
      return renderJunit(report);
    case 'markdown':
      return renderMarkdown(report, marketplacesOf(flags.marketplace));
    case 'text':
      return renderText(report, toTerminal);
  }
}

export function writeReport(report: Report, flags: ReportFlags): void {
  checkReportFlags(flags);
  const toTerminal = !flags.output && process.stdout.isTTY === true;
  const text = renderReport(report, flags, toTerminal);
  if (flags.output) {
    try {
      fs.writeFileSync(flags.output, text);
    } catch (e) {
      throw new UsageError(`cannot write the report to ${flags.output}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  } else process.stdout.write(text);
  process.exitCode = report.findings.some((f) => gates(f, flags.failOn)) ? EXIT_MANDATORY_VIOLATIONS : EXIT_OK;
}
