import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { RequirementViolation } from './refuse';
import { SecureBucket, ServerAccessLogs } from './secure-bucket';

/**
 * Every `cloudtrail.TrailProps` prop passes through (`sendToCloudWatchLogs`, `snsTopic`, `insightTypes`,
 * `s3KeyPrefix`, `isOrganizationTrail`, ...); the values that would break LOG1 are refused.
 */
export interface AuditTrailProps extends Omit<cloudtrail.TrailProps, 'bucket'> {
  /**
   * The bucket the trail writes to.
   * @default a SecureBucket encrypted with `encryptionKey`, created next to the trail as `<id>Bucket`
   */
  readonly bucket?: SecureBucket;
  /**
   * The KMS key that encrypts the log files (and the trail bucket).
   * @default a new symmetric key, rotated every 365 days, created next to the trail as `<id>Key`
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * Server access logs of the trail bucket (who read the audit log), for the bucket created here.
   * @default none (cdk-nag AwsSolutions-S1 then reports the trail bucket)
   */
  readonly serverAccessLogs?: ServerAccessLogs;
  /**
   * Expire log files after this long, in the bucket created here.
   * @default kept forever
   */
  readonly retention?: Duration;
}

/** Trail props LOG1 needs on, with the value that breaks it. */
const LOG1_SWITCHES = ['isMultiRegionTrail', 'includeGlobalServiceEvents', 'enableFileValidation'] as const;

/**
 * A CloudTrail trail meeting LOG1: multi-region, global service events included, log file integrity
 * validation on, log files encrypted with a customer-managed KMS key, written to a private, encrypted,
 * versioned, TLS-only {@link SecureBucket}.
 *
 * It is a `cloudtrail.Trail` (CDK has no trail interface): use it wherever CDK takes a Trail
 * (`addEventSelector`, `addS3EventSelector`, `logGroup`). Trail takes its bucket and key at
 * construction, so the ones created here stand next to it, as `<id>Bucket` and `<id>Key`.
 */
export class AuditTrail extends cloudtrail.Trail {
  /** The bucket the trail writes to. */
  readonly bucket: SecureBucket;
  /** The key of the log files and of the bucket. */
  readonly encryptionKey: kms.IKey;

  constructor(scope: Construct, id: string, props: AuditTrailProps = {}) {
    const off = LOG1_SWITCHES.find((p) => props[p] === false);
    if (off) throw new RequirementViolation('AuditTrail', id, off, 'LOG1', 'the audit trail must be multi-region, include global service events and validate its log files');
    if (props.managementEvents === cloudtrail.ReadWriteType.NONE) {
      throw new RequirementViolation('AuditTrail', id, 'managementEvents', 'LOG1', 'NONE records no management events; use ReadWriteType.ALL (the default)');
    }
    if (props.bucket && (props.serverAccessLogs || props.retention)) {
      throw new Error(`AuditTrail ${id}: serverAccessLogs and retention apply to the bucket created here; set them on the SecureBucket you give`);
    }
    const encryptionKey =
      props.encryptionKey ??
      new kms.Key(scope, `${id}Key`, {
        description: `Encrypts the audit trail ${[scope.node.path, id].filter(Boolean).join('/')}`,
        enableKeyRotation: true,
        rotationPeriod: Duration.days(365),
        removalPolicy: RemovalPolicy.RETAIN,
      });
    const bucket = props.bucket ?? new SecureBucket(scope, `${id}Bucket`, { encryptionKey, serverAccessLogs: props.serverAccessLogs, expiration: props.retention });
    super(scope, id, {
      ...props,
      bucket,
      encryptionKey,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableFileValidation: true,
      managementEvents: props.managementEvents ?? cloudtrail.ReadWriteType.ALL,
    });
    this.bucket = bucket;
    this.encryptionKey = encryptionKey;
  }

  /**
   * The trail itself.
   * @deprecated an AuditTrail is a `cloudtrail.Trail`: use it directly.
   */
  get trail(): cloudtrail.Trail {
    return this;
  }
}
