/**
 * Stand-ins for the data sources that read an AWS account: the default VPC and its subnets, the
 * caller's account and region, an AMI, a hosted zone, an existing role or secret. Offline nothing can
 * be read, so each lookup answers with what identifies the object, in the shape AWS returns it (ids,
 * ARNs, names, and the facts AWS documents, such as the default VPC's 172.31.0.0/16), enough for the
 * program to go on building resources from it. Everything else a lookup returns describes the
 * account as it is (an existing role's trust policy, a key's state) and stays unknown: `answer.ts`
 * marks every result field unknown before these are laid over it.
 *
 * An object looked up by name or ARN gets the stand-ins a resource of that kind created with that
 * name would get (`fake-outputs.ts`), so the two never disagree on a format.
 */
import { fakeOutputs } from '../fake-outputs';
import { OFFLINE_ACCOUNT, StandIn, defaultVpc, partitionOf } from '../stand-ins';
import { MANAGED_CACHE_POLICIES, MANAGED_RESPONSE_HEADERS_POLICIES } from '../../../facts/cloudfront-managed-policies';

type Inputs = Record<string, unknown>;
type Result = Record<string, unknown>;

export interface LookupContext {
  region: string;
}

const str = (inputs: Inputs, key: string): string | undefined => (typeof inputs[key] === 'string' && inputs[key] !== '' ? (inputs[key] as string) : undefined);

/** The `values` of a `filters: [{name, values}]` entry. */
function filterValues(inputs: Inputs, name: string): string[] {
  const filters = Array.isArray(inputs.filters) ? inputs.filters : [];
  return filters.flatMap((f: unknown) => {
    const filter = (f ?? {}) as Inputs;
    return filter.name === name && Array.isArray(filter.values) ? filter.values.filter((v): v is string => typeof v === 'string') : [];
  });
}

function arnOf(region: string, service: string, resource: string, scope: 'regional' | 'global' = 'regional'): string {
  return `arn:${partitionOf(region).partition}:${service}:${scope === 'regional' ? region : ''}:${OFFLINE_ACCOUNT}:${resource}`;
}

/** The stand-in seed of a lookup: the same arguments give the same answer. */
const seedOf = (token: string, inputs: Inputs) => new StandIn(`${token}::${JSON.stringify(inputs)}`);

function vpcLookup(inputs: Inputs, { region }: LookupContext): Result {
  const d = defaultVpc(region);
  const isDefault = inputs.default === true || filterValues(inputs, 'isDefault').includes('true');
  const id = str(inputs, 'id') ?? (isDefault ? d.vpcId : seedOf('vpc', inputs).ec2Id('vpc'));
  const known = id === d.vpcId ? { cidrBlock: d.cidrBlock, default: true, enableDnsHostnames: true, enableDnsSupport: true } : {};
  return { id, arn: arnOf(region, 'ec2', `vpc/${id}`), ownerId: OFFLINE_ACCOUNT, region, ...known };
}

function subnetIdsLookup(inputs: Inputs, { region }: LookupContext): Result {
  const d = defaultVpc(region);
  const inDefault = filterValues(inputs, 'vpc-id').includes(d.vpcId) || filterValues(inputs, 'default-for-az').includes('true');
  const s = seedOf('subnets', inputs);
  return { id: region, region, ids: inDefault ? d.subnets.map((x) => x.id) : [s.ec2Id('subnet'), s.ec2Id('subnet')] };
}

function subnetLookup(inputs: Inputs, { region }: LookupContext): Result {
  const d = defaultVpc(region);
  const id = str(inputs, 'id') ?? filterValues(inputs, 'subnet-id')[0] ?? seedOf('subnet', inputs).ec2Id('subnet');
  const own = d.subnets.find((x) => x.id === id);
  const vpcId = str(inputs, 'vpcId') ?? filterValues(inputs, 'vpc-id')[0] ?? (own ? d.vpcId : undefined);
  const known = own ? { availabilityZone: own.availabilityZone, availabilityZoneId: own.availabilityZoneId, cidrBlock: own.cidrBlock, defaultForAz: true, mapPublicIpOnLaunch: true } : {};
  return { id, arn: arnOf(region, 'ec2', `subnet/${id}`), ownerId: OFFLINE_ACCOUNT, region, ...(vpcId ? { vpcId } : {}), ...known };
}

