/** DATA3's cases, written once for both engines: the parity test (test/parity/DATA3.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { DATA3 } from '../../src/rules/data/DATA3-s3-default-encryption-kms';
import { IMPORTED, KEY_ARN, LATER, S3, bareBucketCase, cfnBucket, cfnResource, pulumiBucket, pulumiResource, pulumiSide, withLater } from '../parity/s3-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const KEY = 'aws:kms/key:Key';

/** A Pulumi encryption side resource; `dependsOn` names the key a preview-time unknown id came from. */
const pulumiSse = (sseAlgorithm: unknown, kmsMasterKeyId?: unknown, keyName?: string) => ({
  ...pulumiSide(S3.encryption, 'Bucket', { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm, ...(kmsMasterKeyId === undefined ? {} : { kmsMasterKeyId }) } }] }),
  dependsOn: keyName ? { rules: [keyName] } : undefined,
});
export const cfnSse = (SSEAlgorithm: unknown, KMSMasterKeyID?: unknown) =>
  cfnBucket({
    BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm, ...(KMSMasterKeyID === undefined ? {} : { KMSMasterKeyID }) }, BucketKeyEnabled: true }] },
  });
const cfnKey = cfnResource('AWS::KMS::Key', { EnableKeyRotation: true });

export const DATA3_CASES: RequirementCases = {
  rule: DATA3,
  groups: [
    {
      titles: ['DATA3 parity: S3 default encryption is SSE-KMS'],
      cases: [
        {
          name: 'compliant: aws:kms with a key of the stack by !GetAtt Key.Arn',
          pulumi: [pulumiResource(KEY, 'Key'), pulumiBucket('Bucket'), pulumiSse('aws:kms', UNKNOWN, 'Key')],
          cfn: { Key: cfnKey, Bucket: cfnSse('aws:kms', { 'Fn::GetAtt': ['Key', 'Arn'] }) },
          expected: ['Bucket: pass'],
        },
        {
          name: 'compliant: aws:kms:dsse with a key of the stack by !Ref Key',
          pulumi: [pulumiResource(KEY, 'Key'), pulumiBucket('Bucket'), pulumiSse('aws:kms:dsse', UNKNOWN, 'Key')],
          cfn: { Key: cfnKey, Bucket: cfnSse('aws:kms:dsse', { Ref: 'Key' }) },
          expected: ['Bucket: pass'],
        },
        {
          name: 'compliant: aws:kms with a key ARN',
          pulumi: [pulumiBucket('Bucket'), pulumiSse('aws:kms', KEY_ARN)],
          cfn: { Bucket: cfnSse('aws:kms', KEY_ARN) },
          expected: ['Bucket: pass'],
        },
        {
          name: 'non-compliant: AES256 (SSE-S3)',
          pulumi: [pulumiBucket('Bucket'), pulumiSse('AES256')],
          cfn: { Bucket: cfnSse('AES256') },
          expected: ['Bucket: fail'],
        },
        bareBucketCase('non-compliant: no default encryption (S3 applies SSE-S3)', ['Bucket: fail']),
        {
          name: 'advisory: aws:kms without a key (aws/s3) and with alias/aws/s3',
          pulumi: [
            pulumiBucket('Bucket'),
            pulumiSse('aws:kms'),
            pulumiBucket('Named'),
            pulumiSide(S3.encryption, 'Named', { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'alias/aws/s3' } }] }),
          ],
          cfn: { Bucket: cfnSse('aws:kms'), Named: cfnSse('aws:kms', 'alias/aws/s3') },
          expected: ['Bucket: fail', 'Named: fail'],
        },
        {
          name: 'unknown: an imported key, and an algorithm from a parameter without a default',
          pulumi: [
            pulumiBucket('Bucket'),
            pulumiSse('aws:kms', UNKNOWN),
            pulumiBucket('Later'),
            pulumiSide(S3.encryption, 'Later', { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: UNKNOWN } }] }),
          ],
          cfn: withLater({ Bucket: cfnSse('aws:kms', IMPORTED), Later: cfnSse(LATER) }),
          expected: ['Bucket: unknown', 'Later: unknown'],
        },
        {
          name: "unknown: the whole encryption configuration imported (inline and unknown, as a v6 bucket's)",
          pulumi: [pulumiBucket('Bucket', { serverSideEncryptionConfiguration: UNKNOWN })],
          cfn: { Bucket: cfnBucket({ BucketEncryption: IMPORTED }) },
          expected: ['Bucket: unknown'],
        },
      ],
    },
  ],
};
