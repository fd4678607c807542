import { TLS1 } from '../../src/rules/tls/TLS1-cloudfront-viewer-tls';
import { factFromPulumi } from '../../src/pulumi/pack/facts';
import { UNKNOWN, runPulumi, statuses, urnOf } from '../support/pulumi-stack';

const distribution = (name: string, viewerCertificate: Record<string, unknown> | undefined) => ({
  type: 'aws:cloudfront/distribution:Distribution',
  name,
  props: { enabled: true, ...(viewerCertificate ? { viewerCertificate } : {}) },
});
const acm = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';

describe('TLS1 CloudFront viewer TLS >= 1.2', () => {
  it('passes a custom certificate with TLSv1.2_2021 and TLSv1.3_2025', () => {
    const f = runPulumi(TLS1, [
      distribution('a', { acmCertificateArn: acm, minimumProtocolVersion: 'TLSv1.2_2021', sslSupportMethod: 'sni-only' }),
      distribution('b', { iamCertificateId: 'ASCAEXAMPLE', minimumProtocolVersion: 'TLSv1.3_2025' }),
    ]);
    expect(statuses(f)).toEqual(['a: pass', 'b: pass']);
  });

  it('fails the default certificate, an absent minimum (TLSv1 default) and TLSv1.1_2016', () => {
    const f = runPulumi(TLS1, [
      distribution('default-cert', { cloudfrontDefaultCertificate: true, minimumProtocolVersion: 'TLSv1.2_2021' }),
      distribution('no-certificate-block', undefined),
      distribution('absent-minimum', { acmCertificateArn: acm }),
      distribution('old', { acmCertificateArn: acm, minimumProtocolVersion: 'TLSv1.1_2016' }),
    ]);
    expect(statuses(f)).toEqual(['default-cert: fail', 'no-certificate-block: fail', 'absent-minimum: fail', 'old: fail']);
    expect(f[2].message).toContain('absent (CloudFront default TLSv1)');
    expect(f[0].message).toContain('*.cloudfront.net');
  });

  it('fails a minimum CloudFront does not accept as not a valid value, listing the valid ones, not as TLS below 1.2', () => {
    const f = runPulumi(TLS1, [distribution('typo', { acmCertificateArn: acm, minimumProtocolVersion: 'TLS1.2_2019' })]);
    expect(statuses(f)).toEqual(['typo: fail']);
    expect(f[0].message).toBe(
      'viewerCertificate.minimumProtocolVersion is TLS1.2_2019, which is not a valid value ' +
        '(CloudFront accepts SSLv3, TLSv1, TLSv1_2016, TLSv1.1_2016, TLSv1.2_2018, TLSv1.2_2019, TLSv1.2_2021, TLSv1.2_2025, TLSv1.3_2025); set it to TLSv1.2_2021',
    );
    const below = runPulumi(TLS1, [distribution('old', { acmCertificateArn: acm, minimumProtocolVersion: 'TLSv1.1_2016' })]);
    expect(below[0].message).toBe('viewerCertificate.minimumProtocolVersion is TLSv1.1_2016, which allows TLS below 1.2; set it to TLSv1.2_2021');
  });

  it('reports unknown, naming the property, when the minimum is not known yet', () => {
    const f = runPulumi(TLS1, [distribution('later', { acmCertificateArn: acm, minimumProtocolVersion: UNKNOWN })]);
    expect(statuses(f)).toEqual(['later: unknown']);
    expect(f[0].message).toContain('viewerCertificate.minimumProtocolVersion');
  });

  it('matches the alias-free token only (CloudFront has one)', () => {
    const f = runPulumi(TLS1, [{ type: 'aws:s3/bucket:Bucket', name: 'x', props: {} }]);
    expect(f).toEqual([]);
  });

  it('remediates a custom-certificate distribution to TLSv1.2_2021 and leaves the default certificate alone', () => {
    const fixable = factFromPulumi({ ...distribution('a', { acmCertificateArn: acm }), urn: urnOf(distribution('a', undefined)) })!;
    expect(TLS1.remediate!(fixable)).toEqual({ enabled: true, viewerCertificate: { acmCertificateArn: acm, minimumProtocolVersion: 'TLSv1.2_2021' } });
    const unfixable = factFromPulumi({ ...distribution('b', { cloudfrontDefaultCertificate: true }), urn: 'u' })!;
    expect(TLS1.remediate!(unfixable)).toBeUndefined();
  });
});
