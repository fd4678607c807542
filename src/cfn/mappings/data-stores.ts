/**
 * The data stores DATA4-DATA6 judge (RDS, DynamoDB, EBS, EFS, ElastiCache, OpenSearch, SNS, SQS, CloudWatch
 * Logs, Redshift): CloudFormation properties into the Pulumi input shapes of their kinds. Types not
 * listed here (EC2 volumes, EFS, ElastiCache Serverless, SNS topics, SQS queues) camelCase into
 * Pulumi's names as they are.
 *
 * Defaults the rules rely on that are AWS's, so the same for both engines, need nothing here:
 * RDS storage "By default, it isn't encrypted" (CreateDBInstance StorageEncrypted) and a backup
 * retention of 1 day; SQS encrypts new queues with SSE-SQS unless `SqsManagedSseEnabled` is false
 * (AWS Compute Blog, "Announcing server-side encryption with Amazon SQS-managed encryption keys
 * (SSE-SQS) by default"); ElastiCache replication groups: at rest "Default: true when using Valkey,
 * false when using Redis OSS" (CreateReplicationGroup AtRestEncryptionEnabled); Redshift
 * `PubliclyAccessible` "Default: false" (CreateCluster). Defaults that differ from the Pulumi
 * provider's are written out below where they apply.
 */
import { PropValue, Props, bool, get, isProps, list } from '../../core/props';
import { Unknown, isUnknown } from '../../core/values';
import { camelCased } from './common';
import { CfnMapping } from './types';

type Mutable = Record<string, PropValue | undefined>;

