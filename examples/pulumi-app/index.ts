/**
 * A marketplace app backend (an Atlassian Connect / Forge remote, Miro or Trello Power-Up backend) on
 * AWS, written to meet every requirement that marketplace-guardrails checks:
 *
 *   viewer --TLS 1.2+--> CloudFront --+-- /static/*  --> S3 asset bucket (origin access control)
 *                                     +-- /* and /api/* --TLS 1.2--> ALB --> Lambda (in a private subnet)
 *                                                                              |-> DynamoDB (CMK, PITR)
 *                                                                              '-> Secrets Manager (own CMK, rotated)
 *
 * plus the account-level pieces the requirements ask for: CloudTrail, GuardDuty, a VPC whose egress
 * goes through a NAT gateway and a Route 53 Resolver DNS Firewall allowlist, and DNS records that only
 * point at resources declared here.
 *
 * Config (all optional): `domain` (default app.example.com), `hostedZoneId`, `availabilityZones`.
 */
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const domain = config.get('domain') ?? 'app.example.com';
const originDomain = `origin.${domain}`;
const hostedZoneId = config.get('hostedZoneId') ?? 'Z0123456789EXAMPLEZONE';
const region = aws.config.region ?? 'us-east-1';
const availabilityZones = config.getObject<string[]>('availabilityZones') ?? [`${region}a`, `${region}b`];
const prefix = `${pulumi.getProject()}-${pulumi.getStack()}`;
const account = aws.getCallerIdentityOutput().accountId;

/** The hosts that embed the app in an iframe (Jira/Confluence Cloud, Miro boards, Trello boards). */
const marketplaceHosts = ['https://*.atlassian.net', 'https://miro.com', 'https://trello.com'];
/** The marketplace SDKs the app's pages load. */
const marketplaceScripts = ['https://connect-cdn.atl-paas.net', 'https://miro.com', 'https://p.trellocdn.com'];

const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${marketplaceScripts.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https://*.atlassian.net https://api.atlassian.com https://api.miro.com https://api.trello.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${marketplaceHosts.join(' ')}`,
].join('; ');
const hsts = 'max-age=31536000; includeSubDomains; preload';

// ---------------------------------------------------------------------------------------------------
// KMS keys: one for data at rest, one for the audit trail, and one used by the shared secret only.
// All symmetric (SYMMETRIC_DEFAULT, AES-256-GCM), rotated yearly, no grant to principal '*'.
// ---------------------------------------------------------------------------------------------------
const rootStatement = {
  Sid: 'AccountAdministration',
  Effect: 'Allow',
  Principal: { AWS: pulumi.interpolate`arn:aws:iam::${account}:root` },
  Action: 'kms:*',
  Resource: '*',
};

const dataKey = new aws.kms.Key('data-key', {
  description: 'Encrypts the app data at rest: S3 buckets and the DynamoDB table',
  keyUsage: 'ENCRYPT_DECRYPT',
  customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
  enableKeyRotation: true,
  rotationPeriodInDays: 365,
  deletionWindowInDays: 30,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      rootStatement,
      {
        Sid: 'CloudFrontReadsAssets',
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: { StringLike: { 'AWS:SourceArn': pulumi.interpolate`arn:aws:cloudfront::${account}:distribution/*` } },
      },
      {
        Sid: 'LogDeliveryWritesLogs',
        Effect: 'Allow',
        Principal: { Service: 'delivery.logs.amazonaws.com' },
        Action: ['kms:Encrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:SourceAccount': account } },
      },
    ],
  }),
});
new aws.kms.Alias('data-key-alias', { name: `alias/${prefix}-data`, targetKeyId: dataKey.keyId });

