import { HDR3 } from '../../src/rules/hdr/HDR3-csp-no-unsafe-scripts';
import { judgeScriptSources, parseContentSecurityPolicy } from '../../src/rules/hdr/content-security-policy';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const DIST = 'aws:cloudfront/distribution:Distribution';
const RHP = 'aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy';
const LB = 'aws:lb/loadBalancer:LoadBalancer';
const LISTENER = 'aws:lb/listener:Listener';
const ALB_LISTENER = 'aws:alb/listener:Listener';

const dist = (name: string, def: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: DIST,
  name,
  props: { enabled: true, defaultCacheBehavior: { targetOriginId: 'o', viewerProtocolPolicy: 'https-only', ...def } },
  dependsOn,
});
const rhp = (name: string, props: Record<string, unknown>): TestResource => ({ type: RHP, name, props: { id: `${name}-id`, name, ...props } });
const csp = (contentSecurityPolicy: unknown) => ({ securityHeadersConfig: { contentSecurityPolicy: { contentSecurityPolicy, override: true } } });
const alb: TestResource = { type: LB, name: 'alb', props: { arn: 'arn:alb', dnsName: 'alb.elb.amazonaws.com' } };
const listener = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>, type = LISTENER): TestResource => ({
  type,
  name,
  props: { port: 443, protocol: 'HTTPS', loadBalancerArn: 'arn:alb', ...props },
  dependsOn,
});
const STRICT = "default-src 'self'; script-src 'self' https://cdn.example.com; object-src 'none'";

describe('HDR3 Content-Security-Policy without unsafe script sources', () => {
  it('parses directives case-insensitively, keeping the first of repeated ones', () => {
    const d = parseContentSecurityPolicy("Script-Src 'self'  'nonce-abc';; script-src 'unsafe-inline'; upgrade-insecure-requests");
    expect(d.get('script-src')).toEqual(["'self'", "'nonce-abc'"]);
    expect(d.get('upgrade-insecure-requests')).toEqual([]);
  });

  it('judges script-src, falling back to default-src', () => {
    expect(judgeScriptSources(STRICT)).toEqual({ ok: true, directive: 'script-src' });
    expect(judgeScriptSources("default-src 'self'")).toEqual({ ok: true, directive: 'default-src' });
    expect(judgeScriptSources("default-src 'self' 'UNSAFE-EVAL'").ok).toBe(false);
    // script-src replaces default-src for scripts, so an unsafe default-src does not matter then.
    expect(judgeScriptSources("default-src 'unsafe-inline'; script-src 'self'").ok).toBe(true);
    expect(judgeScriptSources("script-src 'self' 'unsafe-hashes' 'sha256-abc'")).toEqual({ ok: false, reason: "allows 'unsafe-hashes' in script-src" });
    expect(judgeScriptSources("img-src 'self'")).toEqual({ ok: false, reason: 'has neither script-src nor default-src, so it does not restrict scripts' });
  });

  describe('CloudFront behaviors', () => {
    it('passes a strict policy (known id, property dependency, custom header)', () => {
      const f = runPulumi(HDR3, [
        rhp('strict', csp(STRICT)),
        rhp('custom', { customHeadersConfig: { items: [{ header: 'Content-Security-Policy', value: "default-src 'self'", override: true }] } }),
        dist('by-id', { responseHeadersPolicyId: 'strict-id' }),
        dist('by-dep', { responseHeadersPolicyId: UNKNOWN }, { defaultCacheBehavior: ['strict'] }),
        dist('custom', { responseHeadersPolicyId: 'custom-id' }),
      ]);
      expect(statuses(f)).toEqual(['by-id/defaultCacheBehavior: pass', 'by-dep/defaultCacheBehavior: pass', 'custom/defaultCacheBehavior: pass']);
      expect(f[0].enforcement).toBe('advisory');
    });

    it("fails no policy, no CSP (managed SecurityHeadersPolicy), 'unsafe-inline' and a CSP that does not cover scripts", () => {
      const f = runPulumi(HDR3, [
        rhp('inline', csp("default-src 'self'; script-src 'self' 'unsafe-inline'")),
        rhp('images', csp("img-src 'self'")),
        dist('absent', {}),
        dist('managed', { responseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03' }),
        dist('inline', { responseHeadersPolicyId: 'inline-id' }),
        dist('images', { responseHeadersPolicyId: 'images-id' }),
      ]);
      expect(statuses(f)).toEqual(['absent/defaultCacheBehavior: fail', 'managed/defaultCacheBehavior: fail', 'inline/defaultCacheBehavior: fail', 'images/defaultCacheBehavior: fail']);
      expect(f[1].message).toContain('sets no Content-Security-Policy');
      expect(f[2].message).toContain("'unsafe-inline'");
    });

    it('reports unknown for an unknown CSP, an unknown policy id and a policy outside the stack', () => {
      const f = runPulumi(HDR3, [
        rhp('later', csp(UNKNOWN)),
        dist('csp-later', { responseHeadersPolicyId: 'later-id' }),
        dist('id-later', { responseHeadersPolicyId: UNKNOWN }),
        dist('outside', { responseHeadersPolicyId: 'bbbbbbbb-0000-0000-0000-000000000000' }),
      ]);
      expect(statuses(f)).toEqual(['csp-later/defaultCacheBehavior: unknown', 'id-later/defaultCacheBehavior: unknown', 'outside/defaultCacheBehavior: unknown']);
      expect(f[0].message).toContain('contentSecurityPolicy');
    });
  });

  describe('ALB HTTPS listeners', () => {
    it('passes a strict content_security_policy attribute (known ARN and property dependency, both tokens)', () => {
      const f = runPulumi(HDR3, [
        alb,
        listener('by-arn', { routingHttpResponseContentSecurityPolicyHeaderValue: STRICT }),
        listener('by-dep', { loadBalancerArn: UNKNOWN, routingHttpResponseContentSecurityPolicyHeaderValue: STRICT }, { loadBalancerArn: ['alb'] }, ALB_LISTENER),
      ]);
      expect(statuses(f)).toEqual(['by-arn: pass', 'by-dep: pass']);
    });

    it("fails an absent attribute and one allowing 'unsafe-eval'", () => {
      const f = runPulumi(HDR3, [alb, listener('absent', {}), listener('eval', { routingHttpResponseContentSecurityPolicyHeaderValue: "script-src 'self' 'unsafe-eval'" })]);
      expect(statuses(f)).toEqual(['absent: fail', 'eval: fail']);
      expect(f[0].message).toContain('routingHttpResponseContentSecurityPolicyHeaderValue is absent');
      expect(f[1].message).toContain("'unsafe-eval'");
    });

    it('reports unknown for an unknown attribute and an unknown load balancer; not applicable on an internal one', () => {
      const internal: TestResource = { type: LB, name: 'internal', props: { arn: 'arn:internal', internal: true } };
      const f = runPulumi(HDR3, [
        alb,
        internal,
        listener('later', { routingHttpResponseContentSecurityPolicyHeaderValue: UNKNOWN }),
        listener('lb-later', { loadBalancerArn: UNKNOWN }),
        listener('inside', { loadBalancerArn: 'arn:internal' }),
      ]);
      expect(statuses(f)).toEqual(['later: unknown', 'lb-later: unknown', 'inside: not-applicable']);
    });
  });
});
