/**
 * Known, deterministic stand-ins for the outputs AWS computes (ids, ARNs, names, endpoints), for
 * offline previews. With them a program's derived values (a bucket policy built from `bucket.arn`, a
 * secret encrypted with `key.arn`, a Lambda variable holding `secret.id`) are known, so checks judge
 * them instead of reporting unknown. Each follows the format the provider documents for the
 * attribute (the `@pulumi/aws` resource docs, which are the AWS provider's), so a check that reads an
 * ARN as an ARN reads these as it would read real ones, and the facts' id index (`quoted-ids.ts`)
 * resolves them back to their resources. Outputs not listed here are left out: during a preview the
 * runtime resolves a missing output as unknown, exactly as the engine does.
 *
 * Physical names follow Pulumi's auto-naming (`<name>-<7 hex>`) unless the program gave one (or a
 * `namePrefix`: the prefix and 26 digits, as the provider's `PrefixedUniqueId`).
 */
import { OFFLINE_ACCOUNT, StandIn, defaultVpc, offlineRegion, partitionOf, regionCode } from './stand-ins';

type Inputs = Record<string, unknown>;
export interface FakeOutputs {
  id: string;
  outputs: Record<string, unknown>;
}

class Ctx {
  readonly s: StandIn;
  readonly account = OFFLINE_ACCOUNT;
  readonly partition: string;
  readonly dnsSuffix: string;
  constructor(
    readonly type: string,
    readonly name: string,
    readonly inputs: Inputs,
    readonly region: string,
  ) {
    this.s = new StandIn(`${type}::${name}`);
    ({ partition: this.partition, dnsSuffix: this.dnsSuffix } = partitionOf(region));
  }
  given(key: string): string | undefined {
    const v = this.inputs[key];
    return typeof v === 'string' && v !== '' ? v : undefined;
  }
  /** The physical name: given, from a prefix, or auto-named; `lower` for services that accept only lower case. */
  physical(key = 'name', options: { lower?: boolean; max?: number; suffix?: string } = {}): string {
    const given = this.given(key);
    if (given) return given;
    const prefix = this.given(`${key}Prefix`) ?? (key === 'bucket' ? this.given('bucketPrefix') : undefined);
    let name = prefix ? `${prefix}${this.s.digits(26)}` : this.s.autoName(options.lower ? this.name.toLowerCase() : this.name);
    if (options.max && name.length > options.max) name = `${name.slice(0, options.max - 8)}-${this.s.hex(7)}`;
    return name + (options.suffix ?? '');
  }
  /** `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`; global services leave the region (and S3 the account) empty. */
  arn(service: string, resource: string, scope: 'regional' | 'global' | 'none' = 'regional'): string {
    const region = scope === 'regional' ? this.region : '';
    const account = scope === 'none' ? '' : this.account;
    return `arn:${this.partition}:${service}:${region}:${account}:${resource}`;
  }
}

const result = (id: string, outputs: Inputs): FakeOutputs => ({ id, outputs: { ...outputs, id } });

/** S3's regional hosted zone IDs (Amazon S3 endpoints in the AWS General Reference); us-east-1 otherwise. */
const S3_ZONES: Readonly<Record<string, string>> = {
  'us-east-1': 'Z3AQBSTGFYJSTF',
  'us-east-2': 'Z2O1EMRO9K5GLX',
  'us-west-1': 'Z2F56UZL2M1ACD',
  'us-west-2': 'Z3BJ6K6RIION7M',
  'eu-west-1': 'Z1BKCTXD74EZPE',
  'eu-central-1': 'Z21DNDUVLTQW6Q',
};
/** Application and Network Load Balancer hosted zone IDs (Elastic Load Balancing endpoints); us-east-1 otherwise. */
const ALB_ZONES: Readonly<Record<string, string>> = {
  'us-east-1': 'Z35SXDOTRQ7X7K',
  'us-east-2': 'Z3AADJGX6KTTL2',
  'us-west-2': 'Z1H1FL5HABSF5',
  'eu-west-1': 'Z32O12XQLNTSW2',
  'eu-central-1': 'Z215JYRZR1TBD5',
};
const NLB_ZONES: Readonly<Record<string, string>> = {
  'us-east-1': 'Z26RNL4JYFTOTI',
  'us-east-2': 'ZLMOA37VPKANP',
  'us-west-2': 'Z18D5FSROUN65G',
  'eu-west-1': 'Z2IFOLAFXWLO4F',
  'eu-central-1': 'Z3F0SRJ5LGBH90',
};
/** CloudFront's hosted zone, the same everywhere. */
const CLOUDFRONT_ZONE = 'Z2FDTNDATAQYW2';
/** Default database ports by engine family (RDS, Aurora, Redshift). */
const DB_PORTS: ReadonlyArray<[RegExp, number]> = [
  [/postgres/, 5432],
  [/mysql|mariadb/, 3306],
  [/sqlserver/, 1433],
  [/oracle/, 1521],
];