/** An object without its absent entries, as Pulumi's props never list them. */
function present(entries: Mutable): Props {
  const out: Mutable = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * Properties camelCased with `renames`; `documents` (JSON policy documents) keep their own keys under
 * their Pulumi names, as the policy reader reads `Statement`, `Effect`... as IAM writes them.
 */
function pulumiShape(props: Props, renames: Readonly<Record<string, string>> = {}, documents: Readonly<Record<string, string>> = {}): Mutable {
  const rest: Mutable = { ...props };
  const kept: Mutable = {};
  for (const [name, pulumiName] of Object.entries(documents)) {
    if (rest[name] !== undefined) kept[pulumiName] = rest[name];
    delete rest[name];
  }
  return { ...camelCased(rest, renames), ...kept };
}

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
function rdsPublicAccess(props: Props, out: Mutable): void {
  if (out.publiclyAccessible !== undefined) return;
  out.publiclyAccessible = new Unknown(
    props.DBSubnetGroupName === undefined
      ? "publiclyAccessible (absent, and no DBSubnetGroupName: RDS places the database in the account's default VPC and makes it public when that VPC has its internet gateway, as AWS creates it)"
      : "publiclyAccessible (absent: RDS makes the database public when the VPC of DBSubnetGroupName's subnets has an internet gateway)",
  );
}

/** The secret RDS manages for the master password: its key is Pulumi's `masterUserSecretKmsKeyId`. */
function managedSecretKey(props: Props, out: Mutable): void {
  delete out.masterUserSecret;
  const key = get(props, 'MasterUserSecret.KmsKeyId');
  if (key !== undefined) out.masterUserSecretKmsKeyId = key;
}

export const RDS_RENAMES = {
  DBInstanceIdentifier: 'identifier',
  DBInstanceClass: 'instanceClass',
  DBClusterIdentifier: 'clusterIdentifier',
  SourceDBInstanceIdentifier: 'replicateSourceDb',
  DBSnapshotIdentifier: 'snapshotIdentifier',
  VPCSecurityGroups: 'vpcSecurityGroupIds',
};

/**
 * A DB instance, or (with `DBClusterIdentifier`) an Aurora cluster member: Pulumi's `rds.ClusterInstance`,
 * whose storage encryption, backups and deletion protection are the cluster's ("This setting doesn't
 * apply to Amazon Aurora DB instances. The encryption for DB instances is managed by the DB cluster",
 * CreateDBInstance StorageEncrypted).
 */
const dbInstance: CfnMapping = ({ props }) => {
  const out = pulumiShape(props, { ...RDS_RENAMES, MasterUsername: 'username', MasterUserPassword: 'password' });
  managedSecretKey(props, out);
  rdsPublicAccess(props, out);
  return [{ kind: props.DBClusterIdentifier !== undefined ? 'rds:ClusterInstance' : undefined, props: out }];
};

/**
 * A DB cluster. Only Multi-AZ DB clusters (`DBClusterInstanceClass`) have cluster-level public access
 * ("Valid for Cluster Type: Multi-AZ DB clusters only"); Aurora sets it on each member instance.
 */
const dbCluster: CfnMapping = ({ props }) => {
  const out = pulumiShape(props, { ...RDS_RENAMES, MasterUserPassword: 'masterPassword' });
  managedSecretKey(props, out);
  if (props.DBClusterInstanceClass !== undefined) rdsPublicAccess(props, out);
  return [{ props: out }];
};

export const TABLE_RENAMES = {
  TableName: 'name',
  SSESpecification: 'serverSideEncryption',
  SSEEnabled: 'enabled',
  KMSMasterKeyId: 'kmsKeyArn',
  PointInTimeRecoverySpecification: 'pointInTimeRecovery',
  PointInTimeRecoveryEnabled: 'enabled',
};

/** A table: `SSESpecification` is Pulumi's `serverSideEncryption`, `PointInTimeRecoverySpecification` its `pointInTimeRecovery`. */
const table: CfnMapping = ({ props }) => [{ props: pulumiShape(props, TABLE_RENAMES, { ResourcePolicy: 'resourcePolicy' }) }];

/** A replica under the names of a Pulumi table's `replicas[]`. */
function pulumiReplica(replica: PropValue): Mutable {
  return {
    regionName: get(replica, 'Region'),
    kmsKeyArn: get(replica, 'SSESpecification.KMSMasterKeyId'),
    pointInTimeRecovery: get(replica, 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled'),
    deletionProtectionEnabled: get(replica, 'DeletionProtectionEnabled'),
  };
}

/** Point-in-time recovery of a global table: on only if on in every replica (false, then absent, then unknown decide first). */
function everyReplicaRecovers(replicas: readonly Mutable[]): PropValue | undefined {
  const values = replicas.map((r) => bool(r, 'pointInTimeRecovery'));
  if (values.includes(false)) return false;
  if (values.includes(undefined)) return undefined;
  return values.find(isUnknown) ?? true;
}

/**
 * A global table as one Pulumi table with `replicas`: the table-level `SSESpecification` says whether
 * KMS is used and each replica names its own key and point-in-time recovery. The table's own settings
 * are what every replica has: recovery only if every replica recovers, a named key only if every
 * replica names one (a replica without `KMSMasterKeyId` uses the AWS-managed key: "you should only
 * provide this parameter if the key is different from the default DynamoDB key alias/aws/dynamodb",
 * ReplicaSSESpecification), then the first replica's.
 */
const globalTable: CfnMapping = ({ props }) => {
  const { Replicas, ...rest } = props;
  const out = pulumiShape(rest, TABLE_RENAMES);
  const replicas = list(props, 'Replicas');
  const sse: Mutable = isProps(out.serverSideEncryption) ? { ...out.serverSideEncryption } : {};
  if (isUnknown(replicas)) {
    out.replicas = replicas;
    out.pointInTimeRecovery = { enabled: replicas };
    if (sse.enabled !== undefined) sse.kmsKeyArn = replicas;
  } else if (replicas !== undefined && replicas.length > 0) {
    const shaped = replicas.map(pulumiReplica);
    out.replicas = shaped.map((r) => ({ ...present(r) }));
    const recovers = everyReplicaRecovers(shaped);
    if (recovers !== undefined) out.pointInTimeRecovery = { enabled: recovers };
    const keys = shaped.map((r) => r.kmsKeyArn);
    if (sse.enabled !== undefined && !keys.includes(undefined)) sse.kmsKeyArn = keys[0];
  }
  if (Object.keys(sse).length > 0) out.serverSideEncryption = sse;
  return [{ props: out }];
};

/**
 * The API's `EnforceHTTPS` is off unless set ("True to require that all traffic to the domain arrive
 * over HTTPS", DomainEndpointOptions, OpenSearch API reference, no default); the @pulumi/aws provider
 * sends true when the block is written without it ("Whether or not to require HTTPS. Defaults to
 * `true`"). So a block without it is written out as false.
 */
function endpointOptions(out: Mutable): void {
  const options = out.domainEndpointOptions;
  if (isProps(options) && options.enforceHttps === undefined) out.domainEndpointOptions = { ...options, enforceHttps: false };
}

/** OpenSearch and legacy Elasticsearch domains under the names of Pulumi's `opensearch.Domain` / `elasticsearch.Domain`. */
const domain: CfnMapping = ({ props }) => {
  const out = pulumiShape(
    props,
    {
      EncryptionAtRestOptions: 'encryptAtRest',
      NodeToNodeEncryptionOptions: 'nodeToNodeEncryption',
      EnforceHTTPS: 'enforceHttps',
      ElasticsearchClusterConfig: 'clusterConfig',
    },
    { AccessPolicies: 'accessPolicies' },
  );
  endpointOptions(out);
  return [{ props: out }];
};

export const DATA_STORE_MAPPINGS: Readonly<Record<string, CfnMapping>> = {
  'AWS::RDS::DBInstance': dbInstance,
  'AWS::RDS::DBCluster': dbCluster,
  'AWS::DynamoDB::Table': table,
  'AWS::DynamoDB::GlobalTable': globalTable,
  'AWS::ElastiCache::ReplicationGroup': ({ props }) => [{ props: pulumiShape(props, { ReplicationGroupDescription: 'description', CacheNodeType: 'nodeType' }) }],
  'AWS::OpenSearchService::Domain': domain,
  'AWS::Elasticsearch::Domain': domain,
  'AWS::Logs::LogGroup': ({ props }) => [{ props: pulumiShape(props, { LogGroupName: 'name' }, { DataProtectionPolicy: 'dataProtectionPolicy' }) }],
  // The master password is Pulumi's `masterPassword` in both (aws:redshift/cluster, aws:docdb/cluster).
  'AWS::Redshift::Cluster': ({ props }) => [{ props: pulumiShape(props, { MasterUserPassword: 'masterPassword' }) }],
  'AWS::DocDB::DBCluster': ({ props }) => [{ props: pulumiShape(props, { MasterUserPassword: 'masterPassword', DBClusterIdentifier: 'clusterIdentifier' }) }],
};
