import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge, exemptFromRequirement } from './acknowledgements';

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

export interface SecureBucketProps {
  /**
   * The customer-managed KMS key that encrypts objects (SSE-KMS, bucket key on).
   * @default a new symmetric key, rotated every 365 days
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * Send this bucket's S3 server access logs to another bucket. Every bucket that holds app data
   * should (LOG2); a log bucket itself should not (logging it into itself loops).
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
   * Physical bucket name.
   * @default a name CloudFormation generates
   */
  readonly bucketName?: string;
  /**
   * Keep noncurrent object versions this long, then expire them (versioning stays on).
   * @default kept forever
   */
  readonly noncurrentVersionExpiration?: Duration;
  /**
   * Expire current objects after this long (for log buckets).
   * @default never
   */
  readonly expiration?: Duration;
  /**
   * What happens to the bucket when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A private S3 bucket that meets DATA1-DATA3, DATA6, TLS7 (and LOG2 when given a log bucket):
 * explicit Block Public Access (all four flags), ObjectOwnership BucketOwnerEnforced (no ACLs),
 * SSE-KMS with a customer-managed, rotating key, versioning, and a bucket policy denying requests
 * without TLS (`aws:SecureTransport` false) and with TLS older than 1.2 (`s3:TlsVersion` < 1.2).
 */
export class SecureBucket extends Construct {
  /** The bucket. */
  readonly bucket: s3.Bucket;
  /** The KMS key, absent for a `logDelivery` bucket (SSE-S3). */
  readonly encryptionKey?: kms.IKey;

  constructor(scope: Construct, id: string, props: SecureBucketProps = {}) {
    super(scope, id);
    if (props.logDelivery && props.encryptionKey) {
      throw new Error(`SecureBucket ${id}: logDelivery buckets use SSE-S3 (AWS log delivery cannot write with a KMS key); remove encryptionKey`);
    }
    if (props.logDelivery && props.serverAccessLogs) {
      throw new Error(`SecureBucket ${id}: a logDelivery bucket should not send its own access logs to another log bucket; remove serverAccessLogs`);
    }
    this.encryptionKey = props.logDelivery
      ? undefined
      : (props.encryptionKey ??
        new kms.Key(this, 'Key', {
          description: `Encrypts the objects of bucket ${this.node.path}`,
          enableKeyRotation: true,
          rotationPeriod: Duration.days(365),
          removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
        }));
    const lifecycleRules: s3.LifecycleRule[] = [];
    if (props.expiration || props.noncurrentVersionExpiration) {
      lifecycleRules.push({ id: 'expire', expiration: props.expiration, noncurrentVersionExpiration: props.noncurrentVersionExpiration });
    }
    this.bucket = new s3.Bucket(this, 'Bucket', {
      bucketName: props.bucketName,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: this.encryptionKey ? s3.BucketEncryption.KMS : s3.BucketEncryption.S3_MANAGED,
      encryptionKey: this.encryptionKey,
      bucketKeyEnabled: this.encryptionKey ? true : undefined,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      lifecycleRules: lifecycleRules.length > 0 ? lifecycleRules : undefined,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    if (props.serverAccessLogs) this.logTo(props.serverAccessLogs.bucket, props.serverAccessLogs.prefix ?? `s3-access/${id}/`);
    if (props.logDelivery) {
      exemptFromRequirement(
        this.bucket.node.defaultChild as s3.CfnBucket,
        'DATA3',
        'log delivery bucket: ALB access logs and S3 server access logs are only delivered to buckets encrypted with SSE-S3, not SSE-KMS',
      );
      acknowledge(this.bucket, 'AwsSolutions-S1', 'this bucket receives access logs; logging it into itself would loop');
    }
  }

  /**
   * Server access logging through the log bucket's policy (logging.s3.amazonaws.com, limited to this
   * bucket and account). CDK's own `serverAccessLogsBucket` grants through the LogDeliveryWrite ACL
   * unless a feature flag is set, and ACLs conflict with BucketOwnerEnforced.
   */
  private logTo(logBucket: s3.IBucket, prefix: string): void {
    (this.bucket.node.defaultChild as s3.CfnBucket).loggingConfiguration = { destinationBucketName: logBucket.bucketName, logFilePrefix: prefix };
    logBucket.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [logBucket.arnForObjects(`${prefix}*`)],
        conditions: { ArnLike: { 'aws:SourceArn': this.bucket.bucketArn }, StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
  }
}
