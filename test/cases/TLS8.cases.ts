/** TLS8's cases, written once for both engines: the parity test (test/parity/TLS8.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { TLS8 } from '../../src/rules/tls/TLS8-certificates-renew';
import { T, cfn, noDefault, resource } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const acm = (name: string, props: Record<string, unknown>) => resource(T.certificate, name, { domainName: 'app.example.com', ...props });
const cfAcm = (props: Record<string, unknown>) => cfn('AWS::CertificateManager::Certificate', { DomainName: 'app.example.com', ...props });
const CA = 'arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/00000000-0000-0000-0000-000000000000';

export const TLS8_CASES: RequirementCases = {
  rule: TLS8,
  groups: [
    {
      titles: ['TLS8 parity: certificates renew themselves', 'ACM certificates'],
      cases: [
        {
          name: 'compliant: DNS validation (with a validation domain), a private CA certificate',
          pulumi: [acm('Dns', { validationMethod: 'DNS', validationOptions: [{ domainName: 'app.example.com', validationDomain: 'example.com' }] }), acm('Private', { certificateAuthorityArn: CA })],
          cfn: {
            Dns: cfAcm({ ValidationMethod: 'DNS', DomainValidationOptions: [{ DomainName: 'app.example.com', HostedZoneId: 'Z0000000EXAMPLE', ValidationDomain: 'example.com' }] }),
            Private: cfAcm({ CertificateAuthorityArn: CA }),
          },
          expected: ['Dns: pass', 'Private: pass'],
        },
        {
          name: 'non-compliant: EMAIL, ValidationMethod absent (ACM default EMAIL), transparency logging DISABLED (top-level in CloudFormation, under options in Pulumi)',
          pulumi: [acm('Email', { validationMethod: 'EMAIL' }), acm('Absent', {}), acm('Hidden', { validationMethod: 'DNS', options: { certificateTransparencyLoggingPreference: 'DISABLED' } })],
          cfn: {
            Email: cfAcm({ ValidationMethod: 'EMAIL' }),
            Absent: cfAcm({}),
            Hidden: cfAcm({ ValidationMethod: 'DNS', CertificateTransparencyLoggingPreference: 'DISABLED' }),
          },
          expected: ['Email: fail', 'Absent: fail', 'Hidden: fail'],
        },
        {
          name: 'unknown: the validation method from a parameter without a default, the transparency preference from Fn::ImportValue',
          pulumi: [acm('Method', { validationMethod: UNKNOWN }), acm('Logging', { validationMethod: 'DNS', options: { certificateTransparencyLoggingPreference: UNKNOWN } })],
          cfn: {
            Parameters: noDefault('Validation'),
            Resources: {
              Method: cfAcm({ ValidationMethod: { Ref: 'Validation' } }),
              Logging: cfAcm({ ValidationMethod: 'DNS', CertificateTransparencyLoggingPreference: { 'Fn::ImportValue': 'ct-preference' } }),
            },
          },
          expected: ['Method: unknown', 'Logging: unknown'],
        },
      ],
    },
    {
      titles: ['TLS8 parity: certificates renew themselves', 'IAM server certificates (always imported, whatever their properties)'],
      cases: [
        {
          name: 'non-compliant: a server certificate whose body and key come from parameters',
          pulumi: [resource(T.serverCertificate, 'Legacy', { name: 'legacy', certificateBody: UNKNOWN, privateKey: UNKNOWN })],
          cfn: {
            Parameters: noDefault('Body', 'Key'),
            Resources: { Legacy: cfn('AWS::IAM::ServerCertificate', { ServerCertificateName: 'legacy', CertificateBody: { Ref: 'Body' }, PrivateKey: { Ref: 'Key' } }) },
          },
          expected: ['Legacy: fail'],
        },
      ],
    },
  ],
};
