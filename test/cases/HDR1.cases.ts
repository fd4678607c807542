/** HDR1's cases, written once for both engines: the parity test (test/parity/HDR1.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { SECURITY_HEADERS_POLICY_ID } from '../../src/facts/cloudfront-managed-policies';
import { HDR1 } from '../../src/rules/hdr/HDR1-hsts';
import {
  behavior,
  cfBehavior,
  cfDistribution,
  cfHeadersPolicy,
  cfHttpsListener,
  cfLoadBalancer,
  distribution,
  headersPolicy,
  httpsListener,
  listenerAttributes,
  loadBalancer,
  noDefault,
} from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const hsts = (s: Record<string, unknown>) => ({ securityHeadersConfig: { strictTransportSecurity: s } });
const cfHsts = (s: Record<string, unknown>) => ({ SecurityHeadersConfig: { StrictTransportSecurity: s } });
const GOOD = { accessControlMaxAgeSec: 31536000, includeSubdomains: true, override: true };
const CF_GOOD = { AccessControlMaxAgeSec: 31536000, IncludeSubdomains: true, Override: true };
const HSTS_KEY = 'routing.http.response.strict_transport_security.header_value';
const HSTS = 'max-age=31536000; includeSubDomains';

/** A response headers policy whose whole configuration is not known (every input unknown). */
function resHeadersUnknown(name: string) {
  return headersPolicy(name, { name: UNKNOWN, securityHeadersConfig: UNKNOWN, customHeadersConfig: UNKNOWN });
}

const custom = (value: unknown) => ({ customHeadersConfig: { items: [{ header: 'Strict-Transport-Security', value, override: true }] } });
const cfCustom = (Value: unknown) => ({ CustomHeadersConfig: { Items: [{ Header: 'Strict-Transport-Security', Value, Override: true }] } });
const site = (policy: string) => distribution(policy + 'Site', { defaultCacheBehavior: behavior({ responseHeadersPolicyId: UNKNOWN }) }, { defaultCacheBehavior: [policy] });
const cfSite = (policy: string) => cfDistribution({ DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId: { Ref: policy } }) });