const trailName = `${prefix}-trail`;
const trailArn = pulumi.interpolate`arn:aws:cloudtrail:${region}:${account}:trail/${trailName}`;
const trailKey = new aws.kms.Key('trail-key', {
  description: 'Encrypts the CloudTrail audit log',
  customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
  enableKeyRotation: true,
  rotationPeriodInDays: 365,
  deletionWindowInDays: 30,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      rootStatement,
      {
        Sid: 'CloudTrailEncryptsLogs',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: ['kms:GenerateDataKey*', 'kms:DescribeKey'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:SourceArn': trailArn } },
      },
    ],
  }),
});

const secretsKey = new aws.kms.Key('secrets-key', {
  description: 'Encrypts the app shared secret in Secrets Manager, and nothing else',
  customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
  enableKeyRotation: true,
  rotationPeriodInDays: 365,
  deletionWindowInDays: 30,
  // No policy: the default key policy, which delegates to IAM in this account only.
});
new aws.kms.Alias('secrets-key-alias', { name: `alias/${prefix}-secrets`, targetKeyId: secretsKey.keyId });

// ---------------------------------------------------------------------------------------------------
// S3: every bucket private (BPA x4, BucketOwnerEnforced), SSE-KMS, versioned, TLS 1.2 enforced.
// ---------------------------------------------------------------------------------------------------
/** A private bucket: BPA (all four flags), BucketOwnerEnforced, SSE-KMS with the data key, versioning. */
function privateBucket(name: string, accessLogs?: { bucket: aws.s3.Bucket; prefix: string }) {
  const bucket = new aws.s3.Bucket(name, { forceDestroy: false, tags: { app: prefix } });
  const publicAccessBlock = new aws.s3.BucketPublicAccessBlock(`${name}-public-access-block`, {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  new aws.s3.BucketOwnershipControls(`${name}-ownership`, {
    bucket: bucket.id,
    rule: { objectOwnership: 'BucketOwnerEnforced' },
  });
  new aws.s3.BucketServerSideEncryptionConfiguration(`${name}-encryption`, {
    bucket: bucket.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: dataKey.arn }, bucketKeyEnabled: true }],
  });
  new aws.s3.BucketVersioning(`${name}-versioning`, {
    bucket: bucket.id,
    versioningConfiguration: { status: 'Enabled' },
  });
  if (accessLogs) {
    new aws.s3.BucketLogging(`${name}-logging`, {
      bucket: bucket.id,
      targetBucket: accessLogs.bucket.id,
      targetPrefix: accessLogs.prefix,
    });
  }
  return { bucket, publicAccessBlock };
}

/**
 * The bucket's policy: TLS required, and TLS >= 1.2, for the bucket and its objects; then `statements`,
 * whose Allows each name a service principal and carry a source condition.
 */
function bucketPolicy(name: string, target: ReturnType<typeof privateBucket>, statements: (bucketArn: pulumi.Output<string>) => pulumi.Input<object>[] = () => []) {
  const arn = target.bucket.arn;
  const objects = pulumi.interpolate`${arn}/*`;
  return new aws.s3.BucketPolicy(
    `${name}-policy`,
    {
      bucket: target.bucket.id,
      policy: pulumi.jsonStringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'DenyInsecureTransport',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [arn, objects],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
          {
            Sid: 'DenyOutdatedTls',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [arn, objects],
            Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } },
          },
          ...statements(arn),
        ],
      }),
    },
    { dependsOn: [target.publicAccessBlock] },
  );
}

