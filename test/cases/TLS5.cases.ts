/** TLS5's cases, written once for both engines: the parity test (test/parity/TLS5.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { TLS5 } from '../../src/rules/tls/TLS5-listener-tls';
import { T, cfForward, cfHttpsListener, cfLoadBalancer, cfn, forward, httpsListener, loadBalancer, noDefault, resource } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const redirect = (protocol?: string) => ({ type: 'redirect', redirect: { statusCode: 'HTTP_301', port: '443', ...(protocol ? { protocol } : {}) } });
const cfRedirect = (Protocol?: string) => ({ Type: 'redirect', RedirectConfig: { StatusCode: 'HTTP_301', Port: '443', ...(Protocol ? { Protocol } : {}) } });
const http = { protocol: 'HTTP', port: 80, certificateArn: undefined };
const cfHttp = { Protocol: 'HTTP', Port: 80, Certificates: { Ref: 'AWS::NoValue' } };

/** A rule of HTTP listener `listener` matching every path (`path-pattern /*`, the legacy Field form in CloudFormation). */
const allPaths = (name: string, listener: string, actions: unknown) =>
  resource(T.listenerRule, name, { listenerArn: UNKNOWN, priority: 10, conditions: [{ pathPattern: { values: ['/*'] } }], actions }, { listenerArn: [listener] });
const cfAllPaths = (ListenerArn: unknown, Actions: unknown) =>
  cfn('AWS::ElasticLoadBalancingV2::ListenerRule', { ListenerArn, Priority: 10, Conditions: [{ Field: 'path-pattern', Values: ['/*'] }], Actions });
const fixed = { type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '405' } };
const cfFixed = { Type: 'fixed-response', FixedResponseConfig: { ContentType: 'text/plain', StatusCode: '405' } };

const listeners = {
  pulumi: [loadBalancer('Alb'), httpsListener('Http', 'Alb', { ...http, defaultActions: [redirect('HTTPS')] })],
  cfn: { Alb: cfLoadBalancer(), Http: cfHttpsListener('Alb', { ...cfHttp, DefaultActions: [cfRedirect('HTTPS')] }) },
};

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555';
const https = (port = 443) => ({ lbPort: port, lbProtocol: 'https', instancePort: 8080, instanceProtocol: 'http', sslCertificateId: CERT });
const cfHttps = (PolicyNames?: string[]) => ({
  LoadBalancerPort: '443',
  Protocol: 'HTTPS',
  InstancePort: '8080',
  InstanceProtocol: 'HTTP',
  SSLCertificateId: CERT,
  ...(PolicyNames ? { PolicyNames } : {}),
});
const classic = (name: string, listeners: unknown[]) => resource(T.classicLoadBalancer, name, { availabilityZones: ['us-east-1a'], listeners });
const cfClassic = (Listeners: unknown[], Policies?: unknown[]) => cfn('AWS::ElasticLoadBalancing::LoadBalancer', { AvailabilityZones: ['us-east-1a'], Listeners, ...(Policies ? { Policies } : {}) });
/** A negotiation policy on port 443 of `balancer`, in Pulumi's two side resources. */
const pulumiPolicy = (balancer: string, attributes: unknown[]) => [
  resource(
    T.classicPolicy,
    `${balancer}Policy`,
    { loadBalancerName: UNKNOWN, policyName: 'tls', policyTypeName: 'SSLNegotiationPolicyType', policyAttributes: attributes },
    { loadBalancerName: [balancer] },
  ),
  resource(T.classicListenerPolicy, `${balancer}Attach`, { loadBalancerName: UNKNOWN, loadBalancerPort: 443, policyNames: ['tls'] }, { loadBalancerName: [balancer] }),
];
const cfPolicy = (Attributes: unknown[]) => [{ PolicyName: 'tls', PolicyType: 'SSLNegotiationPolicyType', Attributes }];

