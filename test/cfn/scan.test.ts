/** `marketplace-guardrails scan` end to end: templates in JSON and YAML, cdk.out folders, exemptions, bad input. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReport, runCli, tempDir, tempFile } from '../support/cli';

const DEFAULT_CERT_DISTRIBUTION = {
  Type: 'AWS::CloudFront::Distribution',
  Properties: { DistributionConfig: { Enabled: true, ViewerCertificate: { CloudFrontDefaultCertificate: true } } },
};

function template(resources: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { AWSTemplateFormatVersion: '2010-09-09', ...extra, Resources: resources };
}

/** `requirement logicalId status` of one requirement's findings. */
const lines = (r: ReturnType<typeof runCli>, id: string) =>
  parseReport(r)
    .findings.filter((f) => f.requirement === id)
    .map((f) => `${f.requirement} ${f.resource.key ?? f.resource.name} ${f.status}`)
    .sort();

describe('scan', () => {
  it('checks a JSON template and exits 1 on a mandatory failure', () => {
    const file = tempFile('app.template.json', template({ Cdn: DEFAULT_CERT_DISTRIBUTION }));
    const r = runCli(['scan', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(lines(r, 'TLS1')).toEqual(['TLS1 Cdn fail']);
  });

  it('reads YAML with short-form intrinsics: a Ref to a parameter with one allowed value is judged, one without is unknown', () => {
    const yaml = [
      'Parameters:',
      '  Floor: {Type: String, Default: TLSv1.2_2021, AllowedValues: [TLSv1.2_2021]}',
      '  Unset: {Type: String}',
      'Resources:',
      '  Good:',
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        Enabled: true',
      '        ViewerCertificate: {AcmCertificateArn: !Sub "arn:aws:acm:us-east-1:${AWS::AccountId}:certificate/x", MinimumProtocolVersion: !Ref Floor, SslSupportMethod: sni-only}',
      '  Later:',
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        Enabled: true',
      '        ViewerCertificate: {AcmCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x, MinimumProtocolVersion: !Ref Unset}',
    ].join('\n');
    const r = runCli(['scan', tempFile('app.yaml', yaml), '--format', 'json']);
    expect(lines(r, 'TLS1')).toEqual(['TLS1 Good pass', 'TLS1 Later unknown']);
    expect(parseReport(r).findings.find((f) => f.status === 'unknown' && f.requirement === 'TLS1')?.message).toContain('Unset');
  });

  it('honours exemptions in template metadata, ours and cdk-nag acknowledgements, and lets a lapsed one fail again', () => {
    const exempt = (metadata: unknown) => ({ ...DEFAULT_CERT_DISTRIBUTION, Metadata: metadata });
    const file = tempFile(
      'app.template.json',
      template({
        Ours: exempt({ 'marketplace-guardrails': { exempt: [{ id: 'TLS1', reason: 'internal preview distribution' }] } }),
        Nag: exempt({
          cdk_nag: {
            rules_to_suppress: [
              { id: 'Marketplace-TLS1', reason: 'acknowledged in CDK' },
              { id: 'AwsSolutions-CFR4', reason: 'other pack' },
            ],
          },
        }),
        Lapsed: exempt({ 'marketplace-guardrails': { exempt: [{ id: 'Marketplace-TLS1', reason: 'was temporary', until: '2020-01-31' }] } }),
      }),
    );
    const r = runCli(['scan', file, '--format', 'json']);
    expect(lines(r, 'TLS1')).toEqual(['TLS1 Lapsed fail', 'TLS1 Nag exempt', 'TLS1 Ours exempt']);
    expect(parseReport(r).findings.find((f) => f.resource.name === 'Ours' && f.requirement === 'TLS1')?.exemption).toEqual({ reason: 'internal preview distribution' });
  });

  it('refuses a metadata exemption without a reason: one line, exit 2', () => {
    const file = tempFile('app.template.json', template({ Cdn: { ...DEFAULT_CERT_DISTRIBUTION, Metadata: { 'marketplace-guardrails': { exempt: [{ id: 'TLS1' }] } } } }));
    const r = runCli(['scan', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Resources\.Cdn\.Metadata\.marketplace-guardrails\.exempt\[0\].*needs a "reason"/);
  });

  it('applies the policy config preview takes: levels, parameters and exemptions by requirement ID', () => {
    const file = tempFile('app.template.json', template({ Cdn: DEFAULT_CERT_DISTRIBUTION }));
    const config = tempFile('policy.json', { TLS1: 'advisory', 'shared-exemptions': { exemptions: [{ requirement: 'TLS3', resource: 'Cdn', reason: 'redirect handled by the app' }] } });
    const report = parseReport(runCli(['scan', file, '--format', 'json', '--policy-config', config]));
    expect(report.findings.find((f) => f.requirement === 'TLS1')?.enforcement).toBe('advisory');
    expect(report.findings.find((f) => f.requirement === 'TLS3')?.status).toBe('exempt');
  });

  it('scans every stack of a cdk.out (nested stages included), keys prefixed by stack', () => {
    const out = tempDir('mg-cdk-out-');
    const write = (rel: string, doc: unknown) => {
      fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
      fs.writeFileSync(path.join(out, rel), JSON.stringify(doc));
    };
    write('manifest.json', {
      version: '36.0.0',
      artifacts: {
        Web: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Web.template.json' } },
        Prod: { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Prod' } },
        Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
      },
    });
    write('Web.template.json', template({ Cdn: DEFAULT_CERT_DISTRIBUTION }));
    write('assembly-Prod/manifest.json', {
      version: '36.0.0',
      artifacts: { ProdWeb: { type: 'aws:cloudformation:stack', displayName: 'Prod/Web', properties: { templateFile: 'ProdWeb.template.json' } } },
    });
    write('assembly-Prod/ProdWeb.template.json', template({ Cdn: DEFAULT_CERT_DISTRIBUTION }));
    const r = runCli(['scan', out, '--format', 'json']);
    expect(lines(r, 'TLS1')).toEqual(['TLS1 Prod/Web/Cdn fail', 'TLS1 Web/Cdn fail']);
  });

  it.each([
    ['a malformed YAML template (file:line:col)', 'bad.yaml', 'Resources:\n  A: {Type: "AWS::S3::Bucket"\n', /bad\.yaml:\d+:\d+: /],
    ['malformed JSON', 'bad.json', '{"Resources": {"A": }', /bad\.json:1:\d+: /],
    ['an empty file', 'empty.json', '', /empty\.json: the template is empty/],
    ['a binary file', 'bin.json', Buffer.from([0, 1, 2, 255]).toString('latin1'), /bin\.json: /],
    ['a template without Resources', 'none.json', '{"Parameters": {}}', /no Resources mapping/],
  ])('refuses %s with one line and exit 2', (_what, name, content, message) => {
    const r = runCli(['scan', tempFile(name, content)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a missing path, an empty folder and an unknown flag with one line and exit 2', () => {
    for (const args of [
      ['scan', '/nonexistent/template.json'],
      ['scan', tempDir('mg-empty-')],
      ['scan', 'x.json', '--fast'],
    ]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