// Logs from CloudFront, the ALB and S3 server access logging. Kept 400 days, then expired.
const logs = privateBucket('logs');
const logsPolicy = bucketPolicy('logs', logs, (arn) => [
  {
    Sid: 'S3ServerAccessLogs',
    Effect: 'Allow',
    Principal: { Service: 'logging.s3.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: pulumi.interpolate`${arn}/s3-access/*`,
    Condition: { StringEquals: { 'aws:SourceAccount': account } },
  },
  {
    Sid: 'AlbAccessLogs',
    Effect: 'Allow',
    Principal: { Service: 'logdelivery.elasticloadbalancing.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: pulumi.interpolate`${arn}/alb/AWSLogs/${account}/*`,
    Condition: { StringEquals: { 'aws:SourceAccount': account } },
  },
]);
new aws.s3.BucketLifecycleConfiguration('logs-lifecycle', {
  bucket: logs.bucket.id,
  rules: [
    {
      id: 'expire-logs',
      status: 'Enabled',
      filter: {},
      expiration: { days: 400 },
      noncurrentVersionExpiration: { noncurrentDays: 30 },
    },
  ],
});

// Static assets (JS bundles, images) served by CloudFront through an origin access control. Its
// policy, which lets the distribution read objects, is declared after the distribution.
const assets = privateBucket('assets', { bucket: logs.bucket, prefix: 's3-access/assets/' });

// The CloudTrail bucket: private, encrypted, its own access logged.
const trailBucket = privateBucket('trail', { bucket: logs.bucket, prefix: 's3-access/trail/' });
const trailBucketPolicy = bucketPolicy('trail', trailBucket, (arn) => [
  {
    Sid: 'CloudTrailAclCheck',
    Effect: 'Allow',
    Principal: { Service: 'cloudtrail.amazonaws.com' },
    Action: 's3:GetBucketAcl',
    Resource: arn,
    Condition: { StringEquals: { 'aws:SourceArn': trailArn } },
  },
  {
    Sid: 'CloudTrailWrite',
    Effect: 'Allow',
    Principal: { Service: 'cloudtrail.amazonaws.com' },
    Action: 's3:PutObject',
    Resource: pulumi.interpolate`${arn}/AWSLogs/${account}/*`,
    Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': trailArn } },
  },
]);

// ---------------------------------------------------------------------------------------------------
// Network: public subnets for the ALB and the NAT gateway, private subnets for the function.
// Egress leaves through the NAT gateway and a DNS Firewall that resolves allowlisted domains only.
// ---------------------------------------------------------------------------------------------------
const vpc = new aws.ec2.Vpc('vpc', {
  cidrBlock: '10.20.0.0/16',
  enableDnsHostnames: true,
  enableDnsSupport: true,
  tags: { Name: `${prefix}-vpc` },
});
const internetGateway = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id, tags: { Name: `${prefix}-igw` } });

const publicSubnets = availabilityZones.map(
  (az, i) =>
    new aws.ec2.Subnet(`public-${i}`, {
      vpcId: vpc.id,
      availabilityZone: az,
      cidrBlock: `10.20.${i}.0/24`,
      mapPublicIpOnLaunch: false,
      tags: { Name: `${prefix}-public-${az}` },
    }),
);
const privateSubnets = availabilityZones.map(
  (az, i) =>
    new aws.ec2.Subnet(`private-${i}`, {
      vpcId: vpc.id,
      availabilityZone: az,
      cidrBlock: `10.20.${100 + i}.0/24`,
      tags: { Name: `${prefix}-private-${az}` },
    }),
);

const publicRoutes = new aws.ec2.RouteTable('public-routes', {
  vpcId: vpc.id,
  routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: internetGateway.id }],
});
publicSubnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`public-${i}`, { subnetId: s.id, routeTableId: publicRoutes.id }));

const natIp = new aws.ec2.Eip('nat-ip', { domain: 'vpc' });
const natGateway = new aws.ec2.NatGateway('nat', { subnetId: publicSubnets[0].id, allocationId: natIp.id }, { dependsOn: [internetGateway] });
const privateRoutes = new aws.ec2.RouteTable('private-routes', {
  vpcId: vpc.id,
  routes: [{ cidrBlock: '0.0.0.0/0', natGatewayId: natGateway.id }],
});
privateSubnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`private-${i}`, { subnetId: s.id, routeTableId: privateRoutes.id }));

