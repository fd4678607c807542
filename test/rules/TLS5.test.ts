import { TLS5 } from '../../src/rules/tls/TLS5-listener-tls';
import { factFromPulumi } from '../../src/pulumi/pack/facts';
import { TestResource, UNKNOWN, runPulumi, statuses, urnOf } from '../support/pulumi-stack';

const LB = 'aws:lb/listener:Listener';
const ALB = 'aws:alb/listener:Listener';
const forward = [{ type: 'forward', targetGroupArn: 'tg' }];
const redirect = (protocol?: unknown) => [{ type: 'redirect', redirect: { statusCode: 'HTTP_301', ...(protocol === undefined ? {} : { protocol }) } }];
const listener = (name: string, props: Record<string, unknown>, type = LB): TestResource => ({
  type,
  name,
  props: { loadBalancerArn: 'arn:lb', defaultActions: forward, ...props },
});

describe('TLS5 load balancer listeners serve TLS >= 1.2', () => {
  it('passes HTTPS/TLS listeners with TLS 1.2+ policies on both tokens', () => {
    const f = runPulumi(TLS5, [
      listener('res', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06' }),
      listener('tls12', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }),
      listener('nlb', { protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09' }, ALB),
    ]);
    expect(statuses(f)).toEqual(['res: pass', 'tls12: pass', 'nlb: pass']);
  });

  it('fails an absent policy (2016-08), TLS13-1-0/1-1, TLS-1-1 and an unknown policy name', () => {
    const f = runPulumi(TLS5, [
      listener('absent', { protocol: 'HTTPS' }),
      listener('t10', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-0-2021-06' }),
      listener('t11', { protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-1-2021-06' }, ALB),
      listener('old', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS-1-1-2017-01' }),
      listener('typo', { protocol: 'HTTPS', sslPolicy: 'MyPolicy' }),
    ]);
    expect(statuses(f)).toEqual(['absent: fail', 't10: fail', 't11: fail', 'old: fail', 'typo: fail']);
    expect(f.find((x) => x.resource.name === 'absent')!.message).toContain('absent (AWS default ELBSecurityPolicy-2016-08), which accepts TLS 1.0');
    expect(f.find((x) => x.resource.name === 'typo')!.message).toContain('not a known');
  });

  it('passes an HTTP listener that redirects to HTTPS, fails one that forwards or keeps the protocol, on both tokens', () => {
    const f = runPulumi(TLS5, [
      listener('redirects', { protocol: 'HTTP', defaultActions: redirect('HTTPS') }),
      listener('forwards', { protocol: 'HTTP' }),
      listener('absent-protocol', { defaultActions: redirect('HTTPS') }, ALB),
      listener('same-protocol', { protocol: 'HTTP', defaultActions: redirect() }, ALB),
      listener('default-http', {}, ALB),
    ]);
    expect(statuses(f)).toEqual(['redirects: pass', 'forwards: fail', 'absent-protocol: pass', 'same-protocol: fail', 'default-http: fail']);
    expect(f[1].message).toContain('defaultActions[0] is forward, which serves the app over plain HTTP');
    expect(f[3].message).toContain('#{protocol}');
    expect(f[4].message).toContain('absent (HTTP, the Application Load Balancer default)');
  });

  it('fails a fixed-response default action for leaving browsers on HTTP, not for serving the app', () => {
    const f = runPulumi(TLS5, [listener('fixed', { protocol: 'HTTP', defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '404' } }] })]);
    expect(statuses(f)).toEqual(['fixed: fail']);
    expect(f[0].message).toBe(
      'protocol is HTTP and defaultActions[0] is fixed-response, which answers over plain HTTP instead of sending browsers to HTTPS; ' +
        'make the default action a redirect with redirect.protocol HTTPS (statusCode HTTP_301), or serve HTTPS on this listener',
    );
  });

  it('is not applicable to TCP/UDP listeners', () => {
    const f = runPulumi(TLS5, [listener('tcp', { protocol: 'TCP' }), listener('udp', { protocol: 'UDP' }, ALB)]);
    expect(statuses(f)).toEqual(['tcp: not-applicable', 'udp: not-applicable']);
  });

  it('reports unknown for an unknown protocol, policy, action or redirect protocol on both tokens', () => {
    const f = runPulumi(TLS5, [
      listener('protocol', { protocol: UNKNOWN }),
      listener('policy', { protocol: 'HTTPS', sslPolicy: UNKNOWN }),
      listener('actions', { protocol: 'HTTP', defaultActions: UNKNOWN }, ALB),
      listener('redirect', { protocol: 'HTTP', defaultActions: redirect(UNKNOWN) }, ALB),
    ]);
    expect(statuses(f)).toEqual(['protocol: unknown', 'policy: unknown', 'actions: unknown', 'redirect: unknown']);
    expect(f[3].message).toContain('defaultActions[0].redirect.protocol');
  });

  describe('rules of a plain-HTTP listener (aws.lb.ListenerRule, listenerArn)', () => {
    const RULE = 'aws:lb/listenerRule:ListenerRule';
    const http = listener('http', { protocol: 'HTTP', defaultActions: redirect('HTTPS') });
    const rule = (name: string, actions: unknown, listenerArn: unknown = UNKNOWN): TestResource => ({
      type: RULE,
      name,
      props: { listenerArn, priority: 1, conditions: [{ pathPattern: { values: ['/*'] } }], actions },
      ...(listenerArn === UNKNOWN ? { dependsOn: { listenerArn: ['http'] } } : {}),
    });
    const rulesVerdict = (resources: TestResource[]) => runPulumi(TLS5, resources).find((f) => f.detail === 'listenerRules');

    it('fails naming the rule that forwards, even behind a redirecting default action', () => {
      const f = rulesVerdict([http, rule('trace', [{ type: 'fixed-response', fixedResponse: { statusCode: '405' } }]), rule('everything', [{ type: 'authenticate-oidc' }, ...forward])]);
      expect(f?.status).toBe('fail');
      expect(f?.message).toContain('listener rule everything forwards (actions[1] is forward), so the app is served over plain HTTP');
    });

    it('passes rules that only redirect or answer with a fixed response, naming them', () => {
      const f = rulesVerdict([http, rule('to-https', redirect('HTTPS')), rule('trace', [{ type: 'fixed-response', fixedResponse: { statusCode: '405' } }])]);
      expect(f?.status).toBe('pass');
      expect(f?.message).toContain('to-https, trace redirect or answer with a fixed response');
    });

    it('is unknown for a rule whose action type is not known, naming it and the property', () => {
      const f = rulesVerdict([http, rule('computed', [{ type: UNKNOWN }])]);
      expect(f?.status).toBe('unknown');
      expect(f?.message).toContain('listener rule computed (actions[0].type) is not known until deployment');
    });

    it('is unknown for a forwarding rule whose listener is not known; ignores one that cannot serve the app', () => {
      const stray = { ...rule('stray', forward), dependsOn: undefined };
      const f = rulesVerdict([http, stray]);
      expect(f?.status).toBe('unknown');
      expect(f?.message).toContain('listener rule stray (listenerArn), which may forward');
      const harmless = { ...rule('harmless', [{ type: 'fixed-response' }]), dependsOn: undefined };
      expect(rulesVerdict([http, harmless])).toBeUndefined();
    });

    it('judges nothing more for an HTTP listener without rules, and follows a rule quoting the listener ARN', () => {
      expect(rulesVerdict([http])).toBeUndefined();
      const arnListener = { ...http, props: { ...http.props, arn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/1/2' } };
      expect(rulesVerdict([arnListener, rule('by-arn', forward, 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/1/2')])?.status).toBe('fail');
    });
  });

  it('remediates HTTPS/TLS listeners without a TLS 1.2 policy and leaves the others alone', () => {
    const fact = (r: TestResource) => factFromPulumi({ ...r, urn: urnOf(r) })!;
    const absent = listener('a', { protocol: 'HTTPS', certificateArn: 'arn:cert' });
    expect(TLS5.remediate!(fact(absent))).toEqual({ ...absent.props, sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06' });
    const old = listener('b', { protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-0-2021-06' }, ALB);
    expect(TLS5.remediate!(fact(old))).toEqual({ ...old.props, sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06' });
    expect(TLS5.remediate!(fact(listener('c', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06' })))).toBeUndefined();
    expect(TLS5.remediate!(fact(listener('d', { protocol: 'HTTP' })))).toBeUndefined();
  });
});

describe('TLS5 Classic Load Balancer listeners with an aws.elb.SslNegotiationPolicy (Pulumi only)', () => {
  const balancer = (name: string): TestResource => ({
    type: 'aws:elb/loadBalancer:LoadBalancer',
    name,
    props: { availabilityZones: ['us-east-1a'], listeners: [{ lbPort: 443, lbProtocol: 'https', instancePort: 8080, instanceProtocol: 'http', sslCertificateId: 'arn:cert' }] },
  });
  const negotiation = (name: string, lb: string, lbPort: unknown, attributes: unknown[]): TestResource => ({
    type: 'aws:elb/sslNegotiationPolicy:SslNegotiationPolicy',
    name,
    props: { name, loadBalancer: UNKNOWN, lbPort, attributes },
    dependsOn: { loadBalancer: [lb] },
  });

  it("the policy on the listener's port decides; another port's policy leaves the default; an unknown port is unknown", () => {
    const f = runPulumi(TLS5, [
      balancer('good'),
      negotiation('good-tls', 'good', 443, [{ name: 'Reference-Security-Policy', value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }]),
      balancer('other-port'),
      negotiation('other-tls', 'other-port', 8443, [{ name: 'Reference-Security-Policy', value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }]),
      balancer('later'),
      negotiation('later-tls', 'later', UNKNOWN, [{ name: 'Reference-Security-Policy', value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }]),
    ]);
    expect(statuses(f)).toEqual(['good/listeners[0]: pass', 'other-port/listeners[0]: fail', 'later/listeners[0]: unknown']);
    expect(f[0].message).toContain('SslNegotiationPolicy good-tls');
    expect(f[1].message).toContain('ELBSecurityPolicy-2016-08');
  });
});
