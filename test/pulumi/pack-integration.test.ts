/**
 * The policy pack behind the real runner (`@pulumi/pulumi/cmd/run-policy-pack`), driven over gRPC the
 * way the engine drives it: mandatory and advisory violations, unknown values, config overrides,
 * exemptions, bad config and remediation.
 */
import * as path from 'node:path';
import { REQUIREMENTS } from '../../src/catalog';
import { ROOT, findingLines, parseReport, runCli, tempFile } from '../support/cli';

const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const DIST = 'aws:cloudfront/distribution:Distribution';
const urn = (name: string) => `urn:pulumi:prod::shop::${DIST}::${name}`;
const acm = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';

function distribution(name: string, viewerCertificate: Record<string, unknown>) {
  const props = { enabled: true, viewerCertificate };
  return { urn: urn(name), type: DIST, custom: true, inputs: props, outputs: props };
}

/** A `pulumi stack export` file holding the given resources. */
function stackExport(...resources: object[]): string {
  return tempFile('export.json', {
    version: 3,
    deployment: {
      resources: [{ urn: 'urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod', type: 'pulumi:pulumi:Stack', custom: false }, ...resources],
    },
  });
}

const exportFile = stackExport(
  distribution('default-cert', { cloudfrontDefaultCertificate: true }),
  distribution('good', { acmCertificateArn: acm, minimumProtocolVersion: 'TLSv1.2_2021' }),
  distribution('unknown-minimum', { acmCertificateArn: acm, minimumProtocolVersion: UNKNOWN }),
  distribution('absent-minimum', { acmCertificateArn: acm }),
);

/** The fixtures are bare distributions: every requirement but TLS1 is disabled so exit codes speak of TLS1 alone. */
const ONLY_TLS1: Record<string, unknown> = Object.fromEntries(REQUIREMENTS.filter((r) => r.id !== 'TLS1').map((r) => [r.id, 'disabled']));

function preview(policyConfig: Record<string, unknown> = {}, extra: string[] = []) {
  const args = ['preview', '--stack-export', exportFile, '--format', 'json', ...extra];
  args.push('--policy-config', tempFile('policy-config.json', { ...ONLY_TLS1, ...policyConfig }));
  return runCli(args);
}

