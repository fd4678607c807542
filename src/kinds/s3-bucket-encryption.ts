/**
 * A bucket's default encryption (DATA3): Pulumi's BucketServerSideEncryptionConfiguration side resource;
 * CloudFormation writes it inline on the bucket (`BucketEncryption.ServerSideEncryptionConfiguration`),
 * which the bucket's mapping (./s3-bucket.ts) turns into a fact of this kind.
 */
import { defineKind } from './kind-module';

export interface EncryptionDefault {
  /** `AES256` (SSE-S3), `aws:kms`, `aws:kms:dsse`. */
  sseAlgorithm?: string;
  /** Absent with aws:kms: S3 uses the AWS-managed key aws/s3. */
  kmsMasterKeyId?: string;
}

export interface EncryptionRule {
  applyServerSideEncryptionByDefault?: EncryptionDefault;
  bucketKeyEnabled?: boolean;
}

export interface BucketEncryptionProps {
  bucket?: string;
  rules?: EncryptionRule[];
}

export const S3_BUCKET_ENCRYPTION = defineKind<BucketEncryptionProps>()({
  kind: 's3:BucketEncryption',
  pulumi: ['aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration', 'aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2'],
  cfn: {},
  inline: { type: 'AWS::S3::Bucket', property: 'BucketEncryption' },
  // `ServerSideEncryptionConfiguration` is the list of rules: Pulumi's `rules[]`.
  pathNames: {
    ServerSideEncryptionConfiguration: 'rules',
    ServerSideEncryptionByDefault: 'applyServerSideEncryptionByDefault',
    SSEAlgorithm: 'sseAlgorithm',
    KMSMasterKeyID: 'kmsMasterKeyId',
  },
});