function dbPort(c: Ctx): number {
  if (typeof c.inputs.port === 'number') return c.inputs.port;
  const engine = c.given('engine') ?? '';
  return DB_PORTS.find(([re]) => re.test(engine))?.[1] ?? 3306;
}

function s3Bucket(c: Ctx): FakeOutputs {
  const bucket = c.physical('bucket', { lower: true });
  return result(bucket, {
    bucket,
    arn: c.arn('s3', bucket, 'none'),
    bucketDomainName: `${bucket}.s3.${c.dnsSuffix}`,
    bucketRegionalDomainName: `${bucket}.s3.${c.region}.${c.dnsSuffix}`,
    hostedZoneId: S3_ZONES[c.region] ?? S3_ZONES['us-east-1'],
    region: c.region,
  });
}

/** A side resource of a bucket (BPA, policy, encryption, versioning...) is identified by the bucket's name. */
function bucketSide(c: Ctx): FakeOutputs {
  return result(c.given('bucket') ?? c.s.autoName(c.name.toLowerCase()), {});
}

function cloudfrontId(c: Ctx): string {
  return `E${c.s.upper(13)}`;
}

function loadBalancer(c: Ctx): FakeOutputs {
  const name = c.physical('name', { max: 32 });
  const network = c.given('loadBalancerType') === 'network';
  const suffix = `${network ? 'net' : 'app'}/${name}/${c.s.hex(16)}`;
  const internal = c.inputs.internal === true ? 'internal-' : '';
  const arn = c.arn('elasticloadbalancing', `loadbalancer/${suffix}`);
  return result(arn, {
    arn,
    arnSuffix: suffix,
    name,
    dnsName: network ? `${internal}${name}-${c.s.hex(16)}.elb.${c.region}.${c.dnsSuffix}` : `${internal}${name}-${c.s.digits(10)}.${c.region}.elb.${c.dnsSuffix}`,
    zoneId: (network ? NLB_ZONES : ALB_ZONES)[c.region] ?? (network ? NLB_ZONES : ALB_ZONES)['us-east-1'],
  });
}

/** A listener's ARN extends its load balancer's: `listener/app/NAME/LB-HEX/LISTENER-HEX`. */
function listener(c: Ctx): FakeOutputs {
  const lb = /:loadbalancer\/((?:app|net)\/[^/]+\/[0-9a-f]+)$/.exec(c.given('loadBalancerArn') ?? '')?.[1] ?? `app/${c.name}/${c.s.hex(16)}`;
  const arn = c.arn('elasticloadbalancing', `listener/${lb}/${c.s.hex(16)}`);
  return result(arn, { arn });
}

function listenerRule(c: Ctx): FakeOutputs {
  const l = /:listener\/((?:app|net)\/[^/]+\/[0-9a-f]+\/[0-9a-f]+)$/.exec(c.given('listenerArn') ?? '')?.[1] ?? `app/${c.name}/${c.s.hex(16)}/${c.s.hex(16)}`;
  const arn = c.arn('elasticloadbalancing', `listener-rule/${l}/${c.s.hex(16)}`);
  return result(arn, { arn });
}

function targetGroup(c: Ctx): FakeOutputs {
  const name = c.physical('name', { max: 32 });
  const suffix = `targetgroup/${name}/${c.s.hex(16)}`;
  const arn = c.arn('elasticloadbalancing', suffix);
  return result(arn, { arn, arnSuffix: suffix, name });
}

