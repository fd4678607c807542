/**
 * A marketplace app backend (an Atlassian Connect / Forge remote, Miro or Trello Power-Up backend) on
 * AWS, written with marketplace-guardrails' hardened CDK constructs; the CDK twin of examples/pulumi-app:
 *
 *   viewer --TLS 1.2+--> CloudFront --+-- /static/*  --> S3 asset bucket (origin access control)
 *                                     +-- everything else --TLS 1.2--> ALB --> Lambda (private subnets)
 *                                                                              |-> DynamoDB (CMK, PITR)
 *                                                                              '-> Secrets Manager (own CMK, rotated)
 *
 * plus CloudTrail, GuardDuty, a VPC whose egress goes through a NAT gateway and a Route 53 Resolver
 * DNS Firewall allowlist, and DNS records that only point at resources declared here.
 *
 * Synthesizes without the cdk CLI: `npx ts-node examples/cdk-app/app.ts` writes examples/cdk-app/cdk.out,
 * which `marketplace-guardrails scan examples/cdk-app/cdk.out` checks. The MarketplaceChecks pack runs at
 * synth too, and stops it on a mandatory violation.
 *
 * Context (all optional, `-c key=value` with the cdk CLI): `domain` (default app.example.com),
 * `hostedZoneId`, `account`, `region` (default us-east-1: CloudFront certificates live there).
 */
import * as path from 'node:path';
import { App, Duration, RemovalPolicy, Stack, StackProps, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as targets from 'aws-cdk-lib/aws-elasticloadbalancingv2-targets';
import * as guardduty from 'aws-cdk-lib/aws-guardduty';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as route53Targets from 'aws-cdk-lib/aws-route53-targets';
import { Construct } from 'constructs';
import { MarketplaceChecks } from '../../src/cdk/marketplace-checks';
import {
  AuditTrail,
  EgressDomainAllowlist,
  MARKETPLACE_FRAME_ANCESTORS,
  MARKETPLACE_SCRIPT_SOURCES,
  RestrictedEgressSecurityGroup,
  SecretRotation,
  SecureBucket,
  SecureDistribution,
  SecureLoadBalancer,
  SecurityHeaders,
  SharedSecret,
} from '../../src/constructs';

interface MarketplaceAppProps extends StackProps {
  domain: string;
  hostedZoneId: string;
}

/** The rotation function of the signing key: createSecret puts a new random value, finishSecret promotes it. */
const ROTATION_CODE = `
const { SecretsManagerClient, GetRandomPasswordCommand, PutSecretValueCommand, DescribeSecretCommand,
  UpdateSecretVersionStageCommand } = require('@aws-sdk/client-secrets-manager');
const sm = new SecretsManagerClient({});
exports.handler = async ({ SecretId, ClientRequestToken, Step }) => {
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
`;

const APP_CODE = `
exports.handler = async (event) => ({
  statusCode: 200,
  statusDescription: '200 OK',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ ok: true, path: event.path }),
});
`;

/**
 * A Lambda function with its own log group (a year of logs, encrypted with `logsKey`) and a role that
 * may write only there (no AWS managed policy for logging).
 */
function loggedFunction(scope: Construct, id: string, logsKey: kms.IKey, props: Omit<lambda.FunctionProps, 'role' | 'logGroup'>): lambda.Function {
  const logGroup = new logs.LogGroup(scope, `${id}Logs`, { retention: logs.RetentionDays.ONE_YEAR, encryptionKey: logsKey, removalPolicy: RemovalPolicy.RETAIN });
  const role = new iam.Role(scope, `${id}Role`, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  logGroup.grantWrite(role);
  if (props.vpc) {
    // CDK adds this policy only to roles it creates: a function in a VPC needs it to manage its ENIs.
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaVPCAccessExecutionRole'));
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]',
      reason: 'AWSLambdaVPCAccessExecutionRole: the network interface actions Lambda needs in a VPC, which take no resource ARNs',
    });
  }
  return new lambda.Function(scope, id, { ...props, role, logGroup });
}

