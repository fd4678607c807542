import { Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge, exemptFromRequirement } from './acknowledgements';
import { RequirementViolation } from './refuse';

/** Where a bucket's S3 server access logs go. */
export interface ServerAccessLogs {
  /** The log bucket (a {@link SecureBucket} created with `logDelivery: true`). */
  readonly bucket: s3.IBucket;
  /**
   * Key prefix of this bucket's logs in the log bucket.
   * @default `s3-access/<construct id>/`
   */
  readonly prefix?: string;
}

/**
 * Every `s3.BucketProps` prop passes through; the defaults are hardened and the values that would
 * break a requirement are refused at construction (see {@link SecureBucket}).
 */
export interface SecureBucketProps extends s3.BucketProps {
  /**
   * Send this bucket's S3 server access logs to another bucket. Every bucket that holds app data
   * should (LOG2); a log bucket itself should not (logging it into itself loops). The same as
   * `serverAccessLogsBucket` + `serverAccessLogsPrefix`, which are accepted too.
   * @default no server access logs (cdk-nag AwsSolutions-S1 then reports the bucket, unless `logDelivery`)
   */
  readonly serverAccessLogs?: ServerAccessLogs;
  /**
   * This bucket receives logs delivered by AWS services (ALB access logs, S3 server access logs).
   * Those services write only to buckets encrypted with SSE-S3, so the bucket uses SSE-S3 instead of a
   * KMS key, and records why: a DATA3 exemption and the cdk-nag acknowledgements
   * `Marketplace-DATA3` and `AwsSolutions-S1` (a log bucket keeps no access logs of its own).
   * Everything else (Block Public Access, BucketOwnerEnforced, TLS >= 1.2, versioning) stays.
   * @default false
   */
  readonly logDelivery?: boolean;
  /**
   * Keep noncurrent object versions this long, then expire them (versioning stays on); added to
   * `lifecycleRules` as a rule with id `expire`.
   * @default kept forever
   */
  readonly noncurrentVersionExpiration?: Duration;
  /**
   * Expire current objects after this long (for log buckets); added to `lifecycleRules` as a rule with id `expire`.
   * @default never
   */
  readonly expiration?: Duration;
}

const NAME = 'SecureBucket';

/** A canned ACL other than private grants access through ACLs, which BucketOwnerEnforced disables (DATA2). */
const ACCEPTED_ACCESS_CONTROL: readonly s3.BucketAccessControl[] = [s3.BucketAccessControl.PRIVATE, s3.BucketAccessControl.BUCKET_OWNER_FULL_CONTROL];

/**
 * The hardened `s3.BucketProps`: what the caller gave, checked against the requirements, with the
 * hardened defaults where the caller said nothing.
 */
function hardenedBucketProps(id: string, props: SecureBucketProps): s3.BucketProps {
  const refuse = (prop: string, requirement: string, why: string) => new RequirementViolation(NAME, id, prop, requirement, why);
  const bpa = props.blockPublicAccess;
  if (bpa && !(bpa.blockPublicAcls && bpa.blockPublicPolicy && bpa.ignorePublicAcls && bpa.restrictPublicBuckets)) {
    throw refuse('blockPublicAccess', 'DATA1', 'all four Block Public Access settings must be on (BlockPublicAccess.BLOCK_ALL)');
  }
  if (props.publicReadAccess) throw refuse('publicReadAccess', 'DATA1', 'the bucket must not be readable by everyone; serve objects through CloudFront origin access control');
  if (props.objectOwnership !== undefined && props.objectOwnership !== s3.ObjectOwnership.BUCKET_OWNER_ENFORCED) {
    throw refuse('objectOwnership', 'DATA2', 'ACLs must stay disabled (ObjectOwnership.BUCKET_OWNER_ENFORCED), so no ACL can grant public access');
  }
  if (props.accessControl !== undefined && !ACCEPTED_ACCESS_CONTROL.includes(props.accessControl)) {
    throw refuse('accessControl', 'DATA2', `the canned ACL ${props.accessControl} grants access through ACLs; leave it unset`);
  }
  if (props.enforceSSL === false) throw refuse('enforceSSL', 'TLS7', 'the bucket policy must deny requests without TLS (aws:SecureTransport false)');
  if (props.minimumTLSVersion !== undefined && props.minimumTLSVersion < 1.2) {
    throw refuse('minimumTLSVersion', 'TLS7', `TLS ${props.minimumTLSVersion} is older than 1.2; use 1.2 or 1.3`);
  }
  if (props.websiteIndexDocument !== undefined || props.websiteRedirect !== undefined || props.websiteRoutingRules !== undefined) {
    throw refuse('website*', 'TLS9', 'an S3 website endpoint serves HTTP only; serve the bucket through a SecureDistribution');
  }
  if (props.serverAccessLogs && (props.serverAccessLogsBucket || props.serverAccessLogsPrefix)) {
    throw new Error(`${NAME} ${id}: give serverAccessLogs or serverAccessLogsBucket/serverAccessLogsPrefix, not both`);
  }
  const encryption = props.encryption ?? (props.logDelivery ? s3.BucketEncryption.S3_MANAGED : s3.BucketEncryption.KMS);
  if (props.logDelivery) {
    if (props.encryptionKey || encryption !== s3.BucketEncryption.S3_MANAGED) {
      throw new Error(`${NAME} ${id}: logDelivery buckets use SSE-S3 (AWS log delivery cannot write with a KMS key); remove encryptionKey and encryption`);
    }
    if (props.serverAccessLogs || props.serverAccessLogsBucket) {
      throw new Error(`${NAME} ${id}: a logDelivery bucket should not send its own access logs to another log bucket; remove serverAccessLogs`);
    }
  } else if (encryption === s3.BucketEncryption.S3_MANAGED || encryption === s3.BucketEncryption.UNENCRYPTED) {
    throw refuse('encryption', 'DATA3', `${encryption} is not SSE-KMS; use BucketEncryption.KMS (a customer key), or logDelivery: true for a bucket AWS services deliver logs to`);
  }
  const lifecycleRules = [...(props.lifecycleRules ?? [])];
  if (props.expiration || props.noncurrentVersionExpiration) {
    lifecycleRules.push({ id: 'expire', expiration: props.expiration, noncurrentVersionExpiration: props.noncurrentVersionExpiration });
  }
  const customerKey = encryption === s3.BucketEncryption.KMS || encryption === s3.BucketEncryption.DSSE;
  return {
    ...props,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    encryption,
    bucketKeyEnabled: props.bucketKeyEnabled ?? (customerKey ? true : undefined),
    enforceSSL: true,
    minimumTLSVersion: props.minimumTLSVersion ?? 1.2,
    versioned: props.versioned ?? true,
    lifecycleRules: lifecycleRules.length > 0 ? lifecycleRules : undefined,
    // Logged through the log bucket's policy below, not CDK's ACL grant.
    serverAccessLogsBucket: undefined,
    serverAccessLogsPrefix: undefined,
  };
}

