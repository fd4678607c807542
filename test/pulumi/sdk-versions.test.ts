/**
 * The offline preview across the SDK versions users run. A program's own node_modules decide which
 * @pulumi/pulumi and @pulumi/aws it gets (the capture child loads the program's copy of the runtime), so
 * each case lays out a program directory whose node_modules holds the version under test, as `npm install`
 * would leave it. The oldest @pulumi/pulumi is 3.142.0: the lowest version @pulumi/aws 6.83 and 7.x accept
 * (their peer range), and it has every runtime module the capture child relies on (setMocks with a preview
 * flag, runtime/settings getMonitor, runtime/resource registerResource).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JsonFinding, ROOT, parseReport, runCli } from '../support/cli';

const MODULES = path.join(ROOT, 'node_modules');
/** Inside the repository, so the programs' other dependencies (ts-node, mime...) resolve as they would in a real project. */
const WORK = path.join(MODULES, '.cache', 'mg-sdk-versions');

interface Sdk {
  pulumi: '@pulumi/pulumi' | '@pulumi/pulumi-oldest';
  aws: '@pulumi/aws' | '@pulumi/aws-v6';
}

function versionOf(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(MODULES, pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A copy of `source` whose node_modules/@pulumi/{pulumi,aws} are the given installed versions. */
function programWith(source: string, sdk: Sdk): string {
  const dir = path.join(WORK, `${path.basename(source)}-${versionOf(sdk.pulumi)}-${versionOf(sdk.aws)}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'node_modules', '@pulumi'), { recursive: true });
  for (const entry of fs.readdirSync(source)) {
    if (entry !== 'node_modules') fs.cpSync(path.join(source, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(MODULES, sdk.pulumi), path.join(dir, 'node_modules', '@pulumi', 'pulumi'));
  fs.symlinkSync(path.join(MODULES, sdk.aws), path.join(dir, 'node_modules', '@pulumi', 'aws'));
  return dir;
}

/**
 * Node resolves a symlinked package from its real path unless told to preserve symlinks; preserving them
 * makes @pulumi/aws load the program's @pulumi/pulumi, as in a program that has both installed.
 */
function preview(dir: string): { code: number | null; findings: JsonFinding[]; stderr: string } {
  const r = runCli(['preview', dir, '--format', 'json'], { env: { NODE_PRESERVE_SYMLINKS: '1' } });
  return { code: r.code, findings: r.code === 2 ? [] : parseReport(r).findings, stderr: r.stderr };
}

const verdicts = (findings: JsonFinding[]) => findings.map((f) => `${f.requirement} ${f.status} ${f.enforcement} ${f.resource.name}`).sort();

afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

describe('preview across SDK versions', () => {
  it('checks a program written against @pulumi/aws 6 (legacy inline S3 bucket, BucketV2, inline rules)', () => {
    const r = preview(programWith(path.join(ROOT, 'test/fixtures/programs/aws-v6'), { pulumi: '@pulumi/pulumi', aws: '@pulumi/aws-v6' }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const failing = (id: string) => r.findings.filter((f) => f.requirement === id && f.status === 'fail').map((f) => f.resource.name);
    expect(failing('DATA2')).toContain('site');
    expect(failing('NET2')).toContain('admin');
    // The BucketV2 with its public access block is not public.
    expect(failing('DATA1')).not.toContain('assets');
    expect(failing('DATA1')).toContain('site');
  });

  it('gives the same verdicts on the oldest @pulumi/pulumi the providers accept as on the newest', () => {
    const source = path.join(ROOT, 'examples/pulumi-insecure');
    const newest = preview(programWith(source, { pulumi: '@pulumi/pulumi', aws: '@pulumi/aws' }));
    const oldest = preview(programWith(source, { pulumi: '@pulumi/pulumi-oldest', aws: '@pulumi/aws' }));
    expect(oldest.stderr).toBe('');
    expect(newest.code).toBe(1);
    expect(oldest.code).toBe(1);
    expect(verdicts(oldest.findings)).toEqual(verdicts(newest.findings));
    expect(newest.findings.length).toBeGreaterThan(30);
  });

  it('runs the v6 program on the oldest @pulumi/pulumi too', () => {
    const r = preview(programWith(path.join(ROOT, 'test/fixtures/programs/aws-v6'), { pulumi: '@pulumi/pulumi-oldest', aws: '@pulumi/aws-v6' }));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.findings.some((f) => f.requirement === 'DATA2' && f.status === 'fail' && f.resource.name === 'site')).toBe(true);
  });

  it.each(['get-policy-document', 'default-vpc'])('answers invokes (%s) on the oldest @pulumi/pulumi as on the newest: computed, stood in, or unknown', (name) => {
    const source = path.join(ROOT, 'test/fixtures/programs', name);
    const newest = preview(programWith(source, { pulumi: '@pulumi/pulumi', aws: '@pulumi/aws' }));
    const oldest = preview(programWith(source, { pulumi: '@pulumi/pulumi-oldest', aws: '@pulumi/aws' }));
    expect(oldest.stderr).toBe('');
    expect(oldest.code).toBe(1);
    expect(verdicts(oldest.findings)).toEqual(verdicts(newest.findings));
  });
});
