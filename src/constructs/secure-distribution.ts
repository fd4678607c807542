import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { RequirementViolation } from './refuse';
import { SecurityHeaders, SecurityHeadersProps } from './security-headers';

/** Viewer TLS policies with TLS >= 1.2 and the recommended (GCM-only) ciphers (TLS1, TLS2). */
const ACCEPTED_VIEWER_POLICIES: readonly cloudfront.SecurityPolicyProtocol[] = [
  cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
  cloudfront.SecurityPolicyProtocol.TLS_V1_2_2025,
  cloudfront.SecurityPolicyProtocol.TLS_V1_3_2025,
];

/** Versioned static assets: the year-long Cache-Control CloudFront sends for them. */
const STATIC_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export interface StaticAssets {
  /** Where static assets come from, e.g. `origins.S3BucketOrigin.withOriginAccessControl(bucket)`. */
  readonly origin: cloudfront.IOrigin;
  /**
   * Path patterns served from `origin` and cached. They must be among the static path patterns our
   * HDR4 check is configured with (default `/static/*`, `/assets/*`, `*.js`, `*.css`, ...).
   * @default ['/static/*']
   */
  readonly pathPatterns?: string[];
}

/**
 * Every `cloudfront.DistributionProps` prop passes through (`additionalBehaviors`, `errorResponses`,
 * `defaultRootObject`, `geoRestriction`, ...); the default behavior's origin is `defaultOrigin` and its
 * other options are `defaultBehavior`. Values that would break a requirement are refused.
 */
export interface SecureDistributionProps extends Omit<cloudfront.DistributionProps, 'defaultBehavior' | 'certificate' | 'domainNames' | 'logBucket'> {
  /** The ACM certificate (in us-east-1, DNS-validated) for `domainNames`. The default `*.cloudfront.net` certificate allows TLS 1.0, so one is required. */
  readonly certificate: acm.ICertificate;
  /** The app's domain names (the certificate must cover them). */
  readonly domainNames: string[];
  /** The app backend (pages, API, lifecycle callbacks), never cached. Use {@link SecureDistribution.httpsOrigin} for a custom origin. */
  readonly defaultOrigin: cloudfront.IOrigin;
  /**
   * Options of the default behavior (`functionAssociations`, `edgeLambdas`, `allowedMethods`, ...),
   * hardened like every behavior.
   * @default redirect-to-https, all methods, CachingDisabled, the security headers, compressed
   */
  readonly defaultBehavior?: cloudfront.AddBehaviorOptions;
  /**
   * Static assets, the only cached paths.
   * @default none: every path goes to `defaultOrigin`, uncached
   */
  readonly staticAssets?: StaticAssets;
  /** The bucket for CloudFront standard logs (LOG2). */
  readonly logBucket: s3.IBucket;
  /**
   * The security headers of app pages and API responses: a {@link SecurityHeaders} or its props.
   * Static asset paths get the same headers with a caching Cache-Control.
   * @default new SecurityHeaders with its defaults
   */
  readonly securityHeaders?: SecurityHeaders | SecurityHeadersProps;
  /**
   * Origin request policy of the default behavior (what CloudFront forwards to the backend).
   * @default OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER
   */
  readonly originRequestPolicy?: cloudfront.IOriginRequestPolicy;
}

const NAME = 'SecureDistribution';

/**
 * One behavior's options with the hardening every behavior gets: HTTPS for viewers (TLS3) and a
 * {@link SecurityHeaders} policy (HDR1-HDR4, HDR6). A response headers policy that is not a
 * SecurityHeaders cannot be checked at construction, so it is refused rather than trusted.
 */
function hardenBehavior(id: string, where: string, given: cloudfront.AddBehaviorOptions, defaults: cloudfront.AddBehaviorOptions): cloudfront.AddBehaviorOptions {
  if (given.viewerProtocolPolicy === cloudfront.ViewerProtocolPolicy.ALLOW_ALL) {
    throw new RequirementViolation(NAME, id, `${where}.viewerProtocolPolicy`, 'TLS3', 'ALLOW_ALL serves the app over plain HTTP; use REDIRECT_TO_HTTPS (the default) or HTTPS_ONLY');
  }
  if (given.responseHeadersPolicy !== undefined && !(given.responseHeadersPolicy instanceof SecurityHeaders)) {
    throw new RequirementViolation(
      NAME,
      id,
      `${where}.responseHeadersPolicy`,
      'HDR1',
      'only a SecurityHeaders policy is known to send HSTS, the CSP, nosniff and Cache-Control; pass a SecurityHeaders',
    );
  }
  return { ...defaults, ...given, viewerProtocolPolicy: given.viewerProtocolPolicy ?? cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS };
}

