/**
 * Offline stand-ins follow the formats the provider documents for each attribute, so checks read them
 * as they would read real values, and the facts' id index resolves them back to their resources.
 */
import { factFromPulumi } from '../../src/pulumi/pack/facts';
import { StackFacts } from '../../src/core/facts';
import { fakeOutputs } from '../../src/pulumi/offline/fake-outputs';
import { UNKNOWN, answerInvoke } from '../../src/pulumi/offline/invokes/answer';
import { ROOT } from '../support/cli';

const A = '123456789012';
const R = 'us-east-1';
const out = (type: string, inputs: Record<string, unknown> = {}, name = 'app', region = R) => fakeOutputs(type, name, inputs, region).outputs;

describe('stand-in formats', () => {
  it.each<[string, Record<string, unknown>, Record<string, RegExp>]>([
    ['aws:secretsmanager/secret:Secret', {}, { id: new RegExp(`^arn:aws:secretsmanager:${R}:${A}:secret:app-[0-9a-f]{7}-[A-Za-z]{6}$`), name: /^app-[0-9a-f]{7}$/ }],
    ['aws:secretsmanager/secret:Secret', { name: 'prod/db' }, { arn: new RegExp(`^arn:aws:secretsmanager:${R}:${A}:secret:prod/db-[A-Za-z]{6}$`) }],
    [
      'aws:cloudfront/originAccessIdentity:OriginAccessIdentity',
      {},
      {
        id: /^E[A-Z0-9]{13}$/,
        iamArn: /^arn:aws:iam::cloudfront:user\/CloudFront Origin Access Identity E[A-Z0-9]{13}$/,
        cloudfrontAccessIdentityPath: /^origin-access-identity\/cloudfront\/E[A-Z0-9]{13}$/,
      },
    ],
    [
      'aws:s3/bucket:Bucket',
      {},
      {
        id: /^app-[0-9a-f]{7}$/,
        arn: /^arn:aws:s3:::app-[0-9a-f]{7}$/,
        bucketRegionalDomainName: new RegExp(`^app-[0-9a-f]{7}\\.s3\\.${R}\\.amazonaws\\.com$`),
        bucketDomainName: /^app-[0-9a-f]{7}\.s3\.amazonaws\.com$/,
      },
    ],
    ['aws:s3/bucket:Bucket', { bucket: 'my-logs' }, { id: /^my-logs$/, arn: /^arn:aws:s3:::my-logs$/ }],
    ['aws:kms/key:Key', {}, { id: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/, arn: new RegExp(`^arn:aws:kms:${R}:${A}:key/[0-9a-f-]{36}$`) }],
    ['aws:kms/alias:Alias', { name: 'alias/app', targetKeyId: 'k-1' }, { arn: new RegExp(`^arn:aws:kms:${R}:${A}:alias/app$`), targetKeyArn: new RegExp(`^arn:aws:kms:${R}:${A}:key/k-1$`) }],
    ['aws:iam/role:Role', {}, { id: /^app-[0-9a-f]{7}$/, arn: new RegExp(`^arn:aws:iam::${A}:role/app-[0-9a-f]{7}$`), uniqueId: /^AROA[A-Z0-9]{17}$/ }],
    ['aws:iam/policy:Policy', { name: 'reader' }, { id: new RegExp(`^arn:aws:iam::${A}:policy/reader$`), policyId: /^ANPA[A-Z0-9]{17}$/ }],
    ['aws:ec2/securityGroup:SecurityGroup', {}, { id: /^sg-[0-9a-f]{17}$/, arn: new RegExp(`^arn:aws:ec2:${R}:${A}:security-group/sg-[0-9a-f]{17}$`) }],
    ['aws:ec2/vpc:Vpc', {}, { id: /^vpc-[0-9a-f]{17}$/, defaultSecurityGroupId: /^sg-[0-9a-f]{17}$/, mainRouteTableId: /^rtb-[0-9a-f]{17}$/ }],
    ['aws:ec2/subnet:Subnet', {}, { id: /^subnet-[0-9a-f]{17}$/ }],
    [
      'aws:lb/loadBalancer:LoadBalancer',
      {},
      {
        arn: new RegExp(`^arn:aws:elasticloadbalancing:${R}:${A}:loadbalancer/app/app-[0-9a-f]{7}/[0-9a-f]{16}$`),
        dnsName: new RegExp(`^app-[0-9a-f]{7}-\\d{10}\\.${R}\\.elb\\.amazonaws\\.com$`),
        zoneId: /^Z35SXDOTRQ7X7K$/,
      },
    ],
    ['aws:lb/loadBalancer:LoadBalancer', { name: 'nlb', loadBalancerType: 'network', internal: true }, { dnsName: new RegExp(`^internal-nlb-[0-9a-f]{16}\\.elb\\.${R}\\.amazonaws\\.com$`) }],
    [
      'aws:cloudfront/distribution:Distribution',
      {},
      { id: /^E[A-Z0-9]{13}$/, arn: new RegExp(`^arn:aws:cloudfront::${A}:distribution/E[A-Z0-9]{13}$`), domainName: /^d[a-z0-9]{13}\.cloudfront\.net$/ },
    ],
    ['aws:acm/certificate:Certificate', {}, { id: new RegExp(`^arn:aws:acm:${R}:${A}:certificate/[0-9a-f-]{36}$`) }],
    [
      'aws:lambda/function:Function',
      {},
      {
        arn: new RegExp(`^arn:aws:lambda:${R}:${A}:function:app-[0-9a-f]{7}$`),
        invokeArn: new RegExp(`^arn:aws:apigateway:${R}:lambda:path/2015-03-31/functions/arn:aws:lambda:${R}:${A}:function:app-[0-9a-f]{7}/invocations$`),
      },
    ],
    ['aws:apigateway/restApi:RestApi', {}, { id: /^[a-z0-9]{10}$/, executionArn: new RegExp(`^arn:aws:execute-api:${R}:${A}:[a-z0-9]{10}$`), rootResourceId: /^[a-z0-9]{10}$/ }],
    ['aws:cloudwatch/logGroup:LogGroup', { name: '/app/logs' }, { id: /^\/app\/logs$/, arn: new RegExp(`^arn:aws:logs:${R}:${A}:log-group:/app/logs$`) }],
    ['aws:sns/topic:Topic', {}, { id: new RegExp(`^arn:aws:sns:${R}:${A}:app-[0-9a-f]{7}$`) }],
    [
      'aws:sqs/queue:Queue',
      { fifoQueue: true },
      { id: new RegExp(`^https://sqs\\.${R}\\.amazonaws\\.com/${A}/app-[0-9a-f]{7}\\.fifo$`), arn: new RegExp(`^arn:aws:sqs:${R}:${A}:app-[0-9a-f]{7}\\.fifo$`) },
    ],
    ['aws:dynamodb/table:Table', { name: 'orders' }, { arn: new RegExp(`^arn:aws:dynamodb:${R}:${A}:table/orders$`) }],
    ['aws:rds/instance:Instance', { engine: 'postgres' }, { id: /^db-[A-Z0-9]{26}$/, endpoint: new RegExp(`^app-[0-9a-f]{7}\\.c[a-z0-9]{11}\\.${R}\\.rds\\.amazonaws\\.com:5432$`) }],
    [
      'aws:rds/cluster:Cluster',
      {},
      {
        endpoint: new RegExp(`^app-[0-9a-f]{7}\\.cluster-c[a-z0-9]{11}\\.${R}\\.rds\\.amazonaws\\.com$`),
        readerEndpoint: new RegExp(`^app-[0-9a-f]{7}\\.cluster-ro-c[a-z0-9]{11}\\.${R}\\.rds\\.amazonaws\\.com$`),
      },
    ],
  ])('%s %j', (type, inputs, formats) => {
    const outputs = out(type, inputs);
    // Keyed by attribute, so a failure names the attribute whose format is wrong.
    const actual = Object.fromEntries(Object.keys(formats).map((key) => [key, String(outputs[key])]));
    expect(actual).toEqual(Object.fromEntries(Object.entries(formats).map(([key, format]) => [key, expect.stringMatching(format)])));
  });

  it('a listener ARN extends its load balancer’s, in the configured region and partition', () => {
    const lb = out('aws:lb/loadBalancer:LoadBalancer', { name: 'web' }, 'web', 'cn-north-1');
    expect(lb.arn).toMatch(/^arn:aws-cn:elasticloadbalancing:cn-north-1:/);
    const listener = out('aws:lb/listener:Listener', { loadBalancerArn: lb.arn }, 'https', 'cn-north-1');
    expect(listener.arn).toMatch(new RegExp(`^${String(lb.arn).replace(':loadbalancer/', ':listener/')}/[0-9a-f]{16}$`));
  });

  it('is deterministic per resource and distinct between resources', () => {
    expect(out('aws:ec2/vpc:Vpc', {}, 'a')).toEqual(out('aws:ec2/vpc:Vpc', {}, 'a'));
    expect(out('aws:ec2/vpc:Vpc', {}, 'a').id).not.toBe(out('aws:ec2/vpc:Vpc', {}, 'b').id);
  });

  it('the facts’ id index resolves stand-ins back to their resources (a rotation naming its secret by id, a listener its load balancer)', () => {
    const fact = (type: string, name: string, props: Record<string, unknown>) => factFromPulumi({ type, name, urn: `urn:pulumi:dev::p::${type}::${name}`, props });
    const secret = out('aws:secretsmanager/secret:Secret', {}, 'db');
    const lb = out('aws:lb/loadBalancer:LoadBalancer', {}, 'web');
    const facts = new StackFacts(
      [
        fact('aws:secretsmanager/secret:Secret', 'db', secret),
        fact('aws:secretsmanager/secretRotation:SecretRotation', 'rotation', { secretId: secret.id }),
        fact('aws:lb/loadBalancer:LoadBalancer', 'web', lb),
        fact('aws:lb/listener:Listener', 'https', out('aws:lb/listener:Listener', { loadBalancerArn: lb.arn }, 'https')),
      ].filter((f) => f !== undefined),
    );
    const [, rotation, , listener] = facts.facts;
    expect(facts.resolve(rotation, 'secretId', ['secretsmanager:Secret'])).toMatchObject({ to: 'resources', facts: [{ name: 'db' }] });
    expect(facts.withId(String(lb.dnsName), ['lb:LoadBalancer']).map((f) => f.name)).toEqual(['web']);
    expect(listener.props.arn).toMatch(/:listener\/app\//);
  });
});

describe('invoke answers', () => {
  const ctx = { region: R, programDir: ROOT };

  it('an invoke without a stand-in: every result field unknown (lists as one unknown), none echoed from the inputs', () => {
    const r = answerInvoke('aws:ec2/getPrefixList:getPrefixList', { name: 'com.amazonaws.us-east-1.s3' }, ctx);
    expect(r.cidrBlocks).toEqual([UNKNOWN]);
    expect(r.id).toBe(UNKNOWN);
    expect(r.name).toBe('com.amazonaws.us-east-1.s3');
  });

  it('a lookup: stand-ins for what identifies the object, the rest of the result unknown', () => {
    const role = answerInvoke('aws:iam/getRole:getRole', { name: 'deployer' }, ctx);
    expect(role).toMatchObject({ id: 'deployer', name: 'deployer', arn: `arn:aws:iam::${A}:role/deployer` });
    expect(role.assumeRolePolicy).toBe(UNKNOWN);
    const secret = answerInvoke('aws:secretsmanager/getSecret:getSecret', { name: 'prod/db' }, ctx);
    expect(secret.arn).toMatch(new RegExp(`^arn:aws:secretsmanager:${R}:${A}:secret:prod/db-[A-Za-z]{6}$`));
    expect(secret.policy).toBe(UNKNOWN);
  });

  it('the default VPC and its subnets agree, with the CIDRs AWS gives a default VPC; another VPC’s CIDR is unknown', () => {
    const vpc = answerInvoke('aws:ec2/getVpc:getVpc', { default: true }, ctx);
    expect(vpc).toMatchObject({ default: true, cidrBlock: '172.31.0.0/16' });
    expect(vpc.id).toMatch(/^vpc-[0-9a-f]{17}$/);
    const subnets = answerInvoke('aws:ec2/getSubnets:getSubnets', { filters: [{ name: 'vpc-id', values: [vpc.id] }] }, ctx);
    expect(subnets.ids).toHaveLength(3);
    const first = answerInvoke('aws:ec2/getSubnet:getSubnet', { id: (subnets.ids as string[])[0] }, ctx);
    expect(first).toMatchObject({ vpcId: vpc.id, cidrBlock: '172.31.0.0/20', availabilityZone: 'us-east-1a', availabilityZoneId: 'use1-az1' });
    expect(answerInvoke('aws:ec2/getVpc:getVpc', { id: 'vpc-0123456789abcdef0' }, ctx).cidrBlock).toBe(UNKNOWN);
  });

  it('awsx’s remote DefaultVpc component has the default VPC’s id and subnets, as the lookups give them', () => {
    const component = out('awsx:ec2:DefaultVpc', {}, 'default');
    const vpc = answerInvoke('aws:ec2/getVpc:getVpc', { default: true }, ctx);
    expect(component.vpcId).toBe(vpc.id);
    expect(component.publicSubnetIds).toEqual(answerInvoke('aws:ec2/getSubnets:getSubnets', { filters: [{ name: 'vpc-id', values: [vpc.id] }] }, ctx).ids);
    expect(component.privateSubnetIds).toEqual([]);
  });

  it('a CloudFront managed policy looked up by name has its published id', () => {
    expect(answerInvoke('aws:cloudfront/getCachePolicy:getCachePolicy', { name: 'Managed-CachingDisabled' }, ctx).id).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    expect(answerInvoke('aws:cloudfront/getResponseHeadersPolicy:getResponseHeadersPolicy', { name: 'Managed-SecurityHeadersPolicy' }, ctx).id).toBe('67f7725c-6f97-4210-82d7-5512b31e9d03');
  });

  it('getPolicyDocument returns json, minifiedJson and id beside its arguments; getArn splits an ARN', () => {
    const r = answerInvoke('aws:iam/getPolicyDocument:getPolicyDocument', { statements: [{ actions: ['*'], resources: ['*'] }], policyId: undefined }, ctx);
    expect(JSON.parse(String(r.json))).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    expect(r).toMatchObject({ version: '2012-10-17', statements: [{ effect: 'Allow' }] });
    expect(r).not.toHaveProperty('policyId');
    expect(answerInvoke('aws:index/getArn:getArn', { arn: `arn:aws:s3:::bucket/key` }, ctx)).toMatchObject({ partition: 'aws', service: 's3', region: '', account: '', resource: 'bucket/key' });
  });
});