// DNS Firewall: the function may resolve AWS endpoints and the marketplace APIs; everything else is blocked.
const allowedDomains = new aws.route53.ResolverFirewallDomainList('allowed-domains', {
  name: `${prefix}-allowed`,
  domains: ['amazonaws.com.', '*.amazonaws.com.', '*.atlassian.net.', 'api.atlassian.com.', 'auth.atlassian.com.', 'api.miro.com.', 'api.trello.com.'],
});
const everyDomain = new aws.route53.ResolverFirewallDomainList('every-domain', {
  name: `${prefix}-every-domain`,
  domains: ['*'],
});
const firewallRules = new aws.route53.ResolverFirewallRuleGroup('dns-firewall', { name: `${prefix}-egress-allowlist` });
new aws.route53.ResolverFirewallRule('allow-listed', {
  name: 'allow-listed-domains',
  firewallRuleGroupId: firewallRules.id,
  firewallDomainListId: allowedDomains.id,
  action: 'ALLOW',
  priority: 100,
});
new aws.route53.ResolverFirewallRule('block-everything-else', {
  name: 'block-everything-else',
  firewallRuleGroupId: firewallRules.id,
  firewallDomainListId: everyDomain.id,
  action: 'BLOCK',
  blockResponse: 'NXDOMAIN',
  priority: 200,
});
new aws.route53.ResolverFirewallRuleGroupAssociation('dns-firewall-vpc', {
  name: `${prefix}-dns-firewall`,
  firewallRuleGroupId: firewallRules.id,
  vpcId: vpc.id,
  priority: 101,
  mutationProtection: 'ENABLED',
});

// Security groups. The ALB takes 80/443 from the internet (rule resources) and only talks to the app
// on 443; the function only reaches out on 443 (inline rule).
const appSg = new aws.ec2.SecurityGroup('app-sg', {
  vpcId: vpc.id,
  description: 'App function: HTTPS out only',
  egress: [{ description: 'HTTPS to AWS APIs and marketplace APIs', protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],
});
const albSg = new aws.ec2.SecurityGroup('alb-sg', { vpcId: vpc.id, description: 'Public ALB: HTTP(S) in, HTTPS to the app out' });
for (const [port, v4, v6] of [
  [443, '0.0.0.0/0', undefined],
  [443, undefined, '::/0'],
  [80, '0.0.0.0/0', undefined],
  [80, undefined, '::/0'],
] as const) {
  new aws.vpc.SecurityGroupIngressRule(`alb-in-${port}-${v4 ? 'ipv4' : 'ipv6'}`, {
    securityGroupId: albSg.id,
    description: port === 443 ? 'HTTPS from viewers (CloudFront)' : 'HTTP, redirected to HTTPS',
    ipProtocol: 'tcp',
    fromPort: port,
    toPort: port,
    cidrIpv4: v4,
    cidrIpv6: v6,
  });
}
new aws.vpc.SecurityGroupEgressRule('alb-out-app', {
  securityGroupId: albSg.id,
  description: 'HTTPS to the app',
  ipProtocol: 'tcp',
  fromPort: 443,
  toPort: 443,
  referencedSecurityGroupId: appSg.id,
});
new aws.vpc.SecurityGroupIngressRule('app-in-alb', {
  securityGroupId: appSg.id,
  description: 'HTTPS from the ALB',
  ipProtocol: 'tcp',
  fromPort: 443,
  toPort: 443,
  referencedSecurityGroupId: albSg.id,
});

// ---------------------------------------------------------------------------------------------------
// Data: the tenant table (one item per installation), encrypted with the data key, PITR on.
// ---------------------------------------------------------------------------------------------------
const table = new aws.dynamodb.Table('installations', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'pk',
  rangeKey: 'sk',
  attributes: [
    { name: 'pk', type: 'S' },
    { name: 'sk', type: 'S' },
  ],
  pointInTimeRecovery: { enabled: true },
  serverSideEncryption: { enabled: true, kmsKeyArn: dataKey.arn },
  deletionProtectionEnabled: true,
});