export const TLS5_CASES: RequirementCases = {
  rule: TLS5,
  groups: [
    {
      titles: ['TLS5 parity: load balancer listeners'],
      cases: [
        {
          name: 'compliant: HTTPS with TLS13-1-2-2021-06; HTTP whose default action redirects to HTTPS',
          pulumi: [
            loadBalancer('Alb'),
            httpsListener('Https', 'Alb', { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }),
            httpsListener('Http', 'Alb', { ...http, defaultActions: [redirect('HTTPS')] }),
          ],
          cfn: {
            Alb: cfLoadBalancer(),
            Https: cfHttpsListener('Alb', { SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }),
            Http: cfHttpsListener('Alb', { ...cfHttp, DefaultActions: [cfRedirect('HTTPS')] }),
          },
          expected: ['Https: pass', 'Http: pass'],
        },
        {
          name: 'non-compliant: HTTPS without SslPolicy (ELBSecurityPolicy-2016-08, TLS 1.0), TLS13-1-1, HTTP forwarding, HTTP redirect keeping the protocol',
          pulumi: [
            loadBalancer('Alb'),
            httpsListener('Absent', 'Alb'),
            httpsListener('Tls11', 'Alb', { sslPolicy: 'ELBSecurityPolicy-TLS13-1-1-2021-06' }),
            httpsListener('Forward', 'Alb', http),
            httpsListener('Loop', 'Alb', { ...http, defaultActions: [redirect()] }),
          ],
          cfn: {
            Alb: cfLoadBalancer(),
            Absent: cfHttpsListener('Alb'),
            Tls11: cfHttpsListener('Alb', { SslPolicy: 'ELBSecurityPolicy-TLS13-1-1-2021-06' }),
            Forward: cfHttpsListener('Alb', cfHttp),
            Loop: cfHttpsListener('Alb', { ...cfHttp, DefaultActions: [cfRedirect()] }),
          },
          expected: ['Absent: fail', 'Tls11: fail', 'Forward: fail', 'Loop: fail'],
        },
        {
          name: 'not applicable: a TCP listener of a network load balancer',
          pulumi: [loadBalancer('Nlb', { loadBalancerType: 'network' }), httpsListener('Tcp', 'Nlb', { protocol: 'TCP', certificateArn: undefined })],
          cfn: { Nlb: cfLoadBalancer({ Type: 'network' }), Tcp: cfHttpsListener('Nlb', { Protocol: 'TCP', Certificates: { Ref: 'AWS::NoValue' } }) },
          expected: ['Tcp: not-applicable'],
        },
        {
          name: 'unknown: SslPolicy from a parameter without a default, an HTTP listener whose actions come from Fn::ImportValue, a redirect protocol not known',
          pulumi: [
            loadBalancer('Alb'),
            httpsListener('ByParam', 'Alb', { sslPolicy: UNKNOWN }),
            httpsListener('Imported', 'Alb', { ...http, defaultActions: UNKNOWN }),
            httpsListener('Target', 'Alb', { ...http, defaultActions: [{ type: 'redirect', redirect: { statusCode: 'HTTP_301', protocol: UNKNOWN } }] }),
          ],
          cfn: {
            Parameters: noDefault('Policy', 'RedirectProtocol'),
            Resources: {
              Alb: cfLoadBalancer(),
              ByParam: cfHttpsListener('Alb', { SslPolicy: { Ref: 'Policy' } }),
              Imported: cfHttpsListener('Alb', { ...cfHttp, DefaultActions: { 'Fn::ImportValue': 'listener-actions' } }),
              Target: cfHttpsListener('Alb', { ...cfHttp, DefaultActions: [{ Type: 'redirect', RedirectConfig: { StatusCode: 'HTTP_301', Protocol: { Ref: 'RedirectProtocol' } } }] }),
            },
          },
          expected: ['ByParam: unknown', 'Imported: unknown', 'Target: unknown'],
        },
      ],
    },
    {
      titles: ['TLS5 parity: rules of an HTTP listener that redirects by default'],
      cases: [
        {
          name: 'compliant: rules that redirect to HTTPS or answer with a fixed response',
          pulumi: [...listeners.pulumi, allPaths('ToHttps', 'Http', [redirect('HTTPS')]), allPaths('Trace', 'Http', [fixed])],
          cfn: { ...listeners.cfn, ToHttps: cfAllPaths({ Ref: 'Http' }, [cfRedirect('HTTPS')]), Trace: cfAllPaths({ Ref: 'Http' }, [cfFixed]) },
          expected: ['Http: pass', 'Http/listenerRules: pass'],
        },
        {
          name: 'non-compliant: a path-pattern /* rule that forwards (the default action never runs)',
          pulumi: [...listeners.pulumi, allPaths('Everything', 'Http', [forward])],
          cfn: { ...listeners.cfn, Everything: cfAllPaths({ Ref: 'Http' }, [cfForward]) },
          expected: ['Http: pass', 'Http/listenerRules: fail'],
        },
        {
          name: 'unknown: a rule whose actions come from Fn::ImportValue; a forwarding rule whose listener is a parameter',
          pulumi: [
            ...listeners.pulumi,
            allPaths('Imported', 'Http', UNKNOWN),
            resource(T.listenerRule, 'Stray', { listenerArn: UNKNOWN, priority: 11, conditions: [{ pathPattern: { values: ['/*'] } }], actions: [forward] }),
          ],
          cfn: {
            Parameters: noDefault('ListenerArn'),
            Resources: { ...listeners.cfn, Imported: cfAllPaths({ Ref: 'Http' }, { 'Fn::ImportValue': 'rule-actions' }), Stray: cfAllPaths({ Ref: 'ListenerArn' }, [cfForward]) },
          },
          expected: ['Http: pass', 'Http/listenerRules: unknown'],
        },
        {
          name: 'no rules verdict for an HTTPS listener with a forwarding rule (its TLS is the policy, judged alone)',
          pulumi: [loadBalancer('Alb'), httpsListener('Https', 'Alb', { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }), allPaths('Api', 'Https', [forward])],
          cfn: { Alb: cfLoadBalancer(), Https: cfHttpsListener('Alb', { SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }), Api: cfAllPaths({ Ref: 'Https' }, [cfForward]) },
          expected: ['Https: pass'],
        },
      ],
    },
    {
      titles: ['TLS5 parity: Classic Load Balancer listeners (inline Policies/PolicyNames = Pulumi LoadBalancerPolicy + ListenerPolicy)'],
      cases: [
        {
          name: 'compliant: Reference-Security-Policy ELBSecurityPolicy-TLS-1-2-2017-01, a custom policy enabling only TLS 1.2; a TCP listener is not applicable',
          pulumi: [
            classic('Reference', [https()]),
            ...pulumiPolicy('Reference', [{ name: 'Reference-Security-Policy', value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }]),
            classic('Custom', [https(), { lbPort: 5432, lbProtocol: 'tcp', instancePort: 5432, instanceProtocol: 'tcp' }]),
            ...pulumiPolicy('Custom', [
              { name: 'Protocol-TLSv1.2', value: 'true' },
              { name: 'ECDHE-RSA-AES128-GCM-SHA256', value: 'true' },
            ]),
          ],
          cfn: {
            Reference: cfClassic([cfHttps(['tls'])], cfPolicy([{ Name: 'Reference-Security-Policy', Value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }])),
            Custom: cfClassic(
              [cfHttps(['tls']), { LoadBalancerPort: '5432', Protocol: 'TCP', InstancePort: '5432', InstanceProtocol: 'TCP' }],
              cfPolicy([
                { Name: 'Protocol-TLSv1.2', Value: 'true' },
                { Name: 'ECDHE-RSA-AES128-GCM-SHA256', Value: 'true' },
              ]),
            ),
          },
          expected: ['Reference/listeners[0]: pass', 'Custom/listeners[0]: pass', 'Custom/listeners[1]: not-applicable'],
        },
        {
          name: 'non-compliant: no policy (AWS default ELBSecurityPolicy-2016-08, TLS 1.0), ELBSecurityPolicy-2016-08 by name, TLSv1 enabled, a plain HTTP listener (Classic cannot redirect)',
          pulumi: [
            classic('Default', [https()]),
            classic('Legacy', [https()]),
            ...pulumiPolicy('Legacy', [{ name: 'Reference-Security-Policy', value: 'ELBSecurityPolicy-2016-08' }]),
            classic('Tls10', [https()]),
            ...pulumiPolicy('Tls10', [
              { name: 'Protocol-TLSv1', value: 'true' },
              { name: 'Protocol-TLSv1.2', value: 'true' },
            ]),
            classic('Plain', [{ lbPort: 80, lbProtocol: 'http', instancePort: 8080, instanceProtocol: 'http' }]),
          ],
          cfn: {
            Default: cfClassic([cfHttps()]),
            Legacy: cfClassic([cfHttps(['tls'])], cfPolicy([{ Name: 'Reference-Security-Policy', Value: 'ELBSecurityPolicy-2016-08' }])),
            Tls10: cfClassic(
              [cfHttps(['tls'])],
              cfPolicy([
                { Name: 'Protocol-TLSv1', Value: 'true' },
                { Name: 'Protocol-TLSv1.2', Value: 'true' },
              ]),
            ),
            Plain: cfClassic([{ LoadBalancerPort: '80', Protocol: 'HTTP', InstancePort: '8080', InstanceProtocol: 'HTTP' }]),
          },
          expected: ['Default/listeners[0]: fail', 'Legacy/listeners[0]: fail', 'Tls10/listeners[0]: fail', 'Plain/listeners[0]: fail'],
        },
        {
          name: 'unknown: the reference policy from a parameter without a default; a listener policy naming a policy the stack does not declare',
          pulumi: [
            classic('ByParam', [https()]),
            ...pulumiPolicy('ByParam', [{ name: 'Reference-Security-Policy', value: UNKNOWN }]),
            classic('Elsewhere', [https()]),
            resource(T.classicListenerPolicy, 'ElsewhereAttach', { loadBalancerName: UNKNOWN, loadBalancerPort: 443, policyNames: ['shared-tls'] }, { loadBalancerName: ['Elsewhere'] }),
          ],
          cfn: {
            Parameters: noDefault('Reference'),
            Resources: {
              ByParam: cfClassic([cfHttps(['tls'])], cfPolicy([{ Name: 'Reference-Security-Policy', Value: { Ref: 'Reference' } }])),
              Elsewhere: cfClassic([cfHttps(['shared-tls'])]),
            },
          },
          expected: ['ByParam/listeners[0]: unknown', 'Elsewhere/listeners[0]: unknown'],
        },
      ],
    },
  ],
};
