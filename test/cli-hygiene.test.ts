/** What a CI user expects of any command line tool: --version, colour rules, repeated flags refused, suggestions. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { colourWanted, terminalProgress } from '../src/cli/progress';
import { ROOT, runCli, tempFile } from './support/cli';

const template = tempFile(
  'web.template.json',
  JSON.stringify({
    Resources: {
      Cdn: {
        Type: 'AWS::CloudFront::Distribution',
        Properties: { DistributionConfig: { Enabled: true, DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'allow-all' } } },
      },
    },
  }),
);

/** No colour variables from the environment the tests run in. */
const plainEnv = { NO_COLOR: '', FORCE_COLOR: '', TERM: 'xterm-256color' };
const ESC = '\x1b[';

describe('--version', () => {
  it('prints the package version and exits 0', () => {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) {
      const r = runCli([flag]);
      expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });
});

describe('colour', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('only on a terminal, never with NO_COLOR (any non-empty value), TERM=dumb or --no-color; FORCE_COLOR turns it on off a terminal', () => {
    expect(colourWanted(tty, {})).toBe(true);
    expect(colourWanted(pipe, {})).toBe(false);
    expect(colourWanted(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted(tty, { NO_COLOR: 'false' })).toBe(false);
    expect(colourWanted(tty, { NO_COLOR: '' })).toBe(true);
    expect(colourWanted(tty, { TERM: 'dumb' })).toBe(false);
    expect(colourWanted(tty, {}, false)).toBe(false);
    expect(colourWanted(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourWanted(pipe, { FORCE_COLOR: '0' })).toBe(false);
    expect(colourWanted(tty, { FORCE_COLOR: 'false', TERM: 'dumb' })).toBe(false);
    // NO_COLOR and --no-color win over FORCE_COLOR: a user who asked for none gets none.
    expect(colourWanted(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
    expect(colourWanted(pipe, { FORCE_COLOR: '1' }, false)).toBe(false);
  });

  it('no progress line on a dumb terminal (it cannot erase the line)', () => {
    const written: string[] = [];
    const stream = { isTTY: true, write: (t: string) => written.push(t) > 0 };
    terminalProgress(stream, Date.now, { TERM: 'dumb' }).step('scanned A', 1, 1);
    expect(written).toEqual([]);
    terminalProgress(stream, Date.now, { TERM: 'xterm' }).step('scanned A', 1, 1);
    expect(written.join('')).toContain('scanned A');
  });

  it('the text report from the command: coloured with FORCE_COLOR, plain with NO_COLOR or --no-color as well, plain by default in a pipe', () => {
    const run = (env: Record<string, string>, extra: string[] = []) => runCli(['scan', template, ...extra], { env: { ...plainEnv, ...env } });
    const forced = run({ FORCE_COLOR: '1' });
    expect(forced.code).toBe(1);
    expect(forced.stdout).toContain(`${ESC}31mfail (mandatory)`);
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(run({ FORCE_COLOR: '1' }, ['--no-color']).stdout).not.toContain(ESC);
    const piped = run({});
    expect(piped.stdout).toContain('fail (mandatory)');
    expect(piped.stdout).not.toContain(ESC);
  });
});

describe('a single-value flag given twice', () => {
  it.each([
    [['scan', template, '--format', 'json', '--format', 'sarif'], '--format given twice (json, then sarif): it takes one value'],
    [['scan', template, '--fail-on', 'advisory', '--fail-on', 'never'], '--fail-on given twice (advisory, then never): it takes one value'],
    [['scan', template, '--now', '2026-01-01', '--now', '2027-01-01'], '--now given twice (2026-01-01, then 2027-01-01): it takes one value'],
    [['preview', '--stack', 'a', '--stack', 'b', '--stack-export', template], '--stack given twice (a, then b): it takes one value'],
    [['requirements', '--format', 'json', '--format', 'text'], '--format given twice (json, then text): it takes one value'],
  ])('%j is refused with one line, exit 2', (args, message) => {
    const r = runCli(args, { env: plainEnv });
    expect(r).toEqual({ code: 2, stdout: '', stderr: `marketplace-guardrails: ${message}\n` });
  });

  it('the same value twice is refused too (one of them is a mistake), a repeatable --output is not', () => {
    expect(runCli(['scan', template, '--format', 'json', '--format', 'json']).code).toBe(2);
    const dir = path.dirname(template);
    const r = runCli(['scan', template, '--output', `json=${path.join(dir, 'a.json')}`, '--output', `sarif=${path.join(dir, 'a.sarif')}`], { env: plainEnv });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });
});

describe('"did you mean" for a mistyped command or flag', () => {
  it.each([
    [['scna', template], "unknown command 'scna' (did you mean scan?)"],
    [['previwe'], "unknown command 'previwe' (did you mean preview?)"],
    [['scan', template, '--fromat', 'json'], "unknown option '--fromat' (did you mean --format?)"],
    [['preview', '--stak', 'dev'], "unknown option '--stak' (did you mean --stack?)"],
  ])('%j: one line with the suggestion, exit 2', (args, message) => {
    const r = runCli(args, { env: plainEnv });
    expect(r).toEqual({ code: 2, stdout: '', stderr: `marketplace-guardrails: ${message}\n` });
  });

  it('no command at all: one line naming the commands, exit 2', () => {
    expect(runCli([])).toEqual({ code: 2, stdout: '', stderr: 'marketplace-guardrails: a command is needed: requirements, preview, scan (--help describes them)\n' });
  });

  it('no suggestion for a name close to nothing', () => {
    const r = runCli(['scan', template, '--zzzzzz']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: "marketplace-guardrails: unknown option '--zzzzzz'\n" });
  });
});