// ---------------------------------------------------------------------------------------------------
// The shared secret (the app's token-signing key) in Secrets Manager with its own key, rotated monthly.
// No secret value in this program: the rotation function generates it.
// ---------------------------------------------------------------------------------------------------
const secret = new aws.secretsmanager.Secret('signing-key', {
  name: `${prefix}/signing-key`,
  description: 'Signs the app session tokens; generated and rotated by the rotation function',
  kmsKeyId: secretsKey.arn,
  recoveryWindowInDays: 7,
});

const lambdaAssumeRole = pulumi.jsonStringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

const rotationRole = new aws.iam.Role('rotation-role', { assumeRolePolicy: lambdaAssumeRole });
new aws.iam.RolePolicyAttachment('rotation-logs', {
  role: rotationRole.name,
  policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
});
new aws.iam.RolePolicy('rotation-policy', {
  role: rotationRole.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue', 'secretsmanager:UpdateSecretVersionStage'],
        Resource: secret.arn,
      },
      { Effect: 'Allow', Action: 'secretsmanager:GetRandomPassword', Resource: '*' },
      { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: secretsKey.arn },
    ],
  }),
});

const rotationFunction = new aws.lambda.Function('rotate-signing-key', {
  description: 'Rotates the signing key (createSecret / setSecret / testSecret / finishSecret)',
  runtime: 'nodejs22.x',
  architectures: ['arm64'],
  handler: 'index.handler',
  role: rotationRole.arn,
  timeout: 30,
  code: new pulumi.asset.AssetArchive({
    'index.mjs': new pulumi.asset.StringAsset(`
import { SecretsManagerClient, GetRandomPasswordCommand, PutSecretValueCommand, DescribeSecretCommand,
  UpdateSecretVersionStageCommand } from '@aws-sdk/client-secrets-manager';
const sm = new SecretsManagerClient({});
export const handler = async ({ SecretId, ClientRequestToken, Step }) => {
  if (Step === 'createSecret') {
    const { RandomPassword } = await sm.send(new GetRandomPasswordCommand({ PasswordLength: 64, ExcludePunctuation: true }));
    await sm.send(new PutSecretValueCommand({ SecretId, ClientRequestToken, SecretString: RandomPassword, VersionStages: ['AWSPENDING'] }));
  } else if (Step === 'finishSecret') {
    const { VersionIdsToStages } = await sm.send(new DescribeSecretCommand({ SecretId }));
    const current = Object.keys(VersionIdsToStages).find((v) => VersionIdsToStages[v].includes('AWSCURRENT'));
    if (current === ClientRequestToken) return;
    await sm.send(new UpdateSecretVersionStageCommand({ SecretId, VersionStage: 'AWSCURRENT', MoveToVersionId: ClientRequestToken, RemoveFromVersionId: current }));
  }
};
`),
  }),
});
const rotationPermission = new aws.lambda.Permission('rotation-invoke', {
  action: 'lambda:InvokeFunction',
  function: rotationFunction.name,
  principal: 'secretsmanager.amazonaws.com',
  sourceArn: secret.arn,
});
new aws.secretsmanager.SecretRotation(
  'signing-key-rotation',
  {
    secretId: secret.id,
    rotationLambdaArn: rotationFunction.arn,
    rotationRules: { automaticallyAfterDays: 30 },
  },
  { dependsOn: [rotationPermission] },
);

// ---------------------------------------------------------------------------------------------------
// The app function: least privilege (read the secret, decrypt with its key, use its table).
// Its environment holds references (ARNs, names), never secret values.
// ---------------------------------------------------------------------------------------------------
const appRole = new aws.iam.Role('app-role', { assumeRolePolicy: lambdaAssumeRole });
new aws.iam.RolePolicyAttachment('app-vpc-access', {
  role: appRole.name,
  policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole',
});
new aws.iam.RolePolicy('app-policy', {
  role: appRole.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ReadSigningKey', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: secret.arn },
      { Sid: 'DecryptSigningKey', Effect: 'Allow', Action: 'kms:Decrypt', Resource: secretsKey.arn },
      {
        Sid: 'Installations',
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query'],
        Resource: table.arn,
      },
      { Sid: 'InstallationsKey', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: dataKey.arn },
    ],
  }),
});

