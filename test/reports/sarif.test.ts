/** SARIF: schema-valid for both engines, one rule per requirement, levels, locations, suppressions. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { REQUIREMENTS } from '../../src/catalog';
import { SECURITY_SEVERITY, renderSarif as renderSarifAt } from '../../src/cli/reports/sarif';
import { Report } from '../../src/core/report';
import { ROOT, runCli, tempDir, tempFile } from '../support/cli';
import { cfnReport, pulumiReport } from './sample-reports';
import { sarifSchemaErrors } from './sarif-schema';

const parse = (text: string) => JSON.parse(text) as Sarif.Log;
/** As the CLI renders it, run at the root of a repository checked out at /repo. */
const REPO = { root: '/repo', cwd: '/repo' };
const renderSarif = (report: Report) => renderSarifAt(report, REPO);
const resultsOf = (log: Sarif.Log) => log.runs[0].results ?? [];
const byRule = (log: Sarif.Log, id: string) => resultsOf(log).filter((r) => r.ruleId === id);

describe('the SARIF report', () => {
  it('validates against the SARIF 2.1.0 schema for a Pulumi and a CloudFormation report', () => {
    expect(sarifSchemaErrors(renderSarif(pulumiReport()))).toEqual([]);
    expect(sarifSchemaErrors(renderSarif(cfnReport()))).toEqual([]);
  });

  it('the schema check can fail: a result without a message is refused', () => {
    const log = parse(renderSarif(pulumiReport()));
    delete (resultsOf(log)[0] as Partial<Sarif.Result>).message;
    expect(sarifSchemaErrors(JSON.stringify(log)).join('\n')).toMatch(/message/);
  });

  it('has one rule per requirement, with help and a link to its section of docs/requirements.md', () => {
    const rules = parse(renderSarif(pulumiReport())).runs[0].tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(REQUIREMENTS.map((r) => r.id));
    const net1 = rules.find((r) => r.id === 'NET1');
    expect(net1?.helpUri).toMatch(/\/docs\/requirements\.md#net1$/);
    // The help shows the run's engine's fix only: Pulumi's for a preview, CDK's for a cdk.out, the template's for a template.
    expect(net1?.help?.markdown).toContain("new aws.ec2.SecurityGroup('app'");
    expect(net1?.help?.markdown).not.toContain('allowAllOutbound: false');
    const helpOf = (engine: 'cdk' | 'cloudformation') => parse(renderSarif(cfnReport({ fixEngine: engine }))).runs[0].tool.driver.rules?.find((r) => r.id === 'NET1')?.help?.markdown;
    expect(helpOf('cdk')).toContain('allowAllOutbound: false');
    expect(helpOf('cdk')).not.toContain('new aws.ec2');
    expect(helpOf('cloudformation')).toContain('Type: AWS::EC2::SecurityGroup');
    expect(helpOf('cloudformation')).not.toContain('allowAllOutbound: false');
    expect(net1?.defaultConfiguration?.level).toBe('error');
    expect(rules.find((r) => r.id === 'TLS2')?.defaultConfiguration?.level).toBe('warning');
    // Every result points at its rule by index, too.
    for (const r of resultsOf(parse(renderSarif(cfnReport())))) expect(rules[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
  });

  it('maps enforcement to levels: mandatory error, advisory warning, unknown note; leaves passes and not applicable out', () => {
    const log = parse(renderSarif(pulumiReport()));
    expect(byRule(log, 'TLS1').map((r) => r.level)).toEqual(['error']);
    expect(byRule(log, 'TLS2').map((r) => r.level)).toEqual(['warning']);
    expect(byRule(log, 'DATA3').map((r) => [r.level, r.kind])).toEqual([['note', 'review']]);
    expect(byRule(log, 'HDR1')[0].message.text).toMatch(/^the check could not run/);
    expect(byRule(log, 'TLS3')).toHaveLength(2);
    const cfn = parse(renderSarif(cfnReport()));
    expect(byRule(cfn, 'DATA1')).toEqual([]);
    expect(byRule(cfn, 'TLS5')).toEqual([]);
  });

  it('locates template resources by file, line and column, and Pulumi resources at the entry file', () => {
    const cfn = parse(renderSarif(cfnReport()));
    const tls3 = byRule(cfn, 'TLS3')[0].locations?.[0];
    expect(tls3?.physicalLocation).toEqual({ artifactLocation: { uri: 'cdk.out/Edge.template.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 5 } });
    expect(tls3?.logicalLocations).toEqual([{ name: 'Cdn1A2B', fullyQualifiedName: 'Edge/Cdn1A2B', kind: 'resource' }]);
    const pulumi = parse(renderSarif(pulumiReport()));
    const tls1 = byRule(pulumi, 'TLS1')[0].locations?.[0];
    expect(tls1?.physicalLocation).toEqual({ artifactLocation: { uri: 'examples/shop/index.ts', uriBaseId: '%SRCROOT%' } });
    expect(tls1?.logicalLocations?.[0].fullyQualifiedName).toBe('urn:pulumi:dev::shop::aws:cloudfront/distribution:Distribution::cdn');
    // A stack-level finding of a cdk.out scan has no resource position: it points at what was scanned.
    expect(byRule(cfn, 'LOG1')[0].locations?.[0].physicalLocation).toEqual({ artifactLocation: { uri: 'cdk.out', uriBaseId: '%SRCROOT%' } });
  });

  it('ranks rules for GitHub by security-severity: mandatory high (8.0), advisory medium (5.0)', () => {
    const rules = parse(renderSarif(pulumiReport())).runs[0].tool.driver.rules ?? [];
    for (const r of rules) {
      const requirement = REQUIREMENTS.find((q) => q.id === r.id);
      expect(r.properties?.['security-severity']).toBe(SECURITY_SEVERITY[requirement?.enforcement ?? 'advisory']);
    }
    expect(rules.find((r) => r.id === 'NET1')?.properties?.['security-severity']).toBe('8.0');
    expect(rules.find((r) => r.id === 'TLS2')?.properties?.['security-severity']).toBe('5.0');
  });

  it('writes paths relative to %SRCROOT%, the repository root, whichever directory the CLI ran in; a file outside it stays absolute', () => {
    const log = parse(renderSarifAt(cfnReport(), { root: '/repo', cwd: '/repo/infra' }));
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(byRule(log, 'TLS3')[0].locations?.[0].physicalLocation?.artifactLocation).toEqual({ uri: 'infra/cdk.out/Edge.template.json', uriBaseId: '%SRCROOT%' });
    const outside = parse(renderSarifAt(cfnReport(), { root: '/elsewhere', cwd: '/repo' }));
    expect(byRule(outside, 'TLS3')[0].locations?.[0].physicalLocation?.artifactLocation).toEqual({ uri: 'file:///repo/cdk.out/Edge.template.json' });
    // A name that needs escaping in a URI gets it; the schema still validates.
    const odd = cfnReport({ locations: { byKey: { 'Edge/Cdn1A2B': { file: 'my stacks/Edge#1.json', line: 2 } } } });
    expect(byRule(parse(renderSarif(odd)), 'TLS3')[0].locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('my%20stacks/Edge%231.json');
    expect(sarifSchemaErrors(renderSarif(odd))).toEqual([]);
  });

  it('reports exemptions as suppressions with their reason and until, and lists the exemptions in force', () => {
    const log = parse(renderSarif(pulumiReport()));
    expect(byRule(log, 'DATA1')[0].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'public downloads bucket <reviewed>', properties: { until: '2099-12-31' } }]);
    expect(log.runs[0].properties?.exemptions).toEqual([
      { requirement: 'DATA1', resource: expect.objectContaining({ name: 'uploads' }), reason: 'public downloads bucket <reviewed>', until: '2099-12-31' },
    ]);
    const cfn = parse(renderSarif(cfnReport()));
    expect(byRule(cfn, 'NET1')[0].suppressions?.[0]).toEqual({ kind: 'inSource', status: 'accepted', justification: 'egress proxy "squid" filters by domain' });
  });

  it('keeps fingerprints stable across runs and distinct per behavior', () => {
    const a = byRule(parse(renderSarif(pulumiReport())), 'TLS3').map((r) => r.partialFingerprints);
    const b = byRule(parse(renderSarif(pulumiReport({ source: 'elsewhere' }))), 'TLS3').map((r) => r.partialFingerprints);
    expect(a).toEqual(b);
    expect(a[0]).not.toEqual(a[1]);
  });
});

describe('SARIF from the commands', () => {
  const only = (ids: string[]) => tempFile('policy-config.json', Object.fromEntries(REQUIREMENTS.filter((r) => !ids.includes(r.id)).map((r) => [r.id, 'disabled'])));

  it('preview of a program writes schema-valid SARIF to --output, each result at the line that constructed its resource', () => {
    const out = path.join(tempDir('mg-sarif-'), 'preview.sarif');
    const program = path.join(ROOT, 'test', 'fixtures', 'programs', 'cloudfront-mixed');
    const r = runCli(['preview', program, '--format', 'sarif', '--output', out, '--policy-config', only(['TLS1'])]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    const text = fs.readFileSync(out, 'utf8');
    expect(sarifSchemaErrors(text)).toEqual([]);
    const results = resultsOf(parse(text)).filter((x) => x.ruleId === 'TLS1');
    expect(results.map((x) => x.locations?.[0].logicalLocations?.[0].name).sort()).toEqual(['default-cert', 'from-config', 'no-minimum']);
    const source = fs.readFileSync(path.join(program, 'index.ts'), 'utf8').split('\n');
    for (const x of results) {
      const at = x.locations?.[0].physicalLocation;
      expect(at?.artifactLocation).toEqual({ uri: 'test/fixtures/programs/cloudfront-mixed/index.ts', uriBaseId: '%SRCROOT%' });
      // Each resource at the line that constructed it.
      expect(source[(at?.region?.startLine ?? 0) - 1]).toMatch(/new aws\.cloudfront\.Distribution/);
    }
  });

  it('scan of a template writes schema-valid SARIF with the resource line and column', () => {
    const template = tempFile(
      'web.template.json',
      JSON.stringify(
        {
          Resources: {
            Cdn: {
              Type: 'AWS::CloudFront::Distribution',
              Properties: { DistributionConfig: { Enabled: true, DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'allow-all' } } },
            },
          },
        },
        null,
        2,
      ),
    );
    const r = runCli(['scan', template, '--format', 'sarif', '--policy-config', only(['TLS3'])]);
    expect(r.stderr).toBe('');
    expect(sarifSchemaErrors(r.stdout)).toEqual([]);
    const tls3 = resultsOf(parse(r.stdout)).filter((x) => x.ruleId === 'TLS3');
    expect(tls3.length).toBeGreaterThan(0);
    expect(tls3[0].level).toBe('error');
    expect(tls3[0].locations?.[0].physicalLocation?.region).toEqual({ startLine: 3, startColumn: 5 });
    expect(r.code).toBe(1);
  });
});
