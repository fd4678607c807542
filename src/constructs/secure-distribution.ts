import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
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

export interface SecureDistributionProps {
  /** The ACM certificate (in us-east-1, DNS-validated) for `domainNames`. The default `*.cloudfront.net` certificate allows TLS 1.0, so one is required. */
  readonly certificate: acm.ICertificate;
  /** The app's domain names (the certificate must cover them). */
  readonly domainNames: string[];
  /** The app backend (pages, API, lifecycle callbacks), never cached. Use {@link SecureDistribution.httpsOrigin} for a custom origin. */
  readonly defaultOrigin: cloudfront.IOrigin;
  /**
   * Static assets, the only cached paths.
   * @default none: every path goes to `defaultOrigin`, uncached
   */
  readonly staticAssets?: StaticAssets;
  /** The bucket for CloudFront standard logs (LOG2). */
  readonly logBucket: s3.IBucket;
  /**
   * Key prefix of the logs.
   * @default 'cloudfront/'
   */
  readonly logFilePrefix?: string;
  /**
   * The security headers of app pages and API responses: a {@link SecurityHeaders} or its props.
   * Static asset paths get the same headers with a caching Cache-Control.
   * @default new SecurityHeaders with its defaults
   */
  readonly securityHeaders?: SecurityHeaders | SecurityHeadersProps;
  /**
   * Minimum viewer TLS policy: TLSv1.2_2021 or newer only.
   * @default SecurityPolicyProtocol.TLS_V1_2_2021
   */
  readonly minimumProtocolVersion?: cloudfront.SecurityPolicyProtocol;
  /**
   * Origin request policy of the uncached behaviors (what CloudFront forwards to the backend).
   * @default OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER
   */
  readonly originRequestPolicy?: cloudfront.IOriginRequestPolicy;
  /**
   * An AWS WAF web ACL (ARN of a CLOUDFRONT-scope web ACL).
   * @default none
   */
  readonly webAclId?: string;
  /**
   * Price class.
   * @default PriceClass.PRICE_CLASS_100
   */
  readonly priceClass?: cloudfront.PriceClass;
  /**
   * Comment.
   * @default the first domain name
   */
  readonly comment?: string;
}

/**
 * A CloudFront distribution meeting TLS1-TLS3 and HDR1-HDR6: a custom certificate with TLSv1.2_2021
 * or newer, redirect-to-https on every behavior, the security headers policy on every behavior,
 * caching disabled everywhere except the static asset paths, and standard logging.
 */
export class SecureDistribution extends Construct {
  /** A custom origin reached over HTTPS only, with TLS 1.2 only (TLS4). */
  static httpsOrigin(domainName: string, props: Omit<origins.HttpOriginProps, 'protocolPolicy' | 'originSslProtocols'> = {}): origins.HttpOrigin {
    return new origins.HttpOrigin(domainName, { ...props, protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY, originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2] });
  }

  /** The distribution. */
  readonly distribution: cloudfront.Distribution;
  /** The headers of app pages and API responses. */
  readonly securityHeaders: SecurityHeaders;
  /** The headers of static asset paths, when there are any. */
  readonly staticHeaders?: SecurityHeaders;

  constructor(scope: Construct, id: string, props: SecureDistributionProps) {
    super(scope, id);
    const minimumProtocolVersion = props.minimumProtocolVersion ?? cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021;
    if (!ACCEPTED_VIEWER_POLICIES.includes(minimumProtocolVersion)) {
      throw new Error(`SecureDistribution ${id}: minimumProtocolVersion ${minimumProtocolVersion} is not allowed; use ${ACCEPTED_VIEWER_POLICIES.join(', ')}`);
    }
    const given = props.securityHeaders;
    this.securityHeaders = given instanceof SecurityHeaders ? given : new SecurityHeaders(this, 'Headers', given);

    const dynamic: cloudfront.BehaviorOptions = {
      origin: props.defaultOrigin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: props.originRequestPolicy ?? cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.securityHeaders.policy,
      compress: true,
    };
    const additionalBehaviors: Record<string, cloudfront.BehaviorOptions> = {};
    if (props.staticAssets) {
      this.staticHeaders = new SecurityHeaders(this, 'StaticHeaders', {
        contentSecurityPolicy: this.securityHeaders.contentSecurityPolicy,
        cacheControl: STATIC_CACHE_CONTROL,
        comment: 'Security headers for static assets (cacheable)',
      });
      for (const pattern of props.staticAssets.pathPatterns ?? ['/static/*']) {
        additionalBehaviors[pattern] = {
          origin: props.staticAssets.origin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: this.staticHeaders.policy,
          compress: true,
        };
      }
    }

    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      certificate: props.certificate,
      domainNames: props.domainNames,
      minimumProtocolVersion,
      sslSupportMethod: cloudfront.SSLMethod.SNI,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: props.priceClass ?? cloudfront.PriceClass.PRICE_CLASS_100,
      comment: props.comment ?? props.domainNames[0],
      defaultBehavior: dynamic,
      additionalBehaviors,
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: props.logFilePrefix ?? 'cloudfront/',
      logIncludesCookies: false,
      webAclId: props.webAclId,
    });
  }
}
