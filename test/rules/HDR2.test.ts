import { HDR2 } from '../../src/rules/hdr/HDR2-referrer-policy';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const DIST = 'aws:cloudfront/distribution:Distribution';
const RHP = 'aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy';
const LB = 'aws:lb/loadBalancer:LoadBalancer';
const ALB_LB = 'aws:alb/loadBalancer:LoadBalancer';

const behavior = (extra: Record<string, unknown> = {}) => ({ targetOriginId: 'o', viewerProtocolPolicy: 'https-only', ...extra });
const dist = (name: string, def: Record<string, unknown>, extra: Record<string, unknown> = {}, dependsOn?: Record<string, string[]>): TestResource => ({
  type: DIST,
  name,
  props: { enabled: true, defaultCacheBehavior: behavior(def), ...extra },
  dependsOn,
});
const rhp = (name: string, props: Record<string, unknown>): TestResource => ({ type: RHP, name, props: { id: `${name}-id`, name, ...props } });
const referrer = (referrerPolicy: unknown) => ({ securityHeadersConfig: { referrerPolicy: { referrerPolicy, override: true } } });
const lb = (name: string, props: Record<string, unknown> = {}, type = LB): TestResource => ({
  type,
  name,
  props: { arn: `arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/${name}/1`, dnsName: `${name}.elb.amazonaws.com`, ...props },
});
const origin = (domainName: unknown) => ({ originId: 'o', domainName, customOriginConfig: { originProtocolPolicy: 'https-only', httpPort: 80, httpsPort: 443, originSslProtocols: ['TLSv1.2'] } });

