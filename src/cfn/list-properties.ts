/**
 * List-typed CloudFormation properties, read as lists whatever the template wrote.
 *
 * A YAML template can write a list property as a single mapping (`SecurityGroupIngress:` followed by one
 * rule's keys, no `-`). The mappings expect a list where CloudFormation's resource reference says one
 * (they map each item into the Pulumi shape), and a mapping left as it is would be read as no items: an
 * open port judged absent. So before any mapping runs (mappings/index.ts), each listed property that
 * holds one value instead of a list becomes a one-element list, the reading the template's author meant.
 * One table here, not a check in each mapping or rule.
 *
 * The table holds the list-typed properties the mappings and checks read, by resource type, from the
 * CloudFormation resource reference. A path steps into an object by name and into every item of a list
 * with `[]`.
 */
import { PropValue, Props, isProps } from '../core/props';
import { isUnknown } from '../core/values';

const LIST_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::ApiGateway::Deployment': ['StageDescription.MethodSettings'],
  'AWS::ApiGateway::Method': ['AuthorizationScopes', 'MethodResponses', 'Integration.IntegrationResponses'],
  'AWS::ApiGateway::RestApi': ['BinaryMediaTypes', 'EndpointConfiguration.Types', 'EndpointConfiguration.VpcEndpointIds'],
  'AWS::ApiGateway::Stage': ['MethodSettings'],
  'AWS::ApiGatewayV2::DomainName': ['DomainNameConfigurations'],
  'AWS::ApiGatewayV2::Route': ['AuthorizationScopes'],
  'AWS::AutoScaling::LaunchConfiguration': ['BlockDeviceMappings', 'SecurityGroups'],
  'AWS::CertificateManager::Certificate': ['SubjectAlternativeNames', 'DomainValidationOptions'],
  'AWS::CloudFront::CachePolicy': [
    'CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin.CookiesConfig.Cookies',
    'CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig.Headers',
    'CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin.QueryStringsConfig.QueryStrings',
  ],
  'AWS::CloudFront::Distribution': [
    'DistributionConfig.Aliases',
    'DistributionConfig.CNAMEs',
    'DistributionConfig.Origins',
    'DistributionConfig.Origins[].OriginCustomHeaders',
    'DistributionConfig.Origins[].CustomOriginConfig.OriginSSLProtocols',
    'DistributionConfig.CacheBehaviors',
    'DistributionConfig.CustomErrorResponses',
    'DistributionConfig.DefaultCacheBehavior.AllowedMethods',
    'DistributionConfig.DefaultCacheBehavior.CachedMethods',
    'DistributionConfig.DefaultCacheBehavior.FunctionAssociations',
    'DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations',
    'DistributionConfig.CacheBehaviors[].AllowedMethods',
    'DistributionConfig.CacheBehaviors[].CachedMethods',
    'DistributionConfig.CacheBehaviors[].FunctionAssociations',
    'DistributionConfig.CacheBehaviors[].LambdaFunctionAssociations',
  ],
  'AWS::CloudFront::ResponseHeadersPolicy': ['ResponseHeadersPolicyConfig.CustomHeadersConfig.Items', 'ResponseHeadersPolicyConfig.RemoveHeadersConfig.Items'],
  'AWS::CloudTrail::Trail': ['EventSelectors', 'EventSelectors[].DataResources', 'AdvancedEventSelectors', 'InsightSelectors'],
  'AWS::Config::ConfigRule': ['Scope.ComplianceResourceTypes'],
  'AWS::DynamoDB::GlobalTable': ['Replicas'],
  'AWS::EC2::Instance': ['SecurityGroupIds', 'SecurityGroups', 'BlockDeviceMappings', 'NetworkInterfaces', 'NetworkInterfaces[].GroupSet'],
  'AWS::EC2::LaunchTemplate': [
    'LaunchTemplateData.BlockDeviceMappings',
    'LaunchTemplateData.SecurityGroupIds',
    'LaunchTemplateData.SecurityGroups',
    'LaunchTemplateData.NetworkInterfaces',
    'LaunchTemplateData.NetworkInterfaces[].Groups',
  ],
  'AWS::EC2::SecurityGroup': ['SecurityGroupIngress', 'SecurityGroupEgress'],
  'AWS::ECS::TaskDefinition': ['ContainerDefinitions', 'ContainerDefinitions[].Environment', 'ContainerDefinitions[].Secrets', 'ContainerDefinitions[].PortMappings'],
  'AWS::EFS::FileSystem': ['LifecyclePolicies'],
  'AWS::ElastiCache::ReplicationGroup': ['SecurityGroupIds', 'LogDeliveryConfigurations'],
  'AWS::ElastiCache::ServerlessCache': ['SecurityGroupIds', 'SubnetIds'],
  'AWS::ElasticBeanstalk::Environment': ['OptionSettings'],
  'AWS::ElasticLoadBalancing::LoadBalancer': ['Listeners', 'Listeners[].PolicyNames', 'Policies', 'Policies[].Attributes', 'Policies[].LoadBalancerPorts', 'SecurityGroups', 'Subnets'],
  'AWS::ElasticLoadBalancingV2::Listener': ['Certificates', 'DefaultActions'],
  'AWS::ElasticLoadBalancingV2::ListenerRule': ['Actions', 'Conditions'],
  'AWS::ElasticLoadBalancingV2::LoadBalancer': ['LoadBalancerAttributes', 'SecurityGroups', 'Subnets', 'SubnetMappings'],
  'AWS::Elasticsearch::Domain': ['VPCOptions.SecurityGroupIds', 'VPCOptions.SubnetIds'],
  'AWS::GuardDuty::Detector': ['Features'],
  'AWS::IAM::Group': ['Policies', 'ManagedPolicyArns'],
  'AWS::IAM::ManagedPolicy': ['Groups', 'Roles', 'Users'],
  'AWS::IAM::Policy': ['Groups', 'Roles', 'Users'],
  'AWS::IAM::Role': ['Policies', 'ManagedPolicyArns'],
  'AWS::IAM::User': ['Policies', 'ManagedPolicyArns', 'Groups'],
  'AWS::Lambda::Function': ['Layers', 'Architectures', 'VpcConfig.SecurityGroupIds', 'VpcConfig.SubnetIds'],
  'AWS::Lambda::Url': ['Cors.AllowOrigins', 'Cors.AllowMethods', 'Cors.AllowHeaders'],
  'AWS::NetworkFirewall::Firewall': ['SubnetMappings'],
  'AWS::OpenSearchService::Domain': ['VPCOptions.SecurityGroupIds', 'VPCOptions.SubnetIds'],
  'AWS::RDS::DBCluster': ['VpcSecurityGroupIds', 'EnableCloudwatchLogsExports', 'AssociatedRoles'],
  'AWS::RDS::DBInstance': ['VPCSecurityGroups', 'DBSecurityGroups', 'EnableCloudwatchLogsExports', 'AssociatedRoles'],
  'AWS::Redshift::Cluster': ['VpcSecurityGroupIds', 'ClusterSecurityGroups', 'IamRoles'],
  'AWS::Route53::RecordSet': ['ResourceRecords'],
  'AWS::Route53::RecordSetGroup': ['RecordSets', 'RecordSets[].ResourceRecords'],
  'AWS::Route53Resolver::FirewallDomainList': ['Domains'],
  'AWS::Route53Resolver::FirewallRuleGroup': ['FirewallRules'],
  'AWS::S3::Bucket': [
    'BucketEncryption.ServerSideEncryptionConfiguration',
    'CorsConfiguration.CorsRules',
    'LifecycleConfiguration.Rules',
    'OwnershipControls.Rules',
    'ReplicationConfiguration.Rules',
    'WebsiteConfiguration.RoutingRules',
  ],
  'AWS::SNS::Topic': ['Subscription'],
  'AWS::SecretsManager::Secret': ['ReplicaRegions'],
};

