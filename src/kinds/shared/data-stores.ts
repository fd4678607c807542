/**
 * What the data store kinds share (../rds-*.ts, ../ec2-*.ts, ../autoscaling-*.ts): the RDS renames and
 * public-access default, the secret RDS manages, and the shape of an EBS block device.
 *
 * Defaults the rules rely on that are AWS's, so the same for both engines, need nothing in the mappings:
 * RDS storage "By default, it isn't encrypted" (CreateDBInstance StorageEncrypted) and a backup
 * retention of 1 day; SQS encrypts new queues with SSE-SQS unless `SqsManagedSseEnabled` is false
 * (AWS Compute Blog, "Announcing server-side encryption with Amazon SQS-managed encryption keys
 * (SSE-SQS) by default"); ElastiCache replication groups: at rest "Default: true when using Valkey,
 * false when using Redis OSS" (CreateReplicationGroup AtRestEncryptionEnabled); Redshift
 * `PubliclyAccessible` "Default: false" (CreateCluster). Defaults that differ from the Pulumi
 * provider's are written out in the mappings where they apply.
 */
import { Props, get } from '../../core/props';
import { Unknown } from '../../core/values';
import { Writable } from '../../cfn/mappings/shape';

export const RDS_RENAMES = {
  DBInstanceIdentifier: 'identifier',
  DBInstanceClass: 'instanceClass',
  DBClusterIdentifier: 'clusterIdentifier',
  SourceDBInstanceIdentifier: 'replicateSourceDb',
  DBSnapshotIdentifier: 'snapshotIdentifier',
  VPCSecurityGroups: 'vpcSecurityGroupIds',
};

/**
 * RDS decides public access itself when `PubliclyAccessible` is not given (CreateDBInstance and
 * CreateDBCluster PubliclyAccessible, "Default"): without `DBSubnetGroupName`, "If the default VPC in the
 * target Region has an internet gateway attached to it, the DB instance is public" (AWS creates every
 * default VPC with one, so such a database is public unless the account removed it); with it, "If the
 * subnets are part of a VPC that has an internet gateway attached to it, the DB instance is public".
 * Either way the answer lies outside the template (the account's default VPC, the subnet group's VPC),
 * so it is unknown, naming which; cfn_nag F22 fails it (src/catalog/field-comparison.ts).
 * The @pulumi/aws provider sends `false` instead ("Default is `false`"), so an absent value in a
 * template is not Pulumi's absent value.
 */
export function rdsPublicAccess(props: Props, out: Writable): void {
  if (out.publiclyAccessible !== undefined) return;
  out.publiclyAccessible = new Unknown(
    props.DBSubnetGroupName === undefined
      ? "publiclyAccessible (absent, and no DBSubnetGroupName: RDS places the database in the account's default VPC and makes it public when that VPC has its internet gateway, as AWS creates it)"
      : "publiclyAccessible (absent: RDS makes the database public when the VPC of DBSubnetGroupName's subnets has an internet gateway)",
  );
}

/** The secret RDS manages for the master password: its key is Pulumi's `masterUserSecretKmsKeyId`. */
export function managedSecretKey(props: Props, out: Writable): void {
  delete out.masterUserSecret;
  const key = get(props, 'MasterUserSecret.KmsKeyId');
  if (key !== undefined) out.masterUserSecretKmsKeyId = key;
}

/** The storage settings RDS instances and clusters share (DATA4, DATA6). */
export interface RdsStorageProps {
  /** "By default, it isn't encrypted" (CreateDBInstance StorageEncrypted). */
  storageEncrypted?: boolean;
  kmsKeyId?: string;
  /** The RDS API default is 1 day (0 turns automated backups off). */
  backupRetentionPeriod?: number;
  /** Default false. */
  deletionProtection?: boolean;
  /** The @pulumi/aws provider default is false; a template without it is unknown (rdsPublicAccess). */
  publiclyAccessible?: boolean;
  masterUserSecretKmsKeyId?: string;
}

/** One EBS block device (a launch template's `blockDeviceMappings[].ebs`, a launch configuration's devices). */
export interface EbsDeviceProps {
  /** A string ("true"/"false") in the launch template's provider schema, a boolean elsewhere. */
  encrypted?: boolean | string;
  kmsKeyId?: string;
  deviceName?: string;
  /** A suppressed device stores nothing. */
  noDevice?: boolean;
}

/** The instance metadata options of instances, launch templates and launch configurations (NET3). */
export interface MetadataOptionsProps {
  httpEndpoint?: string;
  /** Absent means `optional` (IMDSv1 allowed), the EC2 default unless the AMI or the account says otherwise. */
  httpTokens?: string;
  httpPutResponseHopLimit?: number;
}
