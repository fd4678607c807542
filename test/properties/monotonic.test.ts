/**
 * Monotonic properties of the rules, through both adapters: making a resource stricter never turns a
 * pass into a fail, and opening it further never turns a fail into a pass. Each case is written once
 * as a model and rendered as Pulumi resources and as a CloudFormation template.
 */
import fc from 'fast-check';
import { EngineConfig } from '../../src/core/engine';
import { Finding, FindingStatus } from '../../src/core/findings';
import { Rule } from '../../src/core/rule';
import { CLOUDFRONT_DEFAULT_SECURITY_POLICY, CLOUDFRONT_SECURITY_POLICIES } from '../../src/facts/cloudfront-security-policies';
import { ELB_DEFAULT_SECURITY_POLICY, ELB_SECURITY_POLICIES } from '../../src/facts/elb-security-policies';
import { DATA2 } from '../../src/rules/data/DATA2-s3-no-public-grants';
import { HDR1, HSTS_MIN_MAX_AGE } from '../../src/rules/hdr/HDR1-hsts';
import { NET1 } from '../../src/rules/net/NET1-restricted-egress';
import { SEC2 } from '../../src/rules/sec/SEC2-secret-rotation';
import { TLS1 } from '../../src/rules/tls/TLS1-cloudfront-viewer-tls';
import { TLS5 } from '../../src/rules/tls/TLS5-listener-tls';
import { TLS7 } from '../../src/rules/tls/TLS7-s3-deny-insecure-transport';
import { CfnInput, CfnTestResource, runCfn } from '../support/cfn-stack';
import { TestResource, UNKNOWN, runPulumi } from '../support/pulumi-stack';
import { ACM_ARN, cfDistribution, cfHeadersPolicy, cfHttpsListener, cfLoadBalancer, cfSiteWith, distribution, headersPolicy, httpsListener, loadBalancer, siteWith } from '../parity/edge-fixtures';
import { S3, cfnBucket, cfnResource, pulumiBucket, pulumiResource } from '../parity/s3-fixtures';

const RUNS = { numRuns: 100 };

/** A case as both engines see it. */
interface Rendered {
  pulumi: TestResource[];
  cfn: CfnInput;
}

type Statuses = Map<string, FindingStatus>;

const byResource = (findings: Finding[]): Statuses => new Map(findings.map((f) => [`${f.resource.name}${f.detail ? `/${f.detail}` : ''}`, f.status]));

/** The statuses of each engine for a case, per `resource[/detail]`. */
function bothEngines(rule: Rule, c: Rendered, config?: EngineConfig): Statuses[] {
  return [byResource(runPulumi(rule, c.pulumi, config)), byResource(runCfn(rule, c.cfn, config))];
}

/** Findings with the `from` status the current test saw, so a property that never meets its premise fails too. */
let premises = 0;
beforeEach(() => {
  premises = 0;
});
afterEach(() => {
  expect(premises).toBeGreaterThan(0);
});

/** Fails the property when a finding that had status `from` before has status `to` after (in either engine). */
function never(from: FindingStatus, to: FindingStatus, rule: Rule, before: Rendered, after: Rendered, config?: EngineConfig): void {
  const b = bothEngines(rule, before, config);
  const a = bothEngines(rule, after, config);
  ['pulumi', 'cloudformation'].forEach((engine, i) => {
    for (const [key, status] of b[i]) {
      if (status !== from) continue;
      premises++;
      if (a[i].get(key) === to) throw new Error(`${rule.id} (${engine}): ${key} went from ${from} to ${to}`);
    }
  });
}

/** A boolean as either engine may write it, or not known until deployment. */
const loose = fc.constantFrom<unknown>(true, false, 'true', 'false', undefined, 'unknown');
const LATER = { Ref: 'Later' };
const pulumiValue = (v: unknown) => (v === 'unknown' ? UNKNOWN : v);
const cfnValue = (v: unknown) => (v === 'unknown' ? LATER : v);
/** A template with the parameter `Later`, which has no default, so a `Ref` to it is not known. */
const withLater = (Resources: Record<string, CfnTestResource>): CfnInput => ({ Parameters: { Later: { Type: 'String' } }, Resources });

