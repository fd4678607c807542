/** HDR4's cases, written once for both engines: the parity test (test/parity/HDR4.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { CACHING_DISABLED_POLICY_ID } from '../../src/facts/cloudfront-managed-policies';
import { HDR4 } from '../../src/rules/hdr/HDR4-no-caching-sensitive-pages';
import { T, behavior, cfBehavior, cfDistribution, cfHeadersPolicy, cfn, distribution, headersPolicy, noDefault, resource } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const noStore = headersPolicy('NoStore', { customHeadersConfig: { items: [{ header: 'Cache-Control', value: 'no-cache, no-store', override: true }] } });
const cfNoStore = cfHeadersPolicy({ CustomHeadersConfig: { Items: [{ Header: 'Cache-Control', Value: 'no-cache, no-store', Override: true }] } });

const keyParams = {
  cookiesConfig: { cookieBehavior: 'all' },
  headersConfig: { headerBehavior: 'whitelist', headers: { items: ['Authorization'] } },
  queryStringsConfig: { queryStringBehavior: 'all' },
};
const cfKeyParams = {
  CookiesConfig: { CookieBehavior: 'all' },
  HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Authorization'] },
  QueryStringsConfig: { QueryStringBehavior: 'all' },
  EnableAcceptEncodingGzip: false,
};
const cachePolicy = (name: string, ttls: Record<string, unknown>) =>
  resource(T.cachePolicy, name, { name, ...ttls, parametersInCacheKeyAndForwardedToOrigin: { ...keyParams, enableAcceptEncodingGzip: false } });
const cfCachePolicy = (ttls: Record<string, unknown>) => cfn('AWS::CloudFront::CachePolicy', { CachePolicyConfig: { Name: 'pages', ...ttls, ParametersInCacheKeyAndForwardedToOrigin: cfKeyParams } });

/** A distribution whose default behavior has the `NoStore` headers policy and the given cache policy. */
const site = (name: string, cachePolicyId: unknown, dependsOn: string[] = [], extra: Record<string, unknown> = {}) =>
  distribution(
    name,
    { defaultCacheBehavior: behavior({ responseHeadersPolicyId: UNKNOWN, ...(cachePolicyId === undefined ? {} : { cachePolicyId }), ...extra }) },
    { defaultCacheBehavior: ['NoStore', ...dependsOn] },
  );
const cfSite = (CachePolicyId: unknown, extra: Record<string, unknown> = {}) =>
  cfDistribution({ DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId: { Ref: 'NoStore' }, ...(CachePolicyId === undefined ? {} : { CachePolicyId }), ...extra }) });

