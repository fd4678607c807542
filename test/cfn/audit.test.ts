/** Audit mappings: Pulumi's names for a trail, a detector's data sources, a Config rule's own parameters kept as written. */
import { cfnFacts } from '../support/cfn-stack';

describe('audit mappings', () => {
  it('renames what Pulumi spells differently and keeps a Config rule\u2019s input parameters verbatim', () => {
    const stack = cfnFacts({
      Trail: {
        Type: 'AWS::CloudTrail::Trail',
        Properties: { IsLogging: true, TrailName: 'audit', S3BucketName: 'b', KMSKeyId: 'alias/k', CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:t:*' },
      },
      Detector: { Type: 'AWS::GuardDuty::Detector', Properties: { Enable: true, DataSources: { S3Logs: { Enable: true } } } },
      Rule: { Type: 'AWS::Config::ConfigRule', Properties: { ConfigRuleName: 'pw', Source: { Owner: 'AWS', SourceIdentifier: 'IAM_PASSWORD_POLICY' }, InputParameters: { MaxPasswordAge: 90 } } },
    });
    expect(stack.byKey('Trail')?.props).toEqual({
      enableLogging: true,
      name: 'audit',
      s3BucketName: 'b',
      kmsKeyId: 'alias/k',
      cloudWatchLogsGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:t:*',
    });
    expect(stack.byKey('Detector')?.props).toEqual({ enable: true, datasources: { s3Logs: { enable: true } } });
    expect(stack.byKey('Rule')?.props).toEqual({ name: 'pw', source: { owner: 'AWS', sourceIdentifier: 'IAM_PASSWORD_POLICY' }, inputParameters: { MaxPasswordAge: 90 } });
  });
});
