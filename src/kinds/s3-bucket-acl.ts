/**
 * A bucket's ACL (DATA2): Pulumi's BucketAcl side resource; CloudFormation writes the canned ACL inline
 * on the bucket as `AccessControl`, which the bucket's mapping (./s3-bucket.ts) turns into a fact of this kind.
 */
import { PropValue } from '../core/props';
import { defineKind } from './kind-module';

export interface AclGrantee {
  /** A group grantee: `http://acs.amazonaws.com/groups/global/AllUsers` and `.../AuthenticatedUsers` are public. */
  uri?: string;
  id?: string;
  type?: string;
}

export interface AclGrant {
  grantee?: AclGrantee;
  permission?: string;
}

export interface BucketAclProps {
  bucket?: string;
  /** A canned ACL (`private`, `public-read`...). */
  acl?: string;
  accessControlPolicy?: { grants?: AclGrant[] };
}

/** CloudFormation's canned ACL names (`PublicRead`, `AwsExecRead`) are S3's (`public-read`, `aws-exec-read`) in PascalCase. */
export function cannedAclName(value: PropValue): PropValue {
  return typeof value === 'string' ? value.replace(/[A-Z]/g, (c, i: number) => `${i === 0 ? '' : '-'}${c.toLowerCase()}`) : value;
}

export const S3_BUCKET_ACL = defineKind<BucketAclProps>()({
  kind: 's3:BucketAcl',
  pulumi: ['aws:s3/bucketAcl:BucketAcl', 'aws:s3/bucketAclV2:BucketAclV2'],
  cfn: {},
  inline: { type: 'AWS::S3::Bucket', property: 'AccessControl' },
  pathNames: { AccessControl: 'acl' },
});
