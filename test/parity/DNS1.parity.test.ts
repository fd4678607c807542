import { DNS1 } from '../../src/rules/dns/DNS1-no-dangling-records';
import { CfnTestResource, cfnFacts, runCfn } from '../support/cfn-stack';
import { parity } from '../support/parity';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const RECORD = 'aws:route53/record:Record';
const CLOUDFRONT_ZONE = 'Z2FDTNDATAQYW2';

const record = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: RECORD,
  name,
  props: { zoneId: 'Z1', name: `${name.toLowerCase()}.example.com.`, ...props },
  dependsOn,
});
const alias = (name: string, target: unknown, dependsOn?: string[]) =>
  record(name, { type: 'A', aliases: [{ name: target, zoneId: CLOUDFRONT_ZONE, evaluateTargetHealth: false }] }, dependsOn && { aliases: dependsOn });
const cname = (name: string, target: unknown, dependsOn?: string[]) => record(name, { type: 'CNAME', ttl: 300, records: [target] }, dependsOn && { records: dependsOn });

const cfnRecord = (name: string, props: Record<string, unknown>): CfnTestResource => ({
  Type: 'AWS::Route53::RecordSet',
  Properties: { HostedZoneId: 'Z1', Name: `${name.toLowerCase()}.example.com.`, ...props },
});
const cfnAlias = (name: string, target: unknown) => cfnRecord(name, { Type: 'A', AliasTarget: { DNSName: target, HostedZoneId: CLOUDFRONT_ZONE } });
const cfnCname = (name: string, target: unknown) => cfnRecord(name, { Type: 'CNAME', TTL: '300', ResourceRecords: [target] });

// Targets: in a Pulumi preview their host names are outputs, not known yet.
const pulumiTargets: TestResource[] = [
  { type: 'aws:cloudfront/distribution:Distribution', name: 'Distribution', props: { enabled: true, domainName: UNKNOWN } },
  { type: 'aws:lb/loadBalancer:LoadBalancer', name: 'Alb', props: { loadBalancerType: 'application', dnsName: UNKNOWN } },
  { type: 'aws:elasticbeanstalk/environment:Environment', name: 'Env', props: { application: 'app', cname: UNKNOWN } },
];
const cfnTargets: Record<string, CfnTestResource> = {
  Distribution: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true } } },
  Alb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'application' } },
  Env: { Type: 'AWS::ElasticBeanstalk::Environment', Properties: { ApplicationName: 'app' } },
};

