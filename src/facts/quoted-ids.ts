/**
 * The values other resources quote to name a resource (ids, ARNs, names), per kind: a secret's
 * `kmsKeyId` may be the key's id, its ARN, or an alias name. Both adapters list these among a fact's
 * ids, so a quoted value resolves to the resource whichever engine wrote it.
 */
import { Props } from '../core/props';
import { Kind } from './kinds';

/** Beyond the common `id` and `arn`. */
const QUOTED_PROPS: Partial<Record<Kind, readonly string[]>> = {
  's3:Bucket': ['bucket'],
  'kms:Key': ['keyId'],
  'kms:Alias': ['name', 'targetKeyArn'],
  'secretsmanager:Secret': ['name'],
  'cloudfront:Distribution': ['domainName'],
  'lb:LoadBalancer': ['dnsName'],
  // A Classic Load Balancer's policies name it (`loadBalancerName`, `loadBalancer`); a DomainPolicy its domain.
  'elb:LoadBalancer': ['name'],
  'opensearch:Domain': ['domainName'],
  'apigateway:DomainName': ['regionalDomainName', 'cloudfrontDomainName'],
  'apigatewayv2:DomainName': ['domainName'],
  'iam:User': ['name'],
  'iam:Role': ['name'],
};

export function quotedIdsOf(kind: Kind, props: Props): string[] {
  const ids: string[] = [];
  for (const key of ['id', 'arn', ...(QUOTED_PROPS[kind] ?? [])]) {
    const v = props[key];
    if (typeof v === 'string' && v !== '') ids.push(v);
  }
  return ids;
}
