/**
 * End to end: a real Pulumi program runs under mocks in a child process, its resources go to the real
 * policy-pack runner over gRPC, and the CLI reports. No cloud, no Pulumi CLI.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, findingLines, parseReport, runCli, tempDir } from '../support/cli';

const programs = path.join(ROOT, 'test', 'fixtures', 'programs');
const mixed = path.join(programs, 'cloudfront-mixed');

describe('preview of a Pulumi program under mocks', () => {
  it('reports what the pack finds, with unknown outputs resolved as in a real preview, and exits 1 on mandatory violations', () => {
    const r = runCli(['preview', mixed, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = parseReport(r);
    expect(findingLines(report, 'TLS1')).toEqual(['TLS1 default-cert fail mandatory', 'TLS1 from-config fail mandatory', 'TLS1 no-minimum fail mandatory']);
    expect(report.findings.find((f) => f.resource.name === 'no-minimum')?.resource.key).toBe('urn:pulumi:dev::cloudfront-mixed::aws:cloudfront/distribution:Distribution::no-minimum');
  });

  it('gives the same verdicts with outputs left unknown, exactly as pulumi preview sends them', () => {
    const report = parseReport(runCli(['preview', mixed, '--format', 'json', '--unknown-outputs']));
    expect(findingLines(report, 'TLS1')).toEqual(['TLS1 default-cert fail mandatory', 'TLS1 from-config fail mandatory', 'TLS1 no-minimum fail mandatory']);
  });

  it('reads stack config from --config-file for the given --stack', () => {
    const report = parseReport(runCli(['preview', mixed, '--stack', 'prod', '--config-file', path.join(mixed, 'Pulumi.prod.yaml'), '--format', 'json']));
    expect(findingLines(report, 'TLS1')).toEqual(['TLS1 default-cert fail mandatory', 'TLS1 no-minimum fail mandatory']);
  });

  it('uses the program’s own node_modules', () => {
    const dir = tempDir('mg-own-modules-');
    for (const f of ['Pulumi.yaml', 'index.ts']) fs.copyFileSync(path.join(mixed, f), path.join(dir, f));
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const report = parseReport(runCli(['preview', dir, '--format', 'json'], { cwd: dir }));
    expect(findingLines(report, 'TLS1')).toHaveLength(3);
  });

  it('gives one clear line and exit 2 when the program throws', () => {
    const r = runCli(['preview', path.join(programs, 'throws')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('the program threw: the region is not configured');
  });

  it('gives one clear line and exit 2 for a missing directory or a directory without Pulumi.yaml', () => {
    const missing = runCli(['preview', path.join(programs, 'no-such-program')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^marketplace-guardrails: program directory .*no-such-program does not exist\n$/);
    const notProgram = runCli(['preview', tempDir('mg-empty-')]);
    expect(notProgram.code).toBe(2);
    expect(notProgram.stderr).toContain('has no Pulumi.yaml');
  });

  it('refuses unknown flags with exit 2', () => {
    const r = runCli(['preview', mixed, '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--colour'");
  });
});
