/**
 * A bucket's server access logging (LOG2): Pulumi's BucketLogging side resource; CloudFormation writes it
 * inline on the bucket (`LoggingConfiguration`), which the bucket's mapping (./s3-bucket.ts) turns into a fact of this kind.
 */
import { defineKind } from './kind-module';

export interface BucketLoggingProps {
  bucket?: string;
  targetBucket?: string;
  targetPrefix?: string;
  targetObjectKeyFormat?: object;
}

export const S3_BUCKET_LOGGING = defineKind<BucketLoggingProps>()({
  kind: 's3:BucketLogging',
  pulumi: ['aws:s3/bucketLogging:BucketLogging', 'aws:s3/bucketLoggingV2:BucketLoggingV2'],
  cfn: {},
  inline: { type: 'AWS::S3::Bucket', property: 'LoggingConfiguration' },
  pathNames: { DestinationBucketName: 'targetBucket', LogFilePrefix: 'targetPrefix' },
});
