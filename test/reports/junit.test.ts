/** JUnit: parses as XML, one case per requirement and resource, the right counts, exemptions listed. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderJunit } from '../../src/cli/reports/junit';
import { gates } from '../../src/cli/report-options';
import { Report } from '../../src/core/report';
import { REQUIREMENTS } from '../../src/catalog';
import { ROOT, runCli, tempFile } from '../support/cli';
import { cfnReport, pulumiReport } from './sample-reports';
import * as path from 'node:path';

interface Case {
  name: string;
  classname: string;
  file?: string;
  failure?: { '#text': string; message: string; type: string };
  error?: { '#text': string; message: string };
  skipped?: { '#text': string; message: string };
}
interface Suite {
  name: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  properties?: { property: { name: string; value: string }[] };
  testcase: Case[];
}
interface Doc {
  testsuites: { name: string; tests: number; failures: number; errors: number; skipped: number; testsuite: Suite[] };
}

function parse(xml: string): Doc {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: true,
    textNodeName: '#text',
    alwaysCreateTextNode: true,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(xml) as Doc;
}

/** As the CLI renders it under the default `--fail-on mandatory`. */
const junit = (report: Report, failOn: 'mandatory' | 'advisory' | 'never' = 'mandatory', cwd = '/repo') => renderJunit(report, (f) => gates(f, failOn), { root: '/repo', cwd });

const suite = (doc: Doc, id: string) => doc.testsuites.testsuite.find((s) => s.name.startsWith(`${id}:`));

