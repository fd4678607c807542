/** The README's promise on the bundled examples: the compliant app passes, its insecure twin is stopped. */
import { parseReport, runCli } from './support/cli';

describe('bundled Pulumi examples', () => {
  it('passes examples/pulumi-app: exit 0, no mandatory failure, no unknown', () => {
    const r = runCli(['preview', 'examples/pulumi-app', '--format', 'json']);
    const report = parseReport(r);
    expect(report.findings.filter((f) => f.status === 'unknown' || (f.status === 'fail' && f.enforcement === 'mandatory'))).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('stops examples/pulumi-insecure: exit 1, failures of at least 15 distinct requirements in every area', () => {
    const r = runCli(['preview', 'examples/pulumi-insecure', '--format', 'json']);
    expect(r.code).toBe(1);
    const failing = new Set(
      parseReport(r)
        .findings.filter((f) => f.status === 'fail')
        .map((f) => f.requirement),
    );
    expect(failing.size).toBeGreaterThanOrEqual(15);
    const areas = new Set([...failing].map((id) => id.replace(/\d+$/, '')));
    expect([...areas].sort()).toEqual(['AUTH', 'DATA', 'DNS', 'HDR', 'IAM', 'LOG', 'NET', 'RUN', 'SEC', 'TLS']);
  });

  it('prints a text report grouped by resource with a one-line summary and no colours off a terminal', () => {
    const r = runCli(['preview', 'examples/pulumi-insecure']);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    // Each resource heading names where the program constructs it.
    expect(r.stdout).toMatch(/^\S+ \(aws:[^)]+\) at examples\/pulumi-insecure\/index\.ts:\d+:\d+$/m);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^\d+ mandatory failures, \d+ advisory failures, \d+ unknown, \d+ errors, \d+ exempt/);
  });
});
