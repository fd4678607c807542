/** HDR3's cases, written once for both engines: the parity test (test/parity/HDR3.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { HDR3 } from '../../src/rules/hdr/HDR3-csp-no-unsafe-scripts';
import { cfHeadersPolicy, cfHttpsListener, cfLoadBalancer, cfSiteWith, headersPolicy, httpsListener, listenerAttributes, loadBalancer, noDefault, siteWith } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const GOOD = "default-src 'self'; script-src 'self'; object-src 'none'";
const INLINE = "default-src 'self'; script-src 'self' 'unsafe-inline'";
const csp = (contentSecurityPolicy: unknown) => ({ securityHeadersConfig: { contentSecurityPolicy: { contentSecurityPolicy, override: true } } });
const cfCsp = (ContentSecurityPolicy: unknown) => ({ SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy, Override: true } } });
const attached = (policy: string) => [siteWith(`${policy}Site`, policy)];
const cfAttached = (policy: string) => ({ [`${policy}Site`]: cfSiteWith(policy) });
const CSP_KEY = 'routing.http.response.content_security_policy.header_value';

export const HDR3_CASES: RequirementCases = {
  rule: HDR3,
  groups: [
    {
      titles: ['HDR3 parity: Content-Security-Policy without unsafe script sources', 'CloudFront behaviors'],
      cases: [
        {
          name: "compliant: script-src 'self' from the policy of the stack",
          pulumi: [headersPolicy('Strict', csp(GOOD)), ...attached('Strict')],
          cfn: { Strict: cfHeadersPolicy(cfCsp(GOOD)), ...cfAttached('Strict') },
          expected: ['StrictSite/defaultCacheBehavior: pass'],
        },
        {
          name: "non-compliant: 'unsafe-inline' in script-src, a policy with no CSP",
          pulumi: [headersPolicy('Inline', csp(INLINE)), headersPolicy('None', { securityHeadersConfig: { contentTypeOptions: { override: true } } }), ...attached('Inline'), ...attached('None')],
          cfn: {
            Inline: cfHeadersPolicy(cfCsp(INLINE)),
            None: cfHeadersPolicy({ SecurityHeadersConfig: { ContentTypeOptions: { Override: true } } }),
            ...cfAttached('Inline'),
            ...cfAttached('None'),
          },
          expected: ['InlineSite/defaultCacheBehavior: fail', 'NoneSite/defaultCacheBehavior: fail'],
        },
        {
          name: 'unknown: the CSP from a parameter without a default',
          pulumi: [headersPolicy('Later', csp(UNKNOWN)), ...attached('Later')],
          cfn: { Parameters: noDefault('Csp'), Resources: { Later: cfHeadersPolicy(cfCsp({ Ref: 'Csp' })), ...cfAttached('Later') } },
          expected: ['LaterSite/defaultCacheBehavior: unknown'],
        },
      ],
    },
    {
      titles: ['HDR3 parity: Content-Security-Policy without unsafe script sources', 'HTTPS listeners of internet-facing ALBs'],
      cases: [
        {
          name: 'compliant: the content_security_policy attribute',
          pulumi: [loadBalancer('Alb'), httpsListener('Https', 'Alb', { routingHttpResponseContentSecurityPolicyHeaderValue: GOOD })],
          cfn: { Alb: cfLoadBalancer(), Https: cfHttpsListener('Alb', listenerAttributes({ [CSP_KEY]: GOOD })) },
          expected: ['Https: pass'],
        },
        {
          name: "non-compliant: 'unsafe-eval' through default-src, no attribute",
          pulumi: [loadBalancer('Alb'), httpsListener('Eval', 'Alb', { routingHttpResponseContentSecurityPolicyHeaderValue: "default-src 'self' 'unsafe-eval'" }), httpsListener('Bare', 'Alb')],
          cfn: { Alb: cfLoadBalancer(), Eval: cfHttpsListener('Alb', listenerAttributes({ [CSP_KEY]: "default-src 'self' 'unsafe-eval'" })), Bare: cfHttpsListener('Alb') },
          expected: ['Eval: fail', 'Bare: fail'],
        },
        {
          name: 'unknown: one attribute item from Fn::ImportValue (it could set any attribute)',
          pulumi: [loadBalancer('Alb'), httpsListener('Https', 'Alb', { routingHttpResponseContentSecurityPolicyHeaderValue: UNKNOWN })],
          cfn: {
            Alb: cfLoadBalancer(),
            Https: cfHttpsListener('Alb', { ListenerAttributes: [{ Key: 'routing.http.response.server.enabled', Value: 'false' }, { 'Fn::ImportValue': 'csp-attribute' }] }),
          },
          expected: ['Https: unknown'],
        },
      ],
    },
  ],
};
