/**
 * The `marketplace-guardrails` command. Every user error ends as one line on stderr and exit code 2,
 * never a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import { CatalogFormat, renderCatalog } from './requirements-command';
import { EXIT_BAD_INPUT, UsageError } from './errors';

function buildProgram(): Command {
  const program = new Command('marketplace-guardrails')
    .description('Checks that an AWS app backend meets the Atlassian, Miro and Trello marketplace security requirements.')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });

  program
    .command('requirements')
    .description('print the requirement catalog')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((opts: { format: CatalogFormat }) => {
      process.stdout.write(renderCatalog(opts.format));
    });

  return program;
}

function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0].replace(/^error: /, '');
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) {
        process.exitCode = 0;
        return;
      }
      process.stderr.write(`marketplace-guardrails: ${oneLine(e)}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`marketplace-guardrails: ${e.message}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    process.stderr.write(`marketplace-guardrails: internal error: ${oneLine(e)}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}
