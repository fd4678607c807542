import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { SecureBucket, ServerAccessLogs } from './secure-bucket';

export interface AuditTrailProps {
  /**
   * The KMS key that encrypts the log files (and the trail bucket).
   * @default a new symmetric key, rotated every 365 days
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * Server access logs of the trail bucket (who read the audit log).
   * @default none (cdk-nag AwsSolutions-S1 then reports the trail bucket)
   */
  readonly serverAccessLogs?: ServerAccessLogs;
  /**
   * Trail name.
   * @default generated
   */
  readonly trailName?: string;
  /**
   * Expire log files after this long.
   * @default kept forever
   */
  readonly retention?: Duration;
}

/**
 * A CloudTrail trail meeting LOG1: multi-region, global service events included, log file integrity
 * validation on, log files encrypted with a customer-managed KMS key, written to a private, encrypted,
 * versioned, TLS-only {@link SecureBucket}.
 */
export class AuditTrail extends Construct {
  /** The trail. */
  readonly trail: cloudtrail.Trail;
  /** The bucket the trail writes to. */
  readonly bucket: SecureBucket;
  /** The key of the log files and of the bucket. */
  readonly encryptionKey: kms.IKey;

  constructor(scope: Construct, id: string, props: AuditTrailProps = {}) {
    super(scope, id);
    this.encryptionKey =
      props.encryptionKey ??
      new kms.Key(this, 'Key', {
        description: `Encrypts the audit trail ${this.node.path}`,
        enableKeyRotation: true,
        rotationPeriod: Duration.days(365),
        removalPolicy: RemovalPolicy.RETAIN,
      });
    this.bucket = new SecureBucket(this, 'Bucket', {
      encryptionKey: this.encryptionKey,
      serverAccessLogs: props.serverAccessLogs,
      expiration: props.retention,
    });
    this.trail = new cloudtrail.Trail(this, 'Trail', {
      trailName: props.trailName,
      bucket: this.bucket.bucket,
      encryptionKey: this.encryptionKey,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableFileValidation: true,
      managementEvents: cloudtrail.ReadWriteType.ALL,
    });
  }
}
