/**
 * Adopting the gate on an app that has findings: examples/pulumi-insecure, copied, gets a baseline in
 * the same run that writes SARIF, JUnit and the compliance page; then one new violation fails the run
 * naming only it, and removing a violation lists it as fixed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { REQUIREMENTS } from '../../src/catalog';
import { MARKETPLACES } from '../../src/catalog/types';
import { BaselineFile } from '../../src/cli/baseline';
import { ROOT, runCli, tempDir } from '../support/cli';
import { sarifSchemaErrors } from '../reports/sarif-schema';

jest.setTimeout(300_000);

// Type-checking the program is not what these tests are about, and triples a preview's time.
const env = { PULUMI_NODEJS_TRANSPILE_ONLY: 'true' };

const EXAMPLE = path.join(ROOT, 'examples', 'pulumi-insecure');
const ADDED = `
new aws.vpc.SecurityGroupIngressRule('debug-rdp', { securityGroupId: dbSg.id, ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv4: '0.0.0.0/0' });
`;
const REMOVED = /new aws\.vpc\.SecurityGroupIngressRule\('db-from-anywhere', \{[^}]*\}\);\n/;

let work: string;
let program: string;
let original: string;

/** The failing lines of a text report: `  NET2  fail (mandatory): ...` under their resource's heading. */
function failingResources(stdout: string): string[] {
  const names: string[] = [];
  let resource = '';
  for (const line of stdout.split('\n')) {
    if (line !== '' && !line.startsWith(' ')) resource = line.split(' (')[0];
    else if (/^ {2}\S+\s+(fail|error) /.test(line)) names.push(`${line.trim().split(/\s+/)[0]} ${resource}`);
  }
  return names;
}

beforeAll(() => {
  work = tempDir('mg-adopt-');
  program = path.join(work, 'infra');
  fs.mkdirSync(program);
  for (const f of ['Pulumi.yaml', 'index.ts', 'tsconfig.json']) fs.copyFileSync(path.join(EXAMPLE, f), path.join(program, f));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(program, 'node_modules'), 'dir');
  original = fs.readFileSync(path.join(program, 'index.ts'), 'utf8');
  expect(original).toMatch(REMOVED);
});

