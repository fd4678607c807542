import { TLS4 } from '../../src/rules/tls/TLS4-cloudfront-origin-tls';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const custom = (originProtocolPolicy: unknown, originSslProtocols: unknown) => ({
  originId: 'api',
  domainName: 'api.example.com',
  customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy, ...(originSslProtocols === undefined ? {} : { originSslProtocols }) },
});
const s3 = { originId: 's3', domainName: 'b.s3.us-east-1.amazonaws.com', originAccessControlId: 'oac' };
const distribution = (name: string, origins: unknown): TestResource => ({ type: 'aws:cloudfront/distribution:Distribution', name, props: { enabled: true, origins } });

describe('TLS4 CloudFront custom origins over TLS 1.2', () => {
  it('passes https-only with TLSv1.2 only, one verdict per custom origin', () => {
    const f = runPulumi(TLS4, [distribution('d', [s3, custom('https-only', ['TLSv1.2'])])]);
    expect(statuses(f)).toEqual(['d/origins[1]: pass']);
  });

  it('fails http-only, match-viewer, TLSv1/TLSv1.1/SSLv3 and an absent protocol list', () => {
    const f = runPulumi(TLS4, [
      distribution('d', [
        custom('http-only', ['TLSv1.2']),
        custom('match-viewer', ['TLSv1.2']),
        custom('https-only', ['TLSv1', 'TLSv1.1', 'TLSv1.2']),
        custom('https-only', undefined),
        custom('https-only', ['SSLv3']),
      ]),
    ]);
    expect(statuses(f)).toEqual(['d/origins[0]: fail', 'd/origins[1]: fail', 'd/origins[2]: fail', 'd/origins[3]: fail', 'd/origins[4]: fail']);
    expect(f[0].message).toContain('originProtocolPolicy is http-only');
    expect(f[2].message).toContain('allows TLSv1, TLSv1.1');
    expect(f[3].message).toContain('originSslProtocols is absent');
  });

  it('is not applicable to a distribution with S3 origins only', () => {
    const f = runPulumi(TLS4, [distribution('d', [s3, { ...s3, originId: 'legacy', s3OriginConfig: { originAccessIdentity: 'x' } }])]);
    expect(statuses(f)).toEqual(['d: not-applicable']);
  });

  it('reports unknown for unknown origins, an unknown policy or unknown protocols', () => {
    const f = runPulumi(TLS4, [distribution('a', UNKNOWN), distribution('b', [custom(UNKNOWN, ['TLSv1.2']), custom('https-only', UNKNOWN)])]);
    expect(statuses(f)).toEqual(['a/origins: unknown', 'b/origins[0]: unknown', 'b/origins[1]: unknown']);
    expect(f[1].message).toContain('origins[0].customOriginConfig.originProtocolPolicy');
  });
});
