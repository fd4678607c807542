/** RDS DB clusters: Aurora and Multi-AZ DB clusters. */
import { renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { RDS_RENAMES, RdsStorageProps, managedSecretKey, rdsPublicAccess } from './shared/data-stores';

export interface RdsClusterProps extends RdsStorageProps {
  clusterIdentifier?: string;
  /** Provider default for `storageEncrypted`: false for the provisioned engine mode, true for serverless (v1). */
  engineMode?: string;
  masterPassword?: string;
  /** The write-only input of @pulumi/aws 7: kept out of the state, still written in the program. */
  masterPasswordWo?: string;
}

// A cluster writes only DBClusterIdentifier of RDS's DB-prefixed names (AWS::RDS::DBCluster); the others are an instance's.
const CLUSTER_PATH_NAMES = { DBClusterIdentifier: RDS_RENAMES.DBClusterIdentifier, MasterUserPassword: 'masterPassword' };

/**
 * A DB cluster. Only Multi-AZ DB clusters (`DBClusterInstanceClass`) have cluster-level public access
 * ("Valid for Cluster Type: Multi-AZ DB clusters only"); Aurora sets it on each member instance.
 */
const dbCluster: CfnMapping = ({ props }) => {
  const out = renamed(props, CLUSTER_PATH_NAMES);
  managedSecretKey(props, out);
  if (props.DBClusterInstanceClass !== undefined) rdsPublicAccess(props, out);
  return [{ props: out }];
};

export const RDS_CLUSTER = defineKind<RdsClusterProps>()({
  kind: 'rds:Cluster',
  pulumi: ['aws:rds/cluster:Cluster'],
  cfn: { 'AWS::RDS::DBCluster': dbCluster },
  pathNames: CLUSTER_PATH_NAMES,
});
