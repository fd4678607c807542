import { Duration } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import { SecureBucket } from '../../src/constructs';
import { itIsCompliant, testStack } from './evaluate';

describe('SecureBucket', () => {
  describe('a data bucket logging to a log-delivery bucket', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const logs = new SecureBucket(stack, 'Logs', { logDelivery: true, expiration: Duration.days(400) });
      const data = new SecureBucket(stack, 'Data', { serverAccessLogs: { bucket: logs.bucket } });
      return { app, stack, subject: data };
    });
  });

  describe('the log-delivery bucket itself', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const logs = new SecureBucket(stack, 'Logs', { logDelivery: true });
      new SecureBucket(stack, 'Data', { serverAccessLogs: { bucket: logs.bucket } });
      return { app, stack, subject: logs };
    });
  });

  it('encrypts with a created, rotating customer key, or the one given', () => {
    const { stack } = testStack();
    const key = new kms.Key(stack, 'Given', { enableKeyRotation: true });
    new SecureBucket(stack, 'Created');
    new SecureBucket(stack, 'WithKey', { encryptionKey: key });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::KMS::Key', 2);
    t.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true, RotationPeriodInDays: 365 });
    t.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [stack.resolve((key.node.defaultChild as kms.CfnKey).logicalId), 'Arn'] } } }] },
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
    expect(() => new SecureBucket(stack, 'B', { logDelivery: true, serverAccessLogs: { bucket: logs.bucket } })).toThrow(/serverAccessLogs/);
  });
});
