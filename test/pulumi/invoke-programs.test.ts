/**
 * Programs that call data sources, end to end through `preview`: a policy built with
 * `aws.iam.getPolicyDocument` is checked (it used to vanish), the default VPC lookup gives lists the
 * program maps over, a lookup that cannot be answered offline makes what it feeds unknown, and a
 * secret passed by its id passes SEC4.
 */
import * as path from 'node:path';
import { JsonReport, ROOT, findingLines, parseReport, runCli } from '../support/cli';

const program = (name: string) => path.join(ROOT, 'test', 'fixtures', 'programs', name);
const preview = (name: string, ...flags: string[]): { code: number | null; report: JsonReport } => {
  const r = runCli(['preview', program(name), '--format', 'json', ...flags]);
  if (r.code === 2) throw new Error(r.stderr);
  return { code: r.code, report: parseReport(r) };
};

describe('preview of programs that call invokes', () => {
  it('getPolicyDocument: the admin policy fails IAM1, the one reading a single bucket passes', () => {
    const { code, report } = preview('get-policy-document');
    expect(code).toBe(1);
    expect(findingLines(report, 'IAM1')).toEqual(['IAM1 admin fail mandatory']);
    expect(report.findings.find((f) => f.requirement === 'IAM1')?.message).toContain('allows every action (*) on every resource (*)');
  });

  it('getPolicyDocument with outputs left unknown: the admin policy still fails; the one built from a bucket ARN is unknown, not passed', () => {
    const { report } = preview('get-policy-document', '--unknown-outputs');
    expect(findingLines(report, 'IAM1')).toEqual(['IAM1 admin fail mandatory', 'IAM1 reader unknown advisory', 'IAM1 reader-attachment unknown advisory']);
  });

  it.each([[[]], [['--unknown-outputs']]])('default VPC lookups: the program runs; open egress fails, egress to an unanswerable lookup is unknown (flags %j)', (flags) => {
    const { code, report } = preview('default-vpc', ...flags);
    expect(code).toBe(1);
    expect(findingLines(report, 'NET1')).toEqual(['NET1 open-egress fail mandatory', 'NET1 to-s3 unknown advisory']);
  });

  it('a secret passed by its id or ARN passes SEC4; a password written in the environment fails', () => {
    for (const flags of [[], ['--unknown-outputs']]) {
      const { report } = preview('secret-id-in-env', ...flags);
      expect(findingLines(report, 'SEC4')).toEqual(['SEC4 literal fail mandatory']);
    }
  });
});