function secret(c: Ctx): FakeOutputs {
  const name = c.physical();
  // Secrets Manager appends a hyphen and six random characters to the name in the ARN, and the
  // provider's id is that ARN.
  const arn = c.arn('secretsmanager', `secret:${name}-${c.s.letters(6)}`);
  return result(arn, { arn, name });
}

/** The ARN a secret is named by: an ARN as given, else the ARN a secret of that name would have. */
function secretArnOf(c: Ctx, key: string): string {
  const given = c.given(key);
  if (given?.startsWith('arn:')) return given;
  return c.arn('secretsmanager', `secret:${given ?? c.name}-${c.s.letters(6)}`);
}

function kmsKeyArn(c: Ctx, keyId: string | undefined): string | undefined {
  if (keyId === undefined) return undefined;
  return keyId.startsWith('arn:') ? keyId : c.arn('kms', `key/${keyId}`);
}

function iamEntity(c: Ctx, kind: 'role' | 'user' | 'group' | 'instance-profile', uniquePrefix: string, max = 64): FakeOutputs {
  const name = c.physical('name', { max });
  const path = c.given('path') ?? '/';
  return result(name, { name, arn: c.arn('iam', `${kind}${path}${name}`, 'global'), uniqueId: `${uniquePrefix}${c.s.upper(17)}` });
}

function restApiId(c: Ctx, key: string): string {
  return c.given(key) ?? c.s.lower(10);
}

function logGroup(c: Ctx): FakeOutputs {
  const name = c.physical();
  // The provider trims the `:*` the API appends to a log group's ARN.
  return result(name, { name, arn: c.arn('logs', `log-group:${name}`) });
}

function rdsHost(c: Ctx, identifier: string, kind: '' | 'cluster-' | 'cluster-ro-'): string {
  return `${identifier}.${kind}c${c.s.lower(11)}.${c.region}.rds.${c.dnsSuffix}`;
}

