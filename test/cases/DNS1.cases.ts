/** DNS1's cases, written once for both engines: the parity test (test/parity/DNS1.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { DNS1 } from '../../src/rules/dns/DNS1-no-dangling-records';
import { CfnTestResource } from '../support/cfn-stack';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const RECORD = 'aws:route53/record:Record';
export const CLOUDFRONT_ZONE = 'Z2FDTNDATAQYW2';

export const record = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: RECORD,
  name,
  props: { zoneId: 'Z1', name: `${name.toLowerCase()}.example.com.`, ...props },
  dependsOn,
});
export const alias = (name: string, target: unknown, dependsOn?: string[]) =>
  record(name, { type: 'A', aliases: [{ name: target, zoneId: CLOUDFRONT_ZONE, evaluateTargetHealth: false }] }, dependsOn && { aliases: dependsOn });
export const cname = (name: string, target: unknown, dependsOn?: string[]) => record(name, { type: 'CNAME', ttl: 300, records: [target] }, dependsOn && { records: dependsOn });

const cfnRecord = (name: string, props: Record<string, unknown>): CfnTestResource => ({
  Type: 'AWS::Route53::RecordSet',
  Properties: { HostedZoneId: 'Z1', Name: `${name.toLowerCase()}.example.com.`, ...props },
});
export const cfnAlias = (name: string, target: unknown) => cfnRecord(name, { Type: 'A', AliasTarget: { DNSName: target, HostedZoneId: CLOUDFRONT_ZONE } });
export const cfnCname = (name: string, target: unknown) => cfnRecord(name, { Type: 'CNAME', TTL: '300', ResourceRecords: [target] });

// Targets: in a Pulumi preview their host names are outputs, not known yet.
export const pulumiTargets: TestResource[] = [
  { type: 'aws:cloudfront/distribution:Distribution', name: 'Distribution', props: { enabled: true, domainName: UNKNOWN } },
  { type: 'aws:lb/loadBalancer:LoadBalancer', name: 'Alb', props: { loadBalancerType: 'application', dnsName: UNKNOWN } },
  { type: 'aws:elasticbeanstalk/environment:Environment', name: 'Env', props: { application: 'app', cname: UNKNOWN } },
];
export const cfnTargets: Record<string, CfnTestResource> = {
  Distribution: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true } } },
  Alb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Type: 'application' } },
  Env: { Type: 'AWS::ElasticBeanstalk::Environment', Properties: { ApplicationName: 'app' } },
};

/** API Gateway custom domain names and a bucket: targets a record may point at. */
const pulumiApiTargets: TestResource[] = [
  { type: 'aws:apigateway/domainName:DomainName', name: 'RestDomain', props: { domainName: 'rest.example.com', regionalDomainName: UNKNOWN } },
  { type: 'aws:apigatewayv2/domainName:DomainName', name: 'HttpDomain', props: { domainName: 'http.example.com', domainNameConfiguration: { endpointType: 'REGIONAL', targetDomainName: UNKNOWN } } },
  { type: 'aws:s3/bucket:Bucket', name: 'Site', props: { bucket: 'files-bucket' } },
];
const cfnApiTargets: Record<string, CfnTestResource> = {
  RestDomain: { Type: 'AWS::ApiGateway::DomainName', Properties: { DomainName: 'rest.example.com', EndpointConfiguration: { Types: ['REGIONAL'] } } },
  HttpDomain: { Type: 'AWS::ApiGatewayV2::DomainName', Properties: { DomainName: 'http.example.com', DomainNameConfigurations: [{ EndpointType: 'REGIONAL' }] } },
  Site: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'files-bucket' } },
};
const website: TestResource = {
  type: 'aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration',
  name: 'Website',
  props: { bucket: 'files-bucket', indexDocument: { suffix: 'index.html' }, websiteEndpoint: UNKNOWN },
};

export const DNS1_CASES: RequirementCases = {
  rule: DNS1,
  groups: [
    {
      titles: ['DNS1 parity'],
      cases: [
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
      ],
    },
    {
      titles: ['DNS1 parity: API Gateway custom domain names and S3 buckets as targets'],
      cases: [
        {
          name: 'compliant: CNAMEs to a REST and an HTTP API custom domain name and to a bucket, all of this stack',
          pulumi: [...pulumiApiTargets, cname('Rest', UNKNOWN, ['RestDomain']), cname('Http', UNKNOWN, ['HttpDomain']), cname('Files', UNKNOWN, ['Site'])],
          cfn: {
            ...cfnApiTargets,
            Rest: cfnCname('Rest', { 'Fn::GetAtt': ['RestDomain', 'RegionalDomainName'] }),
            Http: cfnCname('Http', { 'Fn::GetAtt': ['HttpDomain', 'RegionalDomainName'] }),
            Files: cfnCname('Files', { 'Fn::GetAtt': ['Site', 'RegionalDomainName'] }),
          },
          expected: ['Rest: pass', 'Http: pass', 'Files: pass'],
        },
        {
          name: 'non-compliant: an API Gateway host and a bucket host no resource of this stack declares, though the stack has domain names and a bucket',
          pulumi: [...pulumiApiTargets, cname('Api', 'd-abc123.execute-api.us-east-1.amazonaws.com'), cname('Files', 'gone-bucket.s3-website-us-east-1.amazonaws.com')],
          cfn: {
            ...cfnApiTargets,
            Api: cfnCname('Api', 'd-abc123.execute-api.us-east-1.amazonaws.com'),
            Files: cfnCname('Files', 'gone-bucket.s3-website-us-east-1.amazonaws.com'),
          },
          expected: ['Api: fail', 'Files: fail'],
        },
        {
          name: 'unknown: a record aliasing the bare S3 website endpoint under a name not known yet (the bucket it serves is named like the record)',
          pulumi: [...pulumiApiTargets, record('Site', { name: UNKNOWN, type: 'A', aliases: [{ name: 's3-website-us-east-1.amazonaws.com', zoneId: 'Z3AQBSTGFYJSTF', evaluateTargetHealth: false }] })],
          cfn: {
            Parameters: { SiteName: { Type: 'String' } },
            Resources: {
              ...cfnApiTargets,
              Site: {
                Type: 'AWS::Route53::RecordSet',
                Properties: { HostedZoneId: 'Z1', Name: { Ref: 'SiteName' }, Type: 'A', AliasTarget: { DNSName: 's3-website-us-east-1.amazonaws.com', HostedZoneId: 'Z3AQBSTGFYJSTF' } },
              },
            },
          },
          expected: ['Site: unknown'],
        },
      ],
    },
    {
      titles: ['DNS1 Pulumi only: aws.s3.BucketWebsiteConfiguration as a target (CloudFormation writes WebsiteConfiguration on the bucket)'],
      cases: [
        {
          name: 'compliant: a CNAME to the website configuration\u2019s endpoint output',
          pulumi: [website, cname('Www', UNKNOWN, ['Website'])],
          cfn: {},
          expected: ['Www: pass'],
          only: 'pulumi',
        },
        {
          name: 'non-compliant: a CNAME to another bucket\u2019s website endpoint, not the stack\u2019s',
          pulumi: [website, cname('Www', 'gone-bucket.s3-website-us-east-1.amazonaws.com')],
          cfn: {},
          expected: ['Www: fail'],
          only: 'pulumi',
        },
        {
          name: 'unknown: a CNAME whose value is not known during preview and comes from no resource of the stack',
          pulumi: [website, cname('Www', UNKNOWN)],
          cfn: {},
          expected: ['Www: unknown'],
          only: 'pulumi',
        },
      ],
    },
  ],
};