function securityGroupLookup(inputs: Inputs, { region }: LookupContext): Result {
  const id = str(inputs, 'id') ?? filterValues(inputs, 'group-id')[0] ?? seedOf('sg', inputs).ec2Id('sg');
  const vpcId = str(inputs, 'vpcId') ?? filterValues(inputs, 'vpc-id')[0];
  return { id, arn: arnOf(region, 'ec2', `security-group/${id}`), region, ...(vpcId ? { vpcId } : {}) };
}

function availabilityZones(inputs: Inputs, { region }: LookupContext): Result {
  const excluded = new Set(Array.isArray(inputs.excludeNames) ? inputs.excludeNames : []);
  const zones = defaultVpc(region).subnets.filter((z) => !excluded.has(z.availabilityZone));
  return { id: region, region, names: zones.map((z) => z.availabilityZone), zoneIds: zones.map((z) => z.availabilityZoneId), groupNames: [region] };
}

/** `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`, split as `aws.getArn` splits it (a pure function). */
function parseArn(inputs: Inputs): Result {
  const arn = str(inputs, 'arn') ?? '';
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') throw new Error(`arn: ${arn} is not a valid ARN`);
  const [, partition, service, region, account] = parts;
  return { id: arn, arn, partition, service, region, account, resource: parts.slice(5).join(':') };
}

/** A CloudFront managed policy looked up by its name (`Managed-CachingOptimized`) has its published ID. */
function managedPolicyLookup(table: Readonly<Record<string, { name: string }>>) {
  return (inputs: Inputs): Result => {
    const given = str(inputs, 'id');
    if (given) return { id: given };
    const name = str(inputs, 'name') ?? '';
    const managed = Object.entries(table).find(([, p]) => `Managed-${p.name}` === name)?.[0];
    return { id: managed ?? seedOf('cloudfront-policy', inputs).uuid(), name };
  };
}

function named(inputs: Inputs, key: string, fromArn: RegExp): string | undefined {
  return str(inputs, key) ?? fromArn.exec(str(inputs, 'arn') ?? '')?.[1];
}

