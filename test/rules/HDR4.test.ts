import { HDR4, isStaticPath } from '../../src/rules/hdr/HDR4-no-caching-sensitive-pages';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const DIST = 'aws:cloudfront/distribution:Distribution';
const RHP = 'aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy';
const CACHE = 'aws:cloudfront/cachePolicy:CachePolicy';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

const behavior = (extra: Record<string, unknown> = {}) => ({ targetOriginId: 'o', viewerProtocolPolicy: 'https-only', ...extra });
const dist = (name: string, def: Record<string, unknown>, extra: Record<string, unknown> = {}, dependsOn?: Record<string, string[]>): TestResource => ({
  type: DIST,
  name,
  props: { enabled: true, defaultCacheBehavior: behavior(def), ...extra },
  dependsOn,
});
const rhp = (name: string, items: unknown): TestResource => ({ type: RHP, name, props: { id: `${name}-id`, name, customHeadersConfig: { items } } });
const cacheControl = (value: unknown, override: unknown = true) => [{ header: 'Cache-Control', value, override }];
const cachePolicy = (name: string, ttls: Record<string, unknown>): TestResource => ({
  type: CACHE,
  name,
  props: { id: `${name}-id`, name, ...ttls, parametersInCacheKeyAndForwardedToOrigin: {} },
});
const ZERO = { minTtl: 0, defaultTtl: 0, maxTtl: 0 };
const NO_STORE = rhp('no-store', cacheControl('no-cache, no-store, must-revalidate'));
const OK = { responseHeadersPolicyId: 'no-store-id', cachePolicyId: CACHING_DISABLED };