describe('the policy pack over the analyzer protocol', () => {
  it('reports mandatory violations at mandatory and unknown values through the advisory companion, exit 1', () => {
    const r = preview();
    expect(r.code).toBe(1);
    const report = parseReport(r);
    expect(findingLines(report, 'TLS1')).toEqual(['TLS1 absent-minimum fail mandatory', 'TLS1 default-cert fail mandatory', 'TLS1 unknown-minimum unknown advisory']);
    expect(report.findings.find((f) => f.status === 'unknown')?.message).toContain('viewerCertificate.minimumProtocolVersion');
    // A requirement ID disables all its policies: LOG1 names its resource policy and also covers LOG1-stack.
    expect(report.findings.filter((f) => f.requirement !== 'TLS1')).toEqual([]);
  });

  it('applies a config override: a requirement set to advisory no longer blocks (exit 0)', () => {
    const r = preview({ TLS1: 'advisory' });
    expect(r.code).toBe(0);
    expect(findingLines(parseReport(r), 'TLS1')).toEqual(['TLS1 absent-minimum fail advisory', 'TLS1 default-cert fail advisory', 'TLS1 unknown-minimum unknown advisory']);
  });

  it('silences the requirement and its companion when disabled', () => {
    const r = preview({ TLS1: { enforcementLevel: 'disabled' } });
    expect(findingLines(parseReport(r), 'TLS1')).toEqual([]);
  });

  it('reports exempted resources as exempt with their reason, and only those', () => {
    const r = preview({ TLS1: { exemptions: [{ resource: '*-minimum', reason: 'migrating to the new domain in Q1', until: '2099-12-31' }] } });
    const report = parseReport(r);
    expect(findingLines(report, 'TLS1')).toEqual(['TLS1 absent-minimum exempt advisory', 'TLS1 default-cert fail mandatory', 'TLS1 unknown-minimum exempt advisory']);
    expect(report.findings.find((f) => f.requirement === 'TLS1' && f.resource.name === 'absent-minimum')?.exemption).toEqual({ reason: 'migrating to the new domain in Q1', until: '2099-12-31' });
  });

  it('lets an exemption lapse after its until date', () => {
    const r = preview({ TLS1: { exemptions: [{ resource: 'absent-minimum', reason: 'was temporary', until: '2020-01-31' }] } });
    expect(findingLines(parseReport(r), 'TLS1')).toContain('TLS1 absent-minimum fail mandatory');
  });

  it.each([
    // Refused by the CLI's own checks (src/config/policy-pack-config.ts), in its words ...
    [{ TLS1: { exemptions: [{ resource: 'good' }] } }, /validating policy config: marketplace-guardrails \S+ {2}TLS1: exemptions\.0: reason is required/],
    [{ TLS1: 'strict' }, /parsing enforcement level for "TLS1": "strict" is not a valid enforcement level/],
    [
      { exemptions: [{ requirement: 'TLS1', resource: 'default-cert', reason: 'r' }] },
      /parsing "exemptions": \[map\[reason:r requirement:TLS1 resource:default-cert\]\] is not a valid value; must be a string or object/,
    ],
    // ... and by the pack at Configure, which the real CLI reports the same way.
    [{ TLS1: { maxRotationDays: 3 } }, /configuring policy pack "marketplace-guardrails" at "[^"]+": TLS1: unknown setting "maxRotationDays"/],
    [{ TLS99: 'advisory' }, /"TLS99" is not a policy of this pack/],
    [{ 'DATA1-stack': 'disabled' }, /"DATA1-stack" follows "DATA1": configure the requirement by its ID/],
  ])('refuses bad config %j with one line and exit 2', (config, message) => {
    const r = preview(config);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('remediates through the Remediate RPC at the remediate level, then analyzes the fixed props', () => {
    const r = preview({ TLS1: 'remediate' });
    const report = parseReport(r);
    expect(report.remediations.map((m) => `${m.requirement} ${m.resource.name}`)).toEqual(['TLS1 absent-minimum']);
    // The default certificate cannot be fixed by a setting: it still fails, at mandatory.
    expect(findingLines(report, 'TLS1')).toEqual(['TLS1 default-cert fail mandatory', 'TLS1 unknown-minimum unknown advisory']);
  });

  it('remediates a program during preview', () => {
    const r = runCli(['preview', path.join(ROOT, 'test', 'fixtures', 'programs', 'cloudfront-mixed'), '--format', 'json', '--policy-config', tempFile('c.json', { TLS1: 'remediate' })]);
    const report = parseReport(r);
    expect(report.remediations.map((m) => m.resource.name).sort()).toEqual(['from-config', 'no-minimum']);
    expect(findingLines(report, 'TLS1')).toEqual(['TLS1 default-cert fail mandatory']);
  });
});

describe('shared exemptions in the policy config', () => {
  it('joins the exemptions under shared-exemptions to their requirement’s policies', () => {
    const r = preview({ 'shared-exemptions': { exemptions: [{ requirement: 'TLS1', resource: 'default-cert', reason: 'internal admin distribution' }] } });
    expect(findingLines(parseReport(r), 'TLS1')).toContain('TLS1 default-cert exempt advisory');
  });

  it('refuses a shared exemption without a reason or for no requirement, naming it', () => {
    for (const [item, message] of [
      [{ requirement: 'TLS1', resource: 'default-cert' }, 'shared-exemptions: exemptions.0: reason is required'],
      [{ requirement: 'TLS0', resource: 'default-cert', reason: 'r' }, 'shared-exemptions: exemptions.0.requirement: exemptions.0.requirement must be one of the following: "TLS1"'],
    ] as const) {
      const r = preview({ 'shared-exemptions': { exemptions: [item] } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});

describe('a requirement configured by its ID through the CLI’s merge and the pack’s Configure', () => {
  const BUCKET = 'aws:s3/bucket:Bucket';
  const bucketExport = stackExport({ urn: `urn:pulumi:prod::shop::${BUCKET}::uploads`, type: BUCKET, custom: true, inputs: { bucket: 'uploads' }, outputs: { bucket: 'uploads' } });
  const run = (config: Record<string, unknown>) => parseReport(runCli(['preview', '--stack-export', bucketExport, '--format', 'json', '--policy-config', tempFile('c.json', config)]));

  it('silences all the requirement’s policies when its ID is disabled (its -stack part included)', () => {
    expect(run({}).findings.some((f) => f.requirement === 'DATA1')).toBe(true);
    const report = run({ DATA1: 'disabled' });
    expect(report.findings.filter((f) => f.requirement === 'DATA1')).toEqual([]);
  });

  it('sets the level of every policy of the requirement', () => {
    const levels = run({ DATA1: 'advisory' })
      .findings.filter((f) => f.requirement === 'DATA1')
      .map((f) => f.enforcement);
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).toEqual(new Set(['advisory']));
  });
});
