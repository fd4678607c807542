import { EngineFix, Requirement } from '../types';
import { joinedFixes } from './joined-fixes';

/* Quotes are verbatim from shared/seeds; levels follow the rule stated in tls.ts. */
const MIRO = '000_3a6f8757cabd1b3d.txt';
const ATLASSIAN_GUIDELINES = '001_38a64b8c7ac22666.txt';
const ATLASSIAN_REQUIREMENTS = '002_9dae125c408bd9d6.txt';
const TRELLO = '003_be9a984fc131ae42.txt';

/** HDR1 on CloudFront: a response headers policy every behavior attaches. */
const HSTS_CLOUDFRONT: EngineFix = {
  pulumi: `const headers = new aws.cloudfront.ResponseHeadersPolicy('security-headers', {
  securityHeadersConfig: {
    strictTransportSecurity: { accessControlMaxAgeSec: 31536000, includeSubdomains: true, override: true },
  },
});
// every behavior of the aws.cloudfront.Distribution: responseHeadersPolicyId: headers.id`,
  cdk: `const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
  securityHeadersBehavior: {
    strictTransportSecurity: { accessControlMaxAge: cdk.Duration.days(365), includeSubdomains: true, override: true },
  },
});
// every behavior of the cloudfront.Distribution: responseHeadersPolicy: headers`,
  cloudformation: `SecurityHeaders:
  Type: AWS::CloudFront::ResponseHeadersPolicy
  Properties:
    ResponseHeadersPolicyConfig:
      Name: security-headers
      SecurityHeadersConfig:
        StrictTransportSecurity: { AccessControlMaxAgeSec: 31536000, IncludeSubdomains: true, Override: true }
# every cache behavior of the AWS::CloudFront::Distribution: ResponseHeadersPolicyId: !Ref SecurityHeaders`,
};

/** HDR1 on an ALB HTTPS listener: its HSTS header attribute. */
const HSTS_LISTENER: EngineFix = {
  pulumi: `new aws.lb.Listener('https', {
  ...httpsListenerArgs,
  routingHttpResponseStrictTransportSecurityHeaderValue: 'max-age=31536000; includeSubDomains',
});`,
  cdk: `listener.setAttribute('routing.http.response.strict_transport_security.header_value', 'max-age=31536000; includeSubDomains');`,
  cloudformation: `Https:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    # ...Port 443, Protocol HTTPS, Certificates, DefaultActions
    ListenerAttributes:
      - Key: routing.http.response.strict_transport_security.header_value
        Value: 'max-age=31536000; includeSubDomains'`,
};

