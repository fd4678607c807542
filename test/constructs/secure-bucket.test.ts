import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { SecureBucket } from '../../src/constructs';
import { itIsCompliant, testStack } from './evaluate';

describe('SecureBucket', () => {
  describe('a data bucket logging to a log-delivery bucket', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const logs = new SecureBucket(stack, 'Logs', { logDelivery: true, expiration: Duration.days(400) });
      const data = new SecureBucket(stack, 'Data', { serverAccessLogs: { bucket: logs } });
      return { app, stack, subject: data };
    });
  });

  describe('the log-delivery bucket itself', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const logs = new SecureBucket(stack, 'Logs', { logDelivery: true });
      new SecureBucket(stack, 'Data', { serverAccessLogs: { bucket: logs } });
      return { app, stack, subject: logs };
    });
  });

  describe('a data bucket given s3.BucketProps (CORS, lifecycle rules, EventBridge)', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const logs = new SecureBucket(stack, 'Logs', { logDelivery: true });
      const data = new SecureBucket(stack, 'Data', {
        serverAccessLogsBucket: logs,
        serverAccessLogsPrefix: 's3-access/data/',
        cors: [{ allowedMethods: [s3.HttpMethods.GET], allowedOrigins: ['https://app.example.com'] }],
        lifecycleRules: [{ id: 'uploads', prefix: 'uploads/', expiration: Duration.days(30) }],
        eventBridgeEnabled: true,
      });
      return { app, stack, subject: data };
    });
  });

  it('passes s3.BucketProps through to the template', () => {
    const { stack } = testStack();
    const logs = new SecureBucket(stack, 'Logs', { logDelivery: true });
    new SecureBucket(stack, 'Data', {
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3-access/data/',
      cors: [{ allowedMethods: [s3.HttpMethods.GET], allowedOrigins: ['https://app.example.com'] }],
      lifecycleRules: [{ id: 'uploads', prefix: 'uploads/', expiration: Duration.days(30) }],
      noncurrentVersionExpiration: Duration.days(7),
      eventBridgeEnabled: true,
    });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [{ AllowedMethods: ['GET'], AllowedOrigins: ['https://app.example.com'] }] },
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ Id: 'uploads', Prefix: 'uploads/', ExpirationInDays: 30 }), Match.objectLike({ Id: 'expire', NoncurrentVersionExpiration: { NoncurrentDays: 7 } })],
      },
      // serverAccessLogsBucket is granted through the log bucket's policy, not the LogDeliveryWrite ACL.
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^Logs') }, LogFilePrefix: 's3-access/data/' },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    // CDK turns EventBridge notifications on through its bucket notifications custom resource.
    t.hasResourceProperties('Custom::S3BucketNotifications', { BucketName: { Ref: Match.stringLikeRegexp('^Data') }, NotificationConfiguration: { EventBridgeConfiguration: {} } });
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject' })]) },
    });
  });

  it('refuses values that break a requirement, naming the prop and the requirement', () => {
    const { stack } = testStack();
    expect(() => new SecureBucket(stack, 'A', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS })).toThrow(/SecureBucket A: blockPublicAccess breaks DATA1: all four/);
    expect(() => new SecureBucket(stack, 'B', { publicReadAccess: true })).toThrow(/publicReadAccess breaks DATA1/);
    expect(() => new SecureBucket(stack, 'C', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER })).toThrow(/objectOwnership breaks DATA2/);
    expect(() => new SecureBucket(stack, 'D', { encryption: s3.BucketEncryption.S3_MANAGED })).toThrow(/encryption breaks DATA3: .*logDelivery/);
    expect(() => new SecureBucket(stack, 'E', { enforceSSL: false })).toThrow(/enforceSSL breaks TLS7/);
    expect(() => new SecureBucket(stack, 'F', { minimumTLSVersion: 1.1 })).toThrow(/minimumTLSVersion breaks TLS7/);
    expect(() => new SecureBucket(stack, 'G', { websiteIndexDocument: 'index.html' })).toThrow(/breaks TLS9/);
  });

  it('is accepted where CDK expects an IBucket', () => {
    const { stack } = testStack();
    const bucket: s3.IBucket = new SecureBucket(stack, 'Assets');
    const origin = origins.S3BucketOrigin.withOriginAccessControl(bucket);
    new cloudfront.Distribution(stack, 'Plain', { defaultBehavior: { origin } });
    bucket.grantRead(new iam.Role(stack, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
    new s3deploy.BucketDeployment(stack, 'Deploy', { sources: [s3deploy.Source.data('index.html', '<!doctype html>')], destinationBucket: bucket });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('Custom::CDKBucketDeployment', { DestinationBucketName: { Ref: Match.stringLikeRegexp('^Assets') } });
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject' })]) },
    });
    t.hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: Match.arrayWith(['s3:GetObject*']) })]) } });
  });

  it('encrypts with a created, rotating customer key, or the one given', () => {
    const { stack } = testStack();
    const key = new kms.Key(stack, 'Given', { enableKeyRotation: true });
    new SecureBucket(stack, 'Created');
    new SecureBucket(stack, 'WithKey', { encryptionKey: key });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::KMS::Key', 2);
    t.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    t.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [stack.resolve((key.node.defaultChild as kms.CfnKey).logicalId), 'Arn'] } } },
        ],
      },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      VersioningConfiguration: { Status: 'Enabled' },
    });
  });

  it('denies requests without TLS and with TLS older than 1.2', () => {
    const { stack } = testStack();
    new SecureBucket(stack, 'Data');
    const statements = Object.values(Template.fromStack(stack).findResources('AWS::S3::BucketPolicy'))[0].Properties.PolicyDocument.Statement;
    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
      ]),
    );
  });

  it('records the reasoned DATA3 exemption of a log-delivery bucket in the template', () => {
    const { stack } = testStack();
    new SecureBucket(stack, 'Logs', { logDelivery: true });
    const bucket = Object.values(Template.fromStack(stack).findResources('AWS::S3::Bucket'))[0];
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(bucket.Metadata['marketplace-guardrails'].exempt).toEqual([{ id: 'DATA3', reason: expect.stringContaining('SSE-S3') }]);
  });

  it('refuses a KMS key or server access logs on a log-delivery bucket', () => {
    const { stack } = testStack();
    const key = new kms.Key(stack, 'Key');
    expect(() => new SecureBucket(stack, 'A', { logDelivery: true, encryptionKey: key })).toThrow(/SSE-S3/);
    const logs = new SecureBucket(stack, 'Logs', { logDelivery: true });
    expect(() => new SecureBucket(stack, 'B', { logDelivery: true, serverAccessLogs: { bucket: logs } })).toThrow(/serverAccessLogs/);
  });
});
