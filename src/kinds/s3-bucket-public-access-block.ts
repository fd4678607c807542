/**
 * S3 Block Public Access of one bucket (DATA1): a Pulumi side resource; CloudFormation writes it inline
 * on the bucket, which the bucket's mapping (./s3-bucket.ts) turns into a fact of this kind.
 */
import { defineKind } from './kind-module';

/** Each flag is false when absent (the PutPublicAccessBlock API default). */
export interface BucketPublicAccessBlockProps {
  bucket?: string;
  blockPublicAcls?: boolean;
  blockPublicPolicy?: boolean;
  ignorePublicAcls?: boolean;
  restrictPublicBuckets?: boolean;
}

export const S3_BUCKET_PUBLIC_ACCESS_BLOCK = defineKind<BucketPublicAccessBlockProps>()({
  kind: 's3:BucketPublicAccessBlock',
  pulumi: ['aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock'],
  cfn: {},
  inline: { type: 'AWS::S3::Bucket', property: 'PublicAccessBlockConfiguration' },
});
