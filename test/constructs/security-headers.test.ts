import { Duration } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { MARKETPLACE_FRAME_ANCESTORS, SecurityHeaders, assertSafeScriptSources, buildContentSecurityPolicy } from '../../src/constructs';
import { testStack } from './evaluate';

describe('buildContentSecurityPolicy', () => {
  it('restricts scripts to self and lets the marketplace hosts frame the page by default', () => {
    const csp = buildContentSecurityPolicy();
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain(`frame-ancestors ${[...MARKETPLACE_FRAME_ANCESTORS.atlassian, ...MARKETPLACE_FRAME_ANCESTORS.miro, ...MARKETPLACE_FRAME_ANCESTORS.trello].join(' ')}`);
  });

  it('takes frame-ancestors and other directives', () => {
    const csp = buildContentSecurityPolicy({ frameAncestors: ["'self'"], otherDirectives: { 'font-src': ["'self'"], 'upgrade-insecure-requests': [] } });
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("font-src 'self'");
    expect(csp).toMatch(/upgrade-insecure-requests$/);
  });

  it.each(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'UNSAFE-INLINE'"])('throws at construction on %s in script-src', (keyword) => {
    expect(() => buildContentSecurityPolicy({ scriptSrc: ["'self'", keyword] })).toThrow(new RegExp(`allows .*${keyword.replace(/'/g, "'")} in script-src`, 'i'));
  });

  it("throws on 'unsafe-*' in script-src-elem, and in default-src when there is no script-src", () => {
    expect(() => buildContentSecurityPolicy({ otherDirectives: { 'script-src-elem': ["'unsafe-inline'"] } })).toThrow(/script-src-elem/);
    expect(() => assertSafeScriptSources("default-src 'self' 'unsafe-eval'")).toThrow(/default-src/);
    expect(() => assertSafeScriptSources("style-src 'self'")).toThrow(/neither script-src nor default-src/);
    expect(() => assertSafeScriptSources("default-src 'self'; style-src 'unsafe-inline'")).not.toThrow();
  });
});

describe('SecurityHeaders', () => {
  function policyOf(props: ConstructorParameters<typeof SecurityHeaders>[2] = {}) {
    const { stack } = testStack();
    const headers = new SecurityHeaders(stack, 'Headers', props);
    const config = Object.values(Template.fromStack(stack).findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0].Properties.ResponseHeadersPolicyConfig;
    return { headers, config };
  }

  it('sends HSTS (a year, includeSubDomains), strict-origin, the CSP, nosniff and Cache-Control no-cache, no-store, all overriding the origin', () => {
    const { headers, config } = policyOf();
    expect(config.SecurityHeadersConfig).toEqual({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31536000, IncludeSubdomains: true, Preload: false, Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin', Override: true },
      ContentSecurityPolicy: { ContentSecurityPolicy: headers.contentSecurityPolicy, Override: true },
      ContentTypeOptions: { Override: true },
    });
    expect(config.CustomHeadersConfig.Items).toEqual(expect.arrayContaining([{ Header: 'Cache-Control', Value: 'no-cache, no-store', Override: true }]));
    expect(headers.strictTransportSecurity).toBe('max-age=31536000; includeSubDomains');
  });

  it('sends no X-Frame-Options unless asked (marketplace hosts frame the app)', () => {
    expect(policyOf().config.SecurityHeadersConfig.FrameOptions).toBeUndefined();
    expect(policyOf({ frameOption: cloudfront.HeadersFrameOption.SAMEORIGIN }).config.SecurityHeadersConfig.FrameOptions).toEqual({ FrameOption: 'SAMEORIGIN', Override: true });
  });

  it('accepts strict-origin-when-cross-origin and refuses the referrer policies that leak URLs', () => {
    expect(policyOf({ referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN }).config.SecurityHeadersConfig.ReferrerPolicy.ReferrerPolicy).toBe(
      'strict-origin-when-cross-origin',
    );
    expect(() => policyOf({ referrerPolicy: cloudfront.HeadersReferrerPolicy.UNSAFE_URL })).toThrow(/unsafe-url sends full URLs/);
    expect(() => policyOf({ referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER_WHEN_DOWNGRADE })).toThrow(/no-referrer-when-downgrade/);
  });

  it('refuses HSTS shorter than a year, and an unsafe CSP given as text', () => {
    expect(() => policyOf({ hstsMaxAge: Duration.days(30) })).toThrow(/at least one year/);
    expect(() => policyOf({ contentSecurityPolicy: "default-src 'self'; script-src 'self' 'unsafe-inline'" })).toThrow(/'unsafe-inline' in script-src/);
  });

  it('passes ResponseHeadersPolicyProps through, and refuses a Cache-Control custom header', () => {
    const { config } = policyOf({
      corsBehavior: {
        accessControlAllowCredentials: false,
        accessControlAllowHeaders: ['*'],
        accessControlAllowMethods: ['GET'],
        accessControlAllowOrigins: ['https://app.example.com'],
        originOverride: true,
      },
      customHeadersBehavior: { customHeaders: [{ header: 'X-App', value: 'marketplace', override: true }] },
    });
    expect(config.CorsConfig).toEqual(expect.objectContaining({ AccessControlAllowOrigins: { Items: ['https://app.example.com'] } }));
    expect(config.CustomHeadersConfig.Items).toEqual(expect.arrayContaining([{ Header: 'X-App', Value: 'marketplace', Override: true }, expect.objectContaining({ Header: 'Cache-Control' })]));
    expect(() => policyOf({ customHeadersBehavior: { customHeaders: [{ header: 'cache-control', value: 'public', override: true }] } })).toThrow(/sets cache-control/);
  });

  it('is accepted where CDK expects an IResponseHeadersPolicy', () => {
    const { stack } = testStack();
    const headers: cloudfront.IResponseHeadersPolicy = new SecurityHeaders(stack, 'Headers');
    new cloudfront.Distribution(stack, 'Plain', { defaultBehavior: { origin: new origins.HttpOrigin('origin.app.example.com'), responseHeadersPolicy: headers } });
    const config = Object.values(Template.fromStack(stack).findResources('AWS::CloudFront::Distribution'))[0].Properties.DistributionConfig;
    expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual(stack.resolve(headers.responseHeadersPolicyId));
  });
});
