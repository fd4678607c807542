/** Redshift provisioned clusters. */
import { renamed } from '../cfn/mappings/shape';
import { defineKind } from './kind-module';

export interface RedshiftClusterProps {
  /**
   * "In Amazon Redshift, your database is encrypted by default" (Redshift management guide); the
   * @pulumi/aws v7 input: "Default is true".
   */
  encrypted?: boolean;
  kmsKeyId?: string;
  /** "Default: false" (CreateCluster PubliclyAccessible), as the provider's. */
  publiclyAccessible?: boolean;
  masterPassword?: string;
  /** The write-only input of @pulumi/aws 7: kept out of the state, still written in the program. */
  masterPasswordWo?: string;
}

// The master password is Pulumi's `masterPassword` (aws:redshift/cluster).
const PATH_NAMES = { MasterUserPassword: 'masterPassword' };

export const REDSHIFT_CLUSTER = defineKind<RedshiftClusterProps>()({
  kind: 'redshift:Cluster',
  pulumi: ['aws:redshift/cluster:Cluster'],
  cfn: { 'AWS::Redshift::Cluster': ({ props }) => [{ props: renamed(props, PATH_NAMES) }] },
  pathNames: PATH_NAMES,
});
