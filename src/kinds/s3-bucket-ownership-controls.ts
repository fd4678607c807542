/**
 * A bucket's Object Ownership (DATA2): Pulumi's BucketOwnershipControls side resource; CloudFormation
 * writes it inline on the bucket (`OwnershipControls.Rules`), which the bucket's mapping (./s3-bucket.ts)
 * turns into a fact of this kind.
 */
import { defineKind } from './kind-module';

export interface OwnershipRule {
  /** `BucketOwnerEnforced` disables ACLs; S3 creates new buckets with it by default since April 2023. */
  objectOwnership?: string;
}

export interface BucketOwnershipControlsProps {
  bucket?: string;
  rule?: OwnershipRule;
}

export const S3_BUCKET_OWNERSHIP_CONTROLS = defineKind<BucketOwnershipControlsProps>()({
  kind: 's3:BucketOwnershipControls',
  pulumi: ['aws:s3/bucketOwnershipControls:BucketOwnershipControls'],
  cfn: {},
  inline: { type: 'AWS::S3::Bucket', property: 'OwnershipControls' },
});