export const HDR1_CASES: RequirementCases = {
  rule: HDR1,
  groups: [
    {
      titles: ['HDR1 parity: HSTS', 'CloudFront behaviors and their response headers policies'],
      cases: [
        {
          name: 'compliant: the policy of the stack by Ref (its id) and by Fn::GetAtt Id',
          pulumi: [
            headersPolicy('Headers', hsts(GOOD)),
            distribution(
              'Site',
              {
                defaultCacheBehavior: behavior({ responseHeadersPolicyId: UNKNOWN }),
                orderedCacheBehaviors: [behavior({ pathPattern: '/api/*', responseHeadersPolicyId: UNKNOWN })],
              },
              { defaultCacheBehavior: ['Headers'], orderedCacheBehaviors: ['Headers'] },
            ),
          ],
          cfn: {
            Headers: cfHeadersPolicy(cfHsts(CF_GOOD)),
            Site: cfDistribution({
              DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId: { Ref: 'Headers' } }),
              CacheBehaviors: [cfBehavior({ PathPattern: '/api/*', ResponseHeadersPolicyId: { 'Fn::GetAtt': ['Headers', 'Id'] } })],
            }),
          },
          expected: ['Site/defaultCacheBehavior: pass', 'Site/orderedCacheBehaviors[0]: pass'],
        },
        {
          name: 'non-compliant: no policy, a short max-age, includeSubdomains "false" (a CloudFormation string), the managed SecurityHeadersPolicy (a literal id and a parameter default)',
          pulumi: [
            headersPolicy('Short', hsts({ ...GOOD, accessControlMaxAgeSec: 86400 })),
            headersPolicy('NoSub', hsts({ ...GOOD, includeSubdomains: false })),
            distribution(
              'Site',
              {
                defaultCacheBehavior: behavior(),
                orderedCacheBehaviors: [
                  behavior({ pathPattern: '/a/*', responseHeadersPolicyId: UNKNOWN }),
                  behavior({ pathPattern: '/b/*', responseHeadersPolicyId: UNKNOWN }),
                  behavior({ pathPattern: '/c/*', responseHeadersPolicyId: SECURITY_HEADERS_POLICY_ID }),
                  behavior({ pathPattern: '/d/*', responseHeadersPolicyId: SECURITY_HEADERS_POLICY_ID }),
                ],
              },
              // Pulumi names the top-level property only; the two policies are told apart by their own verdicts.
              { orderedCacheBehaviors: ['Short', 'NoSub'] },
            ),
          ],
          cfn: {
            Parameters: { ManagedPolicy: { Type: 'String', Default: SECURITY_HEADERS_POLICY_ID, AllowedValues: [SECURITY_HEADERS_POLICY_ID] } },
            Resources: {
              Short: cfHeadersPolicy(cfHsts({ ...CF_GOOD, AccessControlMaxAgeSec: 86400 })),
              NoSub: cfHeadersPolicy(cfHsts({ ...CF_GOOD, IncludeSubdomains: 'false' })),
              Site: cfDistribution({
                CacheBehaviors: [
                  cfBehavior({ PathPattern: '/a/*', ResponseHeadersPolicyId: { Ref: 'Short' } }),
                  cfBehavior({ PathPattern: '/b/*', ResponseHeadersPolicyId: { Ref: 'NoSub' } }),
                  cfBehavior({ PathPattern: '/c/*', ResponseHeadersPolicyId: SECURITY_HEADERS_POLICY_ID }),
                  cfBehavior({ PathPattern: '/d/*', ResponseHeadersPolicyId: { Ref: 'ManagedPolicy' } }),
                ],
              }),
            },
          },
          expected: [
            'Site/defaultCacheBehavior: fail',
            'Site/orderedCacheBehaviors[0]: fail',
            'Site/orderedCacheBehaviors[1]: fail',
            'Site/orderedCacheBehaviors[2]: fail',
            'Site/orderedCacheBehaviors[3]: fail',
          ],
        },
        {
          name: 'unknown: a policy id from a parameter without a default, a policy whose config comes from Fn::ImportValue, a policy outside the stack',
          pulumi: [
            resHeadersUnknown('Imported'),
            distribution('ByParam', { defaultCacheBehavior: behavior({ responseHeadersPolicyId: UNKNOWN }) }),
            distribution('ByImport', { defaultCacheBehavior: behavior({ responseHeadersPolicyId: UNKNOWN }) }, { defaultCacheBehavior: ['Imported'] }),
            distribution('Elsewhere', { defaultCacheBehavior: behavior({ responseHeadersPolicyId: '11111111-2222-3333-4444-555555555555' }) }),
          ],
          cfn: {
            Parameters: noDefault('PolicyId'),
            Resources: {
              Imported: { Type: 'AWS::CloudFront::ResponseHeadersPolicy', Properties: { ResponseHeadersPolicyConfig: { 'Fn::ImportValue': 'shared-headers' } } },
              ByParam: cfDistribution({ DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId: { Ref: 'PolicyId' } }) }),
              ByImport: cfDistribution({ DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId: { Ref: 'Imported' } }) }),
              Elsewhere: cfDistribution({ DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId: '11111111-2222-3333-4444-555555555555' }) }),
            },
          },
          expected: ['ByParam/defaultCacheBehavior: unknown', 'ByImport/defaultCacheBehavior: unknown', 'Elsewhere/defaultCacheBehavior: unknown'],
        },
      ],
    },
    {
      titles: ['HDR1 parity: HSTS', 'HTTPS listeners of internet-facing Application Load Balancers (ListenerAttributes)'],
      cases: [
        {
          name: 'compliant: the HSTS attribute on a listener of an ALB whose Scheme is absent (internet-facing) or internet-facing',
          pulumi: [
            loadBalancer('Alb'),
            loadBalancer('Public', { internal: false }),
            httpsListener('Https', 'Alb', { routingHttpResponseStrictTransportSecurityHeaderValue: HSTS }),
            httpsListener('PublicHttps', 'Public', { routingHttpResponseStrictTransportSecurityHeaderValue: `${HSTS}; preload` }),
          ],
          cfn: {
            Alb: cfLoadBalancer(),
            Public: cfLoadBalancer({ Scheme: 'internet-facing' }),
            Https: cfHttpsListener('Alb', listenerAttributes({ [HSTS_KEY]: HSTS })),
            PublicHttps: cfHttpsListener('Public', listenerAttributes({ [HSTS_KEY]: `${HSTS}; preload`, 'routing.http.response.server.enabled': 'false' })),
          },
          expected: ['Https: pass', 'PublicHttps: pass'],
        },
        {
          name: 'non-compliant: no attribute, and one without includeSubDomains',
          pulumi: [loadBalancer('Alb'), httpsListener('Bare', 'Alb'), httpsListener('Weak', 'Alb', { routingHttpResponseStrictTransportSecurityHeaderValue: 'max-age=31536000' })],
          cfn: { Alb: cfLoadBalancer(), Bare: cfHttpsListener('Alb'), Weak: cfHttpsListener('Alb', listenerAttributes({ [HSTS_KEY]: 'max-age=31536000' })) },
          expected: ['Bare: fail', 'Weak: fail'],
        },
        {
          name: 'not applicable: an internal ALB (Scheme internal), a network load balancer, a plain HTTP listener',
          pulumi: [
            loadBalancer('Inside', { internal: true }),
            loadBalancer('Nlb', { loadBalancerType: 'network' }),
            loadBalancer('Alb'),
            httpsListener('Internal', 'Inside'),
            httpsListener('Tls', 'Nlb', { protocol: 'TLS' }),
            httpsListener('Http', 'Alb', { protocol: 'HTTP', port: 80 }),
          ],
          cfn: {
            Inside: cfLoadBalancer({ Scheme: 'internal' }),
            Nlb: cfLoadBalancer({ Type: 'network' }),
            Alb: cfLoadBalancer(),
            Internal: cfHttpsListener('Inside'),
            Tls: cfHttpsListener('Nlb', { Protocol: 'TLS' }),
            Http: cfHttpsListener('Alb', { Protocol: 'HTTP', Port: 80 }),
          },
          expected: ['Internal: not-applicable', 'Tls: not-applicable', 'Http: not-applicable'],
        },
        {
          name: 'unknown: the attribute value from a parameter without a default, the attribute list from Fn::ImportValue, the Scheme from a parameter',
          pulumi: [
            loadBalancer('Alb'),
            loadBalancer('Either', { internal: UNKNOWN }),
            httpsListener('ByParam', 'Alb', { routingHttpResponseStrictTransportSecurityHeaderValue: UNKNOWN }),
            httpsListener('ByImport', 'Alb', { routingHttpResponseStrictTransportSecurityHeaderValue: UNKNOWN }),
            httpsListener('OnEither', 'Either'),
          ],
          cfn: {
            Parameters: noDefault('Hsts', 'Scheme'),
            Resources: {
              Alb: cfLoadBalancer(),
              Either: cfLoadBalancer({ Scheme: { Ref: 'Scheme' } }),
              ByParam: cfHttpsListener('Alb', listenerAttributes({ [HSTS_KEY]: { Ref: 'Hsts' } })),
              ByImport: cfHttpsListener('Alb', { ListenerAttributes: { 'Fn::ImportValue': 'listener-attributes' } }),
              OnEither: cfHttpsListener('Either'),
            },
          },
          expected: ['ByParam: unknown', 'ByImport: unknown', 'OnEither: unknown'],
        },
      ],
    },
    {
      titles: ['HDR1 parity: HSTS', 'RFC 6797 section 6.1: a repeated directive makes the value invalid (custom CloudFront header, ALB attribute)'],
      cases: [
        {
          name: 'compliant: a quoted max-age and upper-case directive names (6.1 item 3, 6.1.1)',
          pulumi: [
            headersPolicy('Quoted', custom('MAX-AGE="63072000"; INCLUDESUBDOMAINS')),
            site('Quoted'),
            loadBalancer('Alb'),
            httpsListener('Https', 'Alb', { routingHttpResponseStrictTransportSecurityHeaderValue: 'max-age="31536000"; IncludeSubDomains;' }),
          ],
          cfn: {
            Quoted: cfHeadersPolicy(cfCustom('MAX-AGE="63072000"; INCLUDESUBDOMAINS')),
            QuotedSite: cfSite('Quoted'),
            Alb: cfLoadBalancer(),
            Https: cfHttpsListener('Alb', listenerAttributes({ [HSTS_KEY]: 'max-age="31536000"; IncludeSubDomains;' })),
          },
          expected: ['QuotedSite/defaultCacheBehavior: pass', 'Https: pass'],
        },
        {
          name: 'non-compliant: max-age=31536000; max-age=0 (CloudFront and ALB), includeSubDomains twice in different case (ALB)',
          pulumi: [
            headersPolicy('Twice', custom('max-age=31536000; includeSubDomains; max-age=0')),
            site('Twice'),
            loadBalancer('Alb'),
            httpsListener('MaxAgeTwice', 'Alb', { routingHttpResponseStrictTransportSecurityHeaderValue: 'max-age=31536000; max-age=0; includeSubDomains' }),
            httpsListener('SubTwice', 'Alb', { routingHttpResponseStrictTransportSecurityHeaderValue: 'max-age=31536000; includeSubDomains; includesubdomains' }),
          ],
          cfn: {
            Twice: cfHeadersPolicy(cfCustom('max-age=31536000; includeSubDomains; max-age=0')),
            TwiceSite: cfSite('Twice'),
            Alb: cfLoadBalancer(),
            MaxAgeTwice: cfHttpsListener('Alb', listenerAttributes({ [HSTS_KEY]: 'max-age=31536000; max-age=0; includeSubDomains' })),
            SubTwice: cfHttpsListener('Alb', listenerAttributes({ [HSTS_KEY]: 'max-age=31536000; includeSubDomains; includesubdomains' })),
          },
          expected: ['TwiceSite/defaultCacheBehavior: fail', 'MaxAgeTwice: fail', 'SubTwice: fail'],
        },
        {
          name: 'unknown: the custom header value from a parameter without a default',
          pulumi: [headersPolicy('Later', custom(UNKNOWN)), site('Later')],
          cfn: { Parameters: noDefault('Hsts'), Resources: { Later: cfHeadersPolicy(cfCustom({ Ref: 'Hsts' })), LaterSite: cfSite('Later') } },
          expected: ['LaterSite/defaultCacheBehavior: unknown'],
        },
      ],
    },
  ],
};
