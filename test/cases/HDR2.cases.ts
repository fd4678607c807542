/** HDR2's cases, written once for both engines: the parity test (test/parity/HDR2.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { SECURITY_HEADERS_POLICY_ID } from '../../src/facts/cloudfront-managed-policies';
import { HDR2 } from '../../src/rules/hdr/HDR2-referrer-policy';
import {
  T,
  behavior,
  cfBehavior,
  cfDistribution,
  cfHeadersPolicy,
  cfLoadBalancer,
  cfSiteWith,
  cfn,
  distribution,
  headersPolicy,
  loadBalancer,
  noDefault,
  resource,
  siteWith,
} from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const referrer = (referrerPolicy: unknown) => ({ securityHeadersConfig: { referrerPolicy: { referrerPolicy, override: true } } });
const cfReferrer = (ReferrerPolicy: unknown) => ({ SecurityHeadersConfig: { ReferrerPolicy: { ReferrerPolicy, Override: true } } });
const policyFor = (responseHeadersPolicyId: unknown) => ({ defaultCacheBehavior: behavior({ responseHeadersPolicyId }) });
const cfPolicyFor = (ResponseHeadersPolicyId: unknown) => ({ DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId }) });
/** A distribution serving `domainName` through an HTTPS custom origin. */
const origin = (domainName: unknown) => ({
  origins: [{ domainName, originId: 'app', customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } }],
});
const cfOrigin = (DomainName: unknown) => ({
  Origins: [{ DomainName, Id: 'app', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] } }],
});

const headers = headersPolicy('Headers', referrer('strict-origin'));
const cfHeaders = cfHeadersPolicy(cfReferrer('strict-origin'));

