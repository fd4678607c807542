/** TLS2's cases, written once for both engines: the parity test (test/parity/TLS2.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { TLS2 } from '../../src/rules/tls/TLS2-recommended-ciphers';
import { ACM_ARN, T, cfDistribution, cfHttpsListener, cfLoadBalancer, cfn, distribution, httpsListener, loadBalancer, noDefault, resource } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const viewer = (minimumProtocolVersion: unknown) => ({ viewerCertificate: { acmCertificateArn: ACM_ARN, minimumProtocolVersion } });
const cfViewer = (MinimumProtocolVersion: unknown) => ({ ViewerCertificate: { AcmCertificateArn: ACM_ARN, MinimumProtocolVersion } });

export const TLS2_CASES: RequirementCases = {
  rule: TLS2,
  groups: [
    {
      titles: ['TLS2 parity: recommended ciphers', 'CloudFront distributions'],
      cases: [
        {
          name: 'compliant: TLSv1.2_2021 and TLSv1.2_2025',
          pulumi: [distribution('A', viewer('TLSv1.2_2021')), distribution('B', viewer('TLSv1.2_2025'))],
          cfn: { A: cfDistribution(cfViewer('TLSv1.2_2021')), B: cfDistribution(cfViewer('TLSv1.2_2025')) },
          expected: ['A: pass', 'B: pass'],
        },
        {
          name: 'compliant: the certificate of the stack by Ref',
          pulumi: [
            resource(T.certificate, 'Cert', { domainName: 'app.example.com', validationMethod: 'DNS' }),
            distribution('Site', { viewerCertificate: { acmCertificateArn: UNKNOWN, minimumProtocolVersion: 'TLSv1.2_2021' } }, { viewerCertificate: ['Cert'] }),
          ],
          cfn: {
            Cert: cfn('AWS::CertificateManager::Certificate', { DomainName: 'app.example.com', ValidationMethod: 'DNS' }),
            Site: cfDistribution({ ViewerCertificate: { AcmCertificateArn: { Ref: 'Cert' }, MinimumProtocolVersion: 'TLSv1.2_2021' } }),
          },
          expected: ['Site: pass'],
        },
        {
          name: 'non-compliant: TLSv1.2_2019 (CBC ciphers), no ViewerCertificate (default certificate), MinimumProtocolVersion absent (TLSv1)',
          pulumi: [distribution('Old', viewer('TLSv1.2_2019')), distribution('Default', {}), distribution('Absent', { viewerCertificate: { acmCertificateArn: ACM_ARN } })],
          cfn: {
            Old: cfDistribution(cfViewer('TLSv1.2_2019')),
            Default: cfDistribution({}),
            Absent: cfDistribution({ ViewerCertificate: { AcmCertificateArn: ACM_ARN } }),
          },
          expected: ['Old: fail', 'Default: fail', 'Absent: fail'],
        },
        {
          name: 'unknown: the minimum from a parameter without a default',
          pulumi: [distribution('Site', viewer(UNKNOWN))],
          cfn: { Parameters: noDefault('MinTls'), Resources: { Site: cfDistribution(cfViewer({ Ref: 'MinTls' })) } },
          expected: ['Site: unknown'],
        },
      ],
    },
    {
      titles: ['TLS2 parity: recommended ciphers', 'load balancer listeners'],
      cases: [
        {
          name: 'compliant: HTTPS with TLS13-1-2-Res-2021-06, TLS with FS-1-2-Res-2020-10',
          pulumi: [
            loadBalancer('Alb'),
            httpsListener('Https', 'Alb', { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06' }),
            httpsListener('Tls', 'Alb', { protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' }),
          ],
          cfn: {
            Alb: cfLoadBalancer(),
            Https: cfHttpsListener('Alb', { SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06' }),
            Tls: cfHttpsListener('Alb', { Protocol: 'TLS', SslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' }),
          },
          expected: ['Https: pass', 'Tls: pass'],
        },
        {
          name: 'non-compliant: TLS13-1-2-2021-06 (CBC ciphers) and no SslPolicy (ELBSecurityPolicy-2016-08 in both engines)',
          pulumi: [loadBalancer('Alb'), httpsListener('Cbc', 'Alb', { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }), httpsListener('Absent', 'Alb')],
          cfn: { Alb: cfLoadBalancer(), Cbc: cfHttpsListener('Alb', { SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }), Absent: cfHttpsListener('Alb') },
          expected: ['Cbc: fail', 'Absent: fail'],
        },
        {
          name: 'not applicable: a plain HTTP listener',
          pulumi: [loadBalancer('Alb'), httpsListener('Http', 'Alb', { protocol: 'HTTP', port: 80, certificateArn: undefined })],
          cfn: { Alb: cfLoadBalancer(), Http: cfHttpsListener('Alb', { Protocol: 'HTTP', Port: 80, Certificates: { Ref: 'AWS::NoValue' } }) },
          expected: ['Http: not-applicable'],
        },
        {
          name: 'unknown: SslPolicy from a parameter without a default, Protocol from Fn::ImportValue',
          pulumi: [loadBalancer('Alb'), httpsListener('ByParam', 'Alb', { sslPolicy: UNKNOWN }), httpsListener('ByImport', 'Alb', { protocol: UNKNOWN })],
          cfn: {
            Parameters: noDefault('Policy'),
            Resources: {
              Alb: cfLoadBalancer(),
              ByParam: cfHttpsListener('Alb', { SslPolicy: { Ref: 'Policy' } }),
              ByImport: cfHttpsListener('Alb', { Protocol: { 'Fn::ImportValue': 'listener-protocol' } }),
            },
          },
          expected: ['ByParam: unknown', 'ByImport: unknown'],
        },
      ],
    },
  ],
};
