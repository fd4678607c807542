import { HDR1, parseHsts } from '../../src/rules/hdr/HDR1-hsts';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const DIST = 'aws:cloudfront/distribution:Distribution';
const RHP = 'aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy';
const LB = 'aws:lb/loadBalancer:LoadBalancer';
const ALB_LB = 'aws:alb/loadBalancer:LoadBalancer';
const LISTENER = 'aws:lb/listener:Listener';
const ALB_LISTENER = 'aws:alb/listener:Listener';

const behavior = (extra: Record<string, unknown> = {}) => ({ targetOriginId: 'o', viewerProtocolPolicy: 'https-only', ...extra });
const dist = (name: string, def: Record<string, unknown>, extra: Record<string, unknown> = {}, dependsOn?: Record<string, string[]>): TestResource => ({
  type: DIST,
  name,
  props: { enabled: true, defaultCacheBehavior: behavior(def), ...extra },
  dependsOn,
});
const rhp = (name: string, props: Record<string, unknown>): TestResource => ({ type: RHP, name, props: { id: `${name}-id`, name, ...props } });
const sts = (s: Record<string, unknown>) => ({ securityHeadersConfig: { strictTransportSecurity: s } });
const GOOD = { accessControlMaxAgeSec: 31536000, includeSubdomains: true, override: true };

const lb = (name: string, props: Record<string, unknown> = {}, type = LB): TestResource => ({
  type,
  name,
  props: { arn: `arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/${name}/1`, dnsName: `${name}.elb.amazonaws.com`, ...props },
});
const listener = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>, type = LISTENER): TestResource => ({
  type,
  name,
  props: { port: 443, protocol: 'HTTPS', ...props },
  dependsOn,
});
const arnOf = (r: TestResource) => r.props.arn as string;
const HSTS = 'max-age=31536000; includeSubDomains';

