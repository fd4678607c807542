import { DATA1 } from '../../src/rules/data/DATA1-s3-block-public-access';
import { runCfn } from '../support/cfn-stack';
import { parity } from '../support/parity';
import { UNKNOWN, statuses } from '../support/pulumi-stack';
import { IMPORTED, LATER, S3, bareBucketCase, cfnBucket, pulumiBucket, pulumiSide, runYaml, withLater } from './s3-fixtures';

const allTrue = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
const ALL_TRUE = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };

describe('DATA1 parity: S3 Block Public Access', () => {
  parity(DATA1, [
    {
      name: 'compliant: all four flags true (inline in CloudFormation, a BucketPublicAccessBlock in Pulumi)',
      pulumi: [pulumiBucket('Bucket'), pulumiSide(S3.publicAccessBlock, 'Bucket', allTrue)],
      cfn: { Bucket: cfnBucket({ PublicAccessBlockConfiguration: ALL_TRUE }) },
      // The flags are judged on the BPA, its presence on the bucket.
      expected: ['Bucket: pass', 'Bucket: pass'],
    },
    bareBucketCase('non-compliant: no Block Public Access at all', ['Bucket: fail']),
    {
      name: 'non-compliant: one flag false and one absent (CloudFormation, like the API, defaults each flag to false)',
      pulumi: [pulumiBucket('Bucket'), pulumiSide(S3.publicAccessBlock, 'Bucket', { blockPublicAcls: true, blockPublicPolicy: false, ignorePublicAcls: true })],
      cfn: { Bucket: cfnBucket({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: false, IgnorePublicAcls: true } }) },
      expected: ['Bucket: fail', 'Bucket: pass'],
    },
    {
      name: 'unknown: a flag from a parameter without a default',
      pulumi: [pulumiBucket('Bucket'), pulumiSide(S3.publicAccessBlock, 'Bucket', { ...allTrue, restrictPublicBuckets: UNKNOWN })],
      cfn: withLater({ Bucket: cfnBucket({ PublicAccessBlockConfiguration: { ...ALL_TRUE, RestrictPublicBuckets: LATER } }) }),
      expected: ['Bucket: unknown', 'Bucket: pass'],
    },
    {
      name: 'a flag from a parameter default ("true" as CloudFormation writes strings) resolves',
      pulumi: [pulumiBucket('Bucket'), pulumiSide(S3.publicAccessBlock, 'Bucket', allTrue)],
      cfn: {
        Parameters: { Strict: { Type: 'String', Default: 'true', AllowedValues: ['true'] } },
        Resources: { Bucket: cfnBucket({ PublicAccessBlockConfiguration: { ...ALL_TRUE, BlockPublicAcls: { Ref: 'Strict' } } }) },
      },
      expected: ['Bucket: pass', 'Bucket: pass'],
    },
  ]);

  it('CloudFormation: a configuration imported from another stack may be absent, so the bucket is unknown', () => {
    const f = runCfn(DATA1, { Bucket: cfnBucket({ PublicAccessBlockConfiguration: IMPORTED }) });
    expect(statuses(f)).toEqual(['Bucket: unknown']);
    expect(f[0].message).toContain('PublicAccessBlockConfiguration');
  });

  it('CloudFormation YAML: !If on a condition that cannot be evaluated is unknown; on a known one it picks its branch', () => {
    const template = (condition: string) => `
Parameters:
  Env: { Type: String${condition} }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: !If
        - IsProd
        - { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }
        - !Ref AWS::NoValue
`;
    expect(statuses(runYaml(DATA1, template('')))).toEqual(['Bucket: unknown']);
    expect(statuses(runYaml(DATA1, template(', Default: prod, AllowedValues: [prod]')))).toEqual(['Bucket: pass', 'Bucket: pass']);
    expect(statuses(runYaml(DATA1, template(', Default: dev, AllowedValues: [dev]')))).toEqual(['Bucket: fail']);
  });
});
