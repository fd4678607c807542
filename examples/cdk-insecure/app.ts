/**
 * THE WAY NOT TO DO IT, in CDK. The marketplace app backend of ../pulumi-insecure written with plain
 * aws-cdk-lib constructs, their defaults and the same "we'll fix it later" shortcuts. Every shortcut is
 * marked with the requirement it breaks (see README.md). MarketplaceChecks and
 * `marketplace-guardrails scan examples/cdk-insecure/cdk.out` must both stop it.
 *
 *   npx ts-node examples/cdk-insecure/app.ts      # writes examples/cdk-insecure/cdk.out, no cdk CLI needed
 *
 * Do not deploy it. The credentials in it are fake placeholders (AWS's documented example key id, a
 * Slack-shaped token of zeros, strings starting FAKE-) so the secret checks have something to find.
 */
import * as path from 'node:path';
import { App, Duration, RemovalPolicy, SecretValue, Size, Stack, StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as targets from 'aws-cdk-lib/aws-elasticloadbalancingv2-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as route53Targets from 'aws-cdk-lib/aws-route53-targets';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

export interface InsecureAppProps extends StackProps {
  domain?: string;
  hostedZoneId?: string;
}

export class InsecureMarketplaceAppStack extends Stack {
  constructor(scope: Construct, id: string, props: InsecureAppProps = {}) {
    super(scope, id, props);
    const domain = props.domain ?? 'app.example.com';
    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', { hostedZoneId: props.hostedZoneId ?? 'Z0123456789EXAMPLEZONE', zoneName: domain });

    // ---------------------------------------------------------------------------------------------
    // Network: the default VPC construct (public subnets, internet and NAT gateways), nothing
    // filtering egress by domain.                                                            [NET4]
    // ---------------------------------------------------------------------------------------------
    const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 1 });

    // One security group for everything: allowAllOutbound keeps its default (true), SSH from
    // anywhere for debugging.                                                           [NET1, NET2]
    const webSg = new ec2.SecurityGroup(this, 'WebSg', { vpc, description: 'web' });
    webSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80));
    webSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443));
    webSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh for debugging');
    // The database, reachable from a laptop.                                            [NET1, NET2]
    const dbSg = new ec2.SecurityGroup(this, 'DbSg', { vpc, description: 'postgres' });
    dbSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(5432));

    // ---------------------------------------------------------------------------------------------
    // S3: the asset bucket made public and served as an S3 website; uploads with the defaults.
    // [DATA1, DATA2, DATA3, DATA6, TLS7, TLS9, LOG2]
    // ---------------------------------------------------------------------------------------------
    const assets = new s3.Bucket(this, 'Assets', {
      websiteIndexDocument: 'index.html',
      websiteErrorDocument: 'error.html',
      publicReadAccess: true,
      blockPublicAccess: new s3.BlockPublicAccess({ blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false }),
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      accessControl: s3.BucketAccessControl.PUBLIC_READ,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new s3.Bucket(this, 'Uploads');

    // Certificate validated by e-mail: it will not renew unattended.                        [TLS8]
    const certificate = new acm.Certificate(this, 'Cert', {
      domainName: domain,
      subjectAlternativeNames: [`*.${domain}`],
      validation: acm.CertificateValidation.fromEmail(),
    });

    // ---------------------------------------------------------------------------------------------
    // App server: an EC2 instance with the default metadata options (IMDSv1) and admin rights.
    // [NET3, IAM1]
    // ---------------------------------------------------------------------------------------------
    const instanceRole = new iam.Role(this, 'InstanceRole', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')],
    });
    const server = new ec2.Instance(this, 'AppServer', {
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      instanceType: new ec2.InstanceType('t3.small'),
      machineImage: ec2.MachineImage.genericLinux({ 'us-east-1': 'ami-0123456789abcdef0' }),
      securityGroup: webSg,
      role: instanceRole,
      userData: ec2.UserData.custom('#!/bin/bash\ncd /opt/app && npm start\n'),
    });
    // An extra data volume: ec2.Volume is unencrypted unless told otherwise.               [DATA4]
    new ec2.Volume(this, 'AppData', { availabilityZone: 'us-east-1a', size: Size.gibibytes(20), volumeType: ec2.EbsDeviceVolumeType.GP3 });

    // ---------------------------------------------------------------------------------------------
    // ALB: internet-facing, no access logs, HTTPS listener without an sslPolicy, HTTP forwarded
    // instead of redirected, no security header attributes, TRACE not handled.
    // [TLS5, TLS2, HDR1, HDR3, HDR5, HDR6, LOG2]
    // ---------------------------------------------------------------------------------------------
    const alb = new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc, internetFacing: true, securityGroup: webSg });
    const targetGroup = new elbv2.ApplicationTargetGroup(this, 'AppTg', {
      vpc,
      port: 3000,
      protocol: elbv2.ApplicationProtocol.HTTP,
      targets: [new targets.InstanceTarget(server, 3000)],
    });
    alb.addListener('Https', { port: 443, certificates: [certificate], defaultTargetGroups: [targetGroup], open: false });
    alb.addListener('Http', { port: 80, defaultTargetGroups: [targetGroup], open: false });

    // ---------------------------------------------------------------------------------------------
    // CloudFront: the default *.cloudfront.net certificate (TLSv1), the construct's default
    // allow-all viewer policy, plain-HTTP origins with TLSv1 allowed, the API path cached and
    // without security headers, a weak headers policy on the default behavior, no logs.
    // [TLS1, TLS2, TLS3, TLS4, TLS9, HDR1, HDR2, HDR3, HDR4, HDR6, LOG2]
    // ---------------------------------------------------------------------------------------------
    const weakHeaders = new cloudfront.ResponseHeadersPolicy(this, 'Headers', {
      responseHeadersPolicyName: 'app-headers',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(1), override: false },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.UNSAFE_URL, override: true },
        contentSecurityPolicy: {
          contentSecurityPolicy: "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' https:; frame-ancestors *",
          override: true,
        },
      },
    });
    const appOrigin = new origins.HttpOrigin(alb.loadBalancerDnsName, {
      protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY,
      originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1, cloudfront.OriginSslPolicy.TLS_V1_1, cloudfront.OriginSslPolicy.TLS_V1_2],
    });
    const distribution = new cloudfront.Distribution(this, 'Cdn', {
      defaultBehavior: {
        origin: appOrigin,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: weakHeaders,
      },
      additionalBehaviors: {
        '/api/*': {
          origin: appOrigin,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: new cloudfront.CachePolicy(this, 'ApiCache', {
            minTtl: Duration.seconds(0),
            defaultTtl: Duration.hours(1),
            maxTtl: Duration.days(1),
            queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
            cookieBehavior: cloudfront.CacheCookieBehavior.all(),
          }),
        },
        '/static/*': { origin: new origins.S3StaticWebsiteOrigin(assets), cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED },
      },
    });

    // ---------------------------------------------------------------------------------------------
    // Secrets: the shared secret with the default aws/secretsmanager key, its value in the code,
    // never rotated, readable by anyone; a client secret as a plain SSM String; a KMS key that never
    // rotates (the construct's default) and trusts everyone.        [SEC1, SEC2, SEC3, SEC4, SEC5]
    // ---------------------------------------------------------------------------------------------
    const sharedSecret = new secretsmanager.Secret(this, 'SharedSecret', {
      secretName: 'marketplace-app/shared-secret',
      secretStringValue: SecretValue.unsafePlainText('FAKE-shared-secret-do-not-use-0000000000'),
    });
    sharedSecret.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['secretsmanager:GetSecretValue'], resources: ['*'] }));
    new ssm.StringParameter(this, 'ClientSecret', {
      parameterName: '/marketplace-app/oauth/client_secret',
      stringValue: 'FAKE-oauth-client-secret-000000000000',
    });
    const appKey = new kms.Key(this, 'AppKey', { description: 'app key' });
    appKey.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['kms:*'], resources: ['*'] }));

    // ---------------------------------------------------------------------------------------------
    // IAM: a function role that can do anything, and a CI user with a long-lived access key and a
    // console password.                                                         [IAM1, SEC4, IAM2]
    // ---------------------------------------------------------------------------------------------
    const functionRole = new iam.Role(this, 'FunctionRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    functionRole.addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));
    const ci = new iam.User(this, 'Ci', {
      password: SecretValue.unsafePlainText('FAKE-console-password-0000'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')],
    });
    new iam.AccessKey(this, 'CiKey', { user: ci });

    // ---------------------------------------------------------------------------------------------
    // Webhooks: a Lambda on a deprecated runtime with the API token and a cloud key pasted into its
    // environment, behind a REST API with no authorizer and full request/response logging, on a
    // custom domain that still accepts TLS 1.0; plus an open function URL for testing.
    // [RUN1, SEC4, AUTH1, LOG3, LOG2, TLS6]
    // ---------------------------------------------------------------------------------------------
    const webhooks = new lambda.Function(this, 'Webhooks', {
      runtime: lambda.Runtime.NODEJS_16_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "ok" });'),
      role: functionRole,
      environmentEncryption: appKey,
      environment: {
        SLACK_BOT_TOKEN: 'xoxb-000000000000-000000000000-FAKEFAKEFAKEFAKEFAKEFAKE',
        CLOUD_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        SHARED_SECRET: 'FAKE-shared-secret-do-not-use-0000000000',
        DB_HOST: 'db.internal',
      },
    });
    webhooks.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });

    const api = new apigateway.RestApi(this, 'Api', {
      restApiName: 'marketplace-app-api',
      cloudWatchRole: true,
      deployOptions: { stageName: 'prod', loggingLevel: apigateway.MethodLoggingLevel.INFO, dataTraceEnabled: true, metricsEnabled: true },
    });
    api.root.addResource('hooks').addMethod('POST', new apigateway.LambdaIntegration(webhooks));
    api.addDomainName('ApiDomain', { domainName: `api.${domain}`, certificate, securityPolicy: apigateway.SecurityPolicy.TLS_1_0 });

    // ---------------------------------------------------------------------------------------------
    // Data stores: a public, unencrypted Postgres without backups; a table with the construct's
    // defaults (AWS-owned key, no point-in-time recovery); an unencrypted topic.
    // [DATA4, DATA5, DATA6]
    // ---------------------------------------------------------------------------------------------
    new rds.DatabaseInstance(this, 'Db', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      securityGroups: [dbSg],
      publiclyAccessible: true,
      storageEncrypted: false,
      backupRetention: Duration.days(0),
      deletionProtection: false,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    new dynamodb.Table(this, 'Installations', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, billingMode: dynamodb.BillingMode.PAY_PER_REQUEST });
    new sns.Topic(this, 'Alerts', { topicName: 'marketplace-app-alerts' });

    // ---------------------------------------------------------------------------------------------
    // DNS: the app aliases the distribution; the status page still points at a Heroku app nobody
    // owns any more.                                                                         [DNS1]
    // ---------------------------------------------------------------------------------------------
    new route53.ARecord(this, 'AppRecord', { zone, target: route53.RecordTarget.fromAlias(new route53Targets.CloudFrontTarget(distribution)) });
    new route53.CnameRecord(this, 'Status', { zone, recordName: 'status', domainName: 'someapp.herokuapp.com' });

    // No CloudTrail trail and no GuardDuty detector: nobody would notice any of the above. [LOG1, LOG4]
  }
}

/** The app, unsynthesized: tests add MarketplaceChecks to it; `main` writes its cloud assembly. */
export function buildApp(outdir = path.join(__dirname, 'cdk.out')): App {
  const app = new App({ outdir });
  new InsecureMarketplaceAppStack(app, 'MarketplaceAppInsecure');
  return app;
}

if (require.main === module) {
  const assembly = buildApp().synth();
  console.log(`synthesized ${assembly.stacks.map((s) => s.stackName).join(', ')} to ${path.relative(process.cwd(), assembly.directory)}`);
}
