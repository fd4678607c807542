/**
 * Hand-built Reports, one per engine, for the renderer tests: every finding status, two findings on one
 * requirement and resource (to collapse), an exemption with and one without `until`, a stack finding.
 */
import { Finding, STACK_RESOURCE } from '../../src/core/findings';
import { Report } from '../../src/core/report';

const DIST = 'aws:cloudfront/distribution:Distribution';
const BUCKET = 'aws:s3/bucket:Bucket';
const urn = (type: string, name: string) => `urn:pulumi:dev::shop::${type}::${name}`;

const cdn = { type: DIST, name: 'cdn', key: urn(DIST, 'cdn') };
const assets = { type: BUCKET, name: 'assets', key: urn(BUCKET, 'assets') };
const uploads = { type: BUCKET, name: 'uploads', key: urn(BUCKET, 'uploads') };

/** A Pulumi preview: violations only, every resource located at the program's entry file. */
export function pulumiReport(extra: Partial<Report> = {}): Report {
  const findings: Finding[] = [
    { requirement: 'TLS1', status: 'fail', enforcement: 'mandatory', resource: cdn, message: 'viewerCertificate uses the default certificate' },
    { requirement: 'TLS3', status: 'fail', enforcement: 'mandatory', resource: cdn, message: 'viewerProtocolPolicy is allow-all', detail: 'defaultCacheBehavior' },
    { requirement: 'TLS3', status: 'fail', enforcement: 'mandatory', resource: cdn, message: 'viewerProtocolPolicy is allow-all', detail: 'orderedCacheBehaviors[0]' },
    { requirement: 'TLS2', status: 'fail', enforcement: 'advisory', resource: cdn, message: 'minimumProtocolVersion allows CBC ciphers' },
    { requirement: 'DATA3', status: 'unknown', enforcement: 'advisory', resource: assets, message: 'kmsMasterKeyId is not known until deployment' },
    {
      requirement: 'DATA1',
      status: 'exempt',
      enforcement: 'advisory',
      resource: uploads,
      message: 'exempt: public downloads bucket <reviewed>',
      exemption: { reason: 'public downloads bucket <reviewed>', until: '2099-12-31' },
    },
    { requirement: 'HDR1', status: 'error', enforcement: 'mandatory', resource: cdn, message: 'the check failed to run: boom & bust' },
    { requirement: 'LOG4', status: 'fail', enforcement: 'advisory', resource: STACK_RESOURCE, message: 'nothing monitors misconfigurations' },
  ];
  return {
    engine: 'pulumi',
    project: 'shop',
    stack: 'dev',
    source: 'examples/shop',
    resources: 4,
    findings,
    remediations: [],
    resourceTypes: { [DIST]: 1, [BUCKET]: 2, 'aws:ec2/securityGroup:SecurityGroup': 1 },
    disabled: ['SEC2'],
    locations: { byKey: {}, default: { file: 'examples/shop/index.ts' } },
    ...extra,
  };
}

/** A cdk.out scan of two stacks: keys `<stack>/<LogicalId>`, positions per resource, passes and not-applicable results. */
export function cfnReport(extra: Partial<Report> = {}): Report {
  const res = (stack: string, id: string, type: string) => ({ type, name: id, key: `${stack}/${id}` });
  const cdnRes = res('Edge', 'Cdn1A2B', 'AWS::CloudFront::Distribution');
  const bucket = res('Data', 'Assets9F', 'AWS::S3::Bucket');
  const sg = res('Data', 'AppSg77', 'AWS::EC2::SecurityGroup');
  const findings: Finding[] = [
    { requirement: 'TLS1', status: 'pass', enforcement: 'mandatory', resource: cdnRes, message: 'TLSv1.2_2021 with an ACM certificate' },
    { requirement: 'TLS3', status: 'fail', enforcement: 'mandatory', resource: cdnRes, message: 'viewerProtocolPolicy is allow-all', detail: 'defaultCacheBehavior' },
    { requirement: 'DATA1', status: 'pass', enforcement: 'mandatory', resource: bucket, message: 'all four flags on' },
    {
      requirement: 'NET1',
      status: 'exempt',
      enforcement: 'mandatory',
      resource: sg,
      message: 'egress to 0.0.0.0/0 on all ports',
      exemption: { reason: 'egress proxy "squid" filters by domain' },
    },
    { requirement: 'DATA3', status: 'unknown', enforcement: 'mandatory', resource: bucket, message: 'KMSMasterKeyID comes from an import' },
    { requirement: 'TLS5', status: 'not-applicable', enforcement: 'mandatory', resource: sg, message: 'not a listener' },
    { requirement: 'LOG1', status: 'fail', enforcement: 'advisory', resource: STACK_RESOURCE, message: 'no CloudTrail trail' },
  ];
  return {
    engine: 'cloudformation',
    project: 'cdk.out',
    stack: 'Edge, Data',
    source: 'cdk.out',
    resources: 3,
    findings,
    remediations: [],
    locations: {
      byKey: {
        'Edge/Cdn1A2B': { file: 'cdk.out/Edge.template.json', line: 12, column: 5 },
        'Data/Assets9F': { file: 'cdk.out/Data.template.json', line: 4, column: 5 },
        'Data/AppSg77': { file: 'cdk.out/Data.template.json', line: 30, column: 5 },
      },
    },
    ...extra,
  };
}
