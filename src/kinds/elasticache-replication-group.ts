/** ElastiCache (Redis OSS, Valkey) replication groups. */
import { renamed } from '../cfn/mappings/shape';
import { defineKind } from './kind-module';

export interface ElasticacheReplicationGroupProps {
  /** Default `redis`. */
  engine?: string;
  /** "Default: true when using Valkey, false when using Redis OSS" (CreateReplicationGroup AtRestEncryptionEnabled). */
  atRestEncryptionEnabled?: boolean;
  /** Default false. */
  transitEncryptionEnabled?: boolean;
  /** `preferred` still accepts plaintext connections; absent means required. */
  transitEncryptionMode?: string;
  kmsKeyId?: string;
  authToken?: string;
  description?: string;
  nodeType?: string;
}

const PATH_NAMES = { ReplicationGroupDescription: 'description', CacheNodeType: 'nodeType' };

export const ELASTICACHE_REPLICATION_GROUP = defineKind<ElasticacheReplicationGroupProps>()({
  kind: 'elasticache:ReplicationGroup',
  pulumi: ['aws:elasticache/replicationGroup:ReplicationGroup'],
  cfn: { 'AWS::ElastiCache::ReplicationGroup': ({ props }) => [{ props: renamed(props, PATH_NAMES) }] },
  pathNames: PATH_NAMES,
});
