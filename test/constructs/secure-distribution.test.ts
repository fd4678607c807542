import { Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { SecureBucket, SecureDistribution } from '../../src/constructs';
import { itIsCompliant, testStack } from './evaluate';
import { DOMAIN, ORIGIN_DOMAIN, certificate, logBucket } from './fixtures';

describe('SecureDistribution', () => {
  describe('an app origin and an S3 asset bucket behind origin access control', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const logs = logBucket(stack);
      const assets = new SecureBucket(stack, 'Assets', { serverAccessLogs: { bucket: logs.bucket } });
      const cdn = new SecureDistribution(stack, 'Cdn', {
        certificate: certificate(stack),
        domainNames: [DOMAIN],
        defaultOrigin: SecureDistribution.httpsOrigin(ORIGIN_DOMAIN),
        staticAssets: { origin: origins.S3BucketOrigin.withOriginAccessControl(assets.bucket), pathPatterns: ['/static/*', '/assets/*'] },
        logBucket: logs.bucket,
      });
      return { app, stack, subject: cdn };
    });
  });

  function distributionConfig(props: Partial<ConstructorParameters<typeof SecureDistribution>[2]> = {}) {
    const { stack } = testStack();
    new SecureDistribution(stack, 'Cdn', {
      certificate: certificate(stack),
      domainNames: [DOMAIN],
      defaultOrigin: SecureDistribution.httpsOrigin(ORIGIN_DOMAIN),
      logBucket: logBucket(stack).bucket,
      ...props,
    });
    return Object.values(Template.fromStack(stack).findResources('AWS::CloudFront::Distribution'))[0].Properties.DistributionConfig;
  }

  it('serves TLSv1.2_2021 with the certificate, redirects to HTTPS, disables caching and logs', () => {
    const config = distributionConfig();
    expect(config.ViewerCertificate).toEqual(expect.objectContaining({ MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' }));
    expect(config.DefaultCacheBehavior).toEqual(
      expect.objectContaining({ ViewerProtocolPolicy: 'redirect-to-https', CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', ResponseHeadersPolicyId: expect.anything() }),
    );
    expect(config.Logging).toEqual(expect.objectContaining({ Prefix: 'cloudfront/' }));
    expect(config.Origins[0].CustomOriginConfig).toEqual(expect.objectContaining({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] }));
  });

  it('refuses viewer TLS policies older than TLSv1.2_2021', () => {
    expect(() => distributionConfig({ minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2019 })).toThrow(/TLSv1.2_2019 is not allowed/);
    expect(distributionConfig({ minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_3_2025 }).ViewerCertificate.MinimumProtocolVersion).toBe('TLSv1.3_2025');
  });
});
