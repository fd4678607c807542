/**
 * Files behind paths and cdk.out manifests are read only when they are regular files inside their
 * bounds: a device, a FIFO or a manifest escaping its folder is one line and exit 2; nested assemblies
 * are walked once each whatever the manifests say.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBoundedText } from '../../src/cli/bounded-read';
import { UsageError } from '../../src/cli/errors';
import { walkAssembly } from '../../src/cfn/cloud-assembly';
import { runCli, tempDir, tempFile } from '../support/cli';

const BUCKET_TEMPLATE = { Resources: { Logs: { Type: 'AWS::S3::Bucket' } } };

function expectOneLine(args: string[], message: RegExp): void {
  const started = Date.now();
  const r = runCli(args, { timeoutMs: 20_000 });
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

function assembly(files: Record<string, unknown>): string {
  const dir = tempDir('mg-cdk-out-');
  for (const [rel, doc] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), typeof doc === 'string' ? doc : JSON.stringify(doc));
  }
  return dir;
}

const stack = (templateFile: string) => ({ type: 'aws:cloudformation:stack', properties: { templateFile } });
const nested = (directoryName: string) => ({ type: 'cdk:cloud-assembly', properties: { directoryName } });

function fifo(): string {
  const file = path.join(tempDir('mg-fifo-'), 'template.yaml');
  execFileSync('mkfifo', [file]);
  return file;
}

describe('readBoundedText', () => {
  it('reads a regular file up to its limit', () => {
    const file = tempFile('ok.txt', 'x'.repeat(100));
    expect(readBoundedText(file, { what: 'file', limitBytes: 100 })).toHaveLength(100);
  });

  it('refuses a file one byte over its limit, whatever stat says', () => {
    const file = tempFile('long.txt', 'x'.repeat(101));
    expect(() => readBoundedText(file, { what: 'file', limitBytes: 100, limitReason: 'why' })).toThrow(/file .*long\.txt is larger than 100 bytes; why/);
  });

  it('refuses /dev/zero behind a symlink without reading it', () => {
    const link = path.join(tempDir('mg-zero-'), 'zero.json');
    fs.symlinkSync('/dev/zero', link);
    expect(() => readBoundedText(link, { what: 'template' })).toThrow(new UsageError(`template ${link} is a device, not a regular file`));
  });

  it('refuses a FIFO without waiting for a writer', () => {
    const file = fifo();
    expect(() => readBoundedText(file, { what: 'template' })).toThrow(/is a named pipe, not a regular file/);
  });

  it('refuses a directory and names a missing file', () => {
    expect(() => readBoundedText(tempDir('mg-dir-'), { what: 'policy config' })).toThrow(/policy config .* is a directory, not a regular file/);
    expect(() => readBoundedText('/nonexistent/x.yaml', { what: 'policy config' })).toThrow('policy config /nonexistent/x.yaml does not exist');
  });
});

describe('walkAssembly', () => {
  it('visits a self-referring nested assembly once', () => {
    const dir = assembly({ 'manifest.json': { artifacts: { Web: stack('Web.template.json'), Self: nested('.') } }, 'Web.template.json': BUCKET_TEMPLATE });
    const walk = walkAssembly(dir);
    expect(walk.manifestsRead).toBe(1);
    expect(walk.templates.map((t) => t.stack)).toEqual(['Web']);
  });

  it('visits four mutually referring assemblies once each and lists their one stack once', () => {
    const manifest = { artifacts: { Web: stack('../Web.template.json'), A: nested('../a'), B: nested('../b'), C: nested('../c'), D: nested('../d') } };
    const dir = assembly({
      'manifest.json': { artifacts: { Web: stack('Web.template.json'), A: nested('a'), B: nested('b'), C: nested('c'), D: nested('d') } },
      'Web.template.json': BUCKET_TEMPLATE,
      'a/manifest.json': manifest,
      'b/manifest.json': manifest,
      'c/manifest.json': manifest,
      'd/manifest.json': manifest,
    });
    const walk = walkAssembly(dir);
    expect(walk.manifestsRead).toBe(5);
    expect(walk.templates.map((t) => t.stack)).toEqual(['Web']);
  });

  it('keeps manifest order through nested assemblies', () => {
    const dir = assembly({
      'manifest.json': { artifacts: { First: stack('First.template.json'), Prod: nested('assembly-Prod'), Last: stack('Last.template.json') } },
      'First.template.json': BUCKET_TEMPLATE,
      'Last.template.json': BUCKET_TEMPLATE,
      'assembly-Prod/manifest.json': { artifacts: { ProdWeb: { ...stack('ProdWeb.template.json'), displayName: 'Prod/Web' } } },
      'assembly-Prod/ProdWeb.template.json': BUCKET_TEMPLATE,
    });
    expect(walkAssembly(dir).templates.map((t) => t.stack)).toEqual(['First', 'Prod/Web', 'Last']);
  });

  it.each([
    ['a template path climbing out', { Web: stack('../../etc/passwd') }, /templateFile names \.\.\/\.\.\/etc\/passwd, which is outside the cloud assembly/],
    ['an absolute template path', { Web: stack('/etc/hostname') }, /outside the cloud assembly/],
    ['a nested assembly outside', { Up: nested('..') }, /directoryName names \.\., which is outside the cloud assembly/],
    ['a template file that is not a string', { Web: stack(42 as unknown as string) }, /templateFile must be a file name inside the assembly/],
    ['a template file that does not exist', { Web: stack('Gone.template.json') }, /templateFile .* does not exist/],
  ])('refuses %s', (_what, artifacts, message) => {
    const dir = assembly({ 'manifest.json': { artifacts } });
    expect(() => walkAssembly(dir)).toThrow(message);
  });

  it('refuses a symlink inside the folder that leads outside it', () => {
    const outside = tempFile('outside.template.json', BUCKET_TEMPLATE);
    const dir = assembly({ 'manifest.json': { artifacts: { Web: stack('Web.template.json') } } });
    fs.symlinkSync(outside, path.join(dir, 'Web.template.json'));
    expect(() => walkAssembly(dir)).toThrow(/outside the cloud assembly/);
  });

  it('refuses a nested assembly that names a file', () => {
    const dir = assembly({ 'manifest.json': { artifacts: { Stage: nested('Web.template.json') } }, 'Web.template.json': BUCKET_TEMPLATE });
    expect(() => walkAssembly(dir)).toThrow(/directoryName names .*Web\.template\.json, which is not a directory/);
  });

  it('refuses artifacts that are not a mapping', () => {
    expect(() => walkAssembly(assembly({ 'manifest.json': { artifacts: [1, 2] } }))).toThrow(/not a cloud assembly manifest \("artifacts" is not a mapping\)/);
  });
});

describe('scan of hostile paths (one line, exit 2, within seconds)', () => {
  it('refuses /dev/zero behind a template path', () => {
    const link = path.join(tempDir('mg-zero-'), 'zero.template.json');
    fs.symlinkSync('/dev/zero', link);
    expectOneLine(['scan', link], /template .*zero\.template\.json is a device, not a regular file/);
  });

  it('refuses a FIFO behind a template path', () => {
    expectOneLine(['scan', fifo()], /is a named pipe, not a regular file/);
  });

  it('refuses a FIFO as the policy config', () => {
    const template = tempFile('t.json', BUCKET_TEMPLATE);
    expectOneLine(['scan', template, '--policy-config', fifo()], /policy config .* is a named pipe, not a regular file/);
  });

  it('refuses a cdk.out manifest entry naming /dev/zero', () => {
    const dir = assembly({ 'manifest.json': { artifacts: { Web: stack('/dev/zero') } } });
    expectOneLine(['scan', dir], /outside the cloud assembly/);
  });

  it('refuses a cdk.out stack template that is a FIFO inside the folder', () => {
    const dir = assembly({ 'manifest.json': { artifacts: { Web: stack('Web.template.json') } } });
    execFileSync('mkfifo', [path.join(dir, 'Web.template.json')]);
    expectOneLine(['scan', dir], /Web\.template\.json is a named pipe, not a regular file/);
  });

  it('scans a self-referring cdk.out once: the findings of its one stack, not one set per visit', () => {
    const dir = assembly({
      'manifest.json': { artifacts: { Web: stack('Web.template.json'), S1: nested('.'), S2: nested('.'), S3: nested('.'), S4: nested('.') } },
      'Web.template.json': BUCKET_TEMPLATE,
    });
    const findings = (target: string) => {
      const r = runCli(['scan', target, '--format', 'json'], { timeoutMs: 20_000 });
      expect(r.stderr).toBe('');
      // The fix differs on purpose: a CDK snippet for a cdk.out, CloudFormation properties for a template.
      return (JSON.parse(r.stdout) as { findings: { fix?: string }[] }).findings.map(({ fix, ...rest }) => ({ ...rest, fix: typeof fix }));
    };
    const alone = findings(path.join(dir, 'Web.template.json'));
    expect(alone.length).toBeGreaterThan(0);
    expect(findings(dir)).toEqual(alone);
  });
});
