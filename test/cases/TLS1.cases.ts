/** TLS1's cases, written once for both engines: the parity test (test/parity/TLS1.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { TLS1 } from '../../src/rules/tls/TLS1-cloudfront-viewer-tls';
import { ACM_ARN, T, cfDistribution, cfn, distribution, noDefault, resource, yaml } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const cert = (viewerCertificate: Record<string, unknown>) => ({ viewerCertificate });
const cfCert = (ViewerCertificate: Record<string, unknown>) => ({ ViewerCertificate: ViewerCertificate });

export const TLS1_CASES: RequirementCases = {
  rule: TLS1,
  groups: [
    {
      titles: ['TLS1 parity: CloudFront viewer TLS >= 1.2'],
      cases: [
        {
          name: 'compliant: an ACM certificate with TLSv1.2_2021',
          pulumi: [distribution('Site', cert({ acmCertificateArn: ACM_ARN, minimumProtocolVersion: 'TLSv1.2_2021', sslSupportMethod: 'sni-only' }))],
          cfn: { Site: cfDistribution(cfCert({ AcmCertificateArn: ACM_ARN, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' })) },
          expected: ['Site: pass'],
        },
        {
          name: 'compliant: the certificate of the stack by Ref (an output during a Pulumi preview)',
          pulumi: [
            resource(T.certificate, 'Cert', { domainName: 'app.example.com', validationMethod: 'DNS' }),
            distribution('Site', cert({ acmCertificateArn: UNKNOWN, minimumProtocolVersion: 'TLSv1.2_2021' }), { viewerCertificate: ['Cert'] }),
          ],
          cfn: {
            Cert: cfn('AWS::CertificateManager::Certificate', { DomainName: 'app.example.com', ValidationMethod: 'DNS' }),
            Site: cfDistribution(cfCert({ AcmCertificateArn: { Ref: 'Cert' }, MinimumProtocolVersion: 'TLSv1.2_2021' })),
          },
          expected: ['Site: pass'],
        },
        {
          name: 'compliant: an IAM server certificate of the stack by Fn::GetAtt, TLSv1.3_2025 from a parameter default',
          pulumi: [
            resource(T.serverCertificate, 'Legacy', { name: 'legacy' }),
            distribution('Site', cert({ iamCertificateId: UNKNOWN, minimumProtocolVersion: 'TLSv1.3_2025' }), { viewerCertificate: ['Legacy'] }),
          ],
          cfn: {
            Parameters: { MinTls: { Type: 'String', Default: 'TLSv1.3_2025', AllowedValues: ['TLSv1.3_2025'] } },
            Resources: {
              Legacy: cfn('AWS::IAM::ServerCertificate', { ServerCertificateName: 'legacy' }),
              Site: cfDistribution(cfCert({ IamCertificateId: { 'Fn::GetAtt': ['Legacy', 'Id'] }, MinimumProtocolVersion: { Ref: 'MinTls' } })),
            },
          },
          expected: ['Site: pass'],
        },
        {
          name: 'non-compliant: the default *.cloudfront.net certificate (CloudFormation writes the flag as a string too)',
          pulumi: [distribution('Flag', cert({ cloudfrontDefaultCertificate: true })), distribution('Text', cert({ cloudfrontDefaultCertificate: true }))],
          cfn: { Flag: cfDistribution(cfCert({ CloudFrontDefaultCertificate: true })), Text: cfDistribution(cfCert({ CloudFrontDefaultCertificate: 'true' })) },
          expected: ['Flag: fail', 'Text: fail'],
        },
        {
          name: 'non-compliant: no ViewerCertificate at all (CloudFormation default: the *.cloudfront.net certificate)',
          pulumi: [distribution('Site', {})],
          cfn: { Site: cfDistribution({}) },
          expected: ['Site: fail'],
        },
        {
          name: 'non-compliant: an ACM certificate with MinimumProtocolVersion absent (TLSv1) or TLSv1.1_2016',
          pulumi: [distribution('Absent', cert({ acmCertificateArn: ACM_ARN })), distribution('Old', cert({ acmCertificateArn: ACM_ARN, minimumProtocolVersion: 'TLSv1.1_2016' }))],
          cfn: {
            Absent: cfDistribution(cfCert({ AcmCertificateArn: ACM_ARN })),
            Old: cfDistribution(cfCert({ AcmCertificateArn: ACM_ARN, MinimumProtocolVersion: 'TLSv1.1_2016' })),
          },
          expected: ['Absent: fail', 'Old: fail'],
        },
        {
          name: 'non-compliant: a MinimumProtocolVersion CloudFront does not accept (TLS1.2_2019 without the v, tlsv1.2_2021 in lower case)',
          pulumi: [
            distribution('NoV', cert({ acmCertificateArn: ACM_ARN, minimumProtocolVersion: 'TLS1.2_2019' })),
            distribution('Lower', cert({ acmCertificateArn: ACM_ARN, minimumProtocolVersion: 'tlsv1.2_2021' })),
          ],
          cfn: {
            NoV: cfDistribution(cfCert({ AcmCertificateArn: ACM_ARN, MinimumProtocolVersion: 'TLS1.2_2019' })),
            Lower: cfDistribution(cfCert({ AcmCertificateArn: ACM_ARN, MinimumProtocolVersion: 'tlsv1.2_2021' })),
          },
          expected: ['NoV: fail', 'Lower: fail'],
        },
        {
          name: 'unknown: the minimum from a parameter without a default, the certificate block from Fn::ImportValue, the whole DistributionConfig from Fn::ImportValue',
          pulumi: [
            distribution('Param', cert({ acmCertificateArn: ACM_ARN, minimumProtocolVersion: UNKNOWN })),
            distribution('Imported', { viewerCertificate: UNKNOWN }),
            resource(T.distribution, 'Whole', { enabled: UNKNOWN, defaultCacheBehavior: UNKNOWN, viewerCertificate: UNKNOWN }),
          ],
          cfn: {
            Parameters: noDefault('MinTls'),
            Resources: {
              Param: cfDistribution(cfCert({ AcmCertificateArn: ACM_ARN, MinimumProtocolVersion: { Ref: 'MinTls' } })),
              Imported: cfDistribution({ ViewerCertificate: { 'Fn::ImportValue': 'shared-viewer-certificate' } }),
              Whole: cfn('AWS::CloudFront::Distribution', { DistributionConfig: { 'Fn::ImportValue': 'shared-distribution-config' } }),
            },
          },
          expected: ['Param: unknown', 'Imported: unknown', 'Whole: unknown'],
        },
        {
          name: 'Fn::If on a condition the parameter defaults decide, and on one they cannot decide',
          pulumi: [
            distribution('Decided', cert({ acmCertificateArn: ACM_ARN, minimumProtocolVersion: 'TLSv1.2_2021' })),
            distribution('Open', cert({ acmCertificateArn: ACM_ARN, minimumProtocolVersion: UNKNOWN })),
          ],
          cfn: {
            Parameters: { Env: { Type: 'String', Default: 'prod', AllowedValues: ['prod'] }, ...noDefault('Tier') },
            Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, IsGold: { 'Fn::Equals': [{ Ref: 'Tier' }, 'gold'] } },
            Resources: {
              Decided: cfDistribution(cfCert({ AcmCertificateArn: ACM_ARN, MinimumProtocolVersion: { 'Fn::If': ['IsProd', 'TLSv1.2_2021', 'TLSv1'] } })),
              Open: cfDistribution(cfCert({ AcmCertificateArn: ACM_ARN, MinimumProtocolVersion: { 'Fn::If': ['IsGold', 'TLSv1.2_2021', 'TLSv1'] } })),
            },
          },
          expected: ['Decided: pass', 'Open: unknown'],
        },
        {
          name: 'YAML short forms: !Ref certificate, !Sub domain',
          pulumi: [
            resource(T.certificate, 'Cert', { domainName: 'app.example.com', validationMethod: 'DNS' }),
            distribution('Site', { aliases: ['app.example.com'], ...cert({ acmCertificateArn: UNKNOWN, minimumProtocolVersion: 'TLSv1.2_2021' }) }, { viewerCertificate: ['Cert'] }),
          ],
          cfn: yaml(`
  Parameters:
    Domain: { Type: String, Default: example.com, AllowedValues: [example.com] }
  Resources:
    Cert:
      Type: AWS::CertificateManager::Certificate
      Properties: { DomainName: !Sub 'app.\${Domain}', ValidationMethod: DNS }
    Site:
      Type: AWS::CloudFront::Distribution
      Properties:
        DistributionConfig:
          Enabled: true
          Aliases: [!Sub 'app.\${Domain}']
          DefaultCacheBehavior: { TargetOriginId: app, ViewerProtocolPolicy: redirect-to-https }
          ViewerCertificate:
            AcmCertificateArn: !Ref Cert
            MinimumProtocolVersion: TLSv1.2_2021
  `),
          expected: ['Site: pass'],
        },
      ],
    },
  ],
};
