/**
 * `--check`, `--skip-check` and `--marketplace` select requirements in every format; `--output
 * FORMAT=FILE` writes several reports from one run beside the `--format` report, and the older
 * `--format X --output FILE` keeps its meaning.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REQUIREMENTS } from '../../src/catalog';
import { outputTargets } from '../../src/cli/outputs';
import { REPORT_FORMATS } from '../../src/cli/report-options';
import { requirementIdsOf, selectedRequirements } from '../../src/cli/selection';
import { closestMatch } from '../../src/cli/suggest';
import { runCli, tempDir } from '../support/cli';
import { sarifSchemaErrors } from '../reports/sarif-schema';

/** DATA1, DATA3, DATA6, LOG2, TLS7 on the bucket; NET1, NET2 on the group; LOG1, LOG4 on the stack. */
function template(): { dir: string; file: string } {
  const dir = tempDir('mg-select-');
  const file = path.join(dir, 't.json');
  const ssh = { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' };
  fs.writeFileSync(
    file,
    JSON.stringify({ Resources: { Web: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'web', SecurityGroupIngress: [ssh] } }, Logs: { Type: 'AWS::S3::Bucket' } } }),
  );
  return { dir, file };
}

const failing = (stdout: string) =>
  [...new Set((JSON.parse(stdout) as { findings: { requirement: string; status: string }[] }).findings.filter((f) => f.status === 'fail').map((f) => f.requirement))].sort();