const appFunction = new aws.lambda.Function('app', {
  description: 'The app backend: lifecycle webhooks, REST API and iframe pages',
  runtime: 'nodejs22.x',
  architectures: ['arm64'],
  handler: 'index.handler',
  role: appRole.arn,
  timeout: 15,
  memorySize: 512,
  vpcConfig: { subnetIds: privateSubnets.map((s) => s.id), securityGroupIds: [appSg.id] },
  environment: {
    variables: {
      SECRET_ARN: secret.arn,
      TABLE_NAME: table.name,
      APP_BASE_URL: `https://${domain}`,
    },
  },
  code: new pulumi.asset.AssetArchive({
    'index.mjs': new pulumi.asset.StringAsset(`
export const handler = async (event) => ({
  statusCode: 200,
  statusDescription: '200 OK',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ ok: true, path: event.path }),
});
`),
  }),
});

// ---------------------------------------------------------------------------------------------------
// Certificates: ACM, DNS-validated (renew themselves). CloudFront's must live in us-east-1.
// ---------------------------------------------------------------------------------------------------
function dnsValidatedCertificate(name: string, domainName: string, certRegion: string) {
  const certificate = new aws.acm.Certificate(name, {
    region: certRegion,
    domainName,
    validationMethod: 'DNS',
    keyAlgorithm: 'EC_prime256v1',
    options: { certificateTransparencyLoggingPreference: 'ENABLED' },
  });
  const option = certificate.domainValidationOptions.apply((o) => o?.[0]);
  const record = new aws.route53.Record(`${name}-validation`, {
    zoneId: hostedZoneId,
    name: option.apply((o) => o?.resourceRecordName ?? `_validation.${domainName}`),
    type: option.apply((o) => o?.resourceRecordType ?? 'CNAME'),
    records: [option.apply((o) => o?.resourceRecordValue ?? 'validation.acm-validations.aws.')],
    ttl: 300,
    allowOverwrite: true,
  });
  return new aws.acm.CertificateValidation(`${name}-validated`, {
    region: certRegion,
    certificateArn: certificate.arn,
    validationRecordFqdns: [record.fqdn],
  });
}
const viewerCertificate = dnsValidatedCertificate('viewer-cert', domain, 'us-east-1');
const originCertificate = dnsValidatedCertificate('origin-cert', originDomain, region);

// ---------------------------------------------------------------------------------------------------
// ALB: internet-facing (CloudFront's origin), TLS 1.2+ with GCM-only ciphers, security headers,
// TRACE answered with 405, HTTP redirected to HTTPS, access logs on.
// ---------------------------------------------------------------------------------------------------
const alb = new aws.lb.LoadBalancer(
  'alb',
  {
    loadBalancerType: 'application',
    internal: false,
    securityGroups: [albSg.id],
    subnets: publicSubnets.map((s) => s.id),
    dropInvalidHeaderFields: true,
    enableDeletionProtection: true,
    accessLogs: { bucket: logs.bucket.id, prefix: 'alb', enabled: true },
  },
  { dependsOn: [logsPolicy] },
);

const targetGroup = new aws.lb.TargetGroup('app-tg', { targetType: 'lambda' });
const albInvoke = new aws.lambda.Permission('alb-invoke', {
  action: 'lambda:InvokeFunction',
  function: appFunction.name,
  principal: 'elasticloadbalancing.amazonaws.com',
  sourceArn: targetGroup.arn,
});
new aws.lb.TargetGroupAttachment('app-tg-function', { targetGroupArn: targetGroup.arn, targetId: appFunction.arn }, { dependsOn: [albInvoke] });

