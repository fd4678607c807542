/**
 * The package as a user installs it: `npm pack` output unpacked into a consumer project's node_modules
 * (only the files the package ships), beside the packages its manifest's `dependencies` name and the CDK
 * peers a CDK user installs (linked from this repository's node_modules: the test runs offline), and no
 * Pulumi SDK. That consumer type-checks its imports of every entry under each moduleResolution a
 * TypeScript project uses, loads the CDK entries without the Pulumi runtime, and is told what to install
 * when it runs what needs it.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from '../support/cli';

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  typesVersions?: unknown;
}

/** What a CDK user installs beside the package (its optional CDK peers) and what type-checking a CDK app needs. */
const CDK_USER_PACKAGES = ['aws-cdk-lib', 'constructs', 'cdk-nag', '@types/node'];
/** The Pulumi runtime: what a CDK-only install must neither bring nor load. */
const PULUMI_RUNTIME = /^(@pulumi\/|@grpc\/grpc-js$|@grpc\/grpc-js\/|google-protobuf(\/|$))/;
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

function link(consumer: string, name: string): void {
  const target = path.join(consumer, 'node_modules', name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules', name), target, 'dir');
}

/** A consumer project holding the packed package; returns its directory. */
function installPacked(): string {
  const packDir = tempDir('mg-pack-');
  // --ignore-scripts: jest's globalSetup has built dist already; `prepare` would build it again.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8' })) as { filename: string }[];
  const consumer = tempDir('mg-consumer-');
  fs.mkdirSync(path.join(consumer, 'node_modules'));
  execFileSync('tar', ['-xzf', path.join(packDir, packed[0].filename), '-C', path.join(consumer, 'node_modules')]);
  fs.renameSync(path.join(consumer, 'node_modules', 'package'), path.join(consumer, 'node_modules', 'marketplace-guardrails'));
  const manifest = JSON.parse(fs.readFileSync(path.join(consumer, 'node_modules', 'marketplace-guardrails', 'package.json'), 'utf8')) as Manifest;
  for (const name of [...Object.keys(manifest.dependencies ?? {}), ...CDK_USER_PACKAGES]) link(consumer, name);
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'cdk-consumer', version: '1.0.0', private: true }));
  return consumer;
}

/** Every entry, used with its types: an import that resolved to `any` would leave the @ts-expect-error lines unused, an error. */
const CONSUMER_SOURCE = `import { App, Stack, Validations } from 'aws-cdk-lib';
import { REQUIREMENTS, isRequirementId, type Finding } from 'marketplace-guardrails';
import { MarketplaceChecks } from 'marketplace-guardrails/cdk';
import { SecureBucket } from 'marketplace-guardrails/constructs';
import { policyPackDir } from 'marketplace-guardrails/policies';

const app = new App();
const stack = new Stack(app, 'App');
const bucket = new SecureBucket(stack, 'Data');
Validations.of(app).addPlugins(new MarketplaceChecks(app, { policyConfig: {} }));
export const ids: string[] = REQUIREMENTS.map((r) => r.id).filter(isRequirementId);
export const bucketName: string = bucket.bucketName;
export const packDir: string = policyPackDir;
export const statusOf = (f: Finding): string => f.status;
// @ts-expect-error policyPackDir is a string
export const notANumber: number = policyPackDir;
// @ts-expect-error MarketplaceChecks props are typed
export const wrongProps = new MarketplaceChecks(app, { policyConfig: 42 });
`;

/** The settings TypeScript projects use: node10 (older \`cdk init\`, Pulumi's template), node16/nodenext, bundler. */
const RESOLUTIONS: Record<string, { module: string; moduleResolution: string }> = {
  node10: { module: 'commonjs', moduleResolution: 'node10' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'preserve', moduleResolution: 'bundler' },
};

interface TypeCheck {
  status: number | null;
  output: string;
}