describe('DNS1 parity', () => {
  parity(DNS1, [
    {
      name: 'compliant: aliases and CNAMEs to targets of this stack (GetAtt, Fn::Sub, Fn::Join)',
      pulumi: [
        ...pulumiTargets,
        alias('Cdn', UNKNOWN, ['Distribution']),
        cname('CdnCname', UNKNOWN, ['Distribution']),
        alias('Api', UNKNOWN, ['Alb']),
        cname('App', UNKNOWN, ['Env']),
        cname('Joined', UNKNOWN, ['Distribution']),
      ],
      cfn: {
        ...cfnTargets,
        Cdn: cfnAlias('Cdn', { 'Fn::GetAtt': ['Distribution', 'DomainName'] }),
        CdnCname: cfnCname('CdnCname', { 'Fn::Sub': '${Distribution.DomainName}' }),
        Api: cfnAlias('Api', { 'Fn::GetAtt': ['Alb', 'DNSName'] }),
        App: cfnCname('App', { 'Fn::GetAtt': ['Env', 'EndpointURL'] }),
        Joined: cfnCname('Joined', { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Distribution', 'DomainName'] }]] }),
      },
      expected: ['Cdn: pass', 'CdnCname: pass', 'Api: pass', 'App: pass', 'Joined: pass'],
    },
    {
      name: 'non-compliant: literal takeover-prone hosts no resource declares (even with a distribution in the stack)',
      pulumi: [...pulumiTargets, alias('Cdn', 'd111111abcdef8.cloudfront.net'), cname('Docs', 'acme.github.io')],
      cfn: { ...cfnTargets, Cdn: cfnAlias('Cdn', 'd111111abcdef8.cloudfront.net'), Docs: cfnCname('Docs', 'acme.github.io') },
      expected: ['Cdn: fail', 'Docs: fail'],
    },
    {
      name: 'unknown: the alias target is a parameter without a default',
      pulumi: [alias('Cdn', UNKNOWN)],
      cfn: { Parameters: { CdnDomain: { Type: 'String' } }, Resources: { Cdn: cfnAlias('Cdn', { Ref: 'CdnDomain' }) } },
      expected: ['Cdn: unknown'],
    },
    {
      name: 'compliant: hosts listed in ownedExternalHosts, hosts that are not takeover-prone; address records are not applicable',
      pulumi: [cname('Docs', 'acme.github.io'), cname('Saas', 'tenant.example-saas.com'), record('Apex', { type: 'A', ttl: 60, records: ['203.0.113.1'] })],
      cfn: { Docs: cfnCname('Docs', 'acme.github.io'), Saas: cfnCname('Saas', 'tenant.example-saas.com'), Apex: cfnRecord('Apex', { Type: 'A', TTL: 60, ResourceRecords: ['203.0.113.1'] }) },
      config: { params: { ownedExternalHosts: ['acme.github.io'] } },
      expected: ['Docs: pass', 'Saas: pass', 'Apex: not-applicable'],
    },
    {
      name: 'each CNAME value judged apart',
      pulumi: [...pulumiTargets, record('Multi', { type: 'CNAME', records: [UNKNOWN, 'other.github.io'] }, { records: ['Distribution'] })],
      cfn: { ...cfnTargets, Multi: cfnRecord('Multi', { Type: 'CNAME', ResourceRecords: [{ 'Fn::GetAtt': ['Distribution', 'DomainName'] }, 'other.github.io'] }) },
      expected: ['Multi/records[0]: pass', 'Multi/records[1]: fail'],
    },
  ]);
});

describe('DNS1 parity: the pass message of a record whose target is declared in this stack', () => {
  // CloudFront hosts are takeover-prone: what makes these records safe is that the distribution is the
  // stack's own, which is what the message says (not that the host is "not takeover-prone").
  const DECLARED = 'points at Distribution, a resource declared in this stack';
  it('says the alias or CNAME points at a resource declared in this stack, in both engines (GetAtt, Fn::Sub, Fn::Join)', () => {
    const messages = (findings: { resource: { name: string }; message: string }[]) => findings.filter((f) => f.resource.name !== 'Distribution').map((f) => `${f.resource.name}: ${f.message}`).sort();
    const pulumi = runPulumi(DNS1, [pulumiTargets[0], alias('Cdn', UNKNOWN, ['Distribution']), cname('Sub', UNKNOWN, ['Distribution']), cname('Joined', UNKNOWN, ['Distribution'])]);
    const cfn = runCfn(DNS1, {
      Distribution: cfnTargets.Distribution,
      Cdn: cfnAlias('Cdn', { 'Fn::GetAtt': ['Distribution', 'DomainName'] }),
      Sub: cfnCname('Sub', { 'Fn::Sub': '${Distribution.DomainName}' }),
      Joined: cfnCname('Joined', { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Distribution', 'DomainName'] }]] }),
    });
    const expected = [`Cdn: aliases.0.name ${DECLARED}`, `Joined: records.0 ${DECLARED}`, `Sub: records.0 ${DECLARED}`];
    expect({ pulumi: messages(pulumi), cfn: messages(cfn) }).toEqual({ pulumi: expected, cfn: expected });
  });

  it('names the literal host when it is known (a Pulumi stack after deployment; a template never knows the distribution host)', () => {
    const host = 'd111111abcdef8.cloudfront.net';
    const pulumi = runPulumi(DNS1, [{ ...pulumiTargets[0], props: { enabled: true, domainName: host } }, alias('Cdn', host)]);
    expect(pulumi.map((f) => f.message)).toEqual([`aliases.0.name ${host} ${DECLARED}`]);
  });
});

describe('DNS1 on CloudFormation alone', () => {
  it('judges each record of a RecordSetGroup, with the group zone', () => {
    const template = {
      ...cfnTargets,
      Records: {
        Type: 'AWS::Route53::RecordSetGroup',
        Properties: {
          HostedZoneName: 'example.com.',
          RecordSets: [
            { Name: 'cdn.example.com.', Type: 'A', AliasTarget: { DNSName: { 'Fn::GetAtt': ['Distribution', 'DomainName'] }, HostedZoneId: CLOUDFRONT_ZONE } },
            { Name: 'old.example.com.', Type: 'CNAME', TTL: '300', ResourceRecords: ['gone.us-east-1.elasticbeanstalk.com'] },
          ],
        },
      },
    };
    expect(statuses(runCfn(DNS1, template))).toEqual(['Records: pass', 'Records: fail']);
    expect(cfnFacts(template).byKey('Records#RecordSets[1]')?.props).toEqual({
      hostedZoneName: 'example.com.',
      name: 'old.example.com.',
      type: 'CNAME',
      ttl: 300,
      records: ['gone.us-east-1.elasticbeanstalk.com'],
    });
  });

  it('reports unknown for record sets imported from another stack', () => {
    const f = runCfn(DNS1, { Records: { Type: 'AWS::Route53::RecordSetGroup', Properties: { HostedZoneId: 'Z1', RecordSets: { 'Fn::ImportValue': 'records' } } } });
    expect(statuses(f)).toEqual(['Records: unknown']);
  });
});