export const ACCOUNT_LOOKUPS: Readonly<Record<string, (inputs: Inputs, ctx: LookupContext) => Result>> = {
  'aws:index/getCallerIdentity:getCallerIdentity': (_inputs, { region }) => ({
    id: OFFLINE_ACCOUNT,
    accountId: OFFLINE_ACCOUNT,
    arn: `arn:${partitionOf(region).partition}:iam::${OFFLINE_ACCOUNT}:user/offline-preview`,
    userId: `AIDA${new StandIn('caller').upper(17)}`,
  }),
  'aws:index/getRegion:getRegion': (inputs, { region }) => {
    const r = str(inputs, 'region') ?? str(inputs, 'name') ?? region;
    return { id: r, name: r, region: r, endpoint: `ec2.${r}.${partitionOf(r).dnsSuffix}` };
  },
  'aws:index/getPartition:getPartition': (_inputs, { region }) => ({ id: partitionOf(region).partition, ...partitionOf(region) }),
  'aws:index/getAvailabilityZones:getAvailabilityZones': availabilityZones,
  'aws:index/getArn:getArn': parseArn,

  'aws:ec2/getVpc:getVpc': vpcLookup,
  'aws:ec2/getVpcs:getVpcs': (inputs, ctx) => ({ id: ctx.region, region: ctx.region, ids: [vpcLookup(inputs, ctx).id] }),
  'aws:ec2/getSubnets:getSubnets': subnetIdsLookup,
  'aws:ec2/getSubnet:getSubnet': subnetLookup,
  'aws:ec2/getSecurityGroup:getSecurityGroup': securityGroupLookup,
  'aws:ec2/getAmi:getAmi': (inputs, { region }) => {
    const id = seedOf('ami', inputs).ec2Id('ami');
    // AMI ARNs carry no account: arn:aws:ec2:REGION::image/ami-...
    return { id, imageId: id, arn: `arn:${partitionOf(region).partition}:ec2:${region}::image/${id}`, region };
  },
  'aws:ec2/getRouteTable:getRouteTable': (inputs, { region }) => {
    const id = str(inputs, 'routeTableId') ?? seedOf('rtb', inputs).ec2Id('rtb');
    return { id, routeTableId: id, arn: arnOf(region, 'ec2', `route-table/${id}`), ownerId: OFFLINE_ACCOUNT, region };
  },

  'aws:route53/getZone:getZone': (inputs) => {
    const name = str(inputs, 'name')?.replace(/\.$/, '');
    const zone = fakeOutputs('aws:route53/zone:Zone', name ?? str(inputs, 'zoneId') ?? 'zone', {}, 'us-east-1').outputs;
    const zoneId = str(inputs, 'zoneId') ?? (zone.zoneId as string);
    return { ...zone, id: zoneId, zoneId, arn: `arn:aws:route53:::hostedzone/${zoneId}`, ...(name ? { name } : {}) };
  },
  'aws:acm/getCertificate:getCertificate': (inputs, { region }) => {
    const arn = fakeOutputs('aws:acm/certificate:Certificate', str(inputs, 'domain') ?? 'certificate', {}, region).id;
    return { id: arn, arn, region };
  },
  'aws:kms/getKey:getKey': (inputs, { region }) => {
    const given = str(inputs, 'keyId') ?? '';
    const keyId = /^(?:arn:[^:]+:kms:[^:]*:[^:]*:key\/)?([0-9a-f-]{36}|mrk-[0-9a-f]{32})$/.exec(given)?.[1] ?? seedOf('kms-key', inputs).uuid();
    return { id: keyId, keyId, arn: arnOf(region, 'kms', `key/${keyId}`), awsAccountId: OFFLINE_ACCOUNT, region };
  },
  'aws:kms/getAlias:getAlias': (inputs, { region }) => {
    const name = str(inputs, 'name') ?? 'alias/offline';
    const targetKeyId = seedOf('kms-alias', inputs).uuid();
    const arn = arnOf(region, 'kms', name);
    return { id: arn, arn, name, targetKeyId, targetKeyArn: arnOf(region, 'kms', `key/${targetKeyId}`), region };
  },
  'aws:secretsmanager/getSecret:getSecret': (inputs, { region }) => {
    const given = str(inputs, 'arn');
    const name = named(inputs, 'name', /:secret:(.+)-[A-Za-z0-9]{6}$/) ?? 'secret';
    const arn = given ?? fakeOutputs('aws:secretsmanager/secret:Secret', name, { name }, region).id;
    return { id: arn, arn, name, region };
  },
  'aws:iam/getRole:getRole': (inputs, { region }) => {
    const name = str(inputs, 'name') ?? 'role';
    const role = fakeOutputs('aws:iam/role:Role', name, { name }, region).outputs;
    return { id: name, name, arn: role.arn, uniqueId: role.uniqueId };
  },
  'aws:iam/getPolicy:getPolicy': (inputs, { region }) => {
    const given = str(inputs, 'arn');
    const name = named(inputs, 'name', /:policy\/(?:.*\/)?([^/]+)$/) ?? 'policy';
    const arn = given ?? fakeOutputs('aws:iam/policy:Policy', name, { name, path: str(inputs, 'pathPrefix') }, region).id;
    return { id: arn, arn, name };
  },
  'aws:lb/getLoadBalancer:getLoadBalancer': loadBalancerLookup,
  'aws:alb/getLoadBalancer:getLoadBalancer': loadBalancerLookup,
  'aws:s3/getBucket:getBucket': (inputs, { region }) => {
    const bucket = str(inputs, 'bucket') ?? 'bucket';
    return { ...fakeOutputs('aws:s3/bucket:Bucket', bucket, { bucket }, region).outputs, id: bucket };
  },
  'aws:ssm/getParameter:getParameter': (inputs, { region }) => {
    const name = str(inputs, 'name') ?? 'parameter';
    const p = fakeOutputs('aws:ssm/parameter:Parameter', name, { name }, region).outputs;
    return { id: name, name, arn: p.arn, type: 'String', value: publicParameterValue(name, inputs) };
  },
  'aws:ecr/getAuthorizationToken:getAuthorizationToken': (inputs, { region }) => {
    const registryId = str(inputs, 'registryId') ?? OFFLINE_ACCOUNT;
    return { id: region, region, registryId, userName: 'AWS', proxyEndpoint: `https://${registryId}.dkr.ecr.${region}.${partitionOf(region).dnsSuffix}` };
  },
  'aws:organizations/getOrganization:getOrganization': (_inputs, { region }) => {
    const id = `o-${new StandIn('organization').lower(10)}`;
    const partition = partitionOf(region).partition;
    return {
      id,
      arn: `arn:${partition}:organizations::${OFFLINE_ACCOUNT}:organization/${id}`,
      masterAccountId: OFFLINE_ACCOUNT,
      masterAccountArn: `arn:${partition}:organizations::${OFFLINE_ACCOUNT}:account/${id}/${OFFLINE_ACCOUNT}`,
    };
  },
  'aws:cloudfront/getCachePolicy:getCachePolicy': managedPolicyLookup(MANAGED_CACHE_POLICIES),
  'aws:cloudfront/getResponseHeadersPolicy:getResponseHeadersPolicy': managedPolicyLookup(MANAGED_RESPONSE_HEADERS_POLICIES),
};

