/**
 * The `marketplace-guardrails` command. Every user error ends as one line on stderr and exit code 2,
 * never a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import { CatalogFormat, renderCatalog } from './requirements-command';
import { EXIT_BAD_INPUT, UsageError } from './errors';
import { addReportOptions, ReportFlags, writeReport } from './report-options';
import { terminalProgress } from './progress';
import { safeLine } from './reports/safe-text';
import { TOOL_VERSION } from './reports/tool-info';
import { policyConfigRecord } from './reports/evidence';
import { refuseRepeatedValues } from './single-value';
import { missingPackRuntime } from '../pulumi/pack/runtime';
import { policyPackDir } from '../pulumi/pack/pack-dir';
import { DEFAULT_MAX_RESOURCES, DEFAULT_TIMEOUT_MS } from '../pulumi/offline/capture';
import { runScan } from '../cfn/scan';
import { readParameterValues } from '../cfn/parameters';
import { findPolicyConfigFile, readPolicyConfigFile } from '../config/config-file';

/** The file `--policy-config` names, else `marketplace-guardrails.config.json` at the repository root. */
function policyConfigOf(flag: string | undefined) {
  const file = flag ?? findPolicyConfigFile();
  return file === undefined ? undefined : readPolicyConfigFile(file);
}

interface PreviewFlags extends ReportFlags {
  stack?: string;
  configFile?: string;
  policyConfig?: string;
  stackExport?: string;
  now?: string;
  unknownOutputs?: boolean;
  timeout: string;
  maxResources: string;
}

interface ScanFlags extends ReportFlags {
  policyConfig?: string;
  parameters?: string;
  now?: string;
}

function positiveNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} ${value} is not a positive number`);
  return n;
}

function buildProgram(): Command {
  const program = new Command('marketplace-guardrails')
    .description('Checks that an AWS app backend meets the Atlassian, Miro and Trello marketplace security requirements.')
    .version(TOOL_VERSION, '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });

  program
    .command('requirements')
    .description('print the requirement catalog')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((opts: { format: CatalogFormat }) => {
      process.stdout.write(renderCatalog(opts.format));
    });

  const preview = program
    .command('preview')
    .description('check a Pulumi program offline (under mocks) or a stack export with the policy pack, over the real analyzer protocol')
    .argument('[program-dir]', 'Pulumi program directory (with Pulumi.yaml)')
    .option('--stack <name>', 'stack name the program sees', 'dev')
    .option('--config-file <file>', 'Pulumi.<stack>.yaml whose config values the program reads')
    .option('--policy-config <file>', 'policy pack config, JSON as pulumi preview --policy-pack-config reads it (default: marketplace-guardrails.config.json at the repository root)')
    .option('--stack-export <file>', 'check a `pulumi stack export` file (deployed state) instead of a program')
    .option('--timeout <seconds>', 'stop the program after this many seconds', String(DEFAULT_TIMEOUT_MS / 1000))
    .option('--max-resources <n>', 'stop the program when it registers more resources than this', String(DEFAULT_MAX_RESOURCES))
    .option('--unknown-outputs', 'leave computed outputs unknown, exactly as `pulumi preview` does (default: known stand-ins)')
    .option('--now <date>', 'the date date-dependent checks compare with (default: today)');
  addReportOptions(preview).action(async (programDir: string | undefined, flags: PreviewFlags) => {
    if (!programDir && !flags.stackExport) throw new UsageError('preview needs a program directory or --stack-export <file>');
    if (programDir && flags.stackExport) throw new UsageError('preview takes a program directory or --stack-export, not both');
    if (flags.now !== undefined && Number.isNaN(Date.parse(flags.now))) throw new UsageError(`--now ${flags.now} is not a date`);
    const timeoutSeconds = positiveNumber('--timeout', flags.timeout);
    const maxResources = positiveNumber('--max-resources', flags.maxResources);
    const missingRuntime = missingPackRuntime('preview', policyPackDir);
    if (missingRuntime) throw new UsageError(missingRuntime);
    const progress = terminalProgress();
    // Loaded on use: the gRPC client and the Pulumi runtime cost `scan` and `requirements` nothing.
    const { runPreview } = await import('../pulumi/offline/preview');
    const policyConfig = policyConfigOf(flags.policyConfig);
    const report = await runPreview({
      programDir,
      stackExport: flags.stackExport,
      stack: flags.stack,
      configFile: flags.configFile,
      policyConfig,
      now: flags.now,
      outputs: flags.unknownOutputs ? 'unknown' : 'fake',
      timeoutMs: timeoutSeconds * 1000,
      maxResources,
      progress: progress.step,
    }).finally(() => progress.end());
    writeReport({ ...report, policyConfig: policyConfigRecord(policyConfig) }, flags);
  });

  const scan = program
    .command('scan')
    .description('check CloudFormation templates (JSON or YAML) or every stack of a cdk.out, offline')
    .argument('<target>', 'template file, or cdk.out directory')
    .option('--policy-config <file>', 'the policy config preview takes (JSON): requirement ID -> level or settings (default: marketplace-guardrails.config.json at the repository root)')
    .option('--now <date>', 'the date date-dependent checks compare with (default: today)')
    .option('--parameters <file>', 'template parameter values: the [{ParameterKey, ParameterValue}] JSON of aws cloudformation create-stack, or Key=Value items as for deploy --parameter-overrides');
  addReportOptions(scan).action((target: string, flags: ScanFlags) => {
    if (flags.now !== undefined && Number.isNaN(Date.parse(flags.now))) throw new UsageError(`--now ${flags.now} is not a date`);
    const policyConfig = policyConfigOf(flags.policyConfig);
    const progress = terminalProgress();
    let report;
    try {
      report = runScan(target, {
        policyConfig,
        now: flags.now,
        parameters: flags.parameters ? readParameterValues(flags.parameters) : undefined,
        onTemplate: (done, total, stack) => progress.step(`scanned ${stack}`, done, total),
      });
    } finally {
      progress.end();
    }
    writeReport({ ...report, policyConfig: policyConfigRecord(policyConfig) }, flags);
  });

  refuseRepeatedValues(program);
  return program;
}

function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return safeLine(text.split('\n')[0].replace(/^error: /, ''));
}

/**
 * Commander puts its "did you mean" on a line of its own (lib/suggestSimilar.js: `\n(Did you mean
 * --format?)`): kept, on the error's line, so the error stays one line.
 */
function commanderLine(e: CommanderError, program: Command): string {
  // No command: commander would print the whole help to stderr (which the one-line rule keeps out).
  if (e.code === 'commander.help') return `a command is needed: ${program.commands.map((c) => c.name()).join(', ')} (--help describes them)`;
  const [first, ...rest] = e.message.split('\n');
  const suggestion = rest.map((l) => l.trim()).find((l) => /^\(Did you mean /.test(l));
  return safeLine(`${first.replace(/^error: /, '')}${suggestion ? ` ${suggestion.replace(/^\(Did/, '(did')}` : ''}`);
}

let outputGuarded = false;

/**
 * A reader that stops early (`scan ... | head`) closes the pipe: the next write fails with EPIPE, which
 * Node reports as an 'error' event on the stream and, unhandled, as a crash with a stack trace. Node
 * ignores SIGPIPE, so the error is the only signal: end at once, quietly, with the exit code the run set.
 */
function endQuietlyWhenOutputCloses(): void {
  if (outputGuarded) return;
  outputGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit();
      throw e;
    });
  }
}

export async function main(argv: string[]): Promise<void> {
  endQuietlyWhenOutputCloses();
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) {
        process.exitCode = 0;
        return;
      }
      process.stderr.write(`marketplace-guardrails: ${commanderLine(e, program)}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    if (e instanceof UsageError) {
      // Messages quote the input (logical IDs, file names): one line, whatever they hold.
      process.stderr.write(`marketplace-guardrails: ${safeLine(e.message)}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    process.stderr.write(`marketplace-guardrails: internal error: ${oneLine(e)}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}
