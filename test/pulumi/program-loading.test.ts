/**
 * Programs written as current public Pulumi programs are (nodenext TypeScript, ES modules with
 * top-level await, CommonJS JavaScript, TypeScript without ts-node of its own) load as Pulumi's
 * Node.js language host loads them and get their findings; a program that cannot run gets one line
 * naming the cause, and exit 2.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliResult, ROOT, findingLines, parseReport, runCli, tempDir } from '../support/cli';

const programs = path.join(ROOT, 'test', 'fixtures', 'programs');
const MODULES = path.join(ROOT, 'node_modules');
/** Inside the repository, so a changed copy of a fixture still resolves the repository's packages. */
const WORK = path.join(MODULES, '.cache', 'mg-program-loading');

/** For runs about something else than type checking (covered on its own below), which it would only slow down. */
const FAST = { PULUMI_NODEJS_TRANSPILE_ONLY: 'true' };

const preview = (dir: string, env?: Record<string, string>, extra: string[] = []) => runCli(['preview', dir, '--format', 'json', ...extra], { env });

/** A copy of a fixture under WORK with some files replaced. */
function variant(fixture: string, name: string, files: Record<string, string>): string {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(programs, fixture), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

/** A copy of a directory made of hard links (a symlink would resolve to the original's real path). */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(source), target);
    else fs.linkSync(source, target);
  }
}