export const HDR2_CASES: RequirementCases = {
  rule: HDR2,
  groups: [
    {
      titles: ['HDR2 parity: Referrer-Policy', 'CloudFront behaviors'],
      cases: [
        {
          name: 'compliant: strict-origin from the policy of the stack (Ref), a custom Referrer-Policy header, the managed SecurityHeadersPolicy (strict-origin-when-cross-origin)',
          pulumi: [
            headersPolicy('Headers', referrer('strict-origin')),
            headersPolicy('Custom', { customHeadersConfig: { items: [{ header: 'Referrer-Policy', value: 'no-referrer', override: true }] } }),
            siteWith('Site', 'Headers'),
            siteWith('CustomSite', 'Custom'),
            distribution('Managed', policyFor(SECURITY_HEADERS_POLICY_ID)),
          ],
          cfn: {
            Headers: cfHeadersPolicy(cfReferrer('strict-origin')),
            Custom: cfHeadersPolicy({ CustomHeadersConfig: { Items: [{ Header: 'Referrer-Policy', Value: 'no-referrer', Override: true }] } }),
            Site: cfSiteWith('Headers'),
            CustomSite: cfDistribution(cfPolicyFor({ 'Fn::GetAtt': ['Custom', 'Id'] })),
            Managed: cfDistribution(cfPolicyFor(SECURITY_HEADERS_POLICY_ID)),
          },
          expected: ['Site/defaultCacheBehavior: pass', 'CustomSite/defaultCacheBehavior: pass', 'Managed/defaultCacheBehavior: pass'],
        },
        {
          name: 'non-compliant: unsafe-url, no-referrer-when-downgrade, no policy',
          pulumi: [
            headersPolicy('Unsafe', referrer('unsafe-url')),
            headersPolicy('Downgrade', referrer('no-referrer-when-downgrade')),
            siteWith('Leaky', 'Unsafe'),
            siteWith('Old', 'Downgrade'),
            distribution('Bare', {}),
          ],
          cfn: {
            Unsafe: cfHeadersPolicy(cfReferrer('unsafe-url')),
            Downgrade: cfHeadersPolicy(cfReferrer('no-referrer-when-downgrade')),
            Leaky: cfSiteWith('Unsafe'),
            Old: cfSiteWith('Downgrade'),
            Bare: cfDistribution({}),
          },
          expected: ['Leaky/defaultCacheBehavior: fail', 'Old/defaultCacheBehavior: fail', 'Bare/defaultCacheBehavior: fail'],
        },
        {
          name: 'unknown: the referrer policy value from a parameter without a default, the policy id from Fn::ImportValue',
          pulumi: [headersPolicy('Headers', referrer(UNKNOWN)), siteWith('Site', 'Headers'), distribution('Imported', policyFor(UNKNOWN))],
          cfn: {
            Parameters: noDefault('Referrer'),
            Resources: {
              Headers: cfHeadersPolicy(cfReferrer({ Ref: 'Referrer' })),
              Site: cfSiteWith('Headers'),
              Imported: cfDistribution(cfPolicyFor({ 'Fn::ImportValue': 'headers-policy-id' })),
            },
          },
          expected: ['Site/defaultCacheBehavior: unknown', 'Imported/defaultCacheBehavior: unknown'],
        },
      ],
    },
    {
      titles: ['HDR2 parity: Referrer-Policy', 'internet-facing Application Load Balancers (advisory: an ALB cannot add the header)'],
      cases: [
        {
          name: 'non-compliant: an internet-facing ALB no distribution fronts',
          pulumi: [loadBalancer('Alb')],
          cfn: { Alb: cfLoadBalancer() },
          expected: ['Alb: fail'],
        },
        {
          name: 'not applicable: an ALB that is the origin of a distribution (Fn::GetAtt DNSName), an internal ALB',
          pulumi: [
            headers,
            loadBalancer('Alb'),
            loadBalancer('Inside', { internal: true }),
            distribution('Site', { ...origin(UNKNOWN), ...policyFor(UNKNOWN) }, { origins: ['Alb'], defaultCacheBehavior: ['Headers'] }),
          ],
          cfn: {
            Headers: cfHeaders,
            Alb: cfLoadBalancer(),
            Inside: cfLoadBalancer({ Scheme: 'internal' }),
            Site: cfDistribution({ ...cfOrigin({ 'Fn::GetAtt': ['Alb', 'DNSName'] }), ...cfPolicyFor({ Ref: 'Headers' }) }),
          },
          expected: ['Site/defaultCacheBehavior: pass', 'Alb: not-applicable', 'Inside: not-applicable'],
        },
        {
          name: 'not applicable: an ALB reached through a Route 53 alias record (origin domain -> AliasTarget.DNSName Fn::GetAtt ALB.DNSName)',
          pulumi: [
            headers,
            loadBalancer('Alb'),
            resource(
              T.record,
              'OriginRecord',
              { name: 'origin.example.com', type: 'A', zoneId: 'Z0000000EXAMPLE', aliases: [{ name: UNKNOWN, zoneId: UNKNOWN, evaluateTargetHealth: false }] },
              { aliases: ['Alb'] },
            ),
            distribution('Site', { ...origin('origin.example.com'), ...policyFor(UNKNOWN) }, { defaultCacheBehavior: ['Headers'] }),
          ],
          cfn: {
            Headers: cfHeaders,
            Alb: cfLoadBalancer(),
            OriginRecord: cfn('AWS::Route53::RecordSet', {
              HostedZoneId: 'Z0000000EXAMPLE',
              Name: 'origin.example.com.',
              Type: 'A',
              AliasTarget: { DNSName: { 'Fn::GetAtt': ['Alb', 'DNSName'] }, HostedZoneId: { 'Fn::GetAtt': ['Alb', 'CanonicalHostedZoneID'] } },
            }),
            Site: cfDistribution({ ...cfOrigin('origin.example.com'), ...cfPolicyFor({ Ref: 'Headers' }) }),
          },
          expected: ['Site/defaultCacheBehavior: pass', 'Alb: not-applicable'],
        },
        {
          name: 'unknown: the Scheme from a parameter without a default; an ALB when a distribution origins come from Fn::ImportValue',
          pulumi: [
            headers,
            loadBalancer('Either', { internal: UNKNOWN }),
            loadBalancer('Alb'),
            distribution('Site', { origins: UNKNOWN, ...policyFor(UNKNOWN) }, { defaultCacheBehavior: ['Headers'] }),
          ],
          cfn: {
            Parameters: noDefault('Scheme'),
            Resources: {
              Headers: cfHeaders,
              Either: cfLoadBalancer({ Scheme: { Ref: 'Scheme' } }),
              Alb: cfLoadBalancer(),
              Site: cfDistribution({ Origins: { 'Fn::ImportValue': 'shared-origins' }, ...cfPolicyFor({ Ref: 'Headers' }) }),
            },
          },
          expected: ['Site/defaultCacheBehavior: pass', 'Either: unknown', 'Alb: unknown'],
        },
      ],
    },
  ],
};
