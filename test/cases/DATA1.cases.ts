/** DATA1's cases, written once for both engines: the parity test (test/parity/DATA1.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { DATA1 } from '../../src/rules/data/DATA1-s3-block-public-access';
import { LATER, S3, bareBucketCase, cfnBucket, pulumiBucket, pulumiSide, withLater } from '../parity/s3-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const allTrue = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
const ALL_TRUE = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };

export const DATA1_CASES: RequirementCases = {
  rule: DATA1,
  groups: [
    {
      titles: ['DATA1 parity: S3 Block Public Access'],
      cases: [
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
      ],
    },
  ],
};
