/**
 * A bucket's versioning (DATA6): Pulumi's BucketVersioning side resource; CloudFormation writes it inline
 * on the bucket (`VersioningConfiguration`), which the bucket's mapping (./s3-bucket.ts) turns into a fact of this kind.
 */
import { defineKind } from './kind-module';

export interface BucketVersioningProps {
  bucket?: string;
  /** `Enabled` or `Suspended`; versioning is off on a new bucket. */
  versioningConfiguration?: { status?: string; mfaDelete?: string };
}

export const S3_BUCKET_VERSIONING = defineKind<BucketVersioningProps>()({
  kind: 's3:BucketVersioning',
  pulumi: ['aws:s3/bucketVersioning:BucketVersioning', 'aws:s3/bucketVersioningV2:BucketVersioningV2'],
  cfn: {},
  inline: { type: 'AWS::S3::Bucket', property: 'VersioningConfiguration' },
});
