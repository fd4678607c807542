/** DynamoDB tables; a CloudFormation global table is one Pulumi table with `replicas`. */
import { PropValue, bool, get, isProps, list } from '../core/props';
import { isUnknown } from '../core/values';
import { Writable, defined, renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface TableReplicaProps {
  regionName?: string;
  /** Absent: the AWS-managed key ("only provide this parameter if the key is different from the default DynamoDB key alias/aws/dynamodb"). */
  kmsKeyArn?: string;
  pointInTimeRecovery?: boolean;
  deletionProtectionEnabled?: boolean;
}

export interface DynamodbTableProps {
  name?: string;
  /**
   * DynamoDB always encrypts at rest: with no block or `enabled` false, with an AWS-owned key; enabled
   * without `kmsKeyArn`, with the AWS-managed alias/aws/dynamodb.
   */
  serverSideEncryption?: { enabled?: boolean; kmsKeyArn?: string };
  /** Default off. */
  pointInTimeRecovery?: { enabled?: boolean };
  replicas?: TableReplicaProps[];
}

const TABLE_RENAMES = {
  PointInTimeRecoveryEnabled: 'enabled',
  TableName: 'name',
  SSESpecification: 'serverSideEncryption',
  SSEEnabled: 'enabled',
  KMSMasterKeyId: 'kmsKeyArn',
  PointInTimeRecoverySpecification: 'pointInTimeRecovery',
};

// Three `enabled`s: each named back under its own parent (`SSESpecification.SSEEnabled`).
const TABLE_PATH_NAMES = {
  TableName: 'name',
  SSESpecification: 'serverSideEncryption',
  'SSESpecification.SSEEnabled': 'enabled',
  'SSESpecification.KMSMasterKeyId': 'kmsKeyArn',
  PointInTimeRecoverySpecification: 'pointInTimeRecovery',
  'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled': 'enabled',
  PointInTimeRecoveryEnabled: 'enabled',
  KMSMasterKeyId: 'kmsKeyArn',
};

/** A table: `SSESpecification` is Pulumi's `serverSideEncryption`, `PointInTimeRecoverySpecification` its `pointInTimeRecovery`. */
const table: CfnMapping = ({ props }) => [{ props: renamed(props, TABLE_RENAMES, ['ResourcePolicy']) }];

/** A replica under the names of a Pulumi table's `replicas[]`. */
function pulumiReplica(replica: PropValue): Writable {
  return {
    regionName: get(replica, 'Region'),
    kmsKeyArn: get(replica, 'SSESpecification.KMSMasterKeyId'),
    pointInTimeRecovery: get(replica, 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled'),
    deletionProtectionEnabled: get(replica, 'DeletionProtectionEnabled'),
  };
}

/** Point-in-time recovery of a global table: on only if on in every replica (false, then absent, then unknown decide first). */
function everyReplicaRecovers(replicas: readonly Writable[]): PropValue | undefined {
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
  const out = renamed(rest, TABLE_RENAMES);
  const replicas = list(props, 'Replicas');
  const sse: Writable = isProps(out.serverSideEncryption) ? { ...out.serverSideEncryption } : {};
  if (isUnknown(replicas)) {
    out.replicas = replicas;
    out.pointInTimeRecovery = { enabled: replicas };
    if (sse.enabled !== undefined) sse.kmsKeyArn = replicas;
  } else if (replicas !== undefined && replicas.length > 0) {
    const shaped = replicas.map(pulumiReplica);
    out.replicas = shaped.map(defined);
    const recovers = everyReplicaRecovers(shaped);
    if (recovers !== undefined) out.pointInTimeRecovery = { enabled: recovers };
    const keys = shaped.map((r) => r.kmsKeyArn);
    if (sse.enabled !== undefined && !keys.includes(undefined)) sse.kmsKeyArn = keys[0];
  }
  if (Object.keys(sse).length > 0) out.serverSideEncryption = sse;
  return [{ props: out }];
};

export const DYNAMODB_TABLE = defineKind<DynamodbTableProps>()({
  kind: 'dynamodb:Table',
  pulumi: ['aws:dynamodb/table:Table'],
  cfn: { 'AWS::DynamoDB::Table': table, 'AWS::DynamoDB::GlobalTable': globalTable },
  pathNames: TABLE_PATH_NAMES,
});
