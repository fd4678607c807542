/**
 * RDS DB instances. A CloudFormation `AWS::RDS::DBInstance` with `DBClusterIdentifier` is an Aurora
 * cluster member, Pulumi's `rds.ClusterInstance` (./rds-cluster-instance.ts).
 */
import { renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { RDS_RENAMES, RdsStorageProps, managedSecretKey, rdsPublicAccess } from './shared/data-stores';

export interface RdsInstanceProps extends RdsStorageProps {
  identifier?: string;
  /** A read replica's source; a cross-region replica is encrypted by `kmsKeyId` alone. */
  replicateSourceDb?: string;
  username?: string;
  password?: string;
  /** The write-only input of @pulumi/aws 7: kept out of the state, still written in the program. */
  passwordWo?: string;
}

const INSTANCE_PATH_NAMES = { ...RDS_RENAMES, MasterUsername: 'username', MasterUserPassword: 'password' };

/**
 * A DB instance, or (with `DBClusterIdentifier`) an Aurora cluster member: Pulumi's `rds.ClusterInstance`,
 * whose storage encryption, backups and deletion protection are the cluster's ("This setting doesn't
 * apply to Amazon Aurora DB instances. The encryption for DB instances is managed by the DB cluster",
 * CreateDBInstance StorageEncrypted).
 */
const dbInstance: CfnMapping = ({ props }) => {
  const out = renamed(props, INSTANCE_PATH_NAMES);
  managedSecretKey(props, out);
  rdsPublicAccess(props, out);
  return [{ kind: props.DBClusterIdentifier !== undefined ? 'rds:ClusterInstance' : undefined, props: out }];
};

export const RDS_INSTANCE = defineKind<RdsInstanceProps>()({
  kind: 'rds:Instance',
  pulumi: ['aws:rds/instance:Instance'],
  cfn: { 'AWS::RDS::DBInstance': dbInstance },
  pathNames: INSTANCE_PATH_NAMES,
});