const https = new aws.lb.Listener('https', {
  loadBalancerArn: alb.arn,
  port: 443,
  protocol: 'HTTPS',
  sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  certificateArn: originCertificate.certificateArn,
  defaultActions: [{ type: 'forward', targetGroupArn: targetGroup.arn }],
  routingHttpResponseStrictTransportSecurityHeaderValue: hsts,
  routingHttpResponseContentSecurityPolicyHeaderValue: contentSecurityPolicy,
  routingHttpResponseXContentTypeOptionsHeaderValue: 'nosniff',
  routingHttpResponseServerEnabled: false,
});
const http = new aws.lb.Listener('http', {
  loadBalancerArn: alb.arn,
  port: 80,
  protocol: 'HTTP',
  defaultActions: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }],
});
for (const [name, listener] of [
  ['https', https],
  ['http', http],
] as const) {
  new aws.lb.ListenerRule(`${name}-deny-trace`, {
    listenerArn: listener.arn,
    priority: 1,
    conditions: [{ httpRequestMethod: { values: ['TRACE'] } }],
    actions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '405', messageBody: 'Method Not Allowed' } }],
  });
}

// ---------------------------------------------------------------------------------------------------
// CloudFront: custom certificate, TLSv1.2_2021, HTTPS only, security headers on every behavior,
// no caching except /static/*, standard logs to the log bucket.
// ---------------------------------------------------------------------------------------------------
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const securityHeaders = {
  strictTransportSecurity: { accessControlMaxAgeSec: 31536000, includeSubdomains: true, preload: true, override: true },
  referrerPolicy: { referrerPolicy: 'strict-origin', override: true },
  contentSecurityPolicy: { contentSecurityPolicy, override: true },
  contentTypeOptions: { override: true },
};
const pageHeaders = new aws.cloudfront.ResponseHeadersPolicy('page-headers', {
  name: `${prefix}-page-headers`,
  comment: 'Security headers for app pages and API responses; nothing is cached',
  securityHeadersConfig: securityHeaders,
  customHeadersConfig: {
    items: [
      { header: 'Cache-Control', value: 'no-cache, no-store', override: true },
      { header: 'Pragma', value: 'no-cache', override: true },
    ],
  },
  removeHeadersConfig: { items: [{ header: 'Server' }, { header: 'X-Powered-By' }] },
});
const staticHeaders = new aws.cloudfront.ResponseHeadersPolicy('static-headers', {
  name: `${prefix}-static-headers`,
  comment: 'Security headers for static assets (long-lived, cacheable)',
  securityHeadersConfig: securityHeaders,
  customHeadersConfig: { items: [{ header: 'Cache-Control', value: 'public, max-age=31536000, immutable', override: true }] },
});
const staticCache = new aws.cloudfront.CachePolicy('static-cache', {
  name: `${prefix}-static`,
  comment: 'Versioned static assets: cache for a day by default, up to a year',
  minTtl: 0,
  defaultTtl: 86400,
  maxTtl: 31536000,
  parametersInCacheKeyAndForwardedToOrigin: {
    cookiesConfig: { cookieBehavior: 'none' },
    headersConfig: { headerBehavior: 'none' },
    queryStringsConfig: { queryStringBehavior: 'none' },
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  },
});
const assetsAccess = new aws.cloudfront.OriginAccessControl('assets-oac', {
  name: `${prefix}-assets`,
  description: 'CloudFront reads the asset bucket (SigV4)',
  originAccessControlOriginType: 's3',
  signingBehavior: 'always',
  signingProtocol: 'sigv4',
});

