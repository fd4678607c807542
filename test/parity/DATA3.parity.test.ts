import { DATA3 } from '../../src/rules/data/DATA3-s3-default-encryption-kms';
import { DATA3_CASES, cfnSse } from '../cases/DATA3.cases';
import { runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { statuses } from '../support/pulumi-stack';
import { runYaml } from './s3-fixtures';

parityOf(DATA3_CASES);

describe('DATA3 parity: S3 default encryption is SSE-KMS', () => {
  it('the advisory parts are advisory in both engines', () => {
    const f = runCfn(DATA3, { Bucket: cfnSse('aws:kms') });
    expect(f[0].enforcement).toBe('advisory');
    expect(f[0].message).toContain('rules.0.applyServerSideEncryptionByDefault.kmsMasterKeyId is absent');
  });

  it("CloudFormation YAML: !GetAtt Key.Arn and !Ref Key in KMSMasterKeyID name the stack's key", () => {
    const f = runYaml(
      DATA3,
      `
Resources:
  Key:
    Type: AWS::KMS::Key
  ByArn:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: { SSEAlgorithm: aws:kms, KMSMasterKeyID: !GetAtt Key.Arn }
  ById:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: { SSEAlgorithm: aws:kms, KMSMasterKeyID: !Ref Key }
`,
    );
    expect(statuses(f)).toEqual(['ByArn: pass', 'ById: pass']);
    expect(f[0].message).toContain('customer-managed key Key');
  });
});
