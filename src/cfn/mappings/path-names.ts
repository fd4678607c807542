/**
 * The names the mappings give CloudFormation properties, read backwards: which template key a
 * normalized (Pulumi) name came from (../template-paths.ts turns a fact's property paths back into the
 * template's). The rename tables are the mappings' own; names they do not rename are camelCase.
 */
import {
  ACTION_RENAMES,
  CACHE_POLICY_INPUTS,
  CONDITION_RENAMES,
  DISTRIBUTION_INPUTS,
  DISTRIBUTION_RENAMES,
  RESPONSE_HEADERS_POLICY_INPUTS,
  SUBNET_MAPPING_RENAMES,
} from './edge';
import { RDS_RENAMES, TABLE_RENAMES } from './data-stores';
import { POLICY_NAMES } from './iam';
import { INSTANCE_RENAMES } from './network';

type Renames = Readonly<Record<string, string>>;

/**
 * Renames written inline in the mappings (and the shapes they build by hand: S3 side configurations,
 * security group rules), the ones findings quote.
 */
const INLINE_RENAMES: Renames = {
  SecurityGroupIngress: 'ingress',
  SecurityGroupEgress: 'egress',
  IsLogging: 'enableLogging',
  CloudWatchLogsLogGroupArn: 'cloudWatchLogsGroupArn',
  EncryptionAtRestOptions: 'encryptAtRest',
  NodeToNodeEncryptionOptions: 'nodeToNodeEncryption',
  AccessControl: 'acl',
  ServerSideEncryptionConfiguration: 'rules',
  ServerSideEncryptionByDefault: 'applyServerSideEncryptionByDefault',
  AuthorizationType: 'authorization',
  Policies: 'inlinePolicies',
  IpProtocol: 'protocol',
  KeyPolicy: 'policy',
  ResourceRecords: 'records',
  Protocol: 'lbProtocol',
  AccessLogSetting: 'accessLogSettings',
  TracingEnabled: 'xrayTracingEnabled',
  ReplicationGroupDescription: 'description',
  CacheNodeType: 'nodeType',
  ResourcePolicy: 'policy',
  RotationLambdaARN: 'rotationLambdaArn',
  ReplicaRegions: 'replicas',
  LoadBalancerPort: 'lbPort',
  DestinationBucketName: 'targetBucket',
  LogFilePrefix: 'targetPrefix',
};

const TABLES: readonly Renames[] = [DISTRIBUTION_RENAMES, ACTION_RENAMES, CONDITION_RENAMES, SUBNET_MAPPING_RENAMES, RDS_RENAMES, TABLE_RENAMES, POLICY_NAMES, INSTANCE_RENAMES, INLINE_RENAMES];

/** Template key -> the normalized names mappings give it (besides its camelCase). */
export const TEMPLATE_NAMES: ReadonlyMap<string, readonly string[]> = (() => {
  const names = new Map<string, string[]>();
  for (const table of TABLES) for (const [cfn, pulumi] of Object.entries(table)) names.set(cfn, [...new Set([...(names.get(cfn) ?? []), pulumi])]);
  names.set('MasterUserPassword', ['password', 'masterPassword']);
  return names;
})();

/** Normalized name -> the one template key renamed to it, where only one is. */
const TEMPLATE_KEY_OF: ReadonlyMap<string, string> = (() => {
  const keys = new Map<string, Set<string>>();
  for (const [cfn, pulumiNames] of TEMPLATE_NAMES) for (const p of pulumiNames) keys.set(p, (keys.get(p) ?? new Set()).add(cfn));
  return new Map([...keys].filter(([, cfn]) => cfn.size === 1).map(([p, cfn]) => [p, [...cfn][0]]));
})();

/** The CloudFormation name of a normalized name the template does not write. */
export function cfnNameOf(name: string): string {
  return TEMPLATE_KEY_OF.get(name) ?? name.charAt(0).toUpperCase() + name.slice(1);
}

export interface Wrapper {
  /** The CloudFormation property holding the others. */
  key: string;
  /** The normalized names that come from inside it (none listed: all of them). */
  inputs?: readonly string[];
}

/** The wrapper a resource type's properties sit in, which the mapping flattens (edge.ts, network.ts). */
export const WRAPPERS: Readonly<Record<string, Wrapper>> = {
  'AWS::CloudFront::Distribution': { key: 'DistributionConfig', inputs: DISTRIBUTION_INPUTS },
  'AWS::CloudFront::ResponseHeadersPolicy': { key: 'ResponseHeadersPolicyConfig', inputs: RESPONSE_HEADERS_POLICY_INPUTS },
  'AWS::CloudFront::CachePolicy': { key: 'CachePolicyConfig', inputs: CACHE_POLICY_INPUTS },
  'AWS::EC2::LaunchTemplate': { key: 'LaunchTemplateData' },
};
