/**
 * Source positions: every finding about a program's resource points at the line that constructed it
 * (a component's child inside the component's file), in text, JSON and SARIF; stack findings at the entry.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { CapturedResource } from '../../src/pulumi/offline/captured';
import { programLocations } from '../../src/pulumi/offline/program-locations';
import { constructionSite } from '../../src/pulumi/offline/source-position';
import { JsonFinding, ROOT, parseReport, runCli } from '../support/cli';

const programs = path.join(ROOT, 'test', 'fixtures', 'programs');
const rel = (...parts: string[]) => path.relative(ROOT, path.join(programs, ...parts));

/** Line and column (1-based) of the first occurrence of `text` in a fixture file: where `new` stands. */
function positionOf(file: string, text: string): { file: string; line: number; column: number } {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  if (line < 0) throw new Error(`${text} not in ${file}`);
  return { file, line: line + 1, column: lines[line].indexOf(text) + 1 };
}

type Located = JsonFinding & { location?: { file: string; line?: number; column?: number } };
const locationOf = (findings: Located[], requirement: string, name: string) => findings.find((f) => f.requirement === requirement && f.resource.name === name)?.location;

describe('source positions of a program with a component', () => {
  const program = path.join(programs, 'component-children');
  const site = rel('component-children', 'static-site.ts');
  const entry = rel('component-children', 'index.ts');

  it('JSON: a child’s finding names the line inside the component, a top-level resource’s its own line, a stack finding the entry file', () => {
    const findings = parseReport(runCli(['preview', program, '--format', 'json'])).findings as Located[];
    expect(locationOf(findings, 'TLS1', 'docs-cdn')).toEqual(positionOf(site, 'new aws.cloudfront.Distribution('));
    expect(locationOf(findings, 'DATA3', 'docs-content')).toEqual(positionOf(site, 'new aws.s3.Bucket('));
    expect(locationOf(findings, 'DATA1', 'scratch')).toEqual(positionOf(entry, 'new aws.s3.Bucket("scratch")'));
    expect(locationOf(findings, 'LOG1', 'stack')).toEqual({ file: entry });
  });

  it('SARIF and text: the region and the `at` line are the construction line', () => {
    const log = JSON.parse(runCli(['preview', program, '--format', 'sarif']).stdout) as Sarif.Log;
    const result = log.runs[0].results?.find((r) => r.ruleId === 'DATA1' && r.locations?.[0].logicalLocations?.[0].name === 'scratch');
    const at = positionOf(entry, 'new aws.s3.Bucket("scratch")');
    expect(result?.locations?.[0].physicalLocation).toEqual({
      artifactLocation: { uri: at.file.split(path.sep).join('/'), uriBaseId: '%SRCROOT%' },
      region: { startLine: at.line, startColumn: at.column },
    });

    const text = runCli(['preview', program]).stdout;
    expect(text).toContain(`scratch (aws:s3/bucket:Bucket) at ${at.file}:${at.line}:${at.column}\n`);
    const cdn = positionOf(site, 'new aws.cloudfront.Distribution(');
    expect(text).toContain(`docs-cdn (aws:cloudfront/distribution:Distribution) at ${cdn.file}:${cdn.line}:${cdn.column}\n`);
  });
});

describe('source positions of ES module programs', () => {
  it('names the TypeScript line (not the transpiled one) and top-level lines of an ES module', () => {
    const ts = parseReport(runCli(['preview', path.join(programs, 'esm-ts'), '--format', 'json'])).findings as Located[];
    const site = ts.find((f) => f.resource.type === 'aws:s3/bucket:Bucket' && f.location?.file.endsWith('index.ts'));
    expect(site?.location).toEqual(positionOf(rel('esm-ts', 'index.ts'), 'new aws.s3.Bucket('));
    const js = parseReport(runCli(['preview', path.join(programs, 'esm-js'), '--format', 'json'])).findings as Located[];
    expect(js.find((f) => f.resource.type === 'aws:kms/key:Key')?.location).toEqual(positionOf(rel('esm-js', 'index.js'), 'new aws.kms.Key('));
  });
});

describe('the construction site of a registration', () => {
  const at = (file: string, line: number, column: number) => ({ uri: pathToFileURL(file).href, line, column });

  it('is the SDK’s source position when it lies in the program', () => {
    expect(constructionSite(at('/app/index.ts', 7, 14), [at('/app/index.ts', 7, 14)])).toEqual({ file: '/app/index.ts', line: 7, column: 14 });
  });

  it('skips library frames (a component from npm building its children) for the first program frame', () => {
    const lib = at('/app/node_modules/@pulumi/awsx/ec2/vpc.js', 120, 9);
    expect(constructionSite(lib, [lib, at('/app/network.ts', 12, 17)])).toEqual({ file: '/app/network.ts', line: 12, column: 17 });
    expect(constructionSite(lib, [lib])).toBeUndefined();
    expect(constructionSite(undefined, [])).toBeUndefined();
  });

  it('reads an ES module frame the SDK wrapped in a second file URL', () => {
    const wrapped = pathToFileURL(path.join('/app', 'file:/app/buckets.ts')).href;
    expect(constructionSite({ uri: wrapped, line: 5, column: 20 }, [])).toEqual({ file: '/app/buckets.ts', line: 5, column: 20 });
  });
});

describe('program locations', () => {
  const resource = (urn: string, extra: Partial<CapturedResource>): CapturedResource => ({ urn, type: 't', name: urn, custom: true, dependencies: [], propertyDependencies: {}, props: {}, ...extra });

  it('gives a resource without a position its nearest ancestor’s, relative to the working directory', () => {
    const component = resource('c', { custom: false, source: { file: path.join(process.cwd(), 'src', 'index.ts'), line: 3, column: 1 } });
    const child = resource('child', { parent: 'c' });
    const grandchild = resource('grandchild', { parent: 'child', source: { file: path.join(process.cwd(), 'src', 'site.ts'), line: 9, column: 5 } });
    const orphan = resource('orphan', {});
    const locations = programLocations([component, child, grandchild, orphan], path.join(process.cwd(), 'src', 'index.ts'));
    expect(locations.byKey).toEqual({
      c: { file: path.join('src', 'index.ts'), line: 3, column: 1 },
      child: { file: path.join('src', 'index.ts'), line: 3, column: 1 },
      grandchild: { file: path.join('src', 'site.ts'), line: 9, column: 5 },
    });
    expect(locations.default).toEqual({ file: path.join('src', 'index.ts') });
  });
});
