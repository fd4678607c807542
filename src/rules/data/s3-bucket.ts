/**
 * What the S3 rules share: a bucket's side resources and the AWS facts about S3 they rely on.
 *
 * In @pulumi/aws v7 `aws:s3/bucket:Bucket` (alias `aws:s3/bucketV2:BucketV2`) keeps only deprecated
 * inline forms of its settings; the supported way is a side resource whose `bucket` names the bucket
 * (BucketPublicAccessBlock, BucketOwnershipControls, BucketAcl, BucketPolicy,
 * BucketServerSideEncryptionConfiguration, BucketVersioning). v6 Bucket (and v7 Bucket's deprecated
 * inputs) carry `acl`, `grants`, `policy`, `serverSideEncryptionConfiguration.rule`, `versioning`;
 * v7 BucketV2 carries the plural `serverSideEncryptionConfigurations[].rules[]`, `versionings[]`.
 */
import { Fact, StackFacts } from '../../core/facts';
import { Kind } from '../../facts/kinds';

/** The side resources of `kind` that name this bucket, and those whose `bucket` could not be resolved. */
export function sideResources(stack: StackFacts, bucket: Fact, kind: Kind): { facts: Fact[]; unresolved: Fact[] } {
  return stack.referrers(bucket, kind, 'bucket');
}

/** Canned ACLs that grant access beyond the bucket owner (AllUsers or AuthenticatedUsers, i.e. any AWS account). */
export const PUBLIC_CANNED_ACLS: readonly string[] = ['public-read', 'public-read-write', 'authenticated-read'];

/** Grantee group URIs that make a grant public. */
export const PUBLIC_GRANTEE_URIS: readonly string[] = ['http://acs.amazonaws.com/groups/global/AllUsers', 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'];

/**
 * True for a KMS key reference that is an AWS-managed key: `alias/aws/<service>` or its ARN form.
 * Key IDs and key ARNs of AWS-managed keys cannot be told apart from customer keys by their text.
 */
export function isAwsManagedKeyAlias(key: string, service?: string): boolean {
  const m = /(?:^|:)alias\/aws\/([a-z0-9-]+)$/i.exec(key);
  return m !== null && (service === undefined || m[1].toLowerCase() === service);
}
