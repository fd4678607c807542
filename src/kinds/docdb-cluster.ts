/** DocumentDB clusters. */
import { renamed } from '../cfn/mappings/shape';
import { defineKind } from './kind-module';

export interface DocdbClusterProps {
  clusterIdentifier?: string;
  masterPassword?: string;
  /** The write-only input of @pulumi/aws 7: kept out of the state, still written in the program. */
  masterPasswordWo?: string;
}

// The master password is Pulumi's `masterPassword` (aws:docdb/cluster).
const PATH_NAMES = { MasterUserPassword: 'masterPassword', DBClusterIdentifier: 'clusterIdentifier' };

export const DOCDB_CLUSTER = defineKind<DocdbClusterProps>()({
  kind: 'docdb:Cluster',
  pulumi: ['aws:docdb/cluster:Cluster'],
  cfn: { 'AWS::DocDB::DBCluster': ({ props }) => [{ props: renamed(props, PATH_NAMES) }] },
  pathNames: PATH_NAMES,
});
