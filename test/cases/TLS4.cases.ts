/** TLS4's cases, written once for both engines: the parity test (test/parity/TLS4.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { TLS4 } from '../../src/rules/tls/TLS4-cloudfront-origin-tls';
import { T, cfDistribution, cfLoadBalancer, cfn, distribution, loadBalancer, noDefault, resource } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const custom = (originProtocolPolicy: unknown, originSslProtocols?: unknown) => ({
  domainName: 'api.example.com',
  originId: 'app',
  customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy, ...(originSslProtocols === undefined ? {} : { originSslProtocols }) },
});
const cfCustom = (OriginProtocolPolicy: unknown, OriginSSLProtocols?: unknown) => ({
  DomainName: 'api.example.com',
  Id: 'app',
  CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy, ...(OriginSSLProtocols === undefined ? {} : { OriginSSLProtocols }) },
});

export const TLS4_CASES: RequirementCases = {
  rule: TLS4,
  groups: [
    {
      titles: ['TLS4 parity: CloudFront custom origins over TLS 1.2'],
      cases: [
        {
          name: 'compliant: https-only with TLSv1.2 only, to a load balancer of the stack by Fn::GetAtt',
          pulumi: [loadBalancer('Alb'), distribution('Site', { origins: [{ ...custom('https-only', ['TLSv1.2']), domainName: UNKNOWN }] }, { origins: ['Alb'] })],
          cfn: {
            Alb: cfLoadBalancer(),
            Site: cfDistribution({ Origins: [{ ...cfCustom('https-only', ['TLSv1.2']), DomainName: { 'Fn::GetAtt': ['Alb', 'DNSName'] } }] }),
          },
          expected: ['Site/origins[0]: pass'],
        },
        {
          name: 'non-compliant: match-viewer, TLSv1 allowed, OriginSSLProtocols absent (CloudFormation default TLSv1 and SSLv3)',
          pulumi: [
            distribution('Site', {
              origins: [custom('match-viewer', ['TLSv1.2']), { ...custom('https-only', ['TLSv1', 'TLSv1.2']), originId: 'b' }, { ...custom('https-only'), originId: 'c' }],
            }),
          ],
          cfn: {
            Site: cfDistribution({
              Origins: [cfCustom('match-viewer', ['TLSv1.2']), { ...cfCustom('https-only', ['TLSv1', 'TLSv1.2']), Id: 'b' }, { ...cfCustom('https-only'), Id: 'c' }],
            }),
          },
          expected: ['Site/origins[0]: fail', 'Site/origins[1]: fail', 'Site/origins[2]: fail'],
        },
        {
          name: 'not applicable: S3 REST origins only (origin access control, origin access identity)',
          pulumi: [
            resource(T.bucket, 'Assets', { bucket: 'assets' }),
            distribution('Site', {
              origins: [
                { domainName: 'assets.s3.us-east-1.amazonaws.com', originId: 'oac', originAccessControlId: 'E2EXAMPLE', s3OriginConfig: { originAccessIdentity: '' } },
                { domainName: 'assets.s3.amazonaws.com', originId: 'oai', s3OriginConfig: { originAccessIdentity: 'origin-access-identity/cloudfront/E1EXAMPLE' } },
              ],
            }),
          ],
          cfn: {
            Assets: cfn('AWS::S3::Bucket', { BucketName: 'assets' }),
            Site: cfDistribution({
              Origins: [
                { DomainName: { 'Fn::GetAtt': ['Assets', 'RegionalDomainName'] }, Id: 'oac', OriginAccessControlId: 'E2EXAMPLE', S3OriginConfig: { OriginAccessIdentity: '' } },
                { DomainName: 'assets.s3.amazonaws.com', Id: 'oai', S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E1EXAMPLE' } },
              ],
            }),
          },
          expected: ['Site: not-applicable'],
        },
        {
          name: 'legacy CustomOrigin (CloudFormation only) is judged like an origin',
          pulumi: [
            distribution('Legacy', {
              origins: [{ domainName: 'old.example.com', customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'http-only', originSslProtocols: ['TLSv1.2'] } }],
            }),
          ],
          cfn: {
            Legacy: cfDistribution({ CustomOrigin: { DNSName: 'old.example.com', HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'http-only', OriginSSLProtocols: ['TLSv1.2'] } }),
          },
          expected: ['Legacy/origins[0]: fail'],
        },
        {
          name: 'unknown: the protocol policy from a parameter without a default, the protocols from Fn::ImportValue, all origins from Fn::ImportValue',
          pulumi: [
            distribution('Policy', { origins: [custom(UNKNOWN, ['TLSv1.2'])] }),
            distribution('Protocols', { origins: [custom('https-only', UNKNOWN)] }),
            distribution('Origins', { origins: UNKNOWN }),
          ],
          cfn: {
            Parameters: noDefault('OriginPolicy'),
            Resources: {
              Policy: cfDistribution({ Origins: [cfCustom({ Ref: 'OriginPolicy' }, ['TLSv1.2'])] }),
              Protocols: cfDistribution({ Origins: [cfCustom('https-only', { 'Fn::ImportValue': 'origin-protocols' })] }),
              Origins: cfDistribution({ Origins: { 'Fn::ImportValue': 'shared-origins' } }),
            },
          },
          expected: ['Policy/origins[0]: unknown', 'Protocols/origins[0]: unknown', 'Origins/origins: unknown'],
        },
      ],
    },
  ],
};
