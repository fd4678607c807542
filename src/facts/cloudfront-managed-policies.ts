/**
 * CloudFront's AWS managed response headers policies and cache policies: every account has them, and a
 * cache behavior names one by ID without the stack creating anything. Source: "Use managed response
 * headers policies" and "Use managed cache policies" in the CloudFront Developer Guide (IDs as AWS
 * publishes them; aws-cdk-lib's `ResponseHeadersPolicy.*` and `CachePolicy.*` constants synthesize the same).
 *
 * Each managed response headers policy is written in the Pulumi `aws:cloudfront/responseHeadersPolicy`
 * input shape, so checks judge it exactly as they judge a policy of the stack.
 */
import { Props } from '../core/props';

export interface ManagedResponseHeadersPolicy {
  name: string;
  /** What the policy sets, as `aws.cloudfront.ResponseHeadersPolicy` props. */
  config: Props;
}

/**
 * The security headers the managed SecurityHeadersPolicy sets (and the CORS-and-Security variants copy).
 * None overrides the origin except X-Content-Type-Options; HSTS has no includeSubDomains; there is no
 * Content-Security-Policy and no Cache-Control.
 */
const MANAGED_SECURITY_HEADERS: Props = {
  strictTransportSecurity: { accessControlMaxAgeSec: 31536000, includeSubdomains: false, preload: false, override: false },
  referrerPolicy: { referrerPolicy: 'strict-origin-when-cross-origin', override: false },
  contentTypeOptions: { override: true },
  frameOptions: { frameOption: 'SAMEORIGIN', override: false },
  xssProtection: { protection: true, modeBlock: true, override: false },
};

const ALLOW_ALL_ORIGINS = { items: ['*'] };

export const SECURITY_HEADERS_POLICY_ID = '67f7725c-6f97-4210-82d7-5512b31e9d03';

export const MANAGED_RESPONSE_HEADERS_POLICIES: Readonly<Record<string, ManagedResponseHeadersPolicy>> = {
  [SECURITY_HEADERS_POLICY_ID]: {
    name: 'SecurityHeadersPolicy',
    config: { securityHeadersConfig: MANAGED_SECURITY_HEADERS },
  },
  'e61eb60c-9c35-4d20-a928-2b84e02af89c': {
    name: 'CORS-and-SecurityHeadersPolicy',
    config: {
      corsConfig: { accessControlAllowOrigins: ALLOW_ALL_ORIGINS, originOverride: false },
      securityHeadersConfig: MANAGED_SECURITY_HEADERS,
    },
  },
  'eaab4381-ed33-4a86-88ca-d9558dc6cd63': {
    name: 'CORS-with-preflight-and-SecurityHeadersPolicy',
    config: {
      corsConfig: { accessControlAllowOrigins: ALLOW_ALL_ORIGINS, originOverride: false },
      securityHeadersConfig: MANAGED_SECURITY_HEADERS,
    },
  },
  '60669652-455b-4ae9-85a4-c4c02393f86c': {
    name: 'SimpleCORS',
    config: { corsConfig: { accessControlAllowOrigins: ALLOW_ALL_ORIGINS, originOverride: false } },
  },
  '5cc3b908-e619-4b99-88e5-2cf7f45965bd': {
    name: 'CORS-With-Preflight',
    config: { corsConfig: { accessControlAllowOrigins: ALLOW_ALL_ORIGINS, originOverride: false } },
  },
};

export interface ManagedCachePolicy {
  name: string;
  minTtl: number;
  defaultTtl: number;
  maxTtl: number;
}

export const CACHING_DISABLED_POLICY_ID = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

/** TTLs in seconds. Only CachingDisabled never caches; the UseOriginCacheControlHeaders ones cache whatever the origin allows (max 1 year). */
export const MANAGED_CACHE_POLICIES: Readonly<Record<string, ManagedCachePolicy>> = {
  [CACHING_DISABLED_POLICY_ID]: { name: 'CachingDisabled', minTtl: 0, defaultTtl: 0, maxTtl: 0 },
  '658327ea-f89d-4fab-a63d-7e88639e58f6': { name: 'CachingOptimized', minTtl: 1, defaultTtl: 86400, maxTtl: 31536000 },
  'b2884449-e4de-46a7-ac36-70bc7f1ddd6d': { name: 'CachingOptimizedForUncompressedObjects', minTtl: 1, defaultTtl: 86400, maxTtl: 31536000 },
  '08627262-05a9-4f76-9ded-b50ca2e3a84f': { name: 'Elemental-MediaPackage', minTtl: 0, defaultTtl: 86400, maxTtl: 31536000 },
  '2e54312d-136d-493c-8eb9-b001f22f67d2': { name: 'Amplify', minTtl: 2, defaultTtl: 2, maxTtl: 600 },
  '83da9c7e-98b4-4e11-a168-04f0df8e2c65': { name: 'UseOriginCacheControlHeaders', minTtl: 0, defaultTtl: 0, maxTtl: 31536000 },
  '4cc15a8a-d715-48a4-82b8-cc0b614638fe': { name: 'UseOriginCacheControlHeaders-QueryStrings', minTtl: 0, defaultTtl: 0, maxTtl: 31536000 },
};

/**
 * The TTLs a cache behavior without a cache policy (legacy `forwardedValues` settings) gets when it
 * does not set them: CloudFront's API defaults.
 */
export const LEGACY_BEHAVIOR_DEFAULT_TTLS = { minTtl: 0, defaultTtl: 86400, maxTtl: 31536000 } as const;

/** A CachePolicy resource's TTL defaults when omitted (CloudFront API: MinTTL required in the API, Pulumi defaults it to 0). */
export const CACHE_POLICY_DEFAULT_TTLS = { minTtl: 0, defaultTtl: 86400, maxTtl: 31536000 } as const;
