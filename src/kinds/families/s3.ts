/** The kind modules of this family (see ../kind-module.ts); listed here so ../index.ts finds them. */
import { S3_BUCKET } from '../s3-bucket';
import { S3_BUCKET_ACL } from '../s3-bucket-acl';
import { S3_BUCKET_ENCRYPTION } from '../s3-bucket-encryption';
import { S3_BUCKET_LOGGING } from '../s3-bucket-logging';
import { S3_BUCKET_OWNERSHIP_CONTROLS } from '../s3-bucket-ownership-controls';
import { S3_BUCKET_POLICY } from '../s3-bucket-policy';
import { S3_BUCKET_PUBLIC_ACCESS_BLOCK } from '../s3-bucket-public-access-block';
import { S3_BUCKET_VERSIONING } from '../s3-bucket-versioning';
import { S3_BUCKET_WEBSITE } from '../s3-bucket-website';

export const S3_KINDS = [
  S3_BUCKET,
  S3_BUCKET_PUBLIC_ACCESS_BLOCK,
  S3_BUCKET_POLICY,
  S3_BUCKET_ACL,
  S3_BUCKET_OWNERSHIP_CONTROLS,
  S3_BUCKET_ENCRYPTION,
  S3_BUCKET_VERSIONING,
  S3_BUCKET_LOGGING,
  S3_BUCKET_WEBSITE,
] as const;
