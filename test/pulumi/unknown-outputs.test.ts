/**
 * Cross-resource checks during a real `pulumi preview` see unknown ids and ARNs: the stack policies
 * follow `propertyDependencies` to resources of the same program instead of skipping them as unknown.
 */
import * as path from 'node:path';
import { ROOT, findingLines, parseReport, runCli } from '../support/cli';

const secrets = path.join(ROOT, 'test', 'fixtures', 'programs', 'secrets');

describe('preview with unknown outputs', () => {
  it.each([[['--unknown-outputs']], [[]]])('judges a secret encrypted with a key of the same program (flags %j)', (flags) => {
    const r = runCli(['preview', secrets, '--format', 'json', ...flags]);
    const report = parseReport(r);
    expect(findingLines(report, 'SEC1')).toEqual(['SEC1 default-key fail mandatory']);
    expect(report.findings.filter((f) => f.status === 'unknown')).toEqual([]);
    expect(r.code).toBe(1);
  });
});