describe('HDR4 no caching of sensitive pages', () => {
  it('matches static path patterns', () => {
    const patterns = ['/static/*', '*.js'];
    expect(isStaticPath('/static/*', patterns)).toBe(true);
    expect(isStaticPath('static/img/*', patterns)).toBe(true);
    expect(isStaticPath('*.js', patterns)).toBe(true);
    expect(isStaticPath('/assets/app.*.js', patterns)).toBe(true);
    expect(isStaticPath('/api/*', patterns)).toBe(false);
    expect(isStaticPath('*', patterns)).toBe(false);
  });

  it('passes Cache-Control no-cache, no-store with override and CachingDisabled, or a zero-TTL cache policy by property dependency, or zero legacy TTLs', () => {
    const f = runPulumi(HDR4, [
      NO_STORE,
      cachePolicy('zero', ZERO),
      dist('managed', OK),
      dist('by-dep', { responseHeadersPolicyId: UNKNOWN, cachePolicyId: UNKNOWN }, {}, { defaultCacheBehavior: ['no-store', 'zero'] }),
      dist('by-id', { responseHeadersPolicyId: 'no-store-id', cachePolicyId: 'zero-id' }),
      dist('legacy', { responseHeadersPolicyId: 'no-store-id', forwardedValues: { queryString: true, cookies: { forward: 'all' } }, ...ZERO }),
    ]);
    expect(statuses(f)).toEqual(['managed/defaultCacheBehavior: pass', 'by-dep/defaultCacheBehavior: pass', 'by-id/defaultCacheBehavior: pass', 'legacy/defaultCacheBehavior: pass']);
    expect(f[0].enforcement).toBe('mandatory');
  });

  it('is not applicable to static-asset behaviors (default and configured patterns)', () => {
    const ordered = [behavior({ pathPattern: '/static/*', cachePolicyId: CACHING_OPTIMIZED }), behavior({ pathPattern: '*.css' }), behavior({ pathPattern: '/public/*' })];
    const f = runPulumi(HDR4, [NO_STORE, dist('d', OK, { orderedCacheBehaviors: ordered })]);
    expect(statuses(f)).toEqual(['d/defaultCacheBehavior: pass', 'd/orderedCacheBehaviors[0]: not-applicable', 'd/orderedCacheBehaviors[1]: not-applicable', 'd/orderedCacheBehaviors[2]: fail']);
    const g = runPulumi(HDR4, [NO_STORE, dist('d', OK, { orderedCacheBehaviors: ordered })], { params: { staticPathPatterns: ['/public/*'] } });
    expect(statuses(g)).toEqual(['d/defaultCacheBehavior: pass', 'd/orderedCacheBehaviors[0]: fail', 'd/orderedCacheBehaviors[1]: fail', 'd/orderedCacheBehaviors[2]: not-applicable']);
  });

  it('fails missing headers, weak Cache-Control, override off, caching policies and legacy default TTLs', () => {
    const f = runPulumi(HDR4, [
      NO_STORE,
      rhp('no-cache-only', cacheControl('no-cache')),
      rhp('not-overriding', cacheControl('no-store, no-cache', false)),
      cachePolicy('default-ttls', { minTtl: 0 }),
      dist('no-policy', { cachePolicyId: CACHING_DISABLED }),
      dist('weak', { responseHeadersPolicyId: 'no-cache-only-id', cachePolicyId: CACHING_DISABLED }),
      dist('not-overriding', { responseHeadersPolicyId: 'not-overriding-id', cachePolicyId: CACHING_DISABLED }),
      dist('optimized', { responseHeadersPolicyId: 'no-store-id', cachePolicyId: CACHING_OPTIMIZED }),
      dist('policy-defaults', { responseHeadersPolicyId: 'no-store-id', cachePolicyId: 'default-ttls-id' }),
      dist('legacy-defaults', { responseHeadersPolicyId: 'no-store-id', forwardedValues: { queryString: false, cookies: { forward: 'none' } } }),
      dist('security-headers', { responseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03', cachePolicyId: CACHING_DISABLED }),
    ]);
    expect(statuses(f)).toEqual([
      'no-policy/defaultCacheBehavior: fail',
      'weak/defaultCacheBehavior: fail',
      'not-overriding/defaultCacheBehavior: fail',
      'optimized/defaultCacheBehavior: fail',
      'policy-defaults/defaultCacheBehavior: fail',
      'legacy-defaults/defaultCacheBehavior: fail',
      'security-headers/defaultCacheBehavior: fail',
    ]);
    expect(f[0].message).toContain('responseHeadersPolicyId is absent');
    expect(f[1].message).toContain('lacks no-store');
    expect(f[2].message).toContain('override is not true');
    expect(f[3].message).toContain('CachingOptimized');
    expect(f[4].message).toContain('defaultTtl 86400');
    expect(f[5].message).toContain('no cachePolicyId');
    expect(f[6].message).toContain('sets no Cache-Control');
  });

  it('fails on a caching policy even when the headers policy is unknown', () => {
    const f = runPulumi(HDR4, [dist('d', { responseHeadersPolicyId: UNKNOWN, cachePolicyId: CACHING_OPTIMIZED })]);
    expect(statuses(f)).toEqual(['d/defaultCacheBehavior: fail']);
  });

  it('reports unknown for unknown ids, TTLs, header values, path patterns and policies outside the stack', () => {
    const f = runPulumi(HDR4, [
      NO_STORE,
      rhp('value-later', cacheControl(UNKNOWN)),
      cachePolicy('ttl-later', { minTtl: 0, defaultTtl: UNKNOWN, maxTtl: 0 }),
      dist('cache-id-later', { responseHeadersPolicyId: 'no-store-id', cachePolicyId: UNKNOWN }),
      dist('ttl-later', { responseHeadersPolicyId: 'no-store-id', cachePolicyId: 'ttl-later-id' }),
      dist('value-later', { responseHeadersPolicyId: 'value-later-id', cachePolicyId: CACHING_DISABLED }),
      dist('outside', { responseHeadersPolicyId: 'no-store-id', cachePolicyId: 'dddddddd-0000-0000-0000-000000000000' }),
      dist('path-later', OK, { orderedCacheBehaviors: [behavior({ pathPattern: UNKNOWN })] }),
      dist('legacy-later', { responseHeadersPolicyId: 'no-store-id', minTtl: 0, defaultTtl: 0, maxTtl: UNKNOWN }),
    ]);
    expect(statuses(f)).toEqual([
      'cache-id-later/defaultCacheBehavior: unknown',
      'ttl-later/defaultCacheBehavior: unknown',
      'value-later/defaultCacheBehavior: unknown',
      'outside/defaultCacheBehavior: unknown',
      'path-later/defaultCacheBehavior: pass',
      'path-later/orderedCacheBehaviors[0]: unknown',
      'legacy-later/defaultCacheBehavior: unknown',
    ]);
    expect(f[0].message).toContain('defaultCacheBehavior.cachePolicyId');
    expect(f[1].message).toContain('defaultTtl');
    expect(f[3].message).toContain('neither in this stack nor AWS managed');
    expect(f[5].message).toContain('pathPattern');
  });
});