/**
 * What a parameter holds, shaped as programs parse it. AWS's public ECS-optimized AMI parameters
 * (`/aws/service/ecs/optimized-ami/<os>/recommended`) hold a JSON document whose `image_id` awsx's
 * classic launch configuration reads with JSON.parse ("Retrieving Amazon ECS-optimized AMI metadata",
 * Amazon ECS Developer Guide); their `/image_id` leaf, and the other AMI parameters
 * (`/aws/service/ami-amazon-linux-latest/...`), an AMI ID. Anything else: a stand-in string.
 */
function publicParameterValue(name: string, inputs: Inputs): string {
  const ami = () => seedOf('ami', inputs).ec2Id('ami');
  if (/^\/aws\/service\/ecs\/optimized-ami\/.*\/recommended$/.test(name)) {
    return JSON.stringify({ image_id: ami(), image_name: 'amzn2-ami-ecs-hvm-offline-x86_64-ebs', os: 'Amazon Linux 2', schema_version: 1 });
  }
  if (/^\/aws\/service\/.*(\/image_id$|ami)/.test(name)) return ami();
  return `value-of-${name.replace(/^\//, '').replace(/\//g, '-')}`;
}

function loadBalancerLookup(inputs: Inputs, { region }: LookupContext): Result {
  const given = str(inputs, 'arn');
  const name = named(inputs, 'name', /:loadbalancer\/(?:app|net)\/([^/]+)\//) ?? 'load-balancer';
  const lb = fakeOutputs('aws:lb/loadBalancer:LoadBalancer', name, { name }, region).outputs;
  const arn = given ?? (lb.arn as string);
  return { id: arn, arn, name, dnsName: lb.dnsName, zoneId: lb.zoneId, region };
}
