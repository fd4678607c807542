/**
 * The pack judges through the engine's `evaluate`, and its findings reach the offline preview whole
 * (status, part of the resource, message, exemption) over the analyzer protocol; its companion
 * policies share nothing across packs.
 */
import type { ReportViolation, ResourceValidationArgs, ResourceValidationPolicy } from '@pulumi/policy';
import { evaluate } from '../../src/core/engine';
import { Finding } from '../../src/core/findings';
import { runPreview } from '../../src/pulumi/offline/preview';
import { buildPolicies } from '../../src/pulumi/pack/policies';
import { readExemptions, readViolation } from '../../src/pulumi/pack/diagnostics';
import { RULES } from '../../src/rules';
import { tempFile } from '../support/cli';
import { TestResource, UNKNOWN, pulumiFacts, urnOf } from '../support/pulumi-stack';

const NOW = '2026-12-01T00:00:00Z';
const ACM = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';
const DIST = 'aws:cloudfront/distribution:Distribution';

/** Findings with parts (cache behaviors), unknown values, advisory parts, stack-level findings and an exemption. */
const RESOURCES: TestResource[] = [
  {
    type: DIST,
    name: 'cdn',
    props: {
      enabled: true,
      viewerCertificate: { cloudfrontDefaultCertificate: true },
      defaultCacheBehavior: { targetOriginId: 'app', viewerProtocolPolicy: 'allow-all', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'] },
      orderedCacheBehaviors: [
        { pathPattern: '/api/*', targetOriginId: 'app', viewerProtocolPolicy: 'https-only', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'] },
        { pathPattern: '/x/*', targetOriginId: 'app', viewerProtocolPolicy: UNKNOWN, allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'] },
      ],
      origins: [{ originId: 'app', domainName: 'app.example.com', customOriginConfig: { originProtocolPolicy: 'http-only', httpPort: 80, httpsPort: 443, originSslProtocols: ['TLSv1'] } }],
    },
  },
  {
    type: DIST,
    name: 'edge',
    props: {
      enabled: true,
      viewerCertificate: { acmCertificateArn: ACM, minimumProtocolVersion: UNKNOWN },
      orderedCacheBehaviors: [{ pathPattern: '/y/*', targetOriginId: 'app', viewerProtocolPolicy: UNKNOWN, allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'] }],
    },
  },
  { type: 'aws:s3/bucket:Bucket', name: 'data', props: { bucket: 'data-bucket' } },
];

const EXEMPTION = { resource: 'cdn', reason: 'internal preview distribution', until: '2099-12-31' };

function stackExport(): string {
  const resource = (r: TestResource) => ({ urn: urnOf(r), type: r.type, custom: true, inputs: r.props, outputs: r.props });
  return tempFile('export.json', {
    version: 3,
    deployment: { resources: [{ urn: 'urn:pulumi:test::app::pulumi:pulumi:Stack::app-test', type: 'pulumi:pulumi:Stack', custom: false }, ...RESOURCES.map(resource)] },
  });
}

/**
 * What both sides must agree on. Levels of failures and errors only: the pack reports unknown values
 * through its advisory companions (so they never block `pulumi up`) and an exempt finding gates nothing.
 */
const line = (f: Finding) =>
  [f.requirement, f.status, f.status === 'fail' || f.status === 'error' ? f.enforcement : '', f.resource.name, f.detail ?? '', f.message, f.exemption ? JSON.stringify(f.exemption) : ''].join(' | ');

describe('the pack judges through evaluate', () => {
  it('reports through the analyzer protocol exactly the findings evaluate gives for the same resources', async () => {
    const report = await runPreview({ stackExport: stackExport(), now: NOW, policyConfig: { TLS3: { exemptions: [EXEMPTION] } } });
    const expected = evaluate(pulumiFacts(RESOURCES), RULES, {
      now: new Date(NOW),
      exemptions: [{ requirement: 'TLS3', ...EXEMPTION }],
    }).filter((f) => f.status !== 'pass' && f.status !== 'not-applicable');
    const got = report.findings.map(line).sort();
    expect(got).toEqual(expected.map(line).sort());
    // The fixture exercises what the old prose prefixes lost: parts, unknowns, exemptions of a part.
    expect(report.findings.some((f) => f.detail !== undefined && f.status === 'fail')).toBe(true);
    expect(report.findings.some((f) => f.status === 'unknown' && f.detail !== undefined)).toBe(true);
    expect(report.findings.some((f) => f.status === 'exempt' && f.detail !== undefined)).toBe(true);
    expect(report.findings.some((f) => f.resource.key === undefined)).toBe(true);
  }, 60_000);
});

describe('companion policies', () => {
  const edge = RESOURCES[1];
  const policyOf = (policies: ReturnType<typeof buildPolicies>, name: string) => {
    const p = policies.find((x) => x.name === name);
    if (!p || !('validateResource' in p)) throw new Error(`no resource policy ${name}`);
    return p as ResourceValidationPolicy & { validateResource: (a: ResourceValidationArgs, r: ReportViolation) => Promise<void> | void };
  };
  /** Runs a resource policy as the runner does (awaiting it: the pack's validations are async); returns what it reported and its not-applicable reason. */
  async function run(policy: ReturnType<typeof policyOf>, config: Record<string, unknown> = {}): Promise<{ reported: string[]; notApplicable?: string }> {
    const reported: string[] = [];
    let notApplicable: string | undefined;
    const args = {
      type: edge.type,
      urn: urnOf(edge),
      name: edge.name,
      props: edge.props,
      getConfig: () => config,
      notApplicable: (reason?: string) => {
        notApplicable = reason;
        throw new Error('not applicable');
      },
    } as unknown as ResourceValidationArgs;
    try {
      await policy.validateResource(args, (message) => reported.push(message));
    } catch (e) {
      if (notApplicable === undefined) throw e;
    }
    return { reported, notApplicable };
  }
  const options = { now: () => new Date(NOW) };

  it('report what their main policy found for the same resource, once', async () => {
    const pack = buildPolicies(RULES, options);
    expect((await run(policyOf(pack, 'TLS1'))).reported).toEqual([]);
    const companion = (await run(policyOf(pack, 'TLS1-advisory'))).reported.map(readViolation);
    expect(companion).toEqual([expect.objectContaining({ status: 'unknown' })]);
    expect((await run(policyOf(pack, 'TLS1-advisory'))).reported).toEqual([]);
  });

  it('are silent when their main policy did not run, even if another pack in the process ran it', async () => {
    const first = buildPolicies(RULES, options);
    const second = buildPolicies(RULES, options);
    await run(policyOf(first, 'TLS1'));
    expect((await run(policyOf(second, 'TLS1-advisory'))).reported).toEqual([]);
  });

  it('follow the main policy’s config, not their own: its exemption covers the unknown value', async () => {
    const pack = buildPolicies(RULES, options);
    const main = await run(policyOf(pack, 'TLS1'), { exemptions: [{ resource: 'edge', reason: 'certificate set by the platform team' }] });
    expect(readExemptions(main.notApplicable ?? '')).toEqual([expect.objectContaining({ key: urnOf(edge), exemption: { reason: 'certificate set by the platform team' } })]);
    expect((await run(policyOf(pack, 'TLS1-advisory'), {})).reported).toEqual([]);
  });
});
