import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as route53Targets from 'aws-cdk-lib/aws-route53-targets';
import { SecureBucket, SecureDistribution, SecurityHeaders } from '../../src/constructs';
import { itIsCompliant, testStack } from './evaluate';
import { DOMAIN, ORIGIN_DOMAIN, certificate, hostedZone, logBucket } from './fixtures';

describe('SecureDistribution', () => {
  describe('an app origin and an S3 asset bucket behind origin access control', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const logs = logBucket(stack);
      const assets = new SecureBucket(stack, 'Assets', { serverAccessLogs: { bucket: logs } });
      const cdn = new SecureDistribution(stack, 'Cdn', {
        certificate: certificate(stack),
        domainNames: [DOMAIN],
        defaultOrigin: SecureDistribution.httpsOrigin(ORIGIN_DOMAIN),
        staticAssets: { origin: origins.S3BucketOrigin.withOriginAccessControl(assets), pathPatterns: ['/static/*', '/assets/*'] },
        logBucket: logs,
      });
      return { app, stack, subject: cdn };
    });
  });

  describe('given cloudfront.DistributionProps: additional behaviors, error responses, a default root object', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const cdn = new SecureDistribution(stack, 'Cdn', {
        certificate: certificate(stack),
        domainNames: [DOMAIN],
        defaultOrigin: SecureDistribution.httpsOrigin(ORIGIN_DOMAIN),
        additionalBehaviors: { '/api/*': { origin: SecureDistribution.httpsOrigin(ORIGIN_DOMAIN), allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL } },
        errorResponses: [{ httpStatus: 404, responseHttpStatus: 404, responsePagePath: '/404.html' }],
        defaultRootObject: 'index.html',
        logBucket: logBucket(stack),
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
      logBucket: logBucket(stack),
      ...props,
    });
    return Object.values(Template.fromStack(stack).findResources('AWS::CloudFront::Distribution'))[0].Properties.DistributionConfig;
  }

  it('passes DistributionProps through, and hardens additional behaviors like the default one', () => {
    const { stack } = testStack();
    const rewrite = new cloudfront.Function(stack, 'Rewrite', { code: cloudfront.FunctionCode.fromInline('function handler(event) { return event.request; }') });
    const cdn = new SecureDistribution(stack, 'Cdn', {
      certificate: certificate(stack),
      domainNames: [DOMAIN],
      defaultOrigin: SecureDistribution.httpsOrigin(ORIGIN_DOMAIN),
      defaultBehavior: { functionAssociations: [{ function: rewrite, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }] },
      additionalBehaviors: { '/api/*': { origin: SecureDistribution.httpsOrigin(ORIGIN_DOMAIN), viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY } },
      errorResponses: [{ httpStatus: 403, responseHttpStatus: 404, responsePagePath: '/404.html' }],
      defaultRootObject: 'index.html',
      logBucket: logBucket(stack),
    });
    cdn.addBehavior('/hooks/*', SecureDistribution.httpsOrigin(ORIGIN_DOMAIN));
    const config = Object.values(Template.fromStack(stack).findResources('AWS::CloudFront::Distribution'))[0].Properties.DistributionConfig;
    const headersId = stack.resolve(cdn.securityHeaders.responseHeadersPolicyId);
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.CustomErrorResponses).toEqual([expect.objectContaining({ ErrorCode: 403, ResponseCode: 404, ResponsePagePath: '/404.html' })]);
    expect(config.DefaultCacheBehavior).toEqual(
      expect.objectContaining({ ViewerProtocolPolicy: 'redirect-to-https', ResponseHeadersPolicyId: headersId, FunctionAssociations: [expect.objectContaining({ EventType: 'viewer-request' })] }),
    );
    expect(config.CacheBehaviors).toEqual([
      expect.objectContaining({ PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only', ResponseHeadersPolicyId: headersId, CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' }),
      expect.objectContaining({ PathPattern: '/hooks/*', ViewerProtocolPolicy: 'redirect-to-https', ResponseHeadersPolicyId: headersId }),
    ]);
  });

  it('refuses HTTP on any behavior and a response headers policy it cannot check', () => {
    const origin = SecureDistribution.httpsOrigin(ORIGIN_DOMAIN);
    const allowAll = cloudfront.ViewerProtocolPolicy.ALLOW_ALL;
    expect(() => distributionConfig({ defaultBehavior: { viewerProtocolPolicy: allowAll } })).toThrow(/SecureDistribution Cdn: defaultBehavior.viewerProtocolPolicy breaks TLS3: ALLOW_ALL/);
    expect(() => distributionConfig({ additionalBehaviors: { '/api/*': { origin, viewerProtocolPolicy: allowAll } } })).toThrow(/behavior \/api\/\*.viewerProtocolPolicy breaks TLS3/);
    const { stack } = testStack();
    const cdn = new SecureDistribution(stack, 'Cdn', { certificate: certificate(stack), domainNames: [DOMAIN], defaultOrigin: origin, logBucket: logBucket(stack) });
    expect(() => cdn.addBehavior('/x/*', origin, { viewerProtocolPolicy: allowAll })).toThrow(/behavior \/x\/\*.viewerProtocolPolicy breaks TLS3/);
    expect(() => cdn.addBehavior('/y/*', origin, { responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS })).toThrow(/responseHeadersPolicy breaks HDR1/);
    expect(() => cdn.addBehavior('/z/*', origin, { responseHeadersPolicy: new SecurityHeaders(stack, 'Other') })).not.toThrow();
    expect(() => distributionConfig({ enableLogging: false })).toThrow(/enableLogging breaks LOG2/);
  });

  it('is accepted where CDK expects an IDistribution', () => {
    const { stack } = testStack();
    const zone = hostedZone(stack);
    const cdn: cloudfront.IDistribution = new SecureDistribution(stack, 'Cdn', {
      certificate: certificate(stack, zone),
      domainNames: [DOMAIN],
      defaultOrigin: SecureDistribution.httpsOrigin(ORIGIN_DOMAIN),
      logBucket: logBucket(stack),
    });
    new route53.ARecord(stack, 'App', { zone, recordName: DOMAIN, target: route53.RecordTarget.fromAlias(new route53Targets.CloudFrontTarget(cdn)) });
    cdn.grantCreateInvalidation(new iam.Role(stack, 'Deployer', { assumedBy: new iam.ServicePrincipal('codebuild.amazonaws.com') }));
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::Route53::RecordSet', { AliasTarget: { DNSName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Cdn'), 'DomainName'] } } });
    t.hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Statement: [Match.objectLike({ Action: 'cloudfront:CreateInvalidation' })] } });
  });

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
