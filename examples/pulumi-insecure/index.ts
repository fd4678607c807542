/**
 * THE WAY NOT TO DO IT. The same marketplace app backend as ../pulumi-app, written the way it often is:
 * provider defaults, copy-pasted snippets and "we'll fix it later" shortcuts. Every shortcut is marked
 * with the requirement it breaks (see README.md). marketplace-guardrails must stop this program.
 *
 * Do not deploy it. The credentials in it are fake placeholders (AWS's documented example key id, a
 * Slack-shaped token of zeros); they are here so the secret checks have something to find.
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const domain = config.get('domain') ?? 'app.example.com';
const hostedZoneId = config.get('hostedZoneId') ?? 'Z0123456789EXAMPLEZONE';
const region = aws.config.region ?? 'us-east-1';
const availabilityZones = config.getObject<string[]>('availabilityZones') ?? [`${region}a`, `${region}b`];

const lambdaCode = new pulumi.asset.AssetArchive({
  'index.js': new pulumi.asset.StringAsset('exports.handler = async () => ({ statusCode: 200, body: "ok" });\n'),
});

// ---------------------------------------------------------------------------------------------------
// Network: a VPC with an internet gateway and nothing filtering egress.                  [NET4]
// ---------------------------------------------------------------------------------------------------
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16', enableDnsHostnames: true });
const igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });
const subnets = availabilityZones.map((az, i) => new aws.ec2.Subnet(`public-${i}`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: `10.0.${i}.0/24`, mapPublicIpOnLaunch: true }));
const routes = new aws.ec2.RouteTable('routes', { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }] });
subnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`public-${i}`, { subnetId: s.id, routeTableId: routes.id }));

// One security group for everything: SSH from anywhere for debugging, all egress.       [NET1, NET2]
const webSg = new aws.ec2.SecurityGroup('web-sg', {
  vpcId: vpc.id,
  description: 'web',
  ingress: [
    { protocol: 'tcp', fromPort: 80, toPort: 80, cidrBlocks: ['0.0.0.0/0'] },
    { protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] },
    { protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'], description: 'ssh for debugging' },
  ],
  egress: [{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }],
});
// The database, reachable from a laptop.                                                [NET2]
const dbSg = new aws.ec2.SecurityGroup('db-sg', { vpcId: vpc.id, description: 'postgres' });
new aws.vpc.SecurityGroupIngressRule('db-from-anywhere', {
  securityGroupId: dbSg.id,
  ipProtocol: 'tcp',
  fromPort: 5432,
  toPort: 5432,
  cidrIpv4: '0.0.0.0/0',
});
new aws.vpc.SecurityGroupEgressRule('db-all-out', { securityGroupId: dbSg.id, ipProtocol: '-1', cidrIpv4: '0.0.0.0/0' }); // [NET1]

// ---------------------------------------------------------------------------------------------------
// S3: a bucket made public so the browser can load assets, served as an S3 website.
// No BPA (or one with every flag off), no encryption, no versioning, no TLS policy.
// [DATA1, DATA2, DATA3, DATA6, TLS7, TLS9, LOG2]
// ---------------------------------------------------------------------------------------------------
const assets = new aws.s3.Bucket('assets');
new aws.s3.BucketPublicAccessBlock('assets-public-access', {
  bucket: assets.id,
  blockPublicAcls: false,
  blockPublicPolicy: false,
  ignorePublicAcls: false,
  restrictPublicBuckets: false,
});
const assetsOwnership = new aws.s3.BucketOwnershipControls('assets-ownership', {
  bucket: assets.id,
  rule: { objectOwnership: 'ObjectWriter' },
});
new aws.s3.BucketAcl('assets-acl', { bucket: assets.id, acl: 'public-read' }, { dependsOn: [assetsOwnership] });
new aws.s3.BucketPolicy('assets-policy', {
  bucket: assets.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: pulumi.interpolate`${assets.arn}/*` }],
  }),
});
const website = new aws.s3.BucketWebsiteConfiguration('assets-website', {
  bucket: assets.id,
  indexDocument: { suffix: 'index.html' },
  errorDocument: { key: 'error.html' },
});

// User uploads: just a bucket (AWS defaults).
const uploads = new aws.s3.Bucket('uploads');

// ---------------------------------------------------------------------------------------------------
// Certificates: e-mail validated (will not renew unattended).                          [TLS8]
// ---------------------------------------------------------------------------------------------------
const certificate = new aws.acm.Certificate('cert', { domainName: domain, subjectAlternativeNames: [`*.${domain}`], validationMethod: 'EMAIL' });

// ---------------------------------------------------------------------------------------------------
// App server: an EC2 instance with the default metadata options (IMDSv1) and admin rights. [NET3, IAM1]
// ---------------------------------------------------------------------------------------------------
const instanceRole = new aws.iam.Role('instance-role', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
});
new aws.iam.RolePolicyAttachment('instance-admin', { role: instanceRole.name, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
const instanceProfile = new aws.iam.InstanceProfile('instance-profile', { role: instanceRole.name });
const server = new aws.ec2.Instance('app-server', {
  ami: 'ami-0123456789abcdef0',
  instanceType: 't3.small',
  subnetId: subnets[0].id,
  vpcSecurityGroupIds: [webSg.id],
  associatePublicIpAddress: true,
  iamInstanceProfile: instanceProfile.name,
  userData: '#!/bin/bash\ncd /opt/app && npm start\n',
});
// An extra data volume, unencrypted (the EBS default unless the account opts in).      [DATA4]
const dataVolume = new aws.ebs.Volume('app-data', { availabilityZone: availabilityZones[0], size: 20, type: 'gp3' });
new aws.ec2.VolumeAttachment('app-data', { deviceName: '/dev/sdf', instanceId: server.id, volumeId: dataVolume.id });

// ---------------------------------------------------------------------------------------------------
// ALB: internet-facing, no access logs, HTTPS listener with the default SSL policy (TLS 1.0),
// HTTP forwarded instead of redirected, no security header attributes, TRACE not handled.
// [TLS5, TLS2, HDR1, HDR3, HDR5, HDR6, LOG2]
// ---------------------------------------------------------------------------------------------------
const alb = new aws.lb.LoadBalancer('alb', { loadBalancerType: 'application', securityGroups: [webSg.id], subnets: subnets.map((s) => s.id) });
const targetGroup = new aws.lb.TargetGroup('app-tg', { port: 3000, protocol: 'HTTP', vpcId: vpc.id, targetType: 'instance' });
new aws.lb.TargetGroupAttachment('app-server', { targetGroupArn: targetGroup.arn, targetId: server.id, port: 3000 });
new aws.lb.Listener('https', {
  loadBalancerArn: alb.arn,
  port: 443,
  protocol: 'HTTPS',
  certificateArn: certificate.arn,
  defaultActions: [{ type: 'forward', targetGroupArn: targetGroup.arn }],
});
new aws.lb.Listener('http', {
  loadBalancerArn: alb.arn,
  port: 80,
  protocol: 'HTTP',
  defaultActions: [{ type: 'forward', targetGroupArn: targetGroup.arn }],
});

// ---------------------------------------------------------------------------------------------------
// CloudFront: the default *.cloudfront.net certificate (TLSv1), allow-all viewers, plain-HTTP origins
// with TLSv1 allowed, the API path cached and without security headers, a weak headers policy on the
// default behavior, no logs.
// [TLS1, TLS2, TLS3, TLS4, TLS9, HDR1, HDR2, HDR3, HDR4, HDR6, LOG2]
// ---------------------------------------------------------------------------------------------------
const weakHeaders = new aws.cloudfront.ResponseHeadersPolicy('headers', {
  name: 'app-headers',
  securityHeadersConfig: {
    strictTransportSecurity: { accessControlMaxAgeSec: 86400, override: false },
    referrerPolicy: { referrerPolicy: 'unsafe-url', override: true },
    contentSecurityPolicy: {
      contentSecurityPolicy: "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' https:; frame-ancestors *",
      override: true,
    },
  },
});
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const distribution = new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  origins: [
    {
      originId: 'app',
      domainName: alb.dnsName,
      customOriginConfig: { originProtocolPolicy: 'http-only', originSslProtocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'], httpPort: 80, httpsPort: 443 },
    },
    {
      originId: 'assets',
      domainName: website.websiteEndpoint,
      customOriginConfig: { originProtocolPolicy: 'http-only', originSslProtocols: ['TLSv1'], httpPort: 80, httpsPort: 443 },
    },
  ],
  defaultCacheBehavior: {
    targetOriginId: 'app',
    viewerProtocolPolicy: 'allow-all',
    allowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE'],
    cachedMethods: ['GET', 'HEAD'],
    cachePolicyId: CACHING_OPTIMIZED,
    responseHeadersPolicyId: weakHeaders.id,
  },
  orderedCacheBehaviors: [
    {
      pathPattern: '/api/*',
      targetOriginId: 'app',
      viewerProtocolPolicy: 'allow-all',
      allowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE'],
      cachedMethods: ['GET', 'HEAD'],
      forwardedValues: { queryString: true, cookies: { forward: 'all' } },
      minTtl: 0,
      defaultTtl: 3600,
      maxTtl: 86400,
    },
    {
      pathPattern: '/static/*',
      targetOriginId: 'assets',
      viewerProtocolPolicy: 'allow-all',
      allowedMethods: ['GET', 'HEAD'],
      cachedMethods: ['GET', 'HEAD'],
      cachePolicyId: CACHING_OPTIMIZED,
    },
  ],
  viewerCertificate: { cloudfrontDefaultCertificate: true },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
});

// ---------------------------------------------------------------------------------------------------
// Secrets: the shared secret in Secrets Manager with the default aws/secretsmanager key, its value in
// the code, never rotated, readable by anyone; a client secret as a plain SSM String; a KMS key that
// never rotates and trusts everyone.                                     [SEC1, SEC2, SEC3, SEC4, SEC5]
// ---------------------------------------------------------------------------------------------------
const sharedSecret = new aws.secretsmanager.Secret('shared-secret', { name: 'marketplace-app/shared-secret' });
new aws.secretsmanager.SecretVersion('shared-secret-value', {
  secretId: sharedSecret.id,
  secretString: 'FAKE-shared-secret-do-not-use-0000000000',
});
new aws.secretsmanager.SecretPolicy('shared-secret-policy', {
  secretArn: sharedSecret.arn,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*' }],
  }),
});
new aws.ssm.Parameter('client-secret', {
  name: '/marketplace-app/oauth/client_secret',
  type: 'String',
  value: 'FAKE-oauth-client-secret-000000000000',
});
const appKey = new aws.kms.Key('app-key', {
  description: 'app key',
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*' }],
  }),
});

// ---------------------------------------------------------------------------------------------------
// IAM: a function role that can do anything, and a CI user with a long-lived access key and a
// console password.                                                      [IAM1, SEC4, IAM2]
// ---------------------------------------------------------------------------------------------------
const functionRole = new aws.iam.Role('function-role', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
});
new aws.iam.RolePolicy('function-everything', {
  role: functionRole.id,
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
});
const ciUser = new aws.iam.User('ci');
new aws.iam.UserPolicyAttachment('ci-admin', { user: ciUser.name, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
const ciKey = new aws.iam.AccessKey('ci-key', { user: ciUser.name });
new aws.iam.UserLoginProfile('ci-console', { user: ciUser.name });

// ---------------------------------------------------------------------------------------------------
// Webhooks: a Lambda on a deprecated runtime, with the API token and a cloud key pasted into its
// environment, behind an API Gateway REST API with no authorizer and full request/response logging,
// on a custom domain that still accepts TLS 1.0; plus an open function URL for testing.
// [RUN1, SEC4, AUTH1, LOG3, LOG2, TLS6]
// ---------------------------------------------------------------------------------------------------
const webhooks = new aws.lambda.Function('webhooks', {
  runtime: 'nodejs16.x',
  handler: 'index.handler',
  role: functionRole.arn,
  code: lambdaCode,
  kmsKeyArn: appKey.arn,
  environment: {
    variables: {
      SLACK_BOT_TOKEN: 'xoxb-000000000000-000000000000-FAKEFAKEFAKEFAKEFAKEFAKE',
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      SHARED_SECRET: 'FAKE-shared-secret-do-not-use-0000000000',
      DB_HOST: 'db.internal',
    },
  },
});
new aws.lambda.FunctionUrl('webhooks-url', { functionName: webhooks.name, authorizationType: 'NONE' });

const api = new aws.apigateway.RestApi('api', { name: 'marketplace-app-api' });
const hooks = new aws.apigateway.Resource('hooks', { restApi: api.id, parentId: api.rootResourceId, pathPart: 'hooks' });
const post = new aws.apigateway.Method('hooks-post', { restApi: api.id, resourceId: hooks.id, httpMethod: 'POST', authorization: 'NONE' });
const integration = new aws.apigateway.Integration('hooks-post', {
  restApi: api.id,
  resourceId: hooks.id,
  httpMethod: post.httpMethod,
  type: 'AWS_PROXY',
  integrationHttpMethod: 'POST',
  uri: webhooks.invokeArn,
});
new aws.lambda.Permission('api-invoke', {
  action: 'lambda:InvokeFunction',
  function: webhooks.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`${api.executionArn}/*/*`,
});
const deployment = new aws.apigateway.Deployment('api', { restApi: api.id }, { dependsOn: [integration] });
const stage = new aws.apigateway.Stage('prod', { restApi: api.id, deployment: deployment.id, stageName: 'prod' });
new aws.apigateway.MethodSettings('prod-all', {
  restApi: api.id,
  stageName: stage.stageName,
  methodPath: '*/*',
  settings: { loggingLevel: 'INFO', dataTraceEnabled: true, metricsEnabled: true },
});
new aws.apigateway.DomainName('api-domain', {
  domainName: `api.${domain}`,
  regionalCertificateArn: certificate.arn,
  endpointConfiguration: { types: 'REGIONAL' },
  securityPolicy: 'TLS_1_0',
});

// ---------------------------------------------------------------------------------------------------
// Data stores: a public, unencrypted Postgres without backups; a table without PITR.  [DATA4, DATA5, DATA6]
// ---------------------------------------------------------------------------------------------------
const dbSubnets = new aws.rds.SubnetGroup('db', { subnetIds: subnets.map((s) => s.id) });
const db = new aws.rds.Instance('db', {
  engine: 'postgres',
  engineVersion: '16',
  instanceClass: 'db.t4g.micro',
  allocatedStorage: 20,
  username: 'app',
  manageMasterUserPassword: true,
  dbSubnetGroupName: dbSubnets.name,
  vpcSecurityGroupIds: [dbSg.id],
  publiclyAccessible: true,
  storageEncrypted: false,
  backupRetentionPeriod: 0,
  deletionProtection: false,
  skipFinalSnapshot: true,
});
new aws.dynamodb.Table('installations', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'pk',
  attributes: [{ name: 'pk', type: 'S' }],
});
// Notifications for ops: an unencrypted topic.                                          [DATA4]
new aws.sns.Topic('alerts', { name: 'marketplace-app-alerts' });

// ---------------------------------------------------------------------------------------------------
// DNS: the status page still points at a Heroku app nobody owns any more.               [DNS1]
// ---------------------------------------------------------------------------------------------------
new aws.route53.Record('app', {
  zoneId: hostedZoneId,
  name: domain,
  type: 'A',
  aliases: [{ name: distribution.domainName, zoneId: distribution.hostedZoneId, evaluateTargetHealth: false }],
});
new aws.route53.Record('status', {
  zoneId: hostedZoneId,
  name: `status.${domain}`,
  type: 'CNAME',
  ttl: 300,
  records: ['someapp.herokuapp.com'],
});

// No CloudTrail trail and no GuardDuty detector: nobody would notice any of the above.   [LOG1, LOG4]

export const url = pulumi.interpolate`http://${distribution.domainName}`;
export const assetsWebsite = website.websiteEndpoint;
export const uploadsBucket = uploads.id;
export const databaseEndpoint = db.endpoint;
export const ciAccessKeyId = ciKey.id;