export const HDR_REQUIREMENTS: Requirement[] = [
  {
    id: 'HDR1',
    area: 'HDR',
    title: 'HSTS for at least one year, subdomains included',
    rationale:
      'Without Strict-Transport-Security a browser may still try plain HTTP first, which an attacker on the network can intercept; a year-long max-age with includeSubDomains closes that window for the app and its subdomains.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Network and server configuration',
        level: 'must',
        quote: 'Enable HSTS with a max-age of at least one year.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'App server configuration',
        level: 'must',
        quote: 'HSTS must be enabled with a maximum age of at least one year.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Transport layer security',
        level: 'must',
        quote: 'HSTS must be enabled with a minimum age of at least one year.',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Server Settings',
        level: 'should',
        quote: 'HSTS should be enabled with a minimum age of at least one year.',
      },
    ],
    enforcement: 'mandatory',
    check:
      'HSTS: every CF behavior is attached to a response headers policy with Strict-Transport-Security max-age >= 31536000, includeSubDomains, override on. The AWS managed SecurityHeadersPolicy (67f7725c-6f97-4210-82d7-5512b31e9d03) does not qualify (origin can override; no includeSubDomains). Internet-facing ALB HTTPS listeners set `routing.http.response.strict_transport_security.header_value` to the same. A value RFC 6797 section 6.1 makes browsers ignore (a repeated directive such as `max-age=31536000; max-age=0`, a max-age that is not delta-seconds) fails.',
    fix: {
      ...joinedFixes(HSTS_CLOUDFRONT, HSTS_LISTENER),
      byKind: { 'cloudfront:Distribution': HSTS_CLOUDFRONT, 'lb:Listener': HSTS_LISTENER },
    },
  },
  {
    id: 'HDR2',
    area: 'HDR',
    title: 'Referrer-Policy set and not leaking full URLs',
    rationale:
      'Tokens in page URLs (such as a JWT in the query string) leak to third parties through the Referer header unless a strict Referrer-Policy is sent; no-referrer-when-downgrade and unsafe-url send the full URL.',
    sources: [
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Referrer Policy',
        level: 'must',
        quote: 'The application must implement the Referrer-Policy header.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Referrer Policy',
        level: 'must',
        quote: 'The header must not be configured to no-referrer-when-downgrade or unsafe-url.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Information leakage',
        level: 'should',
        quote: 'Ensure that secrets are not leaked by the Referer header to third-parties',
      },
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Information leakage',
        level: 'should',
        quote: 'Prevent secrets from being leaked by the Referer header to third parties',
      },
    ],
    enforcement: 'mandatory',
    check:
      'Referrer-Policy present on CF behaviors and not `no-referrer-when-downgrade` or `unsafe-url` (seed recommends `no-referrer`, `origin`, `strict-origin`). ALB cannot set it: internet-facing ALBs not behind CF get an advisory saying the app must.',
    fix: {
      pulumi: `const headers = new aws.cloudfront.ResponseHeadersPolicy('security-headers', {
  securityHeadersConfig: {
    referrerPolicy: { referrerPolicy: 'strict-origin', override: true },
  },
});
// every behavior of the aws.cloudfront.Distribution: responseHeadersPolicyId: headers.id`,
      cdk: `const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
  securityHeadersBehavior: {
    referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN, override: true },
  },
});
// every behavior of the cloudfront.Distribution: responseHeadersPolicy: headers`,
      cloudformation: `SecurityHeaders:
  Type: AWS::CloudFront::ResponseHeadersPolicy
  Properties:
    ResponseHeadersPolicyConfig:
      Name: security-headers
      SecurityHeadersConfig:
        ReferrerPolicy: { ReferrerPolicy: strict-origin, Override: true }
# every cache behavior of the AWS::CloudFront::Distribution: ResponseHeadersPolicyId: !Ref SecurityHeaders`,
      byKind: {
        'lb:LoadBalancer': {
          pulumi: `// An aws.lb.LoadBalancer cannot add Referrer-Policy: the app sends 'Referrer-Policy: strict-origin' on every response,
// or an aws.cloudfront.Distribution in front of the ALB attaches an aws.cloudfront.ResponseHeadersPolicy with
// securityHeadersConfig: { referrerPolicy: { referrerPolicy: 'strict-origin', override: true } }`,
          cdk: `// An ALB cannot add Referrer-Policy: the app sends 'Referrer-Policy: strict-origin' on every response,
// or a cloudfront.Distribution in front of the ALB (origins.LoadBalancerV2Origin) attaches a cloudfront.ResponseHeadersPolicy with
// securityHeadersBehavior: { referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN, override: true } }`,
          cloudformation: `# An AWS::ElasticLoadBalancingV2::LoadBalancer cannot add Referrer-Policy: the app sends 'Referrer-Policy: strict-origin' on every response,
# or an AWS::CloudFront::Distribution in front of the ALB attaches an AWS::CloudFront::ResponseHeadersPolicy with
# SecurityHeadersConfig: { ReferrerPolicy: { ReferrerPolicy: strict-origin, Override: true } }`,
        },
      },
    },
  },
  {
    id: 'HDR3',
    area: 'HDR',
    title: 'Content-Security-Policy restricts scripts (no unsafe-inline, unsafe-eval, unsafe-hashes)',
    rationale: "A script-src that allows inline or eval'd script lets an injected payload run; a strict policy limits the damage of any cross-site scripting bug to nothing executable.",
    sources: [
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Server Settings',
        level: 'should',
        quote: 'You should put a Content-Security-Policy in place to restrict scripts to only your known allowed origins.',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Server Settings',
        level: 'should',
        quote: 'Specifically, you should set the script-src directive to exclude unsafe-eval, unsafe-hashes and unsafe-inline.',
      },
    ],
    enforcement: 'advisory',
    check:
      "Content-Security-Policy present; its `script-src` (or `default-src` when no `script-src`) has none of `'unsafe-inline'`, `'unsafe-eval'`, `'unsafe-hashes'`. CF policies and ALB `content_security_policy` attribute.",
    fix: {
      pulumi: `const headers = new aws.cloudfront.ResponseHeadersPolicy('security-headers', {
  securityHeadersConfig: {
    contentSecurityPolicy: {
      contentSecurityPolicy: "default-src 'self'; script-src 'self' https://miro.com",
      override: true,
    },
  },
});
// every behavior of the aws.cloudfront.Distribution: responseHeadersPolicyId: headers.id`,
      cdk: `const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
  securityHeadersBehavior: {
    contentSecurityPolicy: {
      contentSecurityPolicy: "default-src 'self'; script-src 'self' https://miro.com",
      override: true,
    },
  },
});
// every behavior of the cloudfront.Distribution: responseHeadersPolicy: headers`,
      cloudformation: `SecurityHeaders:
  Type: AWS::CloudFront::ResponseHeadersPolicy
  Properties:
    ResponseHeadersPolicyConfig:
      Name: security-headers
      SecurityHeadersConfig:
        ContentSecurityPolicy:
          ContentSecurityPolicy: "default-src 'self'; script-src 'self' https://miro.com"
          Override: true
# every cache behavior of the AWS::CloudFront::Distribution: ResponseHeadersPolicyId: !Ref SecurityHeaders`,
      byKind: {
        'lb:Listener': {
          pulumi: `new aws.lb.Listener('https', {
  ...httpsListenerArgs,
  routingHttpResponseContentSecurityPolicyHeaderValue: "default-src 'self'; script-src 'self' https://miro.com",
});`,
          cdk: `listener.setAttribute('routing.http.response.content_security_policy.header_value', "default-src 'self'; script-src 'self' https://miro.com");`,
          cloudformation: `Https:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    # ...Port 443, Protocol HTTPS, Certificates, DefaultActions
    ListenerAttributes:
      - Key: routing.http.response.content_security_policy.header_value
        Value: "default-src 'self'; script-src 'self' https://miro.com"`,
        },
      },
    },
  },
  {
    id: 'HDR4',
    area: 'HDR',
    title: 'Sensitive pages are not cached (Cache-Control: no-cache, no-store)',
    rationale:
      'Cached pages with user data can be read back from a shared browser or, on a CDN, served to another user; sensitive responses must say no-cache, no-store and the CDN must not cache them.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Data storage',
        level: 'must',
        quote: 'Do not cache sensitive data.',
      },
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Data storage',
        level: 'must',
        quote: 'Use no-cache and no-store values in the Cache-Control header for HTTPS pages with sensitive data.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'App server configuration',
        level: 'should',
        quote: 'Ensure that the cache-control headers are properly set, to avoid caching of sensitive pages.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Cache control',
        level: 'must',
        quote: 'The application must disable caching on all HTTPS pages that contain sensitive data by using no-cache and no-store instead of private in the Cache-Control header.',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Server Settings',
        level: 'must',
        quote: 'The application must disable caching on all HTTPS pages that contain sensitive data by using no-cache and no-store instead of private in the Cache-Control header.',
      },
    ],
    enforcement: 'mandatory',
    check:
      "No caching of sensitive pages: CF behaviors that are not static-asset paths (configurable patterns, e.g. `/static/*`, `*.js`) send `Cache-Control: no-cache, no-store` (custom header, override on) and use a cache policy that does not cache (CachingDisabled 4135ea2d-6df8-44a3-9df3-4b5a84be39ad or all TTLs 0) — otherwise the CDN itself serves one user's page to another.",
    fix: {
      pulumi: `const noStore = new aws.cloudfront.ResponseHeadersPolicy('no-store', {
  customHeadersConfig: { items: [{ header: 'Cache-Control', value: 'no-cache, no-store', override: true }] },
});
new aws.cloudfront.Distribution('cdn', {
  ...distributionArgs,
  defaultCacheBehavior: {
    ...behavior,
    cachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
    responseHeadersPolicyId: noStore.id,
  },
});`,
      cdk: `const noStore = new cloudfront.ResponseHeadersPolicy(this, 'NoStore', {
  customHeadersBehavior: {
    customHeaders: [{ header: 'Cache-Control', value: 'no-cache, no-store', override: true }],
  },
});
new cloudfront.Distribution(this, 'Cdn', {
  defaultBehavior: {
    origin,
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
    responseHeadersPolicy: noStore,
  },
});`,
      cloudformation: `NoStore:
  Type: AWS::CloudFront::ResponseHeadersPolicy
  Properties:
    ResponseHeadersPolicyConfig:
      Name: no-store
      CustomHeadersConfig:
        Items: [{ Header: Cache-Control, Value: 'no-cache, no-store', Override: true }]
Cdn:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      DefaultCacheBehavior:
        CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad # Managed-CachingDisabled
        ResponseHeadersPolicyId: !Ref NoStore`,
    },
  },
  {
    id: 'HDR5',
    area: 'HDR',
    title: 'HTTP TRACE is disabled',
    rationale: 'TRACE echoes the request back, headers and cookies included, which helps cross-site tracing attacks; an app has no use for it.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Network configuration',
        level: 'should',
        quote: 'Ensure that HTTP methods like TRACE are disabled if not in use.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'App server configuration',
        level: 'should',
        quote: 'Ensure that HTTP methods, such as TRACE, are disabled, if not being used.',
      },
    ],
    enforcement: 'advisory',
    check: 'TRACE disabled: CF cannot forward TRACE (pass by construction); internet-facing ALB listeners have a rule answering `http-request-method` TRACE with a fixed response.',
    fix: {
      pulumi: `new aws.lb.ListenerRule('no-trace', {
  listenerArn: listener.arn,
  priority: 1,
  conditions: [{ httpRequestMethod: { values: ['TRACE'] } }],
  actions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '405' } }],
});`,
      cdk: `new elbv2.ApplicationListenerRule(this, 'NoTrace', {
  listener,
  priority: 1,
  conditions: [elbv2.ListenerCondition.httpRequestMethods(['TRACE'])],
  action: elbv2.ListenerAction.fixedResponse(405, { contentType: 'text/plain' }),
});`,
      cloudformation: `NoTrace:
  Type: AWS::ElasticLoadBalancingV2::ListenerRule
  Properties:
    ListenerArn: !Ref Https
    Priority: 1
    Conditions: [{ Field: http-request-method, HttpRequestMethodConfig: { Values: [TRACE] } }]
    Actions: [{ Type: fixed-response, FixedResponseConfig: { ContentType: text/plain, StatusCode: '405' } }]`,
    },
  },
  {
    id: 'HDR6',
    area: 'HDR',
    title: 'X-Content-Type-Options: nosniff',
    rationale: 'Without nosniff a browser may guess that user-supplied data is HTML or script and run it; the header keeps data treated as data.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Secure input and output handling',
        level: 'should',
        quote: 'Encode all output to process data as data, not as code.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Input validation and output encoding',
        level: 'should',
        quote: 'Ensure data is treated as data and not as code, especially in different browser contexts.',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Cross-site Scripting',
        level: 'should',
        quote: 'Any user-generated content should be escaped.',
      },
    ],
    enforcement: 'advisory',
    check: '`X-Content-Type-Options: nosniff` on CF and ALB.',
    fix: {
      pulumi: `new aws.cloudfront.ResponseHeadersPolicy('security-headers', {
  securityHeadersConfig: { contentTypeOptions: { override: true } },
});
new aws.lb.Listener('https', { ...httpsListenerArgs, routingHttpResponseXContentTypeOptionsHeaderValue: 'nosniff' });`,
      cdk: `new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
  securityHeadersBehavior: { contentTypeOptions: { override: true } },
});
listener.setAttribute('routing.http.response.x_content_type_options.header_value', 'nosniff');`,
      cloudformation: `SecurityHeaders:
  Type: AWS::CloudFront::ResponseHeadersPolicy
  Properties:
    ResponseHeadersPolicyConfig:
      Name: security-headers
      SecurityHeadersConfig:
        ContentTypeOptions: { Override: true }
# every cache behavior of the AWS::CloudFront::Distribution: ResponseHeadersPolicyId: !Ref SecurityHeaders
Https:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    # ...Port 443, Protocol HTTPS, Certificates, DefaultActions
    ListenerAttributes:
      - Key: routing.http.response.x_content_type_options.header_value
        Value: nosniff`,
      byKind: {
        'cloudfront:Distribution': {
          pulumi: `const headers = new aws.cloudfront.ResponseHeadersPolicy('security-headers', {
  securityHeadersConfig: { contentTypeOptions: { override: true } },
});
// every behavior of the aws.cloudfront.Distribution: responseHeadersPolicyId: headers.id`,
          cdk: `const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
  securityHeadersBehavior: { contentTypeOptions: { override: true } },
});
// every behavior of the cloudfront.Distribution: responseHeadersPolicy: headers`,
          cloudformation: `SecurityHeaders:
  Type: AWS::CloudFront::ResponseHeadersPolicy
  Properties:
    ResponseHeadersPolicyConfig:
      Name: security-headers
      SecurityHeadersConfig:
        ContentTypeOptions: { Override: true }
# every cache behavior of the AWS::CloudFront::Distribution: ResponseHeadersPolicyId: !Ref SecurityHeaders`,
        },
        'lb:Listener': {
          pulumi: `new aws.lb.Listener('https', { ...httpsListenerArgs, routingHttpResponseXContentTypeOptionsHeaderValue: 'nosniff' });`,
          cdk: `listener.setAttribute('routing.http.response.x_content_type_options.header_value', 'nosniff');`,
          cloudformation: `Https:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    # ...Port 443, Protocol HTTPS, Certificates, DefaultActions
    ListenerAttributes:
      - Key: routing.http.response.x_content_type_options.header_value
        Value: nosniff`,
        },
      },
    },
  },
];
