import { Match, Template } from 'aws-cdk-lib/assertions';
import { AuditTrail } from '../../src/constructs';
import { itIsCompliant, testStack } from './evaluate';
import { logBucket } from './fixtures';

describe('AuditTrail', () => {
  describe('with its bucket access-logged', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const trail = new AuditTrail(stack, 'Audit', { serverAccessLogs: { bucket: logBucket(stack).bucket } });
      return { app, stack, subject: trail };
    });
  });

  it('is multi-region, validated and encrypted with a rotating key', () => {
    const { stack } = testStack();
    new AuditTrail(stack, 'Audit');
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::CloudTrail::Trail', { IsMultiRegionTrail: true, EnableLogFileValidation: true, IncludeGlobalServiceEvents: true, KMSKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AuditKey'), 'Arn'] } });
    t.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });
});