describe('HDR2 Referrer-Policy', () => {
  describe('CloudFront behaviors', () => {
    it('passes strict policies (known id, property dependency, custom header, managed SecurityHeadersPolicy)', () => {
      const f = runPulumi(HDR2, [
        rhp('strict', referrer('strict-origin')),
        rhp('none', referrer('no-referrer')),
        rhp('custom', { customHeadersConfig: { items: [{ header: 'Referrer-Policy', value: 'unsafe-url, strict-origin', override: true }] } }),
        dist('by-id', { responseHeadersPolicyId: 'strict-id' }),
        dist('by-dep', { responseHeadersPolicyId: UNKNOWN }, {}, { defaultCacheBehavior: ['none'] }),
        dist('custom', { responseHeadersPolicyId: 'custom-id' }),
        dist('managed', { responseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03' }),
      ]);
      expect(statuses(f)).toEqual(['by-id/defaultCacheBehavior: pass', 'by-dep/defaultCacheBehavior: pass', 'custom/defaultCacheBehavior: pass', 'managed/defaultCacheBehavior: pass']);
      expect(f[3].message).toContain('strict-origin-when-cross-origin');
    });

    it('fails no policy, a policy without Referrer-Policy, unsafe-url and no-referrer-when-downgrade', () => {
      const f = runPulumi(HDR2, [
        rhp('unsafe', referrer('unsafe-url')),
        rhp('downgrade', referrer('no-referrer-when-downgrade')),
        rhp('nothing', { securityHeadersConfig: { contentTypeOptions: { override: true } } }),
        dist('absent', {}),
        dist('unsafe', { responseHeadersPolicyId: 'unsafe-id' }),
        dist('downgrade', { responseHeadersPolicyId: 'downgrade-id' }),
        dist('nothing', { responseHeadersPolicyId: 'nothing-id' }, { orderedCacheBehaviors: [behavior({ pathPattern: '/x/*', responseHeadersPolicyId: 'downgrade-id' })] }),
        dist('cors-only', { responseHeadersPolicyId: '60669652-455b-4ae9-85a4-c4c02393f86c' }),
      ]);
      expect(statuses(f)).toEqual([
        'absent/defaultCacheBehavior: fail',
        'unsafe/defaultCacheBehavior: fail',
        'downgrade/defaultCacheBehavior: fail',
        'nothing/defaultCacheBehavior: fail',
        'nothing/orderedCacheBehaviors[0]: fail',
        'cors-only/defaultCacheBehavior: fail',
      ]);
      expect(f[1].message).toContain('unsafe-url');
      expect(f[3].message).toContain('sets no Referrer-Policy');
      expect(f[5].message).toContain('SimpleCORS');
      expect(f[0].enforcement).toBe('mandatory');
    });

    it('reports unknown for an unknown value, an unknown policy id and a policy outside the stack', () => {
      const f = runPulumi(HDR2, [
        rhp('later', referrer(UNKNOWN)),
        dist('value-later', { responseHeadersPolicyId: 'later-id' }),
        dist('id-later', { responseHeadersPolicyId: UNKNOWN }),
        dist('outside', { responseHeadersPolicyId: 'aaaaaaaa-0000-0000-0000-000000000000' }),
      ]);
      expect(statuses(f)).toEqual(['value-later/defaultCacheBehavior: unknown', 'id-later/defaultCacheBehavior: unknown', 'outside/defaultCacheBehavior: unknown']);
      expect(f[0].message).toContain('securityHeadersConfig.referrerPolicy.referrerPolicy');
    });
  });

  describe('internet-facing ALBs', () => {
    it('gives an advisory fail to an internet-facing ALB (both tokens) not behind CloudFront', () => {
      const f = runPulumi(HDR2, [lb('direct'), lb('direct-alb', { loadBalancerType: 'application' }, ALB_LB)]);
      expect(statuses(f)).toEqual(['direct: fail', 'direct-alb: fail']);
      expect(f[0].enforcement).toBe('advisory');
      expect(f[0].message).toContain('cannot add a Referrer-Policy');
    });

    it('is not applicable to internal and network load balancers and to ALBs behind a distribution (by dnsName or property dependency)', () => {
      const f = runPulumi(HDR2, [
        lb('internal', { internal: true }),
        lb('nlb', { loadBalancerType: 'network' }),
        lb('fronted'),
        lb('fronted-dep'),
        rhp('strict', referrer('strict-origin')),
        dist('cdn', { responseHeadersPolicyId: 'strict-id' }, { origins: [origin('fronted.elb.amazonaws.com')] }),
        dist('cdn-dep', { responseHeadersPolicyId: 'strict-id' }, { origins: [origin(UNKNOWN)] }, { origins: ['fronted-dep'] }),
      ]);
      expect(statuses(f)).toEqual([
        'cdn/defaultCacheBehavior: pass',
        'cdn-dep/defaultCacheBehavior: pass',
        'internal: not-applicable',
        'nlb: not-applicable',
        'fronted: not-applicable',
        'fronted-dep: not-applicable',
      ]);
      expect(f[4].message).toContain('cdn');
    });

    it('follows a Route 53 alias from the origin name to the ALB it aliases', () => {
      const record = (name: string, target: string): TestResource => ({
        type: 'aws:route53/record:Record',
        name: `${name}-a`,
        props: { name, type: 'A', zoneId: 'Z1', aliases: [{ name: target, zoneId: 'Z35SXDOTRQ7X7K', evaluateTargetHealth: true }] },
      });
      const f = runPulumi(HDR2, [
        lb('aliased'),
        lb('elsewhere'),
        record('origin.example.com', 'dualstack.aliased.elb.amazonaws.com'),
        record('other.example.com', 'unrelated.example.net'),
        rhp('strict', referrer('strict-origin')),
        dist('cdn', { responseHeadersPolicyId: 'strict-id' }, { origins: [origin('Origin.Example.com.')] }),
      ]);
      expect(statuses(f)).toEqual(['cdn/defaultCacheBehavior: pass', 'aliased: not-applicable', 'elsewhere: fail']);
    });

    it('ignores a distribution whose unknown origins depend on no load balancer, and is unknown when an origin cannot be resolved at all', () => {
      const bucket: TestResource = { type: 'aws:s3/bucket:Bucket', name: 'site', props: { bucket: 'site' } };
      const f = runPulumi(HDR2, [lb('alb'), bucket, dist('s3-cdn', { responseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03' }, { origins: [origin(UNKNOWN)] }, { origins: ['site'] })]);
      expect(statuses(f)).toEqual(['s3-cdn/defaultCacheBehavior: pass', 'alb: fail']);
      const g = runPulumi(HDR2, [lb('alb'), dist('mystery', { responseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03' }, { origins: [origin(UNKNOWN)] })]);
      expect(statuses(g)).toEqual(['mystery/defaultCacheBehavior: pass', 'alb: unknown']);
      expect(g[1].message).toContain('mystery');
      expect(g[1].enforcement).toBe('advisory');
    });

    it('reports unknown when the internal flag is not known', () => {
      const f = runPulumi(HDR2, [lb('later', { internal: UNKNOWN })]);
      expect(statuses(f)).toEqual(['later: unknown']);
      expect(f[0].message).toContain('internal');
    });
  });
});
