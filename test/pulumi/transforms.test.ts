/**
 * Transforms run as the engine runs them (the resource's own, then its parents', then the stack's) before
 * a resource is captured, so the checks judge what the engine would register, never the resource as
 * declared before a transform weakened it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JsonFinding, ROOT, parseReport, runCli, tempDir } from '../support/cli';

const program = path.join(ROOT, 'test', 'fixtures', 'programs', 'transform-weakens');

interface CapturedLike {
  name: string;
  props: Record<string, unknown>;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
}
// The capture spawns its compiled child, so it is loaded from dist/ (jest's global setup builds it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { captureProgram } = require(path.join(ROOT, 'dist', 'src', 'pulumi', 'offline', 'capture')) as {
  captureProgram(dir: string, options?: { outputs?: 'fake' | 'unknown' }): Promise<{ resources: CapturedLike[] }>;
};

const failing = (findings: JsonFinding[], id: string) =>
  findings
    .filter((f) => f.requirement === id && f.status === 'fail')
    .map((f) => f.resource.name)
    .sort();

/** A one-file JavaScript program in a temp dir that resolves this repository's packages. */
function scratchProgram(source: string): string {
  const dir = tempDir('mg-transform-');
  fs.writeFileSync(path.join(dir, 'Pulumi.yaml'), 'name: scratch\nruntime: nodejs\n');
  fs.writeFileSync(path.join(dir, 'index.js'), source);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

jest.setTimeout(120_000);

describe('transforms under the offline preview', () => {
  let captured: Promise<{ resources: CapturedLike[] }>;
  beforeAll(() => {
    captured = captureProgram(program);
  });

  it.each([[[] as string[]], [['--unknown-outputs']]])('judges resources after every kind of transform (flags %j)', (flags) => {
    const r = runCli(['preview', program, '--format', 'json', ...flags]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const { findings } = parseReport(r);
    // registerResourceTransform weakened assets-bpa only.
    expect(failing(findings, 'DATA1')).toContain('assets-bpa');
    expect(failing(findings, 'DATA1')).not.toContain('control-bpa');
    // The `transforms` resource option let viewers use HTTP.
    expect(failing(findings, 'TLS3')).toEqual(['site']);
    // A legacy registerStackTransformation (it made preview exit 2 before) turned rotation off on data-key only.
    expect(failing(findings, 'SEC3')).toEqual(['data-key']);
    // A component's transforms reached its child.
    expect(failing(findings, 'NET1')).toEqual(['net-sg']);
  });

  it('runs the resource’s own transforms first, then its parents’, then the stack’s, each on the previous result', async () => {
    const { resources } = await captured;
    const child = resources.find((r) => r.name === 'ordered-child');
    expect(child?.props.tags).toEqual({ order: 'own,parent,stack' });
    // The component itself has no own transform: only the stack's ran on it.
    expect(resources.find((r) => r.name === 'ordered')?.props.tags).toEqual({ order: ',stack' });
  });

  it('keeps the dependencies of a resource a stack transform rewrote', async () => {
    const { resources } = await captured;
    const bpa = resources.find((r) => r.name === 'assets-bpa');
    expect(bpa?.props.blockPublicAcls).toBe(false);
    expect(bpa?.propertyDependencies.bucket).toEqual(['urn:pulumi:dev::transform-weakens::aws:s3/bucket:Bucket::assets']);
  });

  it('applies invoke transforms to invoke arguments', () => {
    // The transform widens the first document to Allow * on *; the second keeps its arguments.
    const dir = scratchProgram(`
      const pulumi = require('@pulumi/pulumi');
      const aws = require('@pulumi/aws');
      pulumi.runtime.registerInvokeTransform((args) =>
        args.args.policyId === 'widen' ? { args: { ...args.args, statements: [{ actions: ['*'], resources: ['*'] }] }, opts: args.opts } : undefined);
      for (const name of ['widen', 'keep']) {
        const doc = aws.iam.getPolicyDocumentOutput({ policyId: name, statements: [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket/*'] }] });
        new aws.iam.Policy(name, { policy: doc.json });
      }
    `);
    const r = runCli(['preview', dir, '--format', 'json']);
    expect(failing(parseReport(r).findings, 'IAM1')).toEqual(['widen']);
  });

  it('stops with one line when a transform throws, instead of checking the resource untransformed', () => {
    const dir = scratchProgram(`
      const aws = require('@pulumi/aws');
      new aws.s3.Bucket('b', {}, { transforms: [() => { throw new Error('no tags configured\\nsecond line'); }] });
    `);
    const r = runCli(['preview', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('a transform of b (aws:s3/bucket:Bucket) failed: no tags configured');
  });

  it('runs them on the oldest @pulumi/pulumi too, whose mocks declare transforms unsupported', () => {
    // The program's own node_modules hold the SDK under test; symlinks preserved so @pulumi/aws loads that copy.
    // Inside the repository's node_modules, so the SDK's own dependencies resolve as after npm install.
    const dir = path.join(ROOT, 'node_modules', '.cache', 'mg-transform-oldest');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const f of ['Pulumi.yaml', 'index.ts']) fs.copyFileSync(path.join(program, f), path.join(dir, f));
    fs.mkdirSync(path.join(dir, 'node_modules', '@pulumi'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', '@pulumi', 'pulumi-oldest'), path.join(dir, 'node_modules', '@pulumi', 'pulumi'));
    fs.symlinkSync(path.join(ROOT, 'node_modules', '@pulumi', 'aws'), path.join(dir, 'node_modules', '@pulumi', 'aws'));
    const r = runCli(['preview', dir, '--format', 'json'], { env: { NODE_PRESERVE_SYMLINKS: '1' } });
    expect(r.stderr).toBe('');
    const { findings } = parseReport(r);
    expect(failing(findings, 'SEC3')).toEqual(['data-key']);
    expect(failing(findings, 'TLS3')).toEqual(['site']);
    expect(failing(findings, 'NET1')).toEqual(['net-sg']);
    expect(failing(findings, 'DATA1')).toContain('assets-bpa');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a transform over a remote component, whose children only a provider plugin could build', () => {
    const dir = scratchProgram(`
      const pulumi = require('@pulumi/pulumi');
      pulumi.runtime.registerResourceTransform(() => undefined);
      new pulumi.ComponentResource('awsx:ec2:Vpc', 'vpc', {}, {}, true);
    `);
    const r = runCli(['preview', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('a transform cannot run offline: vpc (awsx:ec2:Vpc) is a remote component');
  });
});