describe('adopting the gate with a baseline on examples/pulumi-insecure', () => {
  let baseline: BaselineFile;

  it('one preview run records the baseline and writes SARIF, JUnit and Markdown, each valid', () => {
    const r = runCli(['preview', 'infra', '--create-baseline', 'baseline.json', '--output', 'sarif=results.sarif', '--output', 'junit=junit.xml', '--output', 'markdown=compliance.md'], {
      cwd: work,
      env,
    });
    // Without the baseline the findings fail the run: recording them changes nothing about this run.
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^marketplace-guardrails: marketplace-app-insecure \(stack dev\)/);
    expect(r.stderr).toMatch(/baseline baseline\.json written: \d+ findings/);

    baseline = JSON.parse(fs.readFileSync(path.join(work, 'baseline.json'), 'utf8')) as BaselineFile;
    expect(baseline).toMatchObject({ tool: 'marketplace-guardrails', baselineVersion: 1, engine: 'pulumi' });
    expect(baseline.findings.map((e) => `${e.requirement} ${e.resource.name} ${e.property ?? ''}`.trim())).toEqual(
      expect.arrayContaining(['NET2 db-from-anywhere', 'NET2 web-sg ingress[2]', 'SEC3 app-key rotation']),
    );
    // Fingerprints and IDs only: no message, so no value a message could quote (the example's fake keys).
    const text = fs.readFileSync(path.join(work, 'baseline.json'), 'utf8');
    expect(text).not.toMatch(/AKIA|xox|message/);

    const sarif = fs.readFileSync(path.join(work, 'results.sarif'), 'utf8');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const results = (JSON.parse(sarif) as Sarif.Log).runs[0].results ?? [];
    expect(results.length).toBe(baseline.findings.length);
    // No baseline given: no baselineState (§3.27.24 ties it to a comparison).
    expect(results.every((res) => res.baselineState === undefined)).toBe(true);

    const xml = fs.readFileSync(path.join(work, 'junit.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as { testsuites: { tests: string; failures: string } };
    const mandatoryOrAdvisoryFails = baseline.findings.filter((e) => e.status === 'fail').length;
    expect(Number(junit.testsuites.tests)).toBeGreaterThan(0);
    expect(Number(junit.testsuites.failures)).toBeGreaterThan(0);
    expect(Number(junit.testsuites.failures)).toBeLessThanOrEqual(mandatoryOrAdvisoryFails);

    const page = fs.readFileSync(path.join(work, 'compliance.md'), 'utf8');
    expect(page.match(/^# .* compliance report$/gm)).toHaveLength(MARKETPLACES.length);
    const rows = page.split('\n').filter((l) => l.startsWith('| ['));
    const ids = new Set(rows.map((l) => /^\| \[([A-Z]+\d+)\]/.exec(l)?.[1]));
    expect([...ids].sort()).toEqual(REQUIREMENTS.map((req) => req.id).sort());
    expect(rows.find((l) => l.startsWith('| [NET2]'))).toMatch(/not met/);
  });

  it('fails a run that adds one violation, naming only the new one', () => {
    fs.writeFileSync(path.join(program, 'index.ts'), original + ADDED);
    const r = runCli(['preview', 'infra', '--baseline', 'baseline.json', '--output', 'sarif=results.sarif'], { cwd: work, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(failingResources(r.stdout)).toEqual(['NET2 debug-rdp']);
    expect(r.stdout).toMatch(new RegExp(`^baseline baseline\\.json: ${baseline.findings.length} findings accepted in it \\(not failing the run\\), 1 new or changed, 0 fixed$`, 'm'));

    const log = JSON.parse(fs.readFileSync(path.join(work, 'results.sarif'), 'utf8')) as Sarif.Log;
    expect(sarifSchemaErrors(JSON.stringify(log))).toEqual([]);
    const results = log.runs[0].results ?? [];
    // Every result has a state once one has (§3.27.24).
    expect(results.every((res) => res.baselineState !== undefined)).toBe(true);
    const fresh = results.filter((res) => res.baselineState === 'new');
    expect(fresh.map((res) => `${res.ruleId} ${res.locations?.[0].logicalLocations?.[0].name}`)).toEqual(['NET2 debug-rdp']);
    expect(results.filter((res) => res.baselineState === 'unchanged')).toHaveLength(baseline.findings.length);
  });

  it('passes a run that only fixes one, and lists it as fixed (absent in SARIF)', () => {
    fs.writeFileSync(path.join(program, 'index.ts'), original.replace(REMOVED, ''));
    const r = runCli(['preview', 'infra', '--baseline', 'baseline.json', '--output', 'sarif=results.sarif', '--output', 'json=results.json'], { cwd: work, env });
    expect(r.code).toBe(0);
    expect(failingResources(r.stdout)).toEqual([]);
    expect(r.stdout).toContain(
      `baseline baseline.json: ${baseline.findings.length - 1} findings accepted in it (not failing the run), 0 new or changed, 1 fixed\nfixed since the baseline:\n  NET2 on db-from-anywhere (aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule)\n`,
    );

    const log = JSON.parse(fs.readFileSync(path.join(work, 'results.sarif'), 'utf8')) as Sarif.Log;
    expect(sarifSchemaErrors(JSON.stringify(log))).toEqual([]);
    const absent = (log.runs[0].results ?? []).filter((res) => res.baselineState === 'absent');
    expect(absent).toHaveLength(1);
    expect(absent[0]).toMatchObject({ ruleId: 'NET2', kind: 'pass', level: 'none' });
    expect(absent[0].locations?.[0].physicalLocation).toBeUndefined();

    const json = JSON.parse(fs.readFileSync(path.join(work, 'results.json'), 'utf8')) as {
      baseline: { fixed: { resource: { name: string } }[] };
      findings: { baselineState?: string; status: string }[];
    };
    expect(json.baseline.fixed.map((e) => e.resource.name)).toEqual(['db-from-anywhere']);
    expect(json.findings.filter((f) => f.status === 'fail').every((f) => f.baselineState === 'unchanged')).toBe(true);
  });
});