class MarketplaceAppStack extends Stack {
  constructor(scope: Construct, id: string, props: MarketplaceAppProps) {
    super(scope, id, props);
    const originDomain = `origin.${props.domain}`;
    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', { hostedZoneId: props.hostedZoneId, zoneName: props.domain });

    // -------------------------------------------------------------------------------------------------
    // Logs and buckets: one log bucket for AWS-delivered logs (SSE-S3: the only encryption ALB and S3
    // access log delivery write to, recorded as a reasoned DATA3 exemption), the asset bucket (SSE-KMS).
    // -------------------------------------------------------------------------------------------------
    const logBucket = new SecureBucket(this, 'Logs', { logDelivery: true, expiration: Duration.days(400), noncurrentVersionExpiration: Duration.days(30) });
    const assets = new SecureBucket(this, 'Assets', { serverAccessLogs: { bucket: logBucket, prefix: 's3-access/assets/' } });

    // -------------------------------------------------------------------------------------------------
    // Network: public subnets for the ALB and the NAT gateway, private subnets for the function. Egress
    // leaves through the NAT gateway and a DNS Firewall that resolves allowlisted domains only.
    // -------------------------------------------------------------------------------------------------
    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.20.0.0/16'),
      maxAzs: 2,
      natGateways: 1,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: false },
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
      ],
      flowLogs: { s3: { destination: ec2.FlowLogDestination.toS3(logBucket, 'vpc-flow-logs/') } },
    });
    new EgressDomainAllowlist(this, 'DnsFirewall', {
      vpc,
      allowedDomains: ['*.atlassian.net', 'api.atlassian.com', 'auth.atlassian.com', 'api.miro.com', 'api.trello.com'],
    });
    // The function calls AWS APIs and the marketplace APIs over HTTPS, nothing else.
    const appSecurityGroup = new RestrictedEgressSecurityGroup(this, 'AppSecurityGroup', {
      vpc,
      description: 'App function: HTTPS out only',
      egress: [{ peer: ec2.Peer.anyIpv4(), port: ec2.Port.tcp(443), description: 'HTTPS to AWS APIs and the marketplace APIs' }],
    });

    // -------------------------------------------------------------------------------------------------
    // Data: the installations table (customer key, point-in-time recovery, deletion protection) and the
    // shared signing key (its own rotating key, rotated every 30 days by its function).
    // -------------------------------------------------------------------------------------------------
    const dataKey = new kms.Key(this, 'DataKey', {
      description: 'Encrypts the installations table',
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const table = new dynamodb.Table(this, 'Installations', {
      partitionKey: { name: 'clientKey', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: dataKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // CloudWatch Logs encrypts the function logs with this key, for log groups of this account only.
    const logsKey = new kms.Key(this, 'LogsKey', {
      description: 'Encrypts the function log groups',
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    logsKey.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal(`logs.${this.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${this.partition}:logs:${this.region}:${this.account}:log-group:*` } },
      }),
    );

    const rotator = loggedFunction(this, 'RotateSigningKey', logsKey, {
      description: 'Rotates the signing key (createSecret / setSecret / testSecret / finishSecret)',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      timeout: Duration.seconds(30),
      code: lambda.Code.fromInline(ROTATION_CODE),
    });
    const randomPassword = 'secretsmanager:GetRandomPassword acts on no resource: IAM accepts only "*" for it';
    rotator.addToRolePolicy(new iam.PolicyStatement({ actions: ['secretsmanager:GetRandomPassword'], resources: ['*'] }));
    Validations.of(rotator.role!).acknowledge({ id: 'AwsSolutions-IAM5[Resource::*]', reason: randomPassword });
    const signingKey = new SharedSecret(this, 'SigningKey', {
      description: 'The app signing key (JWTs to the marketplace APIs)',
      rotation: SecretRotation.withFunction(rotator, Duration.days(30)),
    });

    // -------------------------------------------------------------------------------------------------
    // The app function: reads the secret, uses its table; its environment holds references, not secrets.
    // -------------------------------------------------------------------------------------------------
    const appFunction = loggedFunction(this, 'App', logsKey, {
      description: 'The app backend: lifecycle webhooks, REST API and iframe pages',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      timeout: Duration.seconds(15),
      memorySize: 512,
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [appSecurityGroup],
      environment: { SECRET_ARN: signingKey.secretArn, TABLE_NAME: table.tableName, APP_BASE_URL: `https://${props.domain}` },
      code: lambda.Code.fromInline(APP_CODE),
    });
    signingKey.grantRead(appFunction);
    appFunction.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'Installations',
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query'],
        resources: [table.tableArn],
      }),
    );
    appFunction.addToRolePolicy(new iam.PolicyStatement({ sid: 'InstallationsKey', actions: ['kms:Decrypt', 'kms:GenerateDataKey'], resources: [dataKey.keyArn] }));

    // -------------------------------------------------------------------------------------------------
    // Certificate (ACM, DNS-validated: renews itself) for the app domain and the ALB's origin name.
    // CloudFront takes certificates from us-east-1, the region of this stack.
    // -------------------------------------------------------------------------------------------------
    const certificate = new acm.Certificate(this, 'Certificate', {
      domainName: props.domain,
      subjectAlternativeNames: [originDomain],
      validation: acm.CertificateValidation.fromDns(zone),
      keyAlgorithm: acm.KeyAlgorithm.EC_PRIME256V1,
      transparencyLoggingEnabled: true,
    });

    // -------------------------------------------------------------------------------------------------
    // Security headers, shared by CloudFront and the ALB: CSP allowing the marketplace SDKs and the
    // marketplace hosts as frame ancestors, HSTS for a year, strict-origin, nosniff, no caching.
    // -------------------------------------------------------------------------------------------------
    const headers = new SecurityHeaders(this, 'PageHeaders', {
      comment: 'Security headers for app pages and API responses; nothing is cached',
      contentSecurityPolicy: {
        scriptSrc: ["'self'", ...MARKETPLACE_SCRIPT_SOURCES.atlassian, ...MARKETPLACE_SCRIPT_SOURCES.miro, ...MARKETPLACE_SCRIPT_SOURCES.trello],
        connectSrc: ["'self'", 'https://*.atlassian.net', 'https://api.atlassian.com', 'https://api.miro.com', 'https://api.trello.com'],
        frameAncestors: [...MARKETPLACE_FRAME_ANCESTORS.atlassian, ...MARKETPLACE_FRAME_ANCESTORS.miro, ...MARKETPLACE_FRAME_ANCESTORS.trello],
      },
    });

    // -------------------------------------------------------------------------------------------------
    // ALB: internet-facing (CloudFront's origin), TLS 1.2+ with GCM-only ciphers, the same headers,
    // TRACE answered with 405, HTTP redirected to HTTPS, access logs on.
    // -------------------------------------------------------------------------------------------------
    const alb = new SecureLoadBalancer(this, 'Alb', { vpc, certificate, accessLogs: { bucket: logBucket, prefix: 'alb' }, headers });
    alb.httpsListener.addTargets('App', { targets: [new targets.LambdaTarget(appFunction)] });

    // -------------------------------------------------------------------------------------------------
    // CloudFront: the certificate, TLSv1.2_2021, HTTPS only, security headers on every behavior, no
    // caching except /static/*, standard logs.
    // -------------------------------------------------------------------------------------------------
    const cdn = new SecureDistribution(this, 'Cdn', {
      certificate,
      domainNames: [props.domain],
      defaultOrigin: SecureDistribution.httpsOrigin(originDomain),
      staticAssets: { origin: origins.S3BucketOrigin.withOriginAccessControl(assets), pathPatterns: ['/static/*'] },
      securityHeaders: headers,
      logBucket: logBucket,
    });

    // -------------------------------------------------------------------------------------------------
    // DNS: the app domain aliases the distribution, the origin name the ALB (both declared here). The
    // origin alias names the ALB's DNS name directly (CDK's LoadBalancerTarget adds a `dualstack.` prefix,
    // which the HDR2 lookup from CloudFront origin to ALB does not follow yet).
    // -------------------------------------------------------------------------------------------------
    new route53.ARecord(this, 'AppA', { zone, recordName: props.domain, target: route53.RecordTarget.fromAlias(new route53Targets.CloudFrontTarget(cdn)) });
    new route53.AaaaRecord(this, 'AppAaaa', { zone, recordName: props.domain, target: route53.RecordTarget.fromAlias(new route53Targets.CloudFrontTarget(cdn)) });
    new route53.ARecord(this, 'OriginA', {
      zone,
      recordName: originDomain,
      target: route53.RecordTarget.fromAlias({
        bind: () => ({ dnsName: alb.loadBalancerDnsName, hostedZoneId: alb.loadBalancerCanonicalHostedZoneId }),
      }),
    });

    // -------------------------------------------------------------------------------------------------
    // Audit and monitoring: a multi-region, validated, encrypted trail; GuardDuty.
    // -------------------------------------------------------------------------------------------------
    new AuditTrail(this, 'Audit', { serverAccessLogs: { bucket: logBucket, prefix: 's3-access/trail/' } });
    new guardduty.CfnDetector(this, 'GuardDuty', { enable: true, findingPublishingFrequency: 'FIFTEEN_MINUTES' });
  }
}

/** The app with MarketplaceChecks registered, unsynthesized (tests check it both ways); run directly, it writes its cloud assembly. */
export function buildApp(outdir = path.join(__dirname, 'cdk.out')): App {
  const app = new App({ outdir });
  Validations.of(app).addPlugins(new MarketplaceChecks(app));
  new MarketplaceAppStack(app, 'MarketplaceApp', {
    env: { account: app.node.tryGetContext('account') ?? '123456789012', region: app.node.tryGetContext('region') ?? 'us-east-1' },
    domain: app.node.tryGetContext('domain') ?? 'app.example.com',
    hostedZoneId: app.node.tryGetContext('hostedZoneId') ?? 'Z0123456789EXAMPLEZONE',
  });
  return app;
}

if (require.main === module) buildApp().synth();