const BY_TYPE: Readonly<Record<string, (c: Ctx) => FakeOutputs>> = {
  'aws:s3/bucket:Bucket': s3Bucket,
  'aws:s3/bucketV2:BucketV2': s3Bucket,
  'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock': bucketSide,
  'aws:s3/bucketPolicy:BucketPolicy': bucketSide,
  'aws:s3/bucketOwnershipControls:BucketOwnershipControls': bucketSide,
  'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration': bucketSide,
  'aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2': bucketSide,
  'aws:s3/bucketVersioning:BucketVersioning': bucketSide,
  'aws:s3/bucketVersioningV2:BucketVersioningV2': bucketSide,
  'aws:s3/bucketLogging:BucketLogging': bucketSide,
  'aws:s3/bucketLoggingV2:BucketLoggingV2': bucketSide,
  'aws:s3/bucketAcl:BucketAcl': bucketSide,
  'aws:s3/bucketAclV2:BucketAclV2': bucketSide,
  'aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration': websiteConfiguration,
  'aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2': websiteConfiguration,

  'aws:kms/key:Key': (c) => {
    const keyId = c.s.uuid();
    return result(keyId, { keyId, arn: c.arn('kms', `key/${keyId}`) });
  },
  'aws:kms/alias:Alias': (c) => {
    const name = c.given('name') ?? `alias/${c.s.autoName(c.name)}`;
    const targetKeyArn = kmsKeyArn(c, c.given('targetKeyId'));
    return result(name, { name, arn: c.arn('kms', name), ...(targetKeyArn ? { targetKeyArn } : {}) });
  },

  'aws:secretsmanager/secret:Secret': secret,
  'aws:secretsmanager/secretVersion:SecretVersion': (c) => {
    const arn = secretArnOf(c, 'secretId');
    const versionId = c.s.uuid();
    return result(`${arn}|${versionId}`, { arn, versionId });
  },
  'aws:secretsmanager/secretRotation:SecretRotation': (c) => result(secretArnOf(c, 'secretId'), {}),
  'aws:secretsmanager/secretPolicy:SecretPolicy': (c) => result(secretArnOf(c, 'secretArn'), {}),

  'aws:cloudfront/distribution:Distribution': (c) => {
    const id = cloudfrontId(c);
    return result(id, {
      arn: c.arn('cloudfront', `distribution/${id}`, 'global'),
      domainName: `d${c.s.lower(13)}.cloudfront.net`,
      hostedZoneId: CLOUDFRONT_ZONE,
      etag: c.s.upper(14),
    });
  },
  'aws:cloudfront/originAccessIdentity:OriginAccessIdentity': (c) => {
    const id = cloudfrontId(c);
    return result(id, {
      iamArn: `arn:${c.partition}:iam::cloudfront:user/CloudFront Origin Access Identity ${id}`,
      cloudfrontAccessIdentityPath: `origin-access-identity/cloudfront/${id}`,
      s3CanonicalUserId: c.s.hex(96),
      etag: c.s.upper(14),
    });
  },
  'aws:cloudfront/originAccessControl:OriginAccessControl': (c) => result(cloudfrontId(c), { etag: c.s.upper(14) }),
  'aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy': (c) => result(c.s.uuid(), { etag: c.s.upper(14) }),
  'aws:cloudfront/cachePolicy:CachePolicy': (c) => result(c.s.uuid(), { etag: c.s.upper(14) }),
  'aws:cloudfront/originRequestPolicy:OriginRequestPolicy': (c) => result(c.s.uuid(), { etag: c.s.upper(14) }),
  'aws:cloudfront/function:Function': (c) => {
    const name = c.physical();
    return result(name, { name, arn: c.arn('cloudfront', `function/${name}`, 'global') });
  },

  'aws:acm/certificate:Certificate': (c) => {
    // DNS validation records are read from these; ACM answers with one CNAME per name on the certificate.
    const names = [c.given('domainName'), ...(Array.isArray(c.inputs.subjectAlternativeNames) ? c.inputs.subjectAlternativeNames : [])].filter((n): n is string => typeof n === 'string');
    const arn = c.arn('acm', `certificate/${c.s.uuid()}`);
    return result(arn, {
      arn,
      domainValidationOptions: names.map((domainName) => ({
        domainName,
        resourceRecordName: `_${c.s.hex(32)}.${domainName}.`,
        resourceRecordType: 'CNAME',
        resourceRecordValue: `_${c.s.hex(32)}.${c.s.lower(10)}.acm-validations.aws.`,
      })),
    });
  },
  'aws:iam/serverCertificate:ServerCertificate': (c) => {
    const name = c.physical();
    return result(`ASCA${c.s.upper(17)}`, { name, arn: c.arn('iam', `server-certificate/${name}`, 'global') });
  },

  'aws:lb/loadBalancer:LoadBalancer': loadBalancer,
  'aws:alb/loadBalancer:LoadBalancer': loadBalancer,
  'aws:lb/listener:Listener': listener,
  'aws:alb/listener:Listener': listener,
  'aws:lb/listenerRule:ListenerRule': listenerRule,
  'aws:alb/listenerRule:ListenerRule': listenerRule,
  'aws:lb/targetGroup:TargetGroup': targetGroup,
  'aws:alb/targetGroup:TargetGroup': targetGroup,

  'aws:lambda/function:Function': (c) => {
    const name = c.physical('name', { max: 64 });
    const arn = c.arn('lambda', `function:${name}`);
    return result(name, {
      name,
      arn,
      qualifiedArn: `${arn}:$LATEST`,
      version: '$LATEST',
      invokeArn: `arn:${c.partition}:apigateway:${c.region}:lambda:path/2015-03-31/functions/${arn}/invocations`,
      qualifiedInvokeArn: `arn:${c.partition}:apigateway:${c.region}:lambda:path/2015-03-31/functions/${arn}:$LATEST/invocations`,
    });
  },
  'aws:lambda/functionUrl:FunctionUrl': (c) => {
    const urlId = c.s.lower(32);
    return result(c.given('functionName') ?? c.name, { urlId, functionUrl: `https://${urlId}.lambda-url.${c.region}.on.aws/` });
  },

  'aws:apigateway/restApi:RestApi': (c) => {
    const id = c.s.lower(10);
    return result(id, { rootResourceId: c.s.lower(10), arn: `arn:${c.partition}:apigateway:${c.region}::/restapis/${id}`, executionArn: c.arn('execute-api', id) });
  },
  'aws:apigateway/stage:Stage': (c) => {
    const api = restApiId(c, 'restApi');
    const stage = c.given('stageName') ?? c.name;
    return result(`ags-${api}-${stage}`, {
      invokeUrl: `https://${api}.execute-api.${c.region}.${c.dnsSuffix}/${stage}`,
      executionArn: c.arn('execute-api', `${api}/${stage}`),
      arn: `arn:${c.partition}:apigateway:${c.region}::/restapis/${api}/stages/${stage}`,
    });
  },
  'aws:apigateway/domainName:DomainName': (c) => {
    const domain = c.given('domainName') ?? `${c.name}.example.com`;
    return result(domain, {
      arn: `arn:${c.partition}:apigateway:${c.region}::/domainnames/${domain}`,
      cloudfrontDomainName: `d${c.s.lower(13)}.cloudfront.net`,
      cloudfrontZoneId: CLOUDFRONT_ZONE,
      regionalDomainName: `d-${c.s.lower(10)}.execute-api.${c.region}.${c.dnsSuffix}`,
      regionalZoneId: 'Z1UJRXOUMOOFQ8',
    });
  },
  'aws:apigatewayv2/api:Api': (c) => {
    const id = c.s.lower(10);
    const ws = c.given('protocolType') === 'WEBSOCKET';
    return result(id, {
      apiEndpoint: `${ws ? 'wss' : 'https'}://${id}.execute-api.${c.region}.${c.dnsSuffix}`,
      arn: `arn:${c.partition}:apigateway:${c.region}::/apis/${id}`,
      executionArn: c.arn('execute-api', id),
    });
  },
  'aws:apigatewayv2/domainName:DomainName': (c) => {
    const domain = c.given('domainName') ?? `${c.name}.example.com`;
    return result(domain, { arn: `arn:${c.partition}:apigateway:${c.region}::/domainnames/${domain}`, apiMappingSelectionExpression: '$request.basepath' });
  },

  'aws:cloudwatch/logGroup:LogGroup': logGroup,
  'aws:sns/topic:Topic': (c) => {
    const name = c.physical('name', { suffix: c.inputs.fifoTopic === true && !c.given('name') ? '.fifo' : '' });
    const arn = c.arn('sns', name);
    return result(arn, { name, arn });
  },
  'aws:sqs/queue:Queue': (c) => {
    const name = c.physical('name', { suffix: c.inputs.fifoQueue === true && !c.given('name') ? '.fifo' : '' });
    const url = `https://sqs.${c.region}.${c.dnsSuffix}/${c.account}/${name}`;
    return result(url, { name, url, arn: c.arn('sqs', name) });
  },
  'aws:dynamodb/table:Table': (c) => {
    const name = c.physical();
    const arn = c.arn('dynamodb', `table/${name}`);
    const stream = c.inputs.streamEnabled === true ? { streamArn: `${arn}/stream/2026-01-01T00:00:00.000`, streamLabel: '2026-01-01T00:00:00.000' } : {};
    return result(name, { name, arn, ...stream });
  },

  'aws:rds/instance:Instance': (c) => {
    const identifier = c.physical('identifier', { lower: true, max: 63 });
    const address = rdsHost(c, identifier, '');
    const port = dbPort(c);
    // Since provider v5 an instance's id is its DBI resource id, not its identifier.
    const resourceId = `db-${c.s.upper(26)}`;
    return result(resourceId, { identifier, resourceId, arn: c.arn('rds', `db:${identifier}`), address, port, endpoint: `${address}:${port}`, hostedZoneId: 'Z2R2ITUGPM61AM' });
  },
  'aws:rds/cluster:Cluster': (c) => {
    const identifier = c.physical('clusterIdentifier', { lower: true, max: 63 });
    return result(identifier, {
      clusterIdentifier: identifier,
      clusterResourceId: `cluster-${c.s.upper(26)}`,
      arn: c.arn('rds', `cluster:${identifier}`),
      endpoint: rdsHost(c, identifier, 'cluster-'),
      readerEndpoint: rdsHost(c, identifier, 'cluster-ro-'),
      port: dbPort(c),
    });
  },
  'aws:rds/clusterInstance:ClusterInstance': (c) => {
    const identifier = c.physical('identifier', { lower: true, max: 63 });
    return result(identifier, { identifier, arn: c.arn('rds', `db:${identifier}`), endpoint: rdsHost(c, identifier, ''), port: dbPort(c), dbiResourceId: `db-${c.s.upper(26)}` });
  },
  'aws:redshift/cluster:Cluster': (c) => {
    const identifier = c.given('clusterIdentifier') ?? c.name.toLowerCase();
    const dnsName = `${identifier}.c${c.s.lower(11)}.${c.region}.redshift.${c.dnsSuffix}`;
    return result(identifier, { arn: c.arn('redshift', `cluster:${identifier}`), dnsName, endpoint: `${dnsName}:5439` });
  },
  'aws:elasticache/replicationGroup:ReplicationGroup': (c) => {
    const id = c.given('replicationGroupId') ?? c.name.toLowerCase();
    return result(id, { arn: c.arn('elasticache', `replicationgroup:${id}`), primaryEndpointAddress: `master.${id}.${c.s.lower(6)}.${regionCode(c.region)}.cache.${c.dnsSuffix}` });
  },
  'aws:elasticache/serverlessCache:ServerlessCache': (c) => {
    const name = c.given('name') ?? c.name.toLowerCase();
    return result(name, {
      arn: c.arn('elasticache', `serverlesscache:${name}`),
      endpoints: [{ address: `${name}-${c.s.lower(6)}.serverless.${regionCode(c.region)}.cache.${c.dnsSuffix}`, port: 6379 }],
    });
  },
  'aws:opensearch/domain:Domain': openSearch,
  'aws:elasticsearch/domain:Domain': openSearch,
  'aws:efs/fileSystem:FileSystem': (c) => {
    const id = c.s.ec2Id('fs');
    return result(id, { arn: c.arn('elasticfilesystem', `file-system/${id}`), dnsName: `${id}.efs.${c.region}.${c.dnsSuffix}`, ownerId: c.account });
  },
  'aws:ebs/volume:Volume': (c) => ec2Resource(c, 'vol', 'volume'),
  'aws:ec2/instance:Instance': (c) => ec2Resource(c, 'i', 'instance'),
  'aws:ec2/launchTemplate:LaunchTemplate': (c) => {
    const r = ec2Resource(c, 'lt', 'launch-template');
    return { id: r.id, outputs: { ...r.outputs, latestVersion: 1, defaultVersion: 1 } };
  },
  'aws:ec2/securityGroup:SecurityGroup': (c) => {
    const r = ec2Resource(c, 'sg', 'security-group');
    return { id: r.id, outputs: { ...r.outputs, name: c.physical('name', { max: 255 }) } };
  },
  'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule': (c) => ec2Resource(c, 'sgr', 'security-group-rule'),
  'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule': (c) => ec2Resource(c, 'sgr', 'security-group-rule'),
  'aws:ec2/securityGroupRule:SecurityGroupRule': (c) => result(`sgrule-${c.s.digits(10)}`, { securityGroupRuleId: c.s.ec2Id('sgr') }),
  'aws:ec2/vpc:Vpc': (c) => {
    const r = ec2Resource(c, 'vpc', 'vpc');
    return {
      id: r.id,
      outputs: {
        ...r.outputs,
        defaultSecurityGroupId: c.s.ec2Id('sg'),
        defaultNetworkAclId: c.s.ec2Id('acl'),
        defaultRouteTableId: c.s.ec2Id('rtb'),
        mainRouteTableId: c.s.ec2Id('rtb'),
        dhcpOptionsId: c.s.ec2Id('dopt'),
      },
    };
  },
  'aws:ec2/subnet:Subnet': (c) => ec2Resource(c, 'subnet', 'subnet'),
  'aws:ec2/routeTable:RouteTable': (c) => ec2Resource(c, 'rtb', 'route-table'),
  'aws:ec2/natGateway:NatGateway': (c) => result(c.s.ec2Id('nat'), {}),
  'aws:ec2/internetGateway:InternetGateway': (c) => ec2Resource(c, 'igw', 'internet-gateway'),
  'aws:ec2/internetGatewayAttachment:InternetGatewayAttachment': (c) => result(`${c.given('internetGatewayId') ?? c.s.ec2Id('igw')}:${c.given('vpcId') ?? c.s.ec2Id('vpc')}`, {}),
  'aws:ec2/eip:Eip': (c) => {
    const id = c.s.ec2Id('eipalloc');
    return result(id, { allocationId: id, arn: c.arn('ec2', `elastic-ip/${id}`) });
  },

  'aws:iam/role:Role': (c) => iamEntity(c, 'role', 'AROA'),
  'aws:iam/user:User': (c) => iamEntity(c, 'user', 'AIDA'),
  'aws:iam/group:Group': (c) => iamEntity(c, 'group', 'AGPA', 128),
  'aws:iam/instanceProfile:InstanceProfile': (c) => iamEntity(c, 'instance-profile', 'AIPA', 128),
  'aws:iam/policy:Policy': (c) => {
    const name = c.physical('name', { max: 128 });
    const arn = c.arn('iam', `policy${c.given('path') ?? '/'}${name}`, 'global');
    return result(arn, { name, arn, policyId: `ANPA${c.s.upper(17)}` });
  },
  'aws:iam/rolePolicy:RolePolicy': (c) => {
    const name = c.physical();
    return result(`${c.given('role') ?? c.name}:${name}`, { name });
  },
  // The key's secret is never stood in for: it stays unknown.
  'aws:iam/accessKey:AccessKey': (c) => result(`AKIA${c.s.upper(16)}`, {}),

  'aws:ecs/cluster:Cluster': (c) => {
    const name = c.physical();
    const arn = c.arn('ecs', `cluster/${name}`);
    return result(arn, { name, arn });
  },
  'aws:ecs/taskDefinition:TaskDefinition': (c) => {
    const family = c.given('family') ?? c.name;
    const arnWithoutRevision = c.arn('ecs', `task-definition/${family}`);
    return result(family, { arn: `${arnWithoutRevision}:1`, arnWithoutRevision, revision: 1 });
  },
  'aws:ecr/repository:Repository': (c) => {
    const name = c.physical('name', { lower: true });
    return result(name, { name, arn: c.arn('ecr', `repository/${name}`), registryId: c.account, repositoryUrl: `${c.account}.dkr.ecr.${c.region}.${c.dnsSuffix}/${name}` });
  },
  'aws:ssm/parameter:Parameter': (c) => {
    const name = c.physical();
    return result(name, { name, arn: c.arn('ssm', `parameter${name.startsWith('/') ? '' : '/'}${name}`), version: 1 });
  },
  'aws:route53/zone:Zone': (c) => {
    const zoneId = `Z${c.s.upper(20)}`;
    const nameServers = [0, 1, 2, 3].map((i) => `ns-${c.s.digits(3)}.awsdns-${c.s.digits(2)}.${['com', 'net', 'org', 'co.uk'][i]}`);
    return result(zoneId, { zoneId, arn: `arn:${c.partition}:route53:::hostedzone/${zoneId}`, nameServers, primaryNameServer: nameServers[0] });
  },
  'aws:route53/record:Record': (c) => {
    const name = c.given('name') ?? c.name;
    return result(`${c.given('zoneId') ?? `Z${c.s.upper(20)}`}_${name}_${c.given('type') ?? 'A'}`, { fqdn: name });
  },
  'aws:route53/resolverFirewallDomainList:ResolverFirewallDomainList': (c) => resolver(c, 'rslvr-fdl', 'firewall-domain-list'),
  'aws:route53/resolverFirewallRuleGroup:ResolverFirewallRuleGroup': (c) => resolver(c, 'rslvr-frg', 'firewall-rule-group'),
  'aws:route53/resolverFirewallRuleGroupAssociation:ResolverFirewallRuleGroupAssociation': (c) => resolver(c, 'rslvr-frgassoc', 'firewall-rule-group-association'),
  'aws:route53/resolverFirewallRule:ResolverFirewallRule': (c) =>
    result(`${c.given('firewallRuleGroupId') ?? `rslvr-frg-${c.s.hex(17)}`}:${c.given('firewallDomainListId') ?? `rslvr-fdl-${c.s.hex(17)}`}`, {}),
  'aws:networkfirewall/firewall:Firewall': (c) => {
    const arn = c.arn('network-firewall', `firewall/${c.given('name') ?? c.name}`);
    return result(arn, { arn, updateToken: c.s.uuid() });
  },
  'aws:elasticbeanstalk/environment:Environment': (c) => {
    const name = c.physical('name', { max: 40 });
    return result(`e-${c.s.lower(10)}`, { name, cname: `${name}.${c.region}.elasticbeanstalk.com`, arn: c.arn('elasticbeanstalk', `environment/${c.given('application') ?? c.name}/${name}`) });
  },
  'aws:cloudtrail/trail:Trail': (c) => {
    const name = c.given('name') ?? c.name;
    const arn = c.arn('cloudtrail', `trail/${name}`);
    return result(arn, { arn, homeRegion: c.region });
  },
  'aws:guardduty/detector:Detector': (c) => {
    const id = c.s.hex(32);
    return result(id, { arn: c.arn('guardduty', `detector/${id}`), accountId: c.account });
  },
  'aws:cfg/rule:Rule': (c) => {
    const ruleId = `config-rule-${c.s.lower(6)}`;
    return result(c.physical(), { arn: c.arn('config', `config-rule/${ruleId}`), ruleId });
  },
  'aws:securityhub/account:Account': (c) => result(c.account, { arn: c.arn('securityhub', 'hub/default') }),

  // awsx 3 components are remote: the awsx provider does their lookups and creates their children,
  // so under mocks only their outputs exist. The default VPC's subnets are all public.
  'awsx:ec2:DefaultVpc': (c) => {
    const d = defaultVpc(c.region);
    return result(c.s.autoName(c.name), { vpcId: d.vpcId, publicSubnetIds: d.subnets.map((s) => s.id), privateSubnetIds: [] });
  },
};