describe('HDR1 HSTS', () => {
  describe('CloudFront behaviors', () => {
    it('passes behaviors attached (by known id and by property dependency) to a policy with a year, includeSubdomains and override', () => {
      const f = runPulumi(HDR1, [
        rhp('headers', sts(GOOD)),
        dist('by-id', { responseHeadersPolicyId: 'headers-id' }),
        dist('by-dep', { responseHeadersPolicyId: UNKNOWN }, {}, { defaultCacheBehavior: ['headers'] }),
      ]);
      expect(statuses(f)).toEqual(['by-id/defaultCacheBehavior: pass', 'by-dep/defaultCacheBehavior: pass']);
      expect(f[0].enforcement).toBe('mandatory');
    });

    it('fails a behavior without a policy, a short max-age, no includeSubdomains, override off, and the managed SecurityHeadersPolicy', () => {
      const f = runPulumi(HDR1, [
        rhp('short', sts({ ...GOOD, accessControlMaxAgeSec: 86400 })),
        rhp('no-sub', sts({ accessControlMaxAgeSec: 63072000, override: true })),
        rhp('no-override', sts({ ...GOOD, override: false })),
        rhp('no-hsts', { securityHeadersConfig: { contentTypeOptions: { override: true } } }),
        dist('none', {}),
        dist('short', { responseHeadersPolicyId: 'short-id' }),
        dist('no-sub', { responseHeadersPolicyId: 'no-sub-id' }),
        dist('no-override', { responseHeadersPolicyId: 'no-override-id' }),
        dist('no-hsts', { responseHeadersPolicyId: 'no-hsts-id' }),
        dist('managed', { responseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03' }),
      ]);
      expect(statuses(f)).toEqual([
        'none/defaultCacheBehavior: fail',
        'short/defaultCacheBehavior: fail',
        'no-sub/defaultCacheBehavior: fail',
        'no-override/defaultCacheBehavior: fail',
        'no-hsts/defaultCacheBehavior: fail',
        'managed/defaultCacheBehavior: fail',
      ]);
      expect(f[0].message).toContain('defaultCacheBehavior.responseHeadersPolicyId is absent');
      expect(f[1].message).toContain('accessControlMaxAgeSec is 86400');
      expect(f[2].message).toContain('includeSubdomains is absent (default false)');
      expect(f[3].message).toContain('override is false');
      expect(f[5].message).toContain('SecurityHeadersPolicy');
      expect(f[5].message).toContain('includeSubdomains is false');
    });

    it('judges every ordered behavior on its own, naming it in detail', () => {
      const f = runPulumi(HDR1, [
        rhp('good', sts(GOOD)),
        dist(
          'd',
          { responseHeadersPolicyId: 'good-id' },
          {
            orderedCacheBehaviors: [behavior({ pathPattern: '/api/*', responseHeadersPolicyId: 'good-id' }), behavior({ pathPattern: '/legacy/*' })],
          },
        ),
      ]);
      expect(statuses(f)).toEqual(['d/defaultCacheBehavior: pass', 'd/orderedCacheBehaviors[0]: pass', 'd/orderedCacheBehaviors[1]: fail']);
      expect(f[2].message).toContain('orderedCacheBehaviors[1].responseHeadersPolicyId is absent');
    });

    it('accepts a custom Strict-Transport-Security header with override', () => {
      const custom = (value: string, override: boolean) => ({ customHeadersConfig: { items: [{ header: 'strict-transport-security', value, override }] } });
      const f = runPulumi(HDR1, [
        rhp('ok', custom('max-age=63072000; includeSubDomains; preload', true)),
        rhp('weak', custom('max-age=31536000', true)),
        rhp('not-overriding', custom(HSTS, false)),
        dist('ok', { responseHeadersPolicyId: 'ok-id' }),
        dist('weak', { responseHeadersPolicyId: 'weak-id' }),
        dist('not-overriding', { responseHeadersPolicyId: 'not-overriding-id' }),
      ]);
      expect(statuses(f)).toEqual(['ok/defaultCacheBehavior: pass', 'weak/defaultCacheBehavior: fail', 'not-overriding/defaultCacheBehavior: fail']);
      expect(f[1].message).toContain('includeSubDomains');
    });

    it('reports unknown for an unknown policy id, an unknown policy field, an unknown behavior list, and a policy it cannot see', () => {
      const f = runPulumi(HDR1, [
        rhp('later', sts({ ...GOOD, accessControlMaxAgeSec: UNKNOWN })),
        dist('id-later', { responseHeadersPolicyId: UNKNOWN }),
        dist('field-later', { responseHeadersPolicyId: 'later-id' }),
        dist('behaviors-later', { responseHeadersPolicyId: 'later-id' }, { orderedCacheBehaviors: UNKNOWN }),
        dist('elsewhere', { responseHeadersPolicyId: '11111111-2222-3333-4444-555555555555' }),
      ]);
      expect(statuses(f)).toEqual([
        'id-later/defaultCacheBehavior: unknown',
        'field-later/defaultCacheBehavior: unknown',
        'behaviors-later/defaultCacheBehavior: unknown',
        'behaviors-later/orderedCacheBehaviors: unknown',
        'elsewhere/defaultCacheBehavior: unknown',
      ]);
      expect(f[0].message).toContain('defaultCacheBehavior.responseHeadersPolicyId');
      expect(f[1].message).toContain('accessControlMaxAgeSec');
      expect(f[4].message).toContain('neither in this stack nor AWS managed');
    });

    it('fails on a known bad field even when another field is unknown', () => {
      const f = runPulumi(HDR1, [rhp('p', sts({ accessControlMaxAgeSec: UNKNOWN, includeSubdomains: false, override: true })), dist('d', { responseHeadersPolicyId: 'p-id' })]);
      expect(statuses(f)).toEqual(['d/defaultCacheBehavior: fail']);
    });

    it('combines several candidate policies from property dependencies: agreeing pass, disagreeing unknown', () => {
      const f = runPulumi(HDR1, [
        rhp('a', sts(GOOD)),
        rhp('b', sts(GOOD)),
        rhp('bad', sts({ ...GOOD, override: false })),
        dist(
          'agree',
          { responseHeadersPolicyId: 'a-id' },
          { orderedCacheBehaviors: [behavior({ pathPattern: '/x/*', responseHeadersPolicyId: UNKNOWN })] },
          {
            orderedCacheBehaviors: ['a', 'b'],
          },
        ),
        dist(
          'disagree',
          { responseHeadersPolicyId: 'a-id' },
          { orderedCacheBehaviors: [behavior({ pathPattern: '/x/*', responseHeadersPolicyId: UNKNOWN })] },
          {
            orderedCacheBehaviors: ['a', 'bad'],
          },
        ),
      ]);
      expect(statuses(f)).toEqual(['agree/defaultCacheBehavior: pass', 'agree/orderedCacheBehaviors[0]: pass', 'disagree/defaultCacheBehavior: pass', 'disagree/orderedCacheBehaviors[0]: unknown']);
    });
  });

  describe('ALB HTTPS listeners', () => {
    it('passes an HTTPS listener of an internet-facing ALB (known ARN, property dependency, alb tokens) with a one-year HSTS value', () => {
      const a = lb('a');
      const b = lb('b', {}, ALB_LB);
      const f = runPulumi(HDR1, [
        a,
        b,
        listener('by-arn', { loadBalancerArn: arnOf(a), routingHttpResponseStrictTransportSecurityHeaderValue: HSTS }),
        listener('by-dep', { loadBalancerArn: UNKNOWN, routingHttpResponseStrictTransportSecurityHeaderValue: 'max-age="63072000"; includeSubDomains' }, { loadBalancerArn: ['b'] }, ALB_LISTENER),
      ]);
      expect(statuses(f)).toEqual(['by-arn: pass', 'by-dep: pass']);
    });

    it('fails an absent header, a short max-age and a missing includeSubDomains', () => {
      const a = lb('a');
      const f = runPulumi(HDR1, [
        a,
        listener('absent', { loadBalancerArn: arnOf(a) }),
        listener('short', { loadBalancerArn: arnOf(a), routingHttpResponseStrictTransportSecurityHeaderValue: 'max-age=300; includeSubDomains' }),
        listener('no-sub', { loadBalancerArn: arnOf(a), routingHttpResponseStrictTransportSecurityHeaderValue: 'max-age=31536000' }, undefined, ALB_LISTENER),
      ]);
      expect(statuses(f)).toEqual(['absent: fail', 'short: fail', 'no-sub: fail']);
      expect(f[0].message).toContain('routingHttpResponseStrictTransportSecurityHeaderValue is absent');
      expect(f[1].message).toContain('max-age 300');
      expect(f[2].message).toContain('no includeSubDomains');
    });

    it('is not applicable to internal and network load balancers and to plain-HTTP listeners', () => {
      const internal = lb('internal', { internal: true });
      const nlb = lb('nlb', { loadBalancerType: 'network' });
      const pub = lb('pub');
      const f = runPulumi(HDR1, [
        internal,
        nlb,
        pub,
        listener('on-internal', { loadBalancerArn: arnOf(internal) }),
        listener('on-nlb', { loadBalancerArn: arnOf(nlb), protocol: 'TLS' }),
        listener('http', { loadBalancerArn: arnOf(pub), protocol: 'HTTP', port: 80 }),
        listener('default-protocol', { loadBalancerArn: arnOf(pub), protocol: undefined }),
      ]);
      expect(statuses(f)).toEqual(['on-internal: not-applicable', 'on-nlb: not-applicable', 'http: not-applicable', 'default-protocol: not-applicable']);
    });

    it('reports unknown for an unknown header, an unknown load balancer, an unknown internal flag, and a failing listener on a load balancer outside the stack', () => {
      const a = lb('a');
      const maybeInternal = lb('maybe', { internal: UNKNOWN });
      const f = runPulumi(HDR1, [
        a,
        maybeInternal,
        listener('header-later', { loadBalancerArn: arnOf(a), routingHttpResponseStrictTransportSecurityHeaderValue: UNKNOWN }),
        listener('lb-later', { loadBalancerArn: UNKNOWN }),
        listener('internal-later', { loadBalancerArn: arnOf(maybeInternal) }),
        listener('outside-bad', { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/other/9' }),
        listener('outside-good', { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/other/9', routingHttpResponseStrictTransportSecurityHeaderValue: HSTS }),
      ]);
      expect(statuses(f)).toEqual(['header-later: unknown', 'lb-later: unknown', 'internal-later: unknown', 'outside-bad: unknown', 'outside-good: pass']);
      expect(f[0].message).toContain('routingHttpResponseStrictTransportSecurityHeaderValue');
      expect(f[1].message).toContain('loadBalancerArn');
      expect(f[2].message).toContain('internal');
      expect(f[3].message).toContain('outside this stack');
    });
  });

  it('parses HSTS values case-insensitively', () => {
    expect(parseHsts('MAX-AGE=31536000 ; INCLUDESUBDOMAINS ; Preload')).toEqual({ maxAge: 31536000, includeSubDomains: true, preload: true });
    expect(parseHsts('includeSubDomains')).toEqual({ includeSubDomains: true, preload: false });
  });

  describe('RFC 6797 section 6.1 grammar', () => {
    it('accepts a quoted max-age (6.1.1), empty directives, whitespace around "=", unknown directives with token or quoted values (6.1 item 5)', () => {
      expect(parseHsts('max-age="31536000"; includeSubDomains')).toEqual({ maxAge: 31536000, includeSubDomains: true, preload: false });
      expect(parseHsts(';max-age = 31536000;; includeSubDomains ;')).toEqual({ maxAge: 31536000, includeSubDomains: true, preload: false });
      expect(parseHsts('max-age=31536000; report-uri="https://example.com/a;b"; x-flag=1; includeSubDomains')).toEqual({ maxAge: 31536000, includeSubDomains: true, preload: false });
    });

    it('rejects a repeated directive, whatever its case (6.1 items 2 and 3), with no directives kept', () => {
      expect(parseHsts('max-age=31536000; max-age=0')).toEqual({
        includeSubDomains: false,
        preload: false,
        invalid: 'repeats the directive max-age (RFC 6797 section 6.1: "All directives MUST appear only once")',
      });
      expect(parseHsts('max-age=31536000; includeSubDomains; INCLUDESUBDOMAINS').invalid).toBe(
        'repeats the directive INCLUDESUBDOMAINS (RFC 6797 section 6.1: "All directives MUST appear only once")',
      );
      expect(parseHsts('max-age=31536000; x=1; X=2').invalid).toContain('repeats the directive X');
    });

    it('rejects a max-age that is not delta-seconds (6.1.1), a valued includeSubDomains (6.1.2), and text that is not directives', () => {
      expect(parseHsts('max-age=-1; includeSubDomains').invalid).toBe('has max-age "-1", not delta-seconds (RFC 6797 section 6.1.1)');
      expect(parseHsts('max-age; includeSubDomains').invalid).toBe('has max-age without a value, not delta-seconds (RFC 6797 section 6.1.1)');
      expect(parseHsts('max-age=31536000; includeSubDomains=true').invalid).toBe('gives includeSubDomains a value, which it does not take (RFC 6797 section 6.1.2)');
      expect(parseHsts('max-age 31536000; includeSubDomains').invalid).toBe('has a directive name "max-age 31536000" that is not a token (RFC 6797 section 6.1)');
      expect(parseHsts('max-age="31536000; includeSubDomains').invalid).toBe('has a quoted-string that is not closed (RFC 6797 section 6.1)');
      expect(parseHsts('max-age=31536000=1; includeSubDomains').invalid).toBe('gives max-age the value "31536000=1", which is neither a token nor a quoted-string (RFC 6797 section 6.1)');
    });

    it('reads a hostile value in one linear pass', () => {
      const spaces = ' '.repeat(200000);
      const started = Date.now();
      expect(parseHsts(`a${spaces}=${spaces}"`).invalid).toBe('has a quoted-string that is not closed (RFC 6797 section 6.1)');
      expect(parseHsts(`max-age=31536000;${';'.repeat(200000)} includeSubDomains`)).toEqual({ maxAge: 31536000, includeSubDomains: true, preload: false });
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('fails an ALB listener whose value repeats max-age, saying it is invalid and browsers ignore it', () => {
      const a = lb('a');
      const f = runPulumi(HDR1, [a, listener('twice', { loadBalancerArn: arnOf(a), routingHttpResponseStrictTransportSecurityHeaderValue: 'max-age=31536000; includeSubDomains; max-age=0' })]);
      expect(statuses(f)).toEqual(['twice: fail']);
      expect(f[0].message).toBe(
        'routingHttpResponseStrictTransportSecurityHeaderValue "max-age=31536000; includeSubDomains; max-age=0" repeats the directive max-age ' +
          '(RFC 6797 section 6.1: "All directives MUST appear only once"), so browsers ignore the header; ' +
          'set routingHttpResponseStrictTransportSecurityHeaderValue to "max-age=31536000; includeSubDomains"',
      );
    });
  });
});
