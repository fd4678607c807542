import { TLS3 } from '../../src/rules/tls/TLS3-cloudfront-viewer-https';
import { factFromPulumi } from '../../src/pulumi/pack/facts';
import { TestResource, UNKNOWN, runPulumi, statuses, urnOf } from '../support/pulumi-stack';

const behavior = (viewerProtocolPolicy: unknown, extra: Record<string, unknown> = {}) => ({
  targetOriginId: 'o',
  allowedMethods: ['GET', 'HEAD'],
  cachedMethods: ['GET', 'HEAD'],
  ...(viewerProtocolPolicy === undefined ? {} : { viewerProtocolPolicy }),
  ...extra,
});
const distribution = (name: string, defaultCacheBehavior: unknown, orderedCacheBehaviors?: unknown): TestResource => ({
  type: 'aws:cloudfront/distribution:Distribution',
  name,
  props: { enabled: true, defaultCacheBehavior, ...(orderedCacheBehaviors === undefined ? {} : { orderedCacheBehaviors }) },
});

describe('TLS3 CloudFront viewer protocol policy', () => {
  it('passes redirect-to-https and https-only on default and ordered behaviors, one verdict per behavior', () => {
    const f = runPulumi(TLS3, [distribution('d', behavior('redirect-to-https'), [behavior('https-only', { pathPattern: '/api/*' })])]);
    expect(statuses(f)).toEqual(['d/defaultCacheBehavior: pass', 'd/orderedCacheBehaviors[0]: pass']);
  });

  it('fails allow-all and an absent policy (CloudFormation/CDK default allow-all), per behavior', () => {
    const f = runPulumi(TLS3, [distribution('d', behavior('allow-all'), [behavior('redirect-to-https', { pathPattern: '/a' }), behavior(undefined, { pathPattern: '/b' })])]);
    expect(statuses(f)).toEqual(['d/defaultCacheBehavior: fail', 'd/orderedCacheBehaviors[0]: pass', 'd/orderedCacheBehaviors[1]: fail']);
    expect(f[0].message).toContain('defaultCacheBehavior.viewerProtocolPolicy is allow-all');
    expect(f[2].message).toContain('absent (CloudFormation/CDK default allow-all)');
    expect(f[0].enforcement).toBe('mandatory');
  });

  it('reports unknown for an unknown policy or an unknown list of ordered behaviors', () => {
    const f = runPulumi(TLS3, [distribution('a', behavior(UNKNOWN)), distribution('b', behavior('https-only'), UNKNOWN)]);
    expect(statuses(f)).toEqual(['a/defaultCacheBehavior: unknown', 'b/defaultCacheBehavior: pass', 'b/orderedCacheBehaviors: unknown']);
    expect(f[0].message).toContain('defaultCacheBehavior.viewerProtocolPolicy');
  });

  it('remediates allow-all to redirect-to-https on each behavior and leaves everything else unchanged', () => {
    const r = distribution('d', behavior('allow-all'), [behavior('https-only', { pathPattern: '/a' }), behavior('allow-all', { pathPattern: '/b' })]);
    const fact = factFromPulumi({ ...r, urn: urnOf(r) })!;
    expect(TLS3.remediate!(fact)).toEqual({
      enabled: true,
      defaultCacheBehavior: behavior('redirect-to-https'),
      orderedCacheBehaviors: [behavior('https-only', { pathPattern: '/a' }), behavior('redirect-to-https', { pathPattern: '/b' })],
    });
    const ok = distribution('ok', behavior('https-only'));
    expect(TLS3.remediate!(factFromPulumi({ ...ok, urn: urnOf(ok) })!)).toBeUndefined();
    const later = distribution('later', behavior(UNKNOWN));
    expect(TLS3.remediate!(factFromPulumi({ ...later, urn: urnOf(later) })!)).toBeUndefined();
  });
});