describe('the JUnit report', () => {
  it('parses as XML with the right totals for a Pulumi report', () => {
    const doc = parse(junit(pulumiReport()));
    // TLS1 cdn, TLS3 cdn (two behaviors, one case), TLS2 cdn, DATA3 assets, DATA1 uploads, HDR1 cdn, LOG4 stack
    // Advisory TLS2 and LOG4 do not fail the run: skipped, with unknown DATA3 and exempt DATA1.
    expect(doc.testsuites).toMatchObject({ tests: 7, failures: 2, errors: 1, skipped: 4 });
    const sum = (k: 'tests' | 'failures' | 'errors' | 'skipped') => doc.testsuites.testsuite.reduce((n, s) => n + s[k], 0);
    expect([sum('tests'), sum('failures'), sum('errors'), sum('skipped')]).toEqual([7, 2, 1, 4]);
  });

  it('collapses findings on the same requirement and resource into one case carrying every message', () => {
    const tls3 = suite(parse(junit(pulumiReport())), 'TLS3');
    expect(tls3?.testcase).toHaveLength(1);
    const text = tls3?.testcase[0].failure?.['#text'] ?? '';
    expect(text).toContain('defaultCacheBehavior: viewerProtocolPolicy is allow-all');
    expect(text).toContain('orderedCacheBehaviors[0]: viewerProtocolPolicy is allow-all');
    expect(tls3?.testcase[0]).toMatchObject({ name: 'cdn (aws:cloudfront/distribution:Distribution)', classname: 'marketplace-guardrails.TLS3', file: 'examples/shop/index.ts' });
  });

  it('makes a gating fail a failure, a gating check that could not run an error; advisory, unknown and exempt skipped (never passed)', () => {
    const doc = parse(junit(pulumiReport()));
    expect(suite(doc, 'TLS1')?.testcase[0].failure?.type).toBe('mandatory');
    expect(suite(doc, 'TLS2')?.testcase[0].failure).toBeUndefined();
    expect(suite(doc, 'TLS2')?.testcase[0].skipped?.message).toBe('advisory, does not fail the run: minimumProtocolVersion allows CBC ciphers');
    expect(suite(doc, 'HDR1')?.testcase[0].error?.message).toBe('the check failed to run: boom & bust');
    expect(suite(doc, 'DATA3')?.testcase[0].skipped?.message).toBe('unknown: kmsMasterKeyId is not known until deployment');
    expect(suite(doc, 'DATA1')?.testcase[0].skipped?.message).toBe('exempt: public downloads bucket <reviewed>');
  });

  it('with --fail-on advisory an advisory fail is a failure; with never nothing fails: a test fails exactly when the run does', () => {
    const advisory = parse(junit(pulumiReport(), 'advisory'));
    expect(advisory.testsuites).toMatchObject({ failures: 4, errors: 1, skipped: 2 });
    expect(suite(advisory, 'TLS2')?.testcase[0].failure?.type).toBe('advisory');
    const never = parse(junit(pulumiReport(), 'never'));
    expect(never.testsuites).toMatchObject({ failures: 0, errors: 0, skipped: 7 });
    expect(suite(never, 'TLS1')?.testcase[0].skipped?.message).toBe('mandatory, does not fail the run: viewerCertificate uses the default certificate');
  });

  it('a case with a gating and a non-gating finding fails, its message the gating one', () => {
    const report = pulumiReport();
    const cdn = report.findings[0].resource;
    report.findings = [
      { requirement: 'TLS1', status: 'fail', enforcement: 'advisory', resource: cdn, message: 'advisory part' },
      { requirement: 'TLS1', status: 'fail', enforcement: 'mandatory', resource: cdn, message: 'mandatory part' },
    ];
    const c = suite(parse(junit(report)), 'TLS1')?.testcase[0];
    expect(c?.failure?.message).toBe('mandatory part');
    expect(c?.failure?.['#text']).toContain('advisory part');
  });

  it('lists the exemptions in force as properties of their requirement', () => {
    const doc = parse(junit(pulumiReport()));
    const properties = suite(doc, 'DATA1')?.properties?.property.map((p) => [p.name, p.value]);
    expect(properties).toEqual([['exemption uploads', 'public downloads bucket <reviewed> (until 2099-12-31)']]);
  });

  it('counts passes as tests of their own and leaves not-applicable results out (template scan)', () => {
    const doc = parse(junit(cfnReport()));
    // TLS1 pass, TLS3 fail, DATA1 pass, NET1 exempt, DATA3 unknown, LOG1 fail; TLS5 not applicable: no case
    expect(doc.testsuites).toMatchObject({ tests: 6, failures: 1, errors: 0, skipped: 3 });
    expect(suite(doc, 'TLS5')).toBeUndefined();
    const pass = suite(doc, 'TLS1')?.testcase[0];
    expect(pass?.failure ?? pass?.error ?? pass?.skipped).toBeUndefined();
    expect(pass?.file).toBe('cdk.out/Edge.template.json');
    // Run from a subdirectory, the file is still named from the repository root.
    expect(suite(parse(junit(cfnReport(), 'mandatory', '/repo/infra')), 'TLS1')?.testcase[0].file).toBe('infra/cdk.out/Edge.template.json');
  });

  it('preview writes JUnit whose counts match its JSON report', () => {
    const program = path.join(ROOT, 'test', 'fixtures', 'programs', 'cloudfront-mixed');
    const config = tempFile('policy-config.json', Object.fromEntries(REQUIREMENTS.filter((r) => !['TLS1', 'TLS3'].includes(r.id)).map((r) => [r.id, 'disabled'])));
    const junit = runCli(['preview', program, '--format', 'junit', '--policy-config', config]);
    const json = runCli(['preview', program, '--format', 'json', '--policy-config', config]);
    expect(junit.stderr).toBe('');
    expect(junit.code).toBe(json.code);
    const doc = parse(junit.stdout);
    const findings = (JSON.parse(json.stdout) as { findings: { requirement: string; status: string; enforcement: string; resource: { name: string } }[] }).findings;
    const cases = new Set(findings.filter((f) => f.status !== 'not-applicable').map((f) => `${f.requirement} ${f.resource.name}`));
    const failing = new Set(findings.filter((f) => f.status === 'fail' && f.enforcement === 'mandatory').map((f) => `${f.requirement} ${f.resource.name}`));
    expect(doc.testsuites.tests).toBe(cases.size);
    expect(doc.testsuites.failures).toBe(failing.size);
    expect(
      suite(doc, 'TLS1')
        ?.testcase.map((c) => c.name.split(' ')[0])
        .sort(),
    ).toEqual(['default-cert', 'from-config', 'no-minimum']);
  });
});