describe('monotonic properties, through both adapters', () => {
  it('HDR1: raising a response headers policy accessControlMaxAgeSec never turns a pass into a fail', () => {
    const render = (maxAge: number, sub: unknown, override: unknown): Rendered => ({
      pulumi: [
        headersPolicy('Headers', { securityHeadersConfig: { strictTransportSecurity: { accessControlMaxAgeSec: maxAge, includeSubdomains: pulumiValue(sub), override: pulumiValue(override) } } }),
        siteWith('Site', 'Headers'),
      ],
      cfn: withLater({
        Headers: cfHeadersPolicy({ SecurityHeadersConfig: { StrictTransportSecurity: { AccessControlMaxAgeSec: maxAge, IncludeSubdomains: cfnValue(sub), Override: cfnValue(override) } } }),
        Site: cfSiteWith('Headers'),
      }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * HSTS_MIN_MAX_AGE }), fc.integer({ min: 0, max: 2 * HSTS_MIN_MAX_AGE }), loose, loose, (maxAge, raise, sub, override) => {
        never('pass', 'fail', HDR1, render(maxAge, sub, override), render(maxAge + raise, sub, override));
      }),
      RUNS,
    );
  });

  describe('NET1: adding an egress rule to the internet never turns a fail into a pass', () => {
    interface EgressRule {
      protocol: string;
      from: number;
      to: number;
      cidr: string;
    }
    const egressRule = (cidr: fc.Arbitrary<string>): fc.Arbitrary<EgressRule> =>
      fc.record({
        protocol: fc.constantFrom('-1', 'all', 'tcp', 'udp', 'icmp', '6', '17', '50'),
        from: fc.oneof(fc.constantFrom(-1, 0, 53, 80, 443, 8443), fc.integer({ min: 0, max: 65535 })),
        to: fc.oneof(fc.constantFrom(-1, 0, 53, 80, 443, 8443, 65535), fc.integer({ min: 0, max: 65535 })),
        cidr,
      });
    const internet = fc.constantFrom('0.0.0.0/0', '::/0');
    const anyPeer = fc.constantFrom('0.0.0.0/0', '::/0', '10.0.0.0/8', '203.0.113.0/24', '8.8.8.8/32', 'unknown');
    const v6 = (cidr: string) => cidr.includes(':');
    const peer = (cidr: string) => (cidr === 'unknown' ? UNKNOWN : cidr);
    const cfnPeer = (cidr: string) => (cidr === 'unknown' ? LATER : cidr);
    const pulumiInline = (r: EgressRule) => ({ protocol: r.protocol, fromPort: r.from, toPort: r.to, [v6(r.cidr) ? 'ipv6CidrBlocks' : 'cidrBlocks']: [peer(r.cidr)] });
    const cfnInline = (r: EgressRule) => ({ IpProtocol: r.protocol, FromPort: r.from, ToPort: r.to, [v6(r.cidr) ? 'CidrIpv6' : 'CidrIp']: cfnPeer(r.cidr) });
    const sg = (rules: EgressRule[]): TestResource => ({ type: 'aws:ec2/securityGroup:SecurityGroup', name: 'Sg', props: { vpcId: 'vpc-1', egress: rules.map(pulumiInline) } });
    const cfnSg = (rules: EgressRule[]): CfnTestResource => ({ Type: 'AWS::EC2::SecurityGroup', Properties: { VpcId: 'vpc-1', GroupDescription: 'app', SecurityGroupEgress: rules.map(cfnInline) } });
    const config = fc.subarray([443, 80, 53, 123, 8443], { minLength: 1 }).map((ports): EngineConfig => ({ params: { allowedEgressPorts: ports } }));
    // The base group lists at least one rule: an empty list means AWS's default allow-all in CloudFormation,
    // which the first explicit rule replaces (so there a 443-only rule does turn the group's fail into a pass).
    const base = fc.array(egressRule(anyPeer), { minLength: 1, maxLength: 4 });

    it('inline, appended to the group', () => {
      fc.assert(
        fc.property(base, egressRule(internet), config, (rules, added, cfg) => {
          const render = (rs: EgressRule[]): Rendered => ({ pulumi: [sg(rs)], cfn: withLater({ Sg: cfnSg(rs) }) });
          never('fail', 'pass', NET1, render(rules), render([...rules, added]), cfg);
        }),
        RUNS,
      );
    });

    it('as a separate rule resource on the group', () => {
      fc.assert(
        fc.property(base, egressRule(internet), config, (rules, added, cfg) => {
          const before: Rendered = { pulumi: [sg(rules)], cfn: withLater({ Sg: cfnSg(rules) }) };
          const pulumiRule: TestResource = {
            type: 'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule',
            name: 'Extra',
            props: { securityGroupId: UNKNOWN, ipProtocol: added.protocol, fromPort: added.from, toPort: added.to, [v6(added.cidr) ? 'cidrIpv6' : 'cidrIpv4']: added.cidr },
            dependsOn: { securityGroupId: ['Sg'] },
          };
          const cfnRule = cfnResource('AWS::EC2::SecurityGroupEgress', { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, ...cfnInline(added) });
          const after: Rendered = { pulumi: [...before.pulumi, pulumiRule], cfn: withLater({ Sg: cfnSg(rules), Extra: cfnRule }) };
          never('fail', 'pass', NET1, before, after, cfg);
        }),
        RUNS,
      );
    });
  });

  it('TLS1: a stricter CloudFront minimumProtocolVersion never turns a pass into a fail', () => {
    const ordered = Object.keys(CLOUDFRONT_SECURITY_POLICIES);
    const rank = (v: string | undefined) => ordered.indexOf(v ?? CLOUDFRONT_DEFAULT_SECURITY_POLICY);
    // The fact table lists the policies from the weakest up; the property walks that order.
    const floors = ordered.map((v) => CLOUDFRONT_SECURITY_POLICIES[v].minimumTls);
    expect([...floors].sort((a, b) => (a === 'SSLv3' ? -1 : b === 'SSLv3' ? 1 : a.localeCompare(b)))).toEqual(floors);
    const version = fc.option(fc.constantFrom(...ordered), { nil: undefined });
    const certificate = fc.constantFrom('acm', 'iam', 'default', 'acm-not-default');
    const render = (cert: string, v: string | undefined): Rendered => {
      const pulumiCert: Record<string, unknown> = { sslSupportMethod: 'sni-only', minimumProtocolVersion: v };
      const cfnCert: Record<string, unknown> = { SslSupportMethod: 'sni-only', MinimumProtocolVersion: v };
      if (cert === 'default') [pulumiCert.cloudfrontDefaultCertificate, cfnCert.CloudFrontDefaultCertificate] = [true, true];
      else if (cert === 'iam') [pulumiCert.iamCertificateId, cfnCert.IamCertificateId] = ['ASCACKCEVSQ6C2EXAMPLE', 'ASCACKCEVSQ6C2EXAMPLE'];
      else [pulumiCert.acmCertificateArn, cfnCert.AcmCertificateArn] = [ACM_ARN, ACM_ARN];
      if (cert === 'acm-not-default') [pulumiCert.cloudfrontDefaultCertificate, cfnCert.CloudFrontDefaultCertificate] = [false, 'false'];
      return { pulumi: [distribution('Site', { viewerCertificate: pulumiCert })], cfn: { Site: cfDistribution({ ViewerCertificate: cfnCert }) } };
    };
    fc.assert(
      fc.property(certificate, version, version, (cert, a, b) => {
        const [weaker, stronger] = rank(a) <= rank(b) ? [a, b] : [b, a];
        never('pass', 'fail', TLS1, render(cert, weaker), render(cert, stronger));
      }),
      RUNS,
    );
  });

  it('TLS5: moving a listener sslPolicy to one with a higher minimum TLS version never turns a pass into a fail', () => {
    const policy = fc.option(fc.constantFrom(...Object.keys(ELB_SECURITY_POLICIES)), { nil: undefined });
    const floor = (p: string | undefined) => ELB_SECURITY_POLICIES[p ?? ELB_DEFAULT_SECURITY_POLICY].minimumTls;
    const render = (protocol: string, sslPolicy: string | undefined): Rendered => ({
      pulumi: [loadBalancer('Alb'), httpsListener('Listener', 'Alb', { protocol, sslPolicy })],
      cfn: { Alb: cfLoadBalancer(), Listener: cfHttpsListener('Alb', { Protocol: protocol, SslPolicy: sslPolicy }) },
    });
    fc.assert(
      fc.property(fc.constantFrom('HTTPS', 'TLS'), policy, policy, (protocol, a, b) => {
        // TLS versions as text ('1.0' < '1.3') order as the versions do.
        const [weaker, stronger] = floor(a) <= floor(b) ? [a, b] : [b, a];
        never('pass', 'fail', TLS5, render(protocol, weaker), render(protocol, stronger));
      }),
      RUNS,
    );
  });

  describe('DATA2 and TLS7: adding a Deny statement to a bucket policy never turns a pass into a fail', () => {
    const BUCKET = 'app-data';
    const ARN = `arn:aws:s3:::${BUCKET}`;
    const statement = (effect: fc.Arbitrary<string>) =>
      fc.record(
        {
          Effect: effect,
          Principal: fc.constantFrom<unknown>('*', { AWS: '*' }, { AWS: 'arn:aws:iam::123456789012:root' }, { Service: 'cloudfront.amazonaws.com' }),
          Action: fc.constantFrom<unknown>('s3:*', '*', 's3:GetObject', ['s3:GetObject', 's3:PutObject']),
          Resource: fc.constantFrom<unknown>(ARN, `${ARN}/*`, [ARN, `${ARN}/*`], '*', 'arn:aws:s3:::other/*'),
          Condition: fc.constantFrom<unknown>(
            { Bool: { 'aws:SecureTransport': 'false' } },
            { NumericLessThan: { 's3:TlsVersion': '1.2' } },
            { StringEquals: { 'aws:SourceAccount': '123456789012' } },
            { Bool: { 'aws:SecureTransport': false } },
          ),
        },
        { requiredKeys: ['Effect', 'Principal', 'Action', 'Resource'] },
      );
    const render = (statements: unknown[]): Rendered => {
      const doc = { Version: '2012-10-17', Statement: statements };
      return {
        pulumi: [pulumiBucket('Bucket', { bucket: BUCKET }), pulumiResource(S3.policy, 'Policy', { bucket: BUCKET, policy: JSON.stringify(doc) })],
        cfn: { Bucket: cfnBucket({ BucketName: BUCKET }), Policy: cfnResource('AWS::S3::BucketPolicy', { Bucket: { Ref: 'Bucket' }, PolicyDocument: doc }) },
      };
    };
    // TLS7 passes only with both transport Denies on the bucket and its objects: half the bases start from them.
    const transport = [{ Bool: { 'aws:SecureTransport': 'false' } }, { NumericLessThan: { 's3:TlsVersion': '1.2' } }].map((Condition) => ({
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [ARN, `${ARN}/*`],
      Condition,
    }));
    const base = fc.tuple(fc.boolean(), fc.array(statement(fc.constantFrom('Allow', 'Deny')), { maxLength: 4 })).map(([secure, rest]) => (secure ? [...transport, ...rest] : rest));
    const change = fc.tuple(base, statement(fc.constant('Deny')), fc.nat());

    it.each([DATA2, TLS7].map((r) => [r.id, r] as const))('%s', (_id, rule) => {
      fc.assert(
        fc.property(change, ([statements, deny, at]) => {
          const i = at % (statements.length + 1);
          never('pass', 'fail', rule, render(statements), render([...statements.slice(0, i), deny, ...statements.slice(i)]));
        }),
        RUNS,
      );
    });
  });

  it('SEC2: lowering rotationRules.automaticallyAfterDays never turns a pass into a fail', () => {
    const render = (days: number, asText: boolean): Rendered => ({
      pulumi: [
        { type: 'aws:secretsmanager/secret:Secret', name: 'Secret', props: { name: 'app' } },
        {
          type: 'aws:secretsmanager/secretRotation:SecretRotation',
          name: 'Rotation',
          props: { secretId: UNKNOWN, rotationLambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:rotate', rotationRules: { automaticallyAfterDays: days } },
          dependsOn: { secretId: ['Secret'] },
        },
      ],
      cfn: {
        Secret: { Type: 'AWS::SecretsManager::Secret', Properties: { Name: 'app' } },
        Rotation: {
          Type: 'AWS::SecretsManager::RotationSchedule',
          Properties: {
            SecretId: { Ref: 'Secret' },
            RotationLambdaARN: 'arn:aws:lambda:us-east-1:123456789012:function:rotate',
            RotationRules: { AutomaticallyAfterDays: asText ? String(days) : days },
          },
        },
      },
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 365 }), fc.boolean(), (days, lower, maxRotationDays, asText) => {
        const config: EngineConfig = { params: { maxRotationDays } };
        never('pass', 'fail', SEC2, render(days, asText), render(Math.max(1, days - lower), asText), config);
      }),
      RUNS,
    );
  });
});