function websiteConfiguration(c: Ctx): FakeOutputs {
  const bucket = c.given('bucket') ?? c.s.autoName(c.name.toLowerCase());
  const websiteDomain = `s3-website-${c.region}.${c.dnsSuffix}`;
  return result(bucket, { websiteDomain, websiteEndpoint: `${bucket}.${websiteDomain}` });
}

function openSearch(c: Ctx): FakeOutputs {
  const name = c.given('domainName') ?? c.name.toLowerCase();
  const arn = c.arn('es', `domain/${name}`);
  return result(arn, { arn, domainName: name, domainId: `${c.account}/${name}`, endpoint: `search-${name}-${c.s.lower(26)}.${c.region}.es.${c.dnsSuffix}` });
}

function ec2Resource(c: Ctx, prefix: string, arnType: string): FakeOutputs {
  const id = c.s.ec2Id(prefix);
  return result(id, { arn: c.arn('ec2', `${arnType}/${id}`), ownerId: c.account });
}

function resolver(c: Ctx, prefix: string, arnType: string): FakeOutputs {
  const id = `${prefix}-${c.s.hex(17)}`;
  return result(id, { arn: c.arn('route53resolver', `${arnType}/${id}`) });
}

/**
 * A resource of a kind not listed: an id, and the generic ARN shape so policy documents built from
 * `.arn` stay known (`arn:aws:SERVICE:REGION:ACCOUNT:TYPE/NAME`); a component's outputs are its own.
 */
function generic(c: Ctx): FakeOutputs {
  const [pkg, module = '', member = ''] = c.type.split(':');
  if (pkg !== 'aws') return result(c.s.autoName(c.name), {});
  const resource = member.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const name = c.given('name') ?? c.s.autoName(c.name);
  return result(name, { ...(c.given('name') ? {} : { name }), arn: c.arn(module.split('/')[0], `${resource}/${name}`) });
}

export function fakeOutputs(type: string, name: string, inputs: Inputs, region = offlineRegion()): FakeOutputs {
  const c = new Ctx(type, name, inputs, region);
  return (BY_TYPE[type] ?? generic)(c);
}