function typeCheck(consumer: string, resolution: string, skipLibCheck = false): Promise<TypeCheck> {
  const tsconfig = path.join(consumer, `tsconfig.${resolution}${skipLibCheck ? '.skiplib' : ''}.json`);
  const compilerOptions = { ...RESOLUTIONS[resolution], target: 'ES2022', strict: true, skipLibCheck, noEmit: true, types: ['node'] };
  fs.writeFileSync(tsconfig, JSON.stringify({ compilerOptions, files: ['index.ts'] }));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSC, '-p', tsconfig], { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: output.trim() }));
  });
}

describe('a TypeScript consumer of the packed package (CDK peers, no Pulumi SDK)', () => {
  let consumer: string;
  const checked: Record<string, TypeCheck> = {};
  beforeAll(async () => {
    consumer = installPacked();
    fs.writeFileSync(path.join(consumer, 'index.ts'), CONSUMER_SOURCE);
    // skipLibCheck off (as in `cdk init`'s tsconfig): the package's declarations must type-check too, with no Pulumi SDK.
    // All at once: each check reads all of aws-cdk-lib's declarations.
    const results = await Promise.all(Object.keys(RESOLUTIONS).map((resolution) => typeCheck(consumer, resolution)));
    Object.keys(RESOLUTIONS).forEach((resolution, i) => (checked[resolution] = results[i]));
  }, 600_000);

  it.each(Object.keys(RESOLUTIONS))('type-checks every entry under moduleResolution %s', (resolution) => {
    expect(checked[resolution]).toEqual({ status: 0, output: '' });
  });

  it('needs typesVersions for the subpath entries under node10 (the check is not blind)', async () => {
    const manifestFile = path.join(consumer, 'node_modules', 'marketplace-guardrails', 'package.json');
    const shipped = fs.readFileSync(manifestFile, 'utf8');
    const { typesVersions, ...withoutTypesVersions } = JSON.parse(shipped) as Manifest;
    expect(typesVersions).toBeDefined();
    fs.writeFileSync(manifestFile, JSON.stringify(withoutTypesVersions));
    try {
      const r = await typeCheck(consumer, 'node10', true);
      expect(r.status).not.toBe(0);
      expect(r.output).toMatch(/Cannot find module 'marketplace-guardrails\/cdk'/);
    } finally {
      fs.writeFileSync(manifestFile, shipped);
    }
  }, 300_000);
});

/** Makes every require of the Pulumi runtime throw and recorded on stderr, even one a linked package's real path could resolve. */
const BLOCK_PULUMI = `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (${PULUMI_RUNTIME}.test(request)) {
    process.stderr.write('loaded ' + request + '\\n');
    throw Object.assign(new Error('Cannot find module ' + request), { code: 'MODULE_NOT_FOUND' });
  }
  return resolve.call(this, request, ...rest);
};
`;