function expectOneLine(r: CliResult, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

describe('programs load as the Pulumi language host loads them', () => {
  it('runs a CommonJS TypeScript program with the nodenext module settings of the current templates', () => {
    const r = preview(path.join(programs, 'nodenext-ts'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(findingLines(parseReport(r), 'DATA1')).toEqual(['DATA1 uploads fail mandatory']);
  });

  it('runs an ES module TypeScript program with top-level await and .js specifiers of its own modules', () => {
    const r = preview(path.join(programs, 'esm-ts'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(findingLines(parseReport(r), 'DATA1')).toEqual(['DATA1 site-public-access fail mandatory']);
  });

  it('runs an ES module TypeScript program through the loader its Pulumi.yaml nodeargs name, as older SDKs required', () => {
    const dir = variant('esm-ts', 'esm-ts-loader', {
      'Pulumi.yaml': 'name: esm-ts\nruntime:\n  name: nodejs\n  options:\n    nodeargs: "--loader ts-node/esm --no-warnings"\n',
    });
    const r = preview(dir);
    expect(r.stderr).toBe('');
    expect(findingLines(parseReport(r), 'DATA1')).toEqual(['DATA1 site-public-access fail mandatory']);
  });

  it('runs ES module and CommonJS JavaScript programs', () => {
    const esm = preview(path.join(programs, 'esm-js'));
    expect(esm.stderr).toBe('');
    const esmReport = parseReport(esm);
    expect(findingLines(esmReport, 'SEC3')).toEqual(['SEC3 app-secrets-key fail mandatory']);
    expect(findingLines(esmReport, 'SEC1')).toEqual([]);
    const cjs = preview(path.join(programs, 'commonjs-js'));
    expect(cjs.stderr).toBe('');
    expect(cjs.code).toBe(1);
    expect(findingLines(parseReport(cjs), 'NET2')).toEqual(['NET2 web fail mandatory']);
  });

  it('runs a TypeScript program without ts-node of its own on the ts-node its @pulumi/pulumi vendors', () => {
    // A program directory outside the repository, as `npm install` leaves one whose package.json has
    // typescript but not ts-node. Node resolves a symlinked package from its real path (here, the
    // repository, which has ts-node), so @pulumi/pulumi and @pulumi/aws are hard-linked copies.
    const dir = tempDir('mg-no-ts-node-');
    fs.cpSync(path.join(programs, 'ts-without-ts-node'), dir, { recursive: true });
    fs.mkdirSync(path.join(dir, 'node_modules', '@pulumi'), { recursive: true });
    for (const entry of fs.readdirSync(MODULES)) {
      if (entry !== 'ts-node' && entry !== '@pulumi' && entry !== '.cache') fs.symlinkSync(path.join(MODULES, entry), path.join(dir, 'node_modules', entry));
    }
    for (const pkg of ['pulumi', 'aws']) linkTree(path.join(MODULES, '@pulumi', pkg), path.join(dir, 'node_modules', '@pulumi', pkg));
    expect(() => require.resolve('ts-node', { paths: [path.join(dir, 'node_modules', '@pulumi', 'pulumi')] })).toThrow();
    try {
      const r = preview(dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(findingLines(parseReport(r), 'SEC1')).toEqual(['SEC1 api-token fail mandatory']);
      // The vendored ts-node type-checks too.
      fs.appendFileSync(path.join(dir, 'index.ts'), 'export const port: number = "443";\n');
      expectOneLine(preview(dir), /TypeScript error TS2322 at index\.ts:9: Type 'string' is not assignable to type 'number'/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows the Pulumi.yaml runtime options: typescript off leaves .ts to Node, a tsconfig path must exist', () => {
    const off = variant('nodenext-ts', 'typescript-off', { 'Pulumi.yaml': 'name: nodenext-ts\nruntime:\n  name: nodejs\n  options:\n    typescript: false\n' });
    expectOneLine(preview(off), /index\.ts/);
    const missing = variant('nodenext-ts', 'tsconfig-missing', { 'Pulumi.yaml': 'name: nodenext-ts\nruntime:\n  name: nodejs\n  options:\n    tsconfig: tsconfig.pulumi.json\n' });
    expectOneLine(preview(missing), /tsconfig path was set to tsconfig\.pulumi\.json but the file was not found/);
    const other = variant('nodenext-ts', 'tsconfig-other', {
      'Pulumi.yaml': 'name: nodenext-ts\nruntime:\n  name: nodejs\n  options:\n    tsconfig: tsconfig.pulumi.json\n',
      'tsconfig.pulumi.json': fs.readFileSync(path.join(programs, 'nodenext-ts', 'tsconfig.json'), 'utf8'),
    });
    expect(findingLines(parseReport(preview(other, FAST)), 'DATA1')).toEqual(['DATA1 uploads fail mandatory']);
    const wrongType = variant('nodenext-ts', 'typescript-string', { 'Pulumi.yaml': 'name: nodenext-ts\nruntime:\n  name: nodejs\n  options:\n    typescript: "no"\n' });
    expectOneLine(preview(wrongType), /runtime\.options\.typescript must be a boolean/);
  });
});

describe('a program that cannot run gets one line naming the cause', () => {
  it('names the TypeScript diagnostic (code, file:line, text), in CommonJS and in ES module programs', () => {
    expectOneLine(preview(path.join(programs, 'type-error-ts')), /TypeScript error TS2322 at index\.ts:6: Type 'string' is not assignable to type 'Input<boolean \| undefined>'\.$/m);
    const index = `${fs.readFileSync(path.join(programs, 'esm-ts', 'index.ts'), 'utf8')}export const port: number = "443";\n`;
    const esm = variant('esm-ts', 'esm-type-error', { 'index.ts': index });
    expectOneLine(preview(esm), new RegExp(`TypeScript error TS2322 at index\\.ts:${index.split('\n').length - 1}: Type 'string' is not assignable to type 'number'`));
  });

  it('type-checks as Pulumi does unless PULUMI_NODEJS_TRANSPILE_ONLY or the tsconfig noCheck opts out', () => {
    const r = preview(path.join(programs, 'type-error-ts'), { PULUMI_NODEJS_TRANSPILE_ONLY: 'true' });
    expect(r.stderr).toBe('');
    expect(findingLines(parseReport(r), 'DATA1')).toEqual(['DATA1 data fail mandatory']);
    const tsconfig = fs.readFileSync(path.join(programs, 'type-error-ts', 'tsconfig.json'), 'utf8').replace('"strict": true,', '"strict": true,\n        "noCheck": true,');
    const noCheck = variant('type-error-ts', 'no-check', { 'tsconfig.json': tsconfig });
    expect(findingLines(parseReport(preview(noCheck)), 'DATA1')).toEqual(['DATA1 data fail mandatory']);
  });

  it('names a missing config key and how to pass it, and runs once it is given', () => {
    const dir = path.join(programs, 'missing-config');
    expectOneLine(preview(dir), /missing required configuration variable 'missing-config:domain': set it in Pulumi\.dev\.yaml .*--stack dev.*--config-file/);
    const config = path.join(tempDir('mg-config-'), 'Pulumi.dev.yaml');
    fs.writeFileSync(config, 'config:\n  missing-config:domain: app.example.com\n');
    const r = preview(dir, FAST, ['--config-file', config]);
    expect(r.stderr).toBe('');
    expect(findingLines(parseReport(r), 'DATA1')).toEqual(['DATA1 site fail mandatory']);
  });

  it('names a module that is not installed and the fix', () => {
    expectOneLine(preview(path.join(programs, 'missing-module')), /cannot load module '@pulumi\/awsx' \(imported by index\.js\): run npm install in .*missing-module$/m);
  });

  it('names where a program threw', () => {
    expectOneLine(preview(path.join(programs, 'throws')), /the program threw: the region is not configured \(index\.ts:3\)$/m);
  });
});