describe('selecting requirements', () => {
  const { file } = template();

  it('--check reports only those requirements; their exit code alone', () => {
    const r = runCli(['scan', file, '--format', 'json', '--check', 'net2,DATA1']);
    expect(failing(r.stdout)).toEqual(['DATA1', 'NET2']);
    expect(r.code).toBe(1);
    expect(runCli(['scan', file, '--check', 'LOG4']).code).toBe(0);
  });

  it('--skip-check leaves those out', () => {
    const all = failing(runCli(['scan', file, '--format', 'json']).stdout);
    const skipped = failing(runCli(['scan', file, '--format', 'json', '--skip-check', 'NET1,NET2']).stdout);
    expect(all).toEqual(expect.arrayContaining(['NET1', 'NET2', 'DATA1']));
    expect(skipped).toEqual(all.filter((id) => id !== 'NET1' && id !== 'NET2'));
  });

  it('--marketplace selects that marketplace’s requirements in every format, not only Markdown', () => {
    const trello = new Set(REQUIREMENTS.filter((r) => r.sources.some((s) => s.marketplace === 'trello')).map((r) => r.id));
    const r = runCli(['scan', file, '--format', 'json', '--marketplace', 'trello', '--output', `sarif=${path.join(tempDir('mg-mp-'), 'r.sarif')}`]);
    expect(failing(r.stdout)).toEqual(['DATA1', 'NET2']);
    expect([...trello]).toEqual(expect.arrayContaining(['DATA1', 'NET2']));
    expect(trello.has('NET1') || trello.has('DATA3')).toBe(false);
    const text = runCli(['scan', file, '--marketplace', 'trello']).stdout;
    expect(text).not.toMatch(/NET1|DATA3/);
    expect(text).toMatch(/NET2/);
  });

  it('a requirement left out is not checked, never met, on the compliance page', () => {
    const page = runCli(['scan', file, '--format', 'markdown', '--marketplace', 'atlassian', '--skip-check', 'NET2']).stdout;
    expect(page).toMatch(/^\| \[NET2\].*unknown\** \(disabled in this run's configuration/m);
    expect(page).toMatch(/^\| \[NET1\].*not met/m);
  });

  it.each([
    [['--check', 'TLSX'], '--check: TLSX is not a requirement ID (did you mean TLS1?); `marketplace-guardrails requirements` lists them'],
    [['--skip-check', 'NET1,,NET2'], '--skip-check NET1,,NET2: an empty requirement ID (write IDs separated by commas, e.g. TLS1,NET1)'],
    [['--check', 'XYZ123'], '--check: XYZ123 is not a requirement ID; `marketplace-guardrails requirements` lists them'],
    [['--check', 'NET1', '--skip-check', 'NET1'], '--check, --skip-check and --marketplace leave no requirement to check'],
  ])('refuses %j with one line, exit 2', (args, message) => {
    const r = runCli(['scan', file, ...args]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`marketplace-guardrails: ${message}\n`);
  });

  it('reads IDs in any case, and suggests the near one', () => {
    expect(requirementIdsOf('--check', ' tls1 , Net2')).toEqual(['TLS1', 'NET2']);
    expect(selectedRequirements({})).toBeUndefined();
    expect(selectedRequirements({ marketplace: 'all' })).toBeUndefined();
    expect([...(selectedRequirements({ check: 'TLS1,TLS2', skipCheck: 'TLS2' }) ?? [])]).toEqual(['TLS1']);
    expect(closestMatch('sraif', ['text', 'json', 'sarif'])).toBe('sarif');
    expect(closestMatch('NET22', ['NET2', 'NET1'])).toBe('NET2');
    expect(closestMatch('zzzz', ['text', 'json', 'sarif'])).toBeUndefined();
  });
});

describe('several outputs in one run', () => {
  it('writes each FORMAT=FILE from one scan, the --format report still on stdout', () => {
    const { dir, file } = template();
    const r = runCli(['scan', file, '--output', 'sarif=r.sarif', '--output', 'json=r.json', '--output', 'junit=r.xml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^marketplace-guardrails: t\.json/);
    expect(sarifSchemaErrors(fs.readFileSync(path.join(dir, 'r.sarif'), 'utf8'))).toEqual([]);
    expect(failing(fs.readFileSync(path.join(dir, 'r.json'), 'utf8'))).toContain('NET2');
    expect(fs.readFileSync(path.join(dir, 'r.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('keeps --format X --output FILE: the --format report to the file, nothing on stdout; FORMAT=FILE beside it', () => {
    const { dir, file } = template();
    const r = runCli(['scan', file, '--format', 'json', '--output', 'r.json', '--output', 'markdown=c.md'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(failing(fs.readFileSync(path.join(dir, 'r.json'), 'utf8'))).toContain('NET2');
    expect(fs.readFileSync(path.join(dir, 'c.md'), 'utf8')).toMatch(/compliance report/);
  });

  it('plans the targets: the --format report first, to stdout unless a plain FILE takes it', () => {
    expect(outputTargets('text', ['sarif=a.sarif', 'JUNIT=b.xml'], REPORT_FORMATS)).toEqual([{ format: 'text' }, { format: 'sarif', file: 'a.sarif' }, { format: 'junit', file: 'b.xml' }]);
    expect(outputTargets('json', ['r.json'], REPORT_FORMATS)).toEqual([{ format: 'json', file: 'r.json' }]);
    // A path with = after a directory is a plain file.
    expect(outputTargets('json', ['./a=b.json'], REPORT_FORMATS)).toEqual([{ format: 'json', file: './a=b.json' }]);
  });

  it.each([
    [['--output', 'sraif=r.sarif'], '--output sraif=r.sarif: sraif is not a report format (did you mean sarif? formats: '],
    [['--output', 'sarif='], '--output sarif=: no file after sarif='],
    [['--output', 'a.json', '--output', 'b.json'], '--output a.json and --output b.json: one plain --output FILE takes the --format report'],
    [['--output', 'sarif=r.out', '--output', 'json=r.out'], '--output names r.out twice (sarif and json); give each report its own file'],
    [['--output', 'json=b.json', '--create-baseline', 'b.json'], "--create-baseline b.json is also the json report's --output; give the baseline its own file"],
  ])('refuses %j with one line, exit 2, before the run', (args, message) => {
    const r = runCli(['preview', '--stack-export', 'no-such-export.json', ...args], { cwd: tempDir('mg-out-') });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(`marketplace-guardrails: ${message}`);
  });
});