/**
 * A private S3 bucket that meets DATA1-DATA3, DATA6, TLS7 (and LOG2 when given a log bucket):
 * explicit Block Public Access (all four flags), ObjectOwnership BucketOwnerEnforced (no ACLs),
 * SSE-KMS with a customer-managed, rotating key, versioning, and a bucket policy denying requests
 * without TLS (`aws:SecureTransport` false) and with TLS older than 1.2 (`s3:TlsVersion` < 1.2).
 *
 * It is an `s3.Bucket`: pass it wherever CDK takes an `IBucket`, and give it any `s3.BucketProps`;
 * values that would break a requirement are refused with a {@link RequirementViolation}.
 */
export class SecureBucket extends s3.Bucket {
  constructor(scope: Construct, id: string, props: SecureBucketProps = {}) {
    super(scope, id, hardenedBucketProps(id, props));
    const created = this.encryptionKey && !props.encryptionKey ? (this.node.tryFindChild('Key') as kms.Key | undefined) : undefined;
    // s3.Bucket creates its key with rotation on and CDK's default RETAIN; the key follows the bucket.
    if (created && props.removalPolicy) created.applyRemovalPolicy(props.removalPolicy);
    const logs = props.serverAccessLogs ?? (props.serverAccessLogsBucket ? { bucket: props.serverAccessLogsBucket, prefix: props.serverAccessLogsPrefix } : undefined);
    if (logs) this.logTo(logs.bucket, logs.prefix ?? `s3-access/${id}/`);
    if (props.logDelivery) {
      exemptFromRequirement(
        this.node.defaultChild as s3.CfnBucket,
        'DATA3',
        'log delivery bucket: ALB access logs and S3 server access logs are only delivered to buckets encrypted with SSE-S3, not SSE-KMS',
      );
      acknowledge(this, 'AwsSolutions-S1', 'this bucket receives access logs; logging it into itself would loop');
    }
  }

  /**
   * The bucket itself.
   * @deprecated a SecureBucket is an `s3.Bucket`: use it directly.
   */
  get bucket(): s3.Bucket {
    return this;
  }

  /**
   * Server access logging through the log bucket's policy (logging.s3.amazonaws.com, limited to this
   * bucket and account). CDK's own `serverAccessLogsBucket` grants through the LogDeliveryWrite ACL
   * unless a feature flag is set, and ACLs conflict with BucketOwnerEnforced.
   */
  private logTo(logBucket: s3.IBucket, prefix: string): void {
    (this.node.defaultChild as s3.CfnBucket).loggingConfiguration = { destinationBucketName: logBucket.bucketName, logFilePrefix: prefix };
    logBucket.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [logBucket.arnForObjects(`${prefix}*`)],
        conditions: { ArnLike: { 'aws:SourceArn': this.bucketArn }, StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
  }
}
