/**
 * An Aurora cluster member: Pulumi's `rds.ClusterInstance`. CloudFormation has no type of its own for it:
 * an `AWS::RDS::DBInstance` with `DBClusterIdentifier` is one, which ./rds-instance.ts maps to this kind.
 */
import { defineKind } from './kind-module';
import { RDS_RENAMES } from './shared/data-stores';

export interface RdsClusterInstanceProps {
  clusterIdentifier?: string;
  /** Aurora sets public access per member; the @pulumi/aws provider default is false. */
  publiclyAccessible?: boolean;
  /** An Aurora member ignores it (the cluster holds the password), but a written one is still in the template. */
  password?: string;
}

export const RDS_CLUSTER_INSTANCE = defineKind<RdsClusterInstanceProps>()({
  kind: 'rds:ClusterInstance',
  pulumi: ['aws:rds/clusterInstance:ClusterInstance'],
  cfn: {},
  pathNames: { ...RDS_RENAMES, MasterUserPassword: 'password' },
});
