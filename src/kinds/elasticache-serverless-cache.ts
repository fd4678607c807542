/** ElastiCache Serverless caches: the template's names camelCase into Pulumi's. */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

/** ElastiCache Serverless always encrypts data at rest and in transit: no rule reads a setting of it. */
export interface ElasticacheServerlessCacheProps {
  /** A customer-managed key; absent, an AWS-owned key. */
  kmsKeyId?: string;
}

export const ELASTICACHE_SERVERLESS_CACHE = defineKind<ElasticacheServerlessCacheProps>()({
  kind: 'elasticache:ServerlessCache',
  pulumi: ['aws:elasticache/serverlessCache:ServerlessCache'],
  cfn: { 'AWS::ElastiCache::ServerlessCache': defaultMapping },
});
