import { HDR6 } from '../../src/rules/hdr/HDR6-nosniff';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const DIST = 'aws:cloudfront/distribution:Distribution';
const RHP = 'aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy';
const ALB_LB = 'aws:alb/loadBalancer:LoadBalancer';
const LISTENER = 'aws:lb/listener:Listener';
const ALB_LISTENER = 'aws:alb/listener:Listener';

const dist = (name: string, def: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: DIST,
  name,
  props: { enabled: true, defaultCacheBehavior: { targetOriginId: 'o', viewerProtocolPolicy: 'https-only', ...def } },
  dependsOn,
});
const rhp = (name: string, props: Record<string, unknown>): TestResource => ({ type: RHP, name, props: { id: `${name}-id`, name, ...props } });
const alb: TestResource = { type: ALB_LB, name: 'alb', props: { arn: 'arn:alb' } };
const listener = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>, type = LISTENER): TestResource => ({
  type,
  name,
  props: { port: 443, protocol: 'HTTPS', loadBalancerArn: 'arn:alb', ...props },
  dependsOn,
});

describe('HDR6 X-Content-Type-Options: nosniff', () => {
  describe('CloudFront behaviors', () => {
    it('passes contentTypeOptions (known id, property dependency), a custom nosniff header and the managed SecurityHeadersPolicy', () => {
      const f = runPulumi(HDR6, [
        rhp('cto', { securityHeadersConfig: { contentTypeOptions: { override: true } } }),
        rhp('custom', { customHeadersConfig: { items: [{ header: 'X-Content-Type-Options', value: 'NoSniff', override: true }] } }),
        dist('by-id', { responseHeadersPolicyId: 'cto-id' }),
        dist('by-dep', { responseHeadersPolicyId: UNKNOWN }, { defaultCacheBehavior: ['cto'] }),
        dist('custom', { responseHeadersPolicyId: 'custom-id' }),
        dist('managed', { responseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03' }),
      ]);
      expect(statuses(f)).toEqual(['by-id/defaultCacheBehavior: pass', 'by-dep/defaultCacheBehavior: pass', 'custom/defaultCacheBehavior: pass', 'managed/defaultCacheBehavior: pass']);
      expect(f[0].enforcement).toBe('advisory');
    });

    it('fails no policy, a policy without the header, a wrong custom value and a CORS-only managed policy', () => {
      const f = runPulumi(HDR6, [
        rhp('nothing', { securityHeadersConfig: { referrerPolicy: { referrerPolicy: 'strict-origin', override: true } } }),
        rhp('wrong', { customHeadersConfig: { items: [{ header: 'X-Content-Type-Options', value: 'sniff', override: true }] } }),
        dist('absent', {}),
        dist('nothing', { responseHeadersPolicyId: 'nothing-id' }),
        dist('wrong', { responseHeadersPolicyId: 'wrong-id' }),
        dist('cors', { responseHeadersPolicyId: '5cc3b908-e619-4b99-88e5-2cf7f45965bd' }),
      ]);
      expect(statuses(f)).toEqual(['absent/defaultCacheBehavior: fail', 'nothing/defaultCacheBehavior: fail', 'wrong/defaultCacheBehavior: fail', 'cors/defaultCacheBehavior: fail']);
      expect(f[2].message).toContain('not nosniff');
    });

    it('reports unknown for unknown security headers, an unknown policy id and a policy outside the stack', () => {
      const f = runPulumi(HDR6, [
        rhp('later', { securityHeadersConfig: UNKNOWN }),
        dist('config-later', { responseHeadersPolicyId: 'later-id' }),
        dist('id-later', { responseHeadersPolicyId: UNKNOWN }),
        dist('outside', { responseHeadersPolicyId: 'cccccccc-0000-0000-0000-000000000000' }),
      ]);
      expect(statuses(f)).toEqual(['config-later/defaultCacheBehavior: unknown', 'id-later/defaultCacheBehavior: unknown', 'outside/defaultCacheBehavior: unknown']);
      expect(f[0].message).toContain('securityHeadersConfig');
    });
  });

  describe('ALB HTTPS listeners', () => {
    it('passes nosniff (known ARN and property dependency, both tokens)', () => {
      const f = runPulumi(HDR6, [
        alb,
        listener('by-arn', { routingHttpResponseXContentTypeOptionsHeaderValue: 'nosniff' }),
        listener('by-dep', { loadBalancerArn: UNKNOWN, routingHttpResponseXContentTypeOptionsHeaderValue: 'nosniff' }, { loadBalancerArn: ['alb'] }, ALB_LISTENER),
      ]);
      expect(statuses(f)).toEqual(['by-arn: pass', 'by-dep: pass']);
    });

    it('fails an absent or wrong attribute', () => {
      const f = runPulumi(HDR6, [alb, listener('absent', {}), listener('wrong', { routingHttpResponseXContentTypeOptionsHeaderValue: 'none' })]);
      expect(statuses(f)).toEqual(['absent: fail', 'wrong: fail']);
      expect(f[0].message).toContain('routingHttpResponseXContentTypeOptionsHeaderValue is absent');
    });

    it('reports unknown for an unknown attribute, an unknown protocol and an unknown load balancer', () => {
      const f = runPulumi(HDR6, [
        alb,
        listener('later', { routingHttpResponseXContentTypeOptionsHeaderValue: UNKNOWN }),
        listener('protocol-later', { protocol: UNKNOWN }),
        listener('lb-later', { loadBalancerArn: UNKNOWN }),
      ]);
      expect(statuses(f)).toEqual(['later: unknown', 'protocol-later: unknown', 'lb-later: unknown']);
      expect(f[1].message).toContain('protocol');
    });
  });
});
