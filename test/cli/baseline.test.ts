/**
 * Baselines with `scan`: fingerprints that survive moved lines and another working directory, that
 * tell two templates' equal logical IDs apart, and baseline files refused with one line before the run.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BaselineFile, baselineOf, compareWithBaseline } from '../../src/cli/baseline';
import { renderSarif } from '../../src/cli/reports/sarif';
import { Report } from '../../src/core/report';
import type * as Sarif from 'sarif';
import { runCli, tempDir } from '../support/cli';
import { pulumiReport } from '../reports/sample-reports';
import { sarifSchemaErrors } from '../reports/sarif-schema';

const OPEN_SSH = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' };
const webGroup = (ingress: unknown[]) => ({ Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'web', SecurityGroupIngress: ingress } });

/** A git repository with `infra/web.json`: one security group, SSH open to the internet. */
function repository(): { repo: string; template: string } {
  const repo = tempDir('mg-baseline-');
  execFileSync('git', ['init', '-q', repo]);
  fs.mkdirSync(path.join(repo, 'infra'));
  const template = path.join(repo, 'infra', 'web.json');
  fs.writeFileSync(template, JSON.stringify({ Resources: { Web: webGroup([OPEN_SSH]) } }));
  return { repo, template };
}

const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

// The repository root from git, as outside GitHub Actions (there GITHUB_WORKSPACE names it).
const outsideActions = { GITHUB_WORKSPACE: '' };

describe('scan --baseline', () => {
  it('still accepts a finding after its resource moved down the file and the file was reformatted, from another directory', () => {
    const { repo, template } = repository();
    const created = runCli(['scan', 'infra/web.json', '--create-baseline', 'baseline.json'], { cwd: repo, env: outsideActions });
    expect(created.code).toBe(1);
    const baseline = readJson<BaselineFile>(path.join(repo, 'baseline.json'));
    expect(baseline.findings.find((e) => e.requirement === 'NET2')).toMatchObject({ resource: { id: 'Web' }, property: 'ingress[0]', template: 'infra/web.json' });

    // A compliant resource first, every line moved, another indentation.
    fs.writeFileSync(template, JSON.stringify({ Resources: { Key: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } }, Web: webGroup([OPEN_SSH]) } }, null, 4));
    const again = runCli(['scan', 'web.json', '--baseline', '../baseline.json', '--format', 'json'], { cwd: path.join(repo, 'infra'), env: outsideActions });
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout) as { findings: { requirement: string; status: string; baselineState?: string; resource: { name: string } }[] };
    const web = report.findings.filter((f) => f.resource.name === 'Web' && f.status === 'fail');
    expect(web.map((f) => `${f.requirement} ${f.baselineState}`).sort()).toEqual(['NET1 unchanged', 'NET2 unchanged']);
  });

  it('gates a second open port on the same group: another property, another finding', () => {
    const { repo, template } = repository();
    runCli(['scan', template, '--create-baseline', path.join(repo, 'b.json')], { cwd: repo });
    fs.writeFileSync(template, JSON.stringify({ Resources: { Web: webGroup([OPEN_SSH, { ...OPEN_SSH, FromPort: 3389, ToPort: 3389 }]) } }));
    const r = runCli(['scan', template, '--baseline', path.join(repo, 'b.json')], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => / fail \(mandatory\)/.test(l))).toEqual([expect.stringMatching(/^ {2}NET2 {2}fail \(mandatory\): .*port 3389.*\(SecurityGroupIngress\[1\]\)$/)]);
  });

  it('keeps two templates apart that use the same logical IDs', () => {
    const report = (file: string): Report => ({
      engine: 'cloudformation',
      project: 'p',
      stack: 's',
      source: file,
      resources: 1,
      findings: [{ requirement: 'NET2', status: 'fail', enforcement: 'mandatory', resource: { type: 'AWS::EC2::SecurityGroup', name: 'Web', key: 'Web' }, message: 'm', detail: 'ingress[0]' }],
      remediations: [],
      locations: { byKey: { Web: { file, line: 3 } } },
    });
    const paths = { root: '/repo', cwd: '/repo' };
    const a = baselineOf(report('a.json'), paths);
    const b = baselineOf(report('b.json'), paths);
    expect(a.findings[0].fingerprint).not.toBe(b.findings[0].fingerprint);
    // Same template, another line: the same finding.
    const moved = report('a.json');
    moved.locations.byKey.Web.line = 40;
    moved.findings[0].message = 'reworded';
    expect(compareWithBaseline(moved, 'a', a, paths).stateOf(moved.findings[0])).toBe('unchanged');
  });

  it('a Pulumi baseline ignores the stack name: the same program checked as another stack', () => {
    const pulumi = (stack: string): Report => ({
      engine: 'pulumi',
      project: 'shop',
      stack,
      source: 'infra',
      resources: 1,
      findings: [
        {
          requirement: 'TLS1',
          status: 'fail',
          enforcement: 'mandatory',
          resource: { type: 'aws:cloudfront/distribution:Distribution', name: 'cdn', key: `urn:pulumi:${stack}::shop::aws:cloudfront/distribution:Distribution::cdn` },
          message: 'm',
        },
      ],
      remediations: [],
      locations: { byKey: {} },
    });
    const dev = baselineOf(pulumi('dev'));
    expect(dev.findings[0].resource.id).toBe('urn:pulumi:*::shop::aws:cloudfront/distribution:Distribution::cdn');
    const prod = pulumi('prod');
    expect(compareWithBaseline(prod, 'b', dev).accepted(prod.findings[0])).toBe(true);
  });

  it('gates a finding that was unknown in the baseline and fails now (updated, not accepted)', () => {
    const { repo, template } = repository();
    const base = path.join(repo, 'b.json');
    runCli(['scan', template, '--create-baseline', base], { cwd: repo });
    const baseline = readJson<BaselineFile>(base);
    for (const e of baseline.findings) if (e.requirement === 'NET2') e.status = 'unknown';
    fs.writeFileSync(base, JSON.stringify(baseline));
    const r = runCli(['scan', template, '--baseline', base, '--output', 'json=r.json'], { cwd: repo });
    expect(r.code).toBe(1);
    const states = readJson<{ findings: { requirement: string; baselineState?: string }[] }>(path.join(repo, 'r.json')).findings.filter((f) => f.requirement === 'NET2');
    expect(states.map((f) => f.baselineState)).toEqual(['updated']);
  });
});