/**
 * A CloudFront distribution meeting TLS1-TLS3 and HDR1-HDR6: a custom certificate with TLSv1.2_2021
 * or newer, redirect-to-https on every behavior, the security headers policy on every behavior,
 * caching disabled everywhere except the static asset paths, and standard logging.
 *
 * It is a `cloudfront.Distribution`: pass it wherever CDK takes an `IDistribution`; behaviors added
 * later with `addBehavior` or given in `additionalBehaviors` get the same hardening.
 */
export class SecureDistribution extends cloudfront.Distribution {
  /** A custom origin reached over HTTPS only, with TLS 1.2 only (TLS4). */
  static httpsOrigin(domainName: string, props: Omit<origins.HttpOriginProps, 'protocolPolicy' | 'originSslProtocols'> = {}): origins.HttpOrigin {
    return new origins.HttpOrigin(domainName, { ...props, protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY, originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2] });
  }

  /** The headers of app pages and API responses. */
  readonly securityHeaders: SecurityHeaders;
  /** The headers of static asset paths, when there are any. */
  readonly staticHeaders?: SecurityHeaders;

  constructor(scope: Construct, id: string, props: SecureDistributionProps) {
    const minimumProtocolVersion = props.minimumProtocolVersion ?? cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021;
    if (!ACCEPTED_VIEWER_POLICIES.includes(minimumProtocolVersion)) {
      throw new RequirementViolation(NAME, id, 'minimumProtocolVersion', 'TLS1', `${minimumProtocolVersion} is not allowed; use ${ACCEPTED_VIEWER_POLICIES.join(', ')}`);
    }
    if (props.enableLogging === false) throw new RequirementViolation(NAME, id, 'enableLogging', 'LOG2', 'CloudFront access logs must stay on');
    const given = props.securityHeaders;
    const headersGiven = given instanceof SecurityHeaders ? given : undefined;
    const dynamic: cloudfront.AddBehaviorOptions = {
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: props.originRequestPolicy ?? cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: headersGiven,
      compress: true,
    };
    const defaultBehavior = { origin: props.defaultOrigin, ...hardenBehavior(id, 'defaultBehavior', props.defaultBehavior ?? {}, dynamic) };
    super(scope, id, {
      ...props,
      defaultBehavior,
      // Added below through addBehavior, hardened like any later behavior.
      additionalBehaviors: undefined,
      minimumProtocolVersion,
      sslSupportMethod: props.sslSupportMethod ?? cloudfront.SSLMethod.SNI,
      httpVersion: props.httpVersion ?? cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: props.priceClass ?? cloudfront.PriceClass.PRICE_CLASS_100,
      comment: props.comment ?? props.domainNames[0],
      enableLogging: true,
      logFilePrefix: props.logFilePrefix ?? 'cloudfront/',
      logIncludesCookies: props.logIncludesCookies ?? false,
    });
    this.securityHeaders = headersGiven ?? new SecurityHeaders(this, 'Headers', given);
    if (!defaultBehavior.responseHeadersPolicy) {
      // The default behavior is rendered inside Distribution's constructor, before a policy scoped to this distribution can exist.
      (this.node.defaultChild as cloudfront.CfnDistribution).addPropertyOverride('DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId', this.securityHeaders.responseHeadersPolicyId);
    }
    if (props.staticAssets) {
      const staticHeaders = new SecurityHeaders(this, 'StaticHeaders', {
        contentSecurityPolicy: this.securityHeaders.contentSecurityPolicy,
        cacheControl: STATIC_CACHE_CONTROL,
        comment: 'Security headers for static assets (cacheable)',
      });
      this.staticHeaders = staticHeaders;
      for (const pattern of props.staticAssets.pathPatterns ?? ['/static/*']) {
        this.addBehavior(pattern, props.staticAssets.origin, {
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: staticHeaders,
          compress: true,
        });
      }
    }
    for (const [pattern, behavior] of Object.entries(props.additionalBehaviors ?? {})) this.addBehavior(pattern, behavior.origin, behavior);
  }

  /**
   * Adds a behavior with the hardening of every behavior: redirect-to-https unless HTTPS_ONLY, the page
   * security headers and CachingDisabled unless given (a cached path needs a SecurityHeaders with a caching `cacheControl`).
   */
  override addBehavior(pathPattern: string, origin: cloudfront.IOrigin, behaviorOptions: cloudfront.AddBehaviorOptions = {}): void {
    const defaults: cloudfront.AddBehaviorOptions = { cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED, responseHeadersPolicy: this.securityHeaders, compress: true };
    super.addBehavior(pathPattern, origin, hardenBehavior(this.node.id, `behavior ${pathPattern}`, behaviorOptions, defaults));
  }

  /**
   * The distribution itself.
   * @deprecated a SecureDistribution is a `cloudfront.Distribution`: use it directly.
   */
  get distribution(): cloudfront.Distribution {
    return this;
  }
}
