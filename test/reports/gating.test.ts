/**
 * Exit codes by --fail-on, report options refused with one line, and exemptions across the report
 * formats: in force until their date, failing again after it, refused without a reason.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REQUIREMENTS } from '../../src/catalog';
import { gates } from '../../src/cli/report-options';
import { renderJunit } from '../../src/cli/reports/junit';
import { renderMarkdown } from '../../src/cli/reports/markdown';
import { renderSarif } from '../../src/cli/reports/sarif';
import { renderText } from '../../src/cli/reports/text';
import { Finding } from '../../src/core/findings';
import { Report } from '../../src/core/report';
import { runCli, tempDir, tempFile } from '../support/cli';

const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const DIST = 'aws:cloudfront/distribution:Distribution';
const acm = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';

function distribution(name: string, viewerCertificate: Record<string, unknown>) {
  const props = { enabled: true, viewerCertificate };
  return { urn: `urn:pulumi:prod::shop::${DIST}::${name}`, type: DIST, custom: true, inputs: props, outputs: props };
}

/** TLS1 fails mandatory on `default-cert`; TLS2 (advisory) fails on `old-ciphers`; `unknown-minimum` is unknown. */
const exportFile = tempFile('export.json', {
  version: 3,
  deployment: {
    resources: [
      { urn: 'urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod', type: 'pulumi:pulumi:Stack', custom: false },
      distribution('default-cert', { cloudfrontDefaultCertificate: true }),
      distribution('old-ciphers', { acmCertificateArn: acm, minimumProtocolVersion: 'TLSv1.2_2019' }),
      distribution('unknown-minimum', { acmCertificateArn: acm, minimumProtocolVersion: UNKNOWN }),
    ],
  },
});

function config(only: string[], extra: Record<string, unknown> = {}): string {
  return tempFile('policy-config.json', { ...Object.fromEntries(REQUIREMENTS.filter((r) => !only.includes(r.id)).map((r) => [r.id, 'disabled'])), ...extra });
}

const preview = (args: string[], policyConfig = config(['TLS1', 'TLS2'])) => runCli(['preview', '--stack-export', exportFile, '--policy-config', policyConfig, ...args]);

describe('--fail-on', () => {
  const finding = (status: Finding['status'], enforcement: Finding['enforcement']): Finding => ({ requirement: 'TLS1', status, enforcement, resource: { type: DIST, name: 'x' }, message: 'm' });

  it('gates mandatory fails and errors by default, any fail or error with advisory, nothing with never; never an unknown', () => {
    expect(gates(finding('fail', 'mandatory'), 'mandatory')).toBe(true);
    expect(gates(finding('error', 'mandatory'), 'mandatory')).toBe(true);
    expect(gates(finding('fail', 'advisory'), 'mandatory')).toBe(false);
    expect(gates(finding('fail', 'advisory'), 'advisory')).toBe(true);
    expect(gates(finding('error', 'advisory'), 'advisory')).toBe(true);
    expect(gates(finding('unknown', 'mandatory'), 'advisory')).toBe(false);
    expect(gates(finding('exempt', 'mandatory'), 'advisory')).toBe(false);
    expect(gates(finding('fail', 'mandatory'), 'never')).toBe(false);
  });

  it('decides the exit code of preview; the summary line counts unknowns apart, never as passes', () => {
    const r = preview([]);
    expect(r.code).toBe(1);
    // TLS1: default-cert fails, unknown-minimum unknown; TLS2: default-cert and old-ciphers fail, unknown-minimum unknown.
    expect(r.stdout.trim().split('\n').pop()).toBe('1 mandatory failures, 2 advisory failures, 2 unknown, 0 errors, 0 exempt');
    expect(preview(['--format', 'json', '--fail-on', 'never']).code).toBe(0);
    expect(preview(['--format', 'json', '--fail-on', 'advisory'], config(['TLS2'])).code).toBe(1);
  });
});

describe('report options refused with one line and exit 2', () => {
  it.each([
    [['--format', 'json', '--check', 'TLS1,TSL2'], '--check: TSL2 is not a requirement ID (did you mean TLS2?)'],
    [['--format', 'pdf'], "option '--format <format>' argument 'pdf' is invalid. Allowed choices are text, json, sarif, junit, markdown, github."],
    [['--format', 'markdown', '--marketplace', 'jira'], "option '--marketplace <name>' argument 'jira' is invalid. Allowed choices are atlassian, miro, trello, all."],
    [['--fail-on', 'sometimes'], "option '--fail-on <level>' argument 'sometimes' is invalid. Allowed choices are mandatory, advisory, never."],
    [['--output', path.join(tempDir('mg-out-'), 'missing', 'r.json')], 'cannot write the report to'],
  ])('%j', (args, message) => {
    const r = preview(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain(message);
  });
});

describe('exemptions in the reports', () => {
  const exempt = (until: string) => config(['TLS1'], { 'shared-exemptions': { exemptions: [{ requirement: 'TLS1', resource: 'default-cert', reason: 'internal admin distribution', until }] } });

  it('are in force up to their until date: exempt, exit 0, listed in every format', () => {
    const r = preview(['--format', 'json', '--now', '2027-03-31'], exempt('2027-03-31'));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Omit<Report, 'locations'> & { exemptions: unknown[] };
    expect(json.exemptions).toEqual([{ requirement: 'TLS1', resource: expect.objectContaining({ name: 'default-cert' }), reason: 'internal admin distribution', until: '2027-03-31' }]);
    // The same run in the other formats (renderers are pure functions of the report).
    const report: Report = { ...json, locations: { byKey: {} } };
    expect(renderText(report, false)).toContain('exemptions in force:\n  TLS1 on default-cert (aws:cloudfront/distribution:Distribution): internal admin distribution, until 2027-03-31');
    expect(renderSarif(report)).toContain('"justification": "internal admin distribution"');
    expect(renderJunit(report, (f) => gates(f, 'mandatory'))).toContain('<property name="exemption default-cert" value="internal admin distribution (until 2027-03-31)"/>');
    expect(renderMarkdown(report, ['atlassian'])).toContain('| TLS1 | `default-cert` (aws:cloudfront/distribution:Distribution) | internal admin distribution | 2027-03-31 |');
  });

  it('fail again after their until date and are no longer listed', () => {
    const r = preview(['--format', 'json', '--now', '2027-04-01'], exempt('2027-03-31'));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { exemptions: unknown[]; findings: Finding[] };
    expect(report.exemptions).toEqual([]);
    expect(report.findings.filter((f) => f.requirement === 'TLS1' && f.resource.name === 'default-cert').map((f) => `${f.status} ${f.enforcement}`)).toEqual(['fail mandatory']);
  });

  it('are refused without a reason, naming the exemption', () => {
    const cfg = config(['TLS1'], { 'shared-exemptions': { exemptions: [{ requirement: 'TLS1', resource: 'default-cert', reason: '  ' }] } });
    const out = path.join(tempDir('mg-out-'), 'report.sarif');
    const r = preview(['--format', 'sarif', '--output', out], cfg);
    expect(r.code).toBe(2);
    // The CLI's schema accepts a blank reason; the pack refuses it at Configure, so `pulumi preview` would too.
    expect(r.stderr).toMatch(
      /^marketplace-guardrails: policy config \S+policy-config\.json: configuring policy pack "marketplace-guardrails" at "[^"]+": shared-exemptions: exemptions\.0: the exemption for TLS1 on default-cert needs a "reason"\n$/,
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});