export const HDR4_CASES: RequirementCases = {
  rule: HDR4,
  groups: [
    {
      titles: ['HDR4 parity: no caching of sensitive pages'],
      cases: [
        {
          name: 'compliant: Cache-Control no-cache, no-store with a cache policy of the stack with MinTTL/DefaultTTL/MaxTTL 0, the managed CachingDisabled policy, legacy TTLs 0',
          pulumi: [
            noStore,
            cachePolicy('Pages', { minTtl: 0, defaultTtl: 0, maxTtl: 0 }),
            site('Own', UNKNOWN, ['Pages']),
            site('Managed', CACHING_DISABLED_POLICY_ID),
            site('Legacy', undefined, [], { minTtl: 0, defaultTtl: 0, maxTtl: 0, forwardedValues: { queryString: true, cookies: { forward: 'all' } } }),
          ],
          cfn: {
            NoStore: cfNoStore,
            Pages: cfCachePolicy({ MinTTL: 0, DefaultTTL: 0, MaxTTL: 0 }),
            Own: cfSite({ Ref: 'Pages' }),
            Managed: cfSite(CACHING_DISABLED_POLICY_ID),
            Legacy: cfSite(undefined, { MinTTL: '0', DefaultTTL: '0', MaxTTL: '0', ForwardedValues: { QueryString: true, Cookies: { Forward: 'all' } } }),
          },
          expected: ['Own/defaultCacheBehavior: pass', 'Managed/defaultCacheBehavior: pass', 'Legacy/defaultCacheBehavior: pass'],
        },
        {
          name: 'non-compliant: a caching cache policy of the stack, managed CachingOptimized, no cache policy and no TTLs (1 day default), no Cache-Control header',
          pulumi: [
            noStore,
            cachePolicy('Cached', { minTtl: 1, defaultTtl: 86400, maxTtl: 31536000 }),
            site('Own', UNKNOWN, ['Cached']),
            site('Managed', CACHING_OPTIMIZED),
            site('Defaults', undefined),
            distribution('NoHeader', { defaultCacheBehavior: behavior({ cachePolicyId: CACHING_DISABLED_POLICY_ID }) }),
          ],
          cfn: {
            NoStore: cfNoStore,
            Cached: cfCachePolicy({ MinTTL: 1, DefaultTTL: 86400, MaxTTL: 31536000 }),
            Own: cfSite({ 'Fn::GetAtt': ['Cached', 'Id'] }),
            Managed: cfSite(CACHING_OPTIMIZED),
            Defaults: cfSite(undefined),
            NoHeader: cfDistribution({ DefaultCacheBehavior: cfBehavior({ CachePolicyId: CACHING_DISABLED_POLICY_ID }) }),
          },
          expected: ['Own/defaultCacheBehavior: fail', 'Managed/defaultCacheBehavior: fail', 'Defaults/defaultCacheBehavior: fail', 'NoHeader/defaultCacheBehavior: fail'],
        },
        {
          name: 'not applicable: ordered behaviors on static paths (PathPattern /static/*, *.js)',
          pulumi: [
            noStore,
            distribution(
              'Assets',
              {
                defaultCacheBehavior: behavior({ responseHeadersPolicyId: UNKNOWN, cachePolicyId: CACHING_DISABLED_POLICY_ID }),
                orderedCacheBehaviors: [behavior({ pathPattern: '/static/*', cachePolicyId: CACHING_OPTIMIZED }), behavior({ pathPattern: '*.js', cachePolicyId: CACHING_OPTIMIZED })],
              },
              { defaultCacheBehavior: ['NoStore'] },
            ),
          ],
          cfn: {
            NoStore: cfNoStore,
            Assets: cfDistribution({
              DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId: { Ref: 'NoStore' }, CachePolicyId: CACHING_DISABLED_POLICY_ID }),
              CacheBehaviors: [cfBehavior({ PathPattern: '/static/*', CachePolicyId: CACHING_OPTIMIZED }), cfBehavior({ PathPattern: '*.js', CachePolicyId: CACHING_OPTIMIZED })],
            }),
          },
          expected: ['Assets/defaultCacheBehavior: pass', 'Assets/orderedCacheBehaviors[0]: not-applicable', 'Assets/orderedCacheBehaviors[1]: not-applicable'],
        },
        {
          name: 'unknown: the cache policy id from a parameter without a default, a TTL from Fn::ImportValue, the cache policy config from Fn::ImportValue',
          pulumi: [
            noStore,
            cachePolicy('Later', { minTtl: 0, defaultTtl: 0, maxTtl: UNKNOWN }),
            resource(T.cachePolicy, 'Imported', { name: UNKNOWN, minTtl: UNKNOWN, defaultTtl: UNKNOWN, maxTtl: UNKNOWN, parametersInCacheKeyAndForwardedToOrigin: UNKNOWN }),
            site('ByParam', UNKNOWN),
            site('Ttl', UNKNOWN, ['Later']),
            site('Config', UNKNOWN, ['Imported']),
          ],
          cfn: {
            Parameters: noDefault('CachePolicyId'),
            Resources: {
              NoStore: cfNoStore,
              Later: cfCachePolicy({ MinTTL: 0, DefaultTTL: 0, MaxTTL: { 'Fn::ImportValue': 'max-ttl' } }),
              Imported: cfn('AWS::CloudFront::CachePolicy', { CachePolicyConfig: { 'Fn::ImportValue': 'cache-policy-config' } }),
              ByParam: cfSite({ Ref: 'CachePolicyId' }),
              Ttl: cfSite({ Ref: 'Later' }),
              Config: cfSite({ Ref: 'Imported' }),
            },
          },
          expected: ['ByParam/defaultCacheBehavior: unknown', 'Ttl/defaultCacheBehavior: unknown', 'Config/defaultCacheBehavior: unknown'],
        },
      ],
    },
  ],
};
