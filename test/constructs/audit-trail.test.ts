import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import { AuditTrail, SecureBucket } from '../../src/constructs';
import { itIsCompliant, testStack } from './evaluate';
import { logBucket } from './fixtures';

describe('AuditTrail', () => {
  describe('with its bucket access-logged', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const trail = new AuditTrail(stack, 'Audit', { serverAccessLogs: { bucket: logBucket(stack) } });
      return { app, stack, subject: [trail, trail.bucket, trail.encryptionKey] };
    });
  });

  it('is multi-region, validated and encrypted with a rotating key', () => {
    const { stack } = testStack();
    new AuditTrail(stack, 'Audit');
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::CloudTrail::Trail', {
      IsMultiRegionTrail: true,
      EnableLogFileValidation: true,
      IncludeGlobalServiceEvents: true,
      KMSKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AuditKey'), 'Arn'] },
    });
    t.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('passes cloudtrail.TrailProps through to the template', () => {
    const { stack } = testStack();
    new AuditTrail(stack, 'Audit', { s3KeyPrefix: 'trail', insightTypes: [cloudtrail.InsightType.API_CALL_RATE] });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudTrail::Trail', { S3KeyPrefix: 'trail', InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }], IsMultiRegionTrail: true });
  });

  it('refuses the values that break LOG1', () => {
    const { stack } = testStack();
    expect(() => new AuditTrail(stack, 'A', { isMultiRegionTrail: false })).toThrow(/AuditTrail A: isMultiRegionTrail breaks LOG1/);
    expect(() => new AuditTrail(stack, 'B', { enableFileValidation: false })).toThrow(/enableFileValidation breaks LOG1/);
    expect(() => new AuditTrail(stack, 'C', { managementEvents: cloudtrail.ReadWriteType.NONE })).toThrow(/managementEvents breaks LOG1/);
  });

  it('is accepted where CDK expects a Trail', () => {
    const { stack } = testStack();
    const trail: cloudtrail.Trail = new AuditTrail(stack, 'Audit');
    trail.addS3EventSelector([{ bucket: new SecureBucket(stack, 'Data') }], { readWriteType: cloudtrail.ReadWriteType.WRITE_ONLY });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudTrail::Trail', {
      EventSelectors: Match.arrayWith([Match.objectLike({ ReadWriteType: 'WriteOnly', DataResources: [Match.objectLike({ Type: 'AWS::S3::Object' })] })]),
    });
  });
});
