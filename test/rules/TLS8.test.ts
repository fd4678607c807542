import { TLS8 } from '../../src/rules/tls/TLS8-certificates-renew';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const cert = (name: string, props: Record<string, unknown>): TestResource => ({ type: 'aws:acm/certificate:Certificate', name, props: { domainName: 'app.example.com', ...props } });
const pem = '-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----';

describe('TLS8 certificates renew themselves', () => {
  describe('ACM certificates', () => {
    it('passes DNS validation and private-CA certificates', () => {
      const f = runPulumi(TLS8, [
        cert('dns', { validationMethod: 'DNS', options: { certificateTransparencyLoggingPreference: 'ENABLED' } }),
        cert('private', { certificateAuthorityArn: 'arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/x' }),
      ]);
      expect(statuses(f)).toEqual(['dns: pass', 'private: pass']);
    });

    it('fails EMAIL, an absent method (EMAIL default), imported certificates and disabled CT logging', () => {
      const f = runPulumi(TLS8, [
        cert('email', { validationMethod: 'EMAIL' }),
        cert('absent', {}),
        cert('imported', { privateKey: pem, certificateBody: '-----BEGIN CERTIFICATE-----' }),
        cert('no-ct', { validationMethod: 'DNS', options: { certificateTransparencyLoggingPreference: 'DISABLED' } }),
      ]);
      expect(statuses(f)).toEqual(['email: fail', 'absent: fail', 'imported: fail', 'no-ct: fail']);
      expect(f[1].message).toContain('absent (ACM default EMAIL)');
      expect(f[2].message).toContain('privateKey and certificateBody are set');
      expect(f[3].message).toContain('certificateTransparencyLoggingPreference is DISABLED');
    });

    it('fails an imported certificate even when its private key is a secret not known yet', () => {
      const f = runPulumi(TLS8, [cert('imported-later', { privateKey: UNKNOWN, certificateBody: UNKNOWN })]);
      expect(statuses(f)).toEqual(['imported-later: fail']);
    });

    it('reports unknown for an unknown validation method or CT preference', () => {
      const f = runPulumi(TLS8, [cert('method', { validationMethod: UNKNOWN }), cert('ct', { validationMethod: 'DNS', options: { certificateTransparencyLoggingPreference: UNKNOWN } })]);
      expect(statuses(f)).toEqual(['method: unknown', 'ct: unknown']);
      expect(f[0].message).toContain('validationMethod');
      expect(f[1].message).toContain('options.certificateTransparencyLoggingPreference');
    });
  });

  describe('IAM server certificates', () => {
    it('always fail: the private key is in the IaC (known or not)', () => {
      const f = runPulumi(TLS8, [
        { type: 'aws:iam/serverCertificate:ServerCertificate', name: 'iam', props: { certificateBody: 'x', privateKey: pem } },
        { type: 'aws:iam/serverCertificate:ServerCertificate', name: 'iam-later', props: { certificateBody: UNKNOWN, privateKey: UNKNOWN } },
      ]);
      expect(statuses(f)).toEqual(['iam: fail', 'iam-later: fail']);
      expect(f[0].message).toContain('ACM certificate');
    });
  });
});
