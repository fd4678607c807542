import { HDR5 } from '../../src/rules/hdr/HDR5-trace-disabled';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const DIST = 'aws:cloudfront/distribution:Distribution';
const LB = 'aws:lb/loadBalancer:LoadBalancer';
const LISTENER = 'aws:lb/listener:Listener';
const ALB_LISTENER = 'aws:alb/listener:Listener';
const RULE = 'aws:lb/listenerRule:ListenerRule';
const ALB_RULE = 'aws:alb/listenerRule:ListenerRule';

const alb: TestResource = { type: LB, name: 'alb', props: { arn: 'arn:alb' } };
const forward = { type: 'forward', targetGroupArn: 'arn:tg' };
const listener = (name: string, props: Record<string, unknown> = {}, type = LISTENER): TestResource => ({
  type,
  name,
  props: { arn: `arn:listener/${name}`, port: 443, protocol: 'HTTPS', loadBalancerArn: 'arn:alb', defaultActions: [forward], ...props },
});
const TRACE = [{ httpRequestMethod: { values: ['TRACE'] } }];
const FIXED = [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '405' } }];
const rule = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>, type = RULE): TestResource => ({
  type,
  name,
  props: { priority: 1, conditions: TRACE, actions: FIXED, ...props },
  dependsOn,
});

describe('HDR5 TRACE disabled', () => {
  it('passes every CloudFront distribution by construction', () => {
    const f = runPulumi(HDR5, [{ type: DIST, name: 'cdn', props: { enabled: true } }]);
    expect(statuses(f)).toEqual(['cdn: pass']);
    expect(f[0].message).toContain('CloudFront rejects TRACE');
    expect(f[0].enforcement).toBe('advisory');
  });

  it('passes listeners with a TRACE fixed-response rule (known ARN, property dependency, alb tokens)', () => {
    const f = runPulumi(HDR5, [
      alb,
      listener('https'),
      listener('http', { protocol: 'HTTP', port: 80 }, ALB_LISTENER),
      rule('block-trace', { listenerArn: 'arn:listener/https' }),
      rule('block-trace-http', { listenerArn: UNKNOWN, conditions: [{ httpRequestMethod: { values: ['GET', 'TRACE'] } }] }, { listenerArn: ['http'] }, ALB_RULE),
    ]);
    expect(statuses(f)).toEqual(['https: pass', 'http: pass']);
    expect(f[0].message).toContain('block-trace');
  });

  it('fails a listener with no TRACE rule, a TRACE rule that forwards, and one narrowed by a path', () => {
    const f = runPulumi(HDR5, [
      alb,
      listener('none'),
      listener('forwards'),
      listener('narrow'),
      rule('trace-forward', { listenerArn: 'arn:listener/forwards', actions: [forward] }),
      rule('trace-path', { listenerArn: 'arn:listener/narrow', conditions: [...TRACE, { pathPattern: { values: ['/admin/*'] } }] }),
    ]);
    expect(statuses(f)).toEqual(['none: fail', 'forwards: fail', 'narrow: fail']);
    expect(f[0].message).toContain('httpRequestMethod');
  });

  it('is not applicable to redirect-only HTTP listeners, internal load balancers and NLB listeners', () => {
    const internal: TestResource = { type: LB, name: 'internal', props: { arn: 'arn:internal', internal: true } };
    const f = runPulumi(HDR5, [
      alb,
      internal,
      listener('redirect', { protocol: 'HTTP', port: 80, defaultActions: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }] }),
      listener('inside', { loadBalancerArn: 'arn:internal' }),
      listener('tcp', { protocol: 'TCP' }),
    ]);
    expect(statuses(f)).toEqual(['redirect: not-applicable', 'inside: not-applicable', 'tcp: not-applicable']);
  });

  it('reports unknown for a rule whose listener or conditions are not known, and for an unknown load balancer', () => {
    const f = runPulumi(HDR5, [alb, listener('l'), rule('somewhere', { listenerArn: UNKNOWN })]);
    expect(statuses(f)).toEqual(['l: unknown']);
    expect(f[0].message).toContain('somewhere');
    const g = runPulumi(HDR5, [alb, listener('l'), rule('later', { listenerArn: 'arn:listener/l', conditions: UNKNOWN })]);
    expect(statuses(g)).toEqual(['l: unknown']);
    expect(g[0].message).toContain('later (conditions)');
    const h = runPulumi(HDR5, [alb, listener('l', { loadBalancerArn: UNKNOWN })]);
    expect(statuses(h)).toEqual(['l: unknown']);
    expect(h[0].message).toContain('loadBalancerArn');
  });
});
