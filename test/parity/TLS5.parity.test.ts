import { TLS5 } from '../../src/rules/tls/TLS5-listener-tls';
import { parity } from '../support/parity';
import { UNKNOWN } from '../support/pulumi-stack';
import { cfHttpsListener, cfLoadBalancer, httpsListener, loadBalancer, noDefault } from './edge-fixtures';

const redirect = (protocol?: string) => ({ type: 'redirect', redirect: { statusCode: 'HTTP_301', port: '443', ...(protocol ? { protocol } : {}) } });
const cfRedirect = (Protocol?: string) => ({ Type: 'redirect', RedirectConfig: { StatusCode: 'HTTP_301', Port: '443', ...(Protocol ? { Protocol } : {}) } });
const http = { protocol: 'HTTP', port: 80, certificateArn: undefined };
const cfHttp = { Protocol: 'HTTP', Port: 80, Certificates: { Ref: 'AWS::NoValue' } };

describe('TLS5 parity: load balancer listeners', () => {
  parity(TLS5, [
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
  ]);
});
