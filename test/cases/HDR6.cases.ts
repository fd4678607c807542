/** HDR6's cases, written once for both engines: the parity test (test/parity/HDR6.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { SECURITY_HEADERS_POLICY_ID } from '../../src/facts/cloudfront-managed-policies';
import { HDR6 } from '../../src/rules/hdr/HDR6-nosniff';
import {
  behavior,
  cfBehavior,
  cfDistribution,
  cfHeadersPolicy,
  cfHttpsListener,
  cfLoadBalancer,
  cfSiteWith,
  distribution,
  headersPolicy,
  httpsListener,
  listenerAttributes,
  loadBalancer,
  noDefault,
  siteWith,
} from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const NOSNIFF_KEY = 'routing.http.response.x_content_type_options.header_value';
const custom = (value: unknown) => ({ customHeadersConfig: { items: [{ header: 'X-Content-Type-Options', value, override: true }] } });
const cfCustom = (Value: unknown) => ({ CustomHeadersConfig: { Items: [{ Header: 'X-Content-Type-Options', Value, Override: true }] } });

export const HDR6_CASES: RequirementCases = {
  rule: HDR6,
  groups: [
    {
      titles: ['HDR6 parity: X-Content-Type-Options nosniff', 'CloudFront behaviors'],
      cases: [
        {
          name: 'compliant: ContentTypeOptions in the policy of the stack; the managed SecurityHeadersPolicy',
          pulumi: [
            headersPolicy('Headers', { securityHeadersConfig: { contentTypeOptions: { override: true } } }),
            siteWith('Site', 'Headers'),
            distribution('Managed', { defaultCacheBehavior: behavior({ responseHeadersPolicyId: SECURITY_HEADERS_POLICY_ID }) }),
          ],
          cfn: {
            Headers: cfHeadersPolicy({ SecurityHeadersConfig: { ContentTypeOptions: { Override: true } } }),
            Site: cfSiteWith('Headers'),
            Managed: cfDistribution({ DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId: SECURITY_HEADERS_POLICY_ID }) }),
          },
          expected: ['Site/defaultCacheBehavior: pass', 'Managed/defaultCacheBehavior: pass'],
        },
        {
          name: 'non-compliant: a custom header that is not nosniff; no policy on an ordered behavior',
          pulumi: [
            headersPolicy('Wrong', custom('sniff')),
            distribution(
              'Site',
              { defaultCacheBehavior: behavior({ responseHeadersPolicyId: UNKNOWN }), orderedCacheBehaviors: [behavior({ pathPattern: '/api/*' })] },
              { defaultCacheBehavior: ['Wrong'] },
            ),
          ],
          cfn: {
            Wrong: cfHeadersPolicy(cfCustom('sniff')),
            Site: cfDistribution({ DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId: { Ref: 'Wrong' } }), CacheBehaviors: [cfBehavior({ PathPattern: '/api/*' })] }),
          },
          expected: ['Site/defaultCacheBehavior: fail', 'Site/orderedCacheBehaviors[0]: fail'],
        },
        {
          name: 'unknown: the custom header value from a parameter without a default',
          pulumi: [headersPolicy('Later', custom(UNKNOWN)), siteWith('Site', 'Later')],
          cfn: {
            Parameters: noDefault('Nosniff'),
            Resources: { Later: cfHeadersPolicy(cfCustom({ Ref: 'Nosniff' })), Site: cfSiteWith('Later') },
          },
          expected: ['Site/defaultCacheBehavior: unknown'],
        },
      ],
    },
    {
      titles: ['HDR6 parity: X-Content-Type-Options nosniff', 'HTTPS listeners of internet-facing ALBs'],
      cases: [
        {
          name: 'compliant: the x_content_type_options attribute nosniff',
          pulumi: [loadBalancer('Alb'), httpsListener('Https', 'Alb', { routingHttpResponseXContentTypeOptionsHeaderValue: 'nosniff' })],
          cfn: { Alb: cfLoadBalancer(), Https: cfHttpsListener('Alb', listenerAttributes({ [NOSNIFF_KEY]: 'nosniff' })) },
          expected: ['Https: pass'],
        },
        {
          name: 'non-compliant: no attribute',
          pulumi: [loadBalancer('Alb'), httpsListener('Https', 'Alb')],
          cfn: { Alb: cfLoadBalancer(), Https: cfHttpsListener('Alb') },
          expected: ['Https: fail'],
        },
        {
          name: 'unknown: the listener load balancer from a parameter without a default (a compliant listener would pass anyway, this one does not)',
          pulumi: [httpsListener('Https', undefined)],
          cfn: { Parameters: noDefault('LoadBalancerArn'), Resources: { Https: cfHttpsListener('Alb', { LoadBalancerArn: { Ref: 'LoadBalancerArn' } }) } },
          expected: ['Https: unknown'],
        },
      ],
    },
  ],
};
