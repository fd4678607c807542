/** ElastiCache node-based cache clusters (`AWS::ElastiCache::CacheCluster`): the template's names camelCase into Pulumi's. */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface ElasticacheClusterProps {
  /** Set on a Pulumi cluster added to a replication group as its read replica (no CloudFormation equivalent). */
  replicationGroupId?: string;
  /** Required outside a replication group: `redis`, `valkey` or `memcached`. */
  engine?: string;
  /** "Only available when creating a cache cluster in an Amazon VPC using Memcached version 1.6.12 or later" (AWS::ElastiCache::CacheCluster). */
  transitEncryptionEnabled?: boolean;
}

export const ELASTICACHE_CLUSTER = defineKind<ElasticacheClusterProps>()({
  kind: 'elasticache:Cluster',
  pulumi: ['aws:elasticache/cluster:Cluster'],
  cfn: { 'AWS::ElastiCache::CacheCluster': defaultMapping },
});