describe('SARIF against a baseline (§3.27.24)', () => {
  it('gives every result a state: new, unchanged, updated, and each fixed finding an absent result; schema-valid', () => {
    const paths = { root: '/repo', cwd: '/repo' };
    const before = pulumiReport();
    const baseline = baselineOf(before, paths);
    // The TLS1 fail is fixed, the DATA3 unknown now fails, a new HDR2 fail appears.
    const now = pulumiReport();
    now.findings = now.findings.filter((f) => f.requirement !== 'TLS1').map((f) => (f.requirement === 'DATA3' ? { ...f, status: 'fail' as const } : f));
    now.findings.push({ requirement: 'HDR2', status: 'fail', enforcement: 'mandatory', resource: now.findings[0].resource, message: 'no frame-ancestors' });
    const comparison = compareWithBaseline(now, 'b.json', baseline, paths);
    const text = renderSarif(now, paths, comparison);
    expect(sarifSchemaErrors(text)).toEqual([]);
    const results = (JSON.parse(text) as Sarif.Log).runs[0].results ?? [];
    const state = (id: string) => results.filter((r) => r.ruleId === id).map((r) => r.baselineState);
    expect(state('TLS1')).toEqual(['absent']);
    expect(state('DATA3')).toEqual(['updated']);
    expect(state('HDR2')).toEqual(['new']);
    expect(state('TLS3')).toEqual(['unchanged', 'unchanged']);
    expect(results.every((r) => r.baselineState !== undefined)).toBe(true);
    // Only the new and the no-longer-unknown finding fail the run.
    expect(
      now.findings
        .filter((f) => f.status === 'fail' && !comparison.accepted(f))
        .map((f) => f.requirement)
        .sort(),
    ).toEqual(['DATA3', 'HDR2']);
  });
});

describe('baseline files refused with one line, exit 2, before the run', () => {
  const { repo, template } = repository();
  const write = (content: unknown) => {
    const file = path.join(repo, `bad-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const entry = { fingerprint: '0123456789abcdef0123456789abcdef', requirement: 'NET2', status: 'fail', resource: { type: 'AWS::EC2::SecurityGroup', name: 'Web' } };
  const header = { tool: 'marketplace-guardrails', baselineVersion: 1, engine: 'cloudformation' };

  it.each([
    ['not JSON', '{', /: not valid JSON \(write it with --create-baseline\)$/],
    ['another tool', { tool: 'checkov' }, /: not a marketplace-guardrails baseline/],
    ['another version', { ...header, baselineVersion: 2 }, /: baselineVersion 2 is not one this version reads \(1\)/],
    ['no findings list', { ...header, findings: {} }, /: findings is not a list$/],
    ['a bad fingerprint', { ...header, findings: [entry, { ...entry, fingerprint: 'x' }] }, /: findings\[1\] has no fingerprint \(32 hex digits\)$/],
    ['a bad status', { ...header, findings: [{ ...entry, status: 'pass' }] }, /: findings\[0\] has status "pass", not one of fail, error, unknown, exempt$/],
    ['a preview baseline given to scan', { ...header, engine: 'pulumi', findings: [entry] }, / was written by preview; this run is scan$/],
  ])('%s', (_what, content, message) => {
    const r = runCli(['scan', template, '--baseline', write(content)], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/^marketplace-guardrails: baseline \S+/);
    expect(r.stderr.trim()).toMatch(message);
  });

  it('a missing file, before preview runs the program', () => {
    const r = runCli(['preview', path.join(repo, 'no-such-program'), '--baseline', path.join(repo, 'missing.json')], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^marketplace-guardrails: baseline \S+missing\.json does not exist\n$/);
  });
});