const ALL_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'POST', 'PATCH', 'DELETE'];
const dynamicBehavior = {
  targetOriginId: 'app',
  viewerProtocolPolicy: 'redirect-to-https',
  allowedMethods: ALL_METHODS,
  cachedMethods: ['GET', 'HEAD'],
  cachePolicyId: CACHING_DISABLED,
  originRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
  responseHeadersPolicyId: pageHeaders.id,
  compress: true,
};

const distribution = new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  comment: `${domain} (marketplace app)`,
  aliases: [domain],
  isIpv6Enabled: true,
  httpVersion: 'http2and3',
  priceClass: 'PriceClass_100',
  origins: [
    {
      originId: 'app',
      domainName: originDomain,
      customOriginConfig: { originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'], httpPort: 80, httpsPort: 443 },
    },
    {
      originId: 'assets',
      domainName: assets.bucket.bucketRegionalDomainName,
      originAccessControlId: assetsAccess.id,
    },
  ],
  defaultCacheBehavior: dynamicBehavior,
  orderedCacheBehaviors: [
    { pathPattern: '/api/*', ...dynamicBehavior, viewerProtocolPolicy: 'https-only' },
    {
      pathPattern: '/static/*',
      targetOriginId: 'assets',
      viewerProtocolPolicy: 'redirect-to-https',
      allowedMethods: ['GET', 'HEAD', 'OPTIONS'],
      cachedMethods: ['GET', 'HEAD'],
      cachePolicyId: staticCache.id,
      responseHeadersPolicyId: staticHeaders.id,
      compress: true,
    },
  ],
  viewerCertificate: {
    acmCertificateArn: viewerCertificate.certificateArn,
    sslSupportMethod: 'sni-only',
    minimumProtocolVersion: 'TLSv1.2_2021',
  },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  loggingConfig: { bucket: logs.bucket.bucketDomainName, prefix: 'cloudfront/', includeCookies: false },
});

// The asset bucket's policy: TLS required, and this distribution (and only it) may read objects.
bucketPolicy('assets', assets, (arn) => [
  {
    Sid: 'CloudFrontReadsAssets',
    Effect: 'Allow',
    Principal: { Service: 'cloudfront.amazonaws.com' },
    Action: 's3:GetObject',
    Resource: pulumi.interpolate`${arn}/*`,
    Condition: { StringEquals: { 'AWS:SourceArn': distribution.arn } },
  },
]);

// ---------------------------------------------------------------------------------------------------
// DNS: the app domain is an alias of the distribution, the origin name an alias of the ALB (both here).
// ---------------------------------------------------------------------------------------------------
for (const type of ['A', 'AAAA']) {
  new aws.route53.Record(`app-${type.toLowerCase()}`, {
    zoneId: hostedZoneId,
    name: domain,
    type,
    aliases: [{ name: distribution.domainName, zoneId: distribution.hostedZoneId, evaluateTargetHealth: false }],
  });
}
new aws.route53.Record('origin-a', {
  zoneId: hostedZoneId,
  name: originDomain,
  type: 'A',
  aliases: [{ name: alb.dnsName, zoneId: alb.zoneId, evaluateTargetHealth: true }],
});

// ---------------------------------------------------------------------------------------------------
// Audit and monitoring: a multi-region, validated, encrypted trail; GuardDuty.
// ---------------------------------------------------------------------------------------------------
new aws.cloudtrail.Trail(
  'trail',
  {
    name: trailName,
    s3BucketName: trailBucket.bucket.id,
    kmsKeyId: trailKey.arn,
    isMultiRegionTrail: true,
    includeGlobalServiceEvents: true,
    enableLogFileValidation: true,
    enableLogging: true,
  },
  { dependsOn: [trailBucketPolicy] },
);

new aws.guardduty.Detector('guardduty', { enable: true, findingPublishingFrequency: 'FIFTEEN_MINUTES' });

export const url = `https://${domain}`;
export const distributionDomain = distribution.domainName;
export const assetBucket = assets.bucket.id;
export const secretArn = secret.arn;
export const tableName = table.name;