/** One value where a list belongs: a list of it. Absent, null, unknown and list values stay as they are. */
function asList(v: PropValue | undefined): PropValue | undefined {
  if (v === undefined || v === null || Array.isArray(v) || isUnknown(v)) return v;
  return [v];
}

function normalised(value: PropValue | undefined, steps: readonly string[]): PropValue | undefined {
  if (steps.length === 0) return value;
  const [step, ...rest] = steps;
  if (step === '[]') return Array.isArray(value) ? value.map((item) => normalised(item, rest) ?? null) : value;
  if (!isProps(value) || !Object.prototype.hasOwnProperty.call(value, step)) return value;
  const inner = value[step];
  const next = rest.length === 0 ? asList(inner) : normalised(rest[0] === '[]' ? asList(inner) : inner, rest);
  return next === inner ? value : { ...value, [step]: next };
}

/** `a.b[].c` as steps `a`, `b`, `[]`, `c`. */
function stepsOf(path: string): string[] {
  return path.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
}

const STEPS: ReadonlyMap<string, readonly string[][]> = new Map(Object.entries(LIST_PROPERTIES).map(([type, paths]) => [type, paths.map(stepsOf)]));

/** The resource's properties with each list-typed property of its type read as a list. */
export function withListProperties(type: string, props: Props): Props {
  const paths = STEPS.get(type);
  if (!paths) return props;
  let out: PropValue | undefined = props;
  for (const steps of paths) out = normalised(out, steps);
  return isProps(out) ? out : props;
}

/** The types and paths of the table, for tests. */
export function listPropertyPaths(): ReadonlyMap<string, readonly string[]> {
  return new Map(Object.entries(LIST_PROPERTIES));
}