describe('a CDK-only install', () => {
  let consumer: string;
  let hook: string;
  /** Runs node in the consumer; `blocked` adds the hook (its probes of resolvability are reported as loads, so the CLI's own check runs without it). */
  const node = (args: string[], blocked = true) => {
    const r = spawnSync(process.execPath, [...(blocked ? ['-r', hook] : []), ...args], { cwd: consumer, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  beforeAll(() => {
    consumer = installPacked();
    hook = path.join(consumer, 'block-pulumi.js');
    fs.writeFileSync(hook, BLOCK_PULUMI);
  }, 120_000);

  it('has no Pulumi SDK in node_modules', () => {
    expect(fs.existsSync(path.join(consumer, 'node_modules', '@pulumi'))).toBe(false);
  });

  it('loads marketplace-guardrails, /cdk, /constructs and /policies without requiring the Pulumi runtime', () => {
    const entries = ['marketplace-guardrails', 'marketplace-guardrails/cdk', 'marketplace-guardrails/constructs', 'marketplace-guardrails/policies'];
    const script = `for (const e of ${JSON.stringify(entries)}) { const m = require(e); if (Object.keys(m).length === 0) throw new Error(e + ' exports nothing'); }`;
    expect(node(['-e', script])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('the hook sees a require of the Pulumi runtime (the check is not blind)', () => {
    const r = node(['-e', "require('@pulumi/pulumi')"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^loaded @pulumi\/pulumi$/m);
  });

  it('preview says in one line what to install, exit code 2', () => {
    const bin = path.join(consumer, 'node_modules', 'marketplace-guardrails', 'bin', 'marketplace-guardrails.js');
    const expected = 'marketplace-guardrails: preview needs @pulumi/pulumi and @pulumi/policy: npm install --save-dev @pulumi/pulumi @pulumi/policy\n';
    expect(node([bin, 'preview', consumer], false)).toEqual({ code: 2, stdout: '', stderr: expected });
    expect(node([bin, 'preview', '--stack-export', path.join(consumer, 'package.json')], false)).toEqual({ code: 2, stdout: '', stderr: expected });
  });

  it('the policy pack says in one line what to install, exit code 2', () => {
    const entry = path.join(consumer, 'node_modules', 'marketplace-guardrails', 'policies', 'index.js');
    const expected = 'the marketplace-guardrails policy pack needs @pulumi/pulumi and @pulumi/policy: npm install --save-dev @pulumi/pulumi @pulumi/policy\n';
    expect(node([entry], false)).toEqual({ code: 2, stdout: '', stderr: expected });
  });

  it('scan runs (the CLI itself needs no Pulumi SDK)', () => {
    const bin = path.join(consumer, 'node_modules', 'marketplace-guardrails', 'bin', 'marketplace-guardrails.js');
    const template = path.join(consumer, 'template.json');
    fs.writeFileSync(template, JSON.stringify({ Resources: { Data: { Type: 'AWS::S3::Bucket', Properties: {} } } }));
    const r = node([bin, 'scan', template, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });
});

interface LockEntry extends Manifest {
  dev?: boolean;
}

/** The lock entry a package at `from` (a lock path, '' for the root) gets for `name`: node's lookup, nearest node_modules first. */
function resolveInLock(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
  }
}

/** Every package an install of `roots` (resolved from the root) brings: dependencies, optional ones and required peers, transitively. */
function installClosure(packages: Record<string, LockEntry>, roots: string[]): Set<string> {
  const reached = new Set<string>();
  const queue = roots.map((name) => ({ from: '', name }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const at = resolveInLock(packages, next.from, next.name);
    if (!at || reached.has(at)) continue;
    reached.add(at);
    const entry = packages[at];
    const requiredPeers = Object.keys(entry.peerDependencies ?? {}).filter((p) => !entry.peerDependenciesMeta?.[p]?.optional);
    for (const name of [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...requiredPeers]) queue.push({ from: at, name });
  }
  return reached;
}

describe("the package's dependency fields", () => {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
  const pulumiIn = (reached: Set<string>) => [...reached].filter((p) => PULUMI_RUNTIME.test(p.slice(p.lastIndexOf('node_modules/') + 'node_modules/'.length)));

  it('make the Pulumi SDKs optional peers, with the ranges the published pack declares', () => {
    const pack = JSON.parse(fs.readFileSync(path.join(ROOT, 'policies', 'package.json'), 'utf8')) as Manifest;
    for (const name of ['@pulumi/pulumi', '@pulumi/policy']) {
      expect(manifest.dependencies?.[name]).toBeUndefined();
      expect(manifest.optionalDependencies?.[name]).toBeUndefined();
      expect([name, manifest.peerDependencies?.[name], manifest.peerDependenciesMeta?.[name]?.optional]).toEqual([name, pack.dependencies?.[name], true]);
    }
  });

  it('resolve, for an install with the CDK peers, to no Pulumi runtime package (per package-lock.json)', () => {
    const reached = installClosure(lock.packages, [...Object.keys(manifest.dependencies ?? {}), 'aws-cdk-lib', 'constructs', 'cdk-nag']);
    expect(reached.has('node_modules/aws-cdk-lib')).toBe(true);
    expect(pulumiIn(reached)).toEqual([]);
  });

  it('would bring the Pulumi runtime with @pulumi/policy (the walk is not blind)', () => {
    expect(pulumiIn(installClosure(lock.packages, ['@pulumi/policy']))).toEqual(expect.arrayContaining(['node_modules/@pulumi/pulumi', 'node_modules/@grpc/grpc-js', 'node_modules/google-protobuf']));
  });
});
