import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import { HSTS_MIN_MAX_AGE } from '../rules/hdr/HDR1-hsts';
import { LEAKING_REFERRER_POLICIES } from '../rules/hdr/HDR2-referrer-policy';
import { RequirementViolation } from './refuse';
import { ContentSecurityPolicyOptions, assertSafeScriptSources, buildContentSecurityPolicy } from './content-security-policy';

/** What sensitive pages send: neither the browser nor CloudFront may store them (HDR4). */
export const NO_STORE = 'no-cache, no-store';

/**
 * `cloudfront.ResponseHeadersPolicyProps` pass through (CORS, extra custom headers, Server-Timing,
 * removed headers, name, comment); the security headers are set by the props below.
 */
export interface SecurityHeadersProps extends Omit<cloudfront.ResponseHeadersPolicyProps, 'securityHeadersBehavior'> {
  /**
   * The Content-Security-Policy: options for {@link buildContentSecurityPolicy}, or a policy as text
   * (checked the same way: construction fails on `'unsafe-*'` script sources).
   * @default buildContentSecurityPolicy({}): scripts from 'self', framed by the Atlassian, Miro and Trello hosts
   */
  readonly contentSecurityPolicy?: ContentSecurityPolicyOptions | string;
  /**
   * Strict-Transport-Security max-age; at least one year (HDR1). includeSubDomains is always sent.
   * @default Duration.days(365)
   */
  readonly hstsMaxAge?: Duration;
  /**
   * Add `preload` to Strict-Transport-Security (only once the domain is submitted to the preload list).
   * @default false
   */
  readonly hstsPreload?: boolean;
  /**
   * Referrer-Policy. `no-referrer-when-downgrade` and `unsafe-url` are refused (they send full URLs,
   * tokens included, to other sites).
   * @default HeadersReferrerPolicy.STRICT_ORIGIN
   */
  readonly referrerPolicy?: cloudfront.HeadersReferrerPolicy;
  /**
   * The Cache-Control header CloudFront sends (overriding the origin's). Keep the default for app
   * pages and API responses; only policies for static assets should set a caching value.
   * @default 'no-cache, no-store' (and Pragma: no-cache)
   */
  readonly cacheControl?: string;
  /**
   * X-Frame-Options. Not sent by default: marketplace hosts render apps in iframes, and the CSP
   * `frame-ancestors` directive already says who may frame the page.
   * @default none
   */
  readonly frameOption?: cloudfront.HeadersFrameOption;
  /**
   * Response headers CloudFront removes (they reveal the origin's software).
   * @default ['Server', 'X-Powered-By']
   */
  readonly removeHeaders?: string[];
  /**
   * Policy comment.
   * @default 'Security headers (marketplace-guardrails)'
   */
  readonly comment?: string;
}

/** Headers this construct owns: a custom header of the same name would contradict them. */
const OWNED_CUSTOM_HEADERS = new Set(['cache-control', 'pragma']);

/**
 * A CloudFront response headers policy with the headers the marketplaces ask for (HDR1-HDR4, HDR6):
 * HSTS of at least a year with includeSubDomains, a leak-free Referrer-Policy, a CSP without
 * `'unsafe-*'` script sources and with configurable `frame-ancestors`, `X-Content-Type-Options:
 * nosniff`, and `Cache-Control: no-cache, no-store`; every header overrides the origin's.
 * The same values are exposed for the load balancer listener attributes.
 */
export class SecurityHeaders extends cloudfront.ResponseHeadersPolicy {
  /** The Content-Security-Policy text. */
  readonly contentSecurityPolicy: string;
  /** The Strict-Transport-Security value, e.g. `max-age=31536000; includeSubDomains`. */
  readonly strictTransportSecurity: string;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps = {}) {
    const values = securityHeaderValues(id, props);
    super(scope, id, {
      ...props,
      comment: props.comment ?? 'Security headers (marketplace-guardrails)',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: values.maxAge, includeSubdomains: true, preload: props.hstsPreload ?? false, override: true },
        referrerPolicy: { referrerPolicy: values.referrerPolicy, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: values.contentSecurityPolicy, override: true },
        contentTypeOptions: { override: true },
        frameOptions: props.frameOption ? { frameOption: props.frameOption, override: true } : undefined,
      },
      customHeadersBehavior: { customHeaders: values.customHeaders },
      removeHeaders: props.removeHeaders ?? ['Server', 'X-Powered-By'],
    });
    this.contentSecurityPolicy = values.contentSecurityPolicy;
    this.strictTransportSecurity = values.strictTransportSecurity;
  }

  /**
   * The policy itself.
   * @deprecated a SecurityHeaders is a `cloudfront.ResponseHeadersPolicy`: use it directly.
   */
  get policy(): cloudfront.ResponseHeadersPolicy {
    return this;
  }
}

/** The checked header values of `props` (construction fails on a value that breaks HDR1-HDR4). */
function securityHeaderValues(id: string, props: SecurityHeadersProps) {
  const csp = props.contentSecurityPolicy;
  if (typeof csp === 'string') assertSafeScriptSources(csp, `SecurityHeaders ${id}: contentSecurityPolicy`);
  const contentSecurityPolicy = typeof csp === 'string' ? csp : buildContentSecurityPolicy(csp);

  const maxAge = props.hstsMaxAge ?? Duration.days(365);
  if (maxAge.toSeconds() < HSTS_MIN_MAX_AGE) {
    throw new RequirementViolation('SecurityHeaders', id, 'hstsMaxAge', 'HDR1', `${maxAge.toSeconds()} s is shorter than the marketplaces ask; use at least one year (${HSTS_MIN_MAX_AGE} s)`);
  }
  const strictTransportSecurity = `max-age=${maxAge.toSeconds()}; includeSubDomains${props.hstsPreload ? '; preload' : ''}`;

  const referrerPolicy = props.referrerPolicy ?? cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN;
  if (LEAKING_REFERRER_POLICIES.includes(referrerPolicy)) {
    throw new RequirementViolation(
      'SecurityHeaders',
      id,
      'referrerPolicy',
      'HDR2',
      `${referrerPolicy} sends full URLs (with any token in them) to other sites; use strict-origin, strict-origin-when-cross-origin, origin or no-referrer`,
    );
  }

  const extra = props.customHeadersBehavior?.customHeaders ?? [];
  const owned = extra.find((h) => OWNED_CUSTOM_HEADERS.has(h.header.toLowerCase()));
  if (owned) throw new Error(`SecurityHeaders ${id}: customHeadersBehavior sets ${owned.header}, which this policy sets; use cacheControl`);
  const cacheControl = props.cacheControl ?? NO_STORE;
  const customHeaders: cloudfront.ResponseCustomHeader[] = [{ header: 'Cache-Control', value: cacheControl, override: true }];
  if (/no-store/i.test(cacheControl)) customHeaders.push({ header: 'Pragma', value: 'no-cache', override: true });
  return { contentSecurityPolicy, strictTransportSecurity, maxAge, referrerPolicy, customHeaders: [...customHeaders, ...extra] };
}
