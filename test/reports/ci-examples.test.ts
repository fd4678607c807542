/**
 * The ready CI files in examples/ci call the real commands: in a repository holding what a user's
 * adds (a Pulumi program in infra/, a cdk.out, marketplace-guardrails.config.json at the root), the
 * adoption commands their comments give record the baselines, then every
 * `npx marketplace-guardrails ...` of their jobs runs as written: it passes (nothing is new), and
 * writes every report it names, each valid.
 */
import { XMLValidator } from 'fast-xml-parser';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { parse } from 'yaml';
import { ROOT, runCli, tempDir } from '../support/cli';
import { sarifSchemaErrors } from './sarif-schema';

jest.setTimeout(600_000);

// Type-checking the program is not what these tests are about, and triples a preview's time.
const env = { PULUMI_NODEJS_TRANSPILE_ONLY: 'true' };

const CI_DIR = path.join(ROOT, 'examples', 'ci');

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

const COMMAND = 'npx marketplace-guardrails ';
const argsOf = (s: string) =>
  s
    .slice(s.indexOf(COMMAND) + COMMAND.length)
    .trim()
    .split(/\s+/);

/** The jobs' commands (YAML values) and the adoption commands the comments give (`#   npx ...`). */
function commandsOf(file: string): { adopt: string[][]; jobs: string[][] } {
  const text = fs.readFileSync(path.join(CI_DIR, file), 'utf8');
  const jobs = strings(parse(text) as unknown)
    .filter((s) => s.includes(COMMAND))
    .map(argsOf);
  const adopt = text
    .split('\n')
    .filter((l) => /^#\s+npx marketplace-guardrails /.test(l))
    .map(argsOf);
  return { adopt, jobs };
}

const valueOf = (args: string[], flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
/** `--output FORMAT=FILE` each, as [format, file]. */
const outputsOf = (args: string[]) => args.flatMap((a, i) => (args[i - 1] === '--output' ? [a.split('=') as [string, string]] : []));

/** What a user's repository holds: examples/pulumi-insecure as infra/, a cdk.out with one stack, the config file at the root. */
function userRepository(): string {
  const repo = tempDir('mg-ci-');
  const infra = path.join(repo, 'infra');
  fs.mkdirSync(infra);
  for (const f of ['Pulumi.yaml', 'index.ts', 'tsconfig.json']) fs.copyFileSync(path.join(ROOT, 'examples', 'pulumi-insecure', f), path.join(infra, f));
  fs.writeFileSync(path.join(infra, 'Pulumi.prod.yaml'), 'config:\n  marketplace-app-insecure:domain: shop.example.com\n');
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(infra, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(repo, 'cdk.out'));
  const ssh = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' };
  fs.writeFileSync(
    path.join(repo, 'cdk.out', 'Web.template.json'),
    JSON.stringify({ Resources: { Web: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'web', SecurityGroupIngress: [ssh] } }, Logs: { Type: 'AWS::S3::Bucket' } } }),
  );
  // Found by itself: LOG4 disabled here must be missing from every report.
  fs.writeFileSync(path.join(repo, 'marketplace-guardrails.config.json'), JSON.stringify({ LOG4: 'disabled' }));
  return repo;
}

function checkReport(format: string, file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  if (format === 'sarif') {
    expect(sarifSchemaErrors(text)).toEqual([]);
    const results = (JSON.parse(text) as Sarif.Log).runs[0].results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.baselineState === 'unchanged')).toBe(true);
    expect(results.filter((r) => r.ruleId === 'LOG4')).toEqual([]);
  } else if (format === 'junit') {
    expect(XMLValidator.validate(text)).toBe(true);
    // The baseline accepted every finding: the gate passes, so no test fails.
    expect(text).toMatch(/<testsuites [^>]*failures="0"/);
  } else if (format === 'markdown') {
    expect(text.match(/^# .* compliance report$/gm)).toHaveLength(3);
    expect(text).toMatch(/^\| \[NET2\].*not met/m);
  } else throw new Error(`no check for ${format} reports`);
}

describe.each(['github-actions.yml', 'gitlab-ci.yml'])('examples/ci/%s', (file) => {
  const { adopt, jobs } = commandsOf(file);

  it('checks the Pulumi program and the cdk.out against baselines, each run writing several reports', () => {
    expect(jobs.map((c) => c[0]).sort()).toEqual(['preview', 'scan']);
    for (const job of jobs) {
      const baseline = valueOf(job, '--baseline');
      expect(adopt.map((c) => valueOf(c, '--create-baseline'))).toContain(baseline);
      expect(outputsOf(job).map(([format]) => format)).toContain(file.startsWith('github') ? 'sarif' : 'junit');
    }
    expect(jobs.flatMap(outputsOf).map(([format]) => format)).toContain('markdown');
  });

  it('runs the adoption commands, then every job command as written: all pass, every report valid', () => {
    const repo = userRepository();
    for (const args of adopt) {
      const r = runCli(args, { cwd: repo, env });
      expect([r.code, r.stderr]).toEqual([0, expect.stringMatching(/^marketplace-guardrails: baseline \S+ written: \d+ findings\n$/)]);
    }
    for (const args of jobs) {
      const r = runCli(args, { cwd: repo, env });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toMatch(/^baseline \S+: \d+ findings accepted in it \(not failing the run\), 0 new or changed, 0 fixed$/m);
      for (const [format, out] of outputsOf(args)) checkReport(format, path.join(repo, out));
    }
  });
});
