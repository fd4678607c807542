import { Requirement } from '../types';

/* Quotes are verbatim from shared/seeds; levels follow the rule stated in tls.ts. */
const MIRO = '000_3a6f8757cabd1b3d.txt';
const ATLASSIAN_GUIDELINES = '001_38a64b8c7ac22666.txt';

const LOG_SIGNIFICANT_EVENTS: Requirement['sources'] = [
  {
    marketplace: 'miro',
    seed: MIRO,
    section: 'item 1 of list 2 after "Egress traffic"',
    level: 'should',
    quote: 'Log significant events and activities, such as PRs being merged without approval, admin actions like creating or modifying users, new instances being created, and admin logins.',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_GUIDELINES,
    section: 'item 2 of list 2 after "App server configuration"',
    level: 'should',
    quote: 'Log events and activities such as PRs being merged without approval and admin actions such as creating or modifying existing users, new instances being created, admin logins, and alike.',
  },
];

export const LOG_REQUIREMENTS: Requirement[] = [
  {
    id: 'LOG1',
    area: 'LOG',
    title: 'CloudTrail audit trail: multi-region, validated, encrypted, logging',
    rationale:
      'Admin actions, new instances and user changes are recorded by CloudTrail; a trail that covers one region, can be edited unnoticed or is switched off leaves an incident without a record.',
    sources: [
      ...LOG_SIGNIFICANT_EVENTS,
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Monitoring and alerting',
        level: 'should',
        quote: 'Monitor and alert on anomalies in logs.',
      },
    ],
    // REQUIREMENTS.md: "advisory (trail properties: mandatory)". The catalog carries the stricter
    // default, mandatory, for the trail properties; the rule itself emits the presence part
    // ("no CloudTrail trail in the stack") as advisory.
    enforcement: 'mandatory',
    check: 'Audit trail: a CloudTrail trail (or a config flag saying it is managed elsewhere); every trail is multi-region, validated, KMS-encrypted and logging.',
    fix: {
      pulumi: `new aws.cloudtrail.Trail('audit', {
  s3BucketName: trailBucket.id,
  isMultiRegionTrail: true,
  includeGlobalServiceEvents: true,
  enableLogFileValidation: true,
  kmsKeyId: key.arn,
  enableLogging: true,
});`,
      cdk: `new cloudtrail.Trail(this, 'Audit', {
  isMultiRegionTrail: true,
  includeGlobalServiceEvents: true,
  enableFileValidation: true,
  encryptionKey: key,
});`,
      cloudformation: `Audit:
  Type: AWS::CloudTrail::Trail
  Properties:
    S3BucketName: !Ref TrailBucket
    IsLogging: true
    IsMultiRegionTrail: true
    IncludeGlobalServiceEvents: true
    EnableLogFileValidation: true
    KMSKeyId: !Ref Key`,
    },
  },
  {
    id: 'LOG2',
    area: 'LOG',
    title: 'Access logs on CloudFront, load balancers, API stages and data buckets',
    rationale: 'Request logs are what shows malicious traffic, the source of an attack and which data was read; without them anomalies cannot be detected or investigated.',
    sources: [
      ...LOG_SIGNIFICANT_EVENTS,
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Monitoring and alerting',
        level: 'should',
        quote: 'Monitor and alert on anomalies in logs.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Monitoring and alerting',
        level: 'should',
        quote: 'Examples include low privileged user performing a high privileged action and malicious traffic detected from a bad IP.',
      },
    ],
    enforcement: 'advisory',
    check: 'Access logs: CF logging, ALB access logs, API Gateway stage access logs (including the stage a REST deployment creates with `StageDescription`), S3 server access logs for data buckets.',
    fix: {
      pulumi: `new aws.cloudfront.Distribution('cdn', {
  ...distributionArgs,
  loggingConfig: { bucket: logBucket.bucketDomainName, prefix: 'cdn/' },
});
new aws.lb.LoadBalancer('app', { ...albArgs, accessLogs: { bucket: logBucket.id, prefix: 'alb', enabled: true } });
new aws.apigateway.Stage('prod', {
  restApi: api.id, deployment: deployment.id, stageName: 'prod',
  accessLogSettings: { destinationArn: logGroup.arn, format: '$context.requestId $context.identity.sourceIp $context.status' },
});
new aws.s3.BucketLogging('data', { bucket: bucket.id, targetBucket: logBucket.id, targetPrefix: 'data/' });`,
      cdk: `new cloudfront.Distribution(this, 'Cdn', {
  defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
  enableLogging: true, logBucket, logFilePrefix: 'cdn/',
});
alb.logAccessLogs(logBucket, 'alb');
new apigw.RestApi(this, 'Api', {
  deployOptions: {
    accessLogDestination: new apigw.LogGroupLogDestination(logGroup),
    accessLogFormat: apigw.AccessLogFormat.jsonWithStandardFields(),
  },
});
new s3.Bucket(this, 'Data', { serverAccessLogsBucket: logBucket, serverAccessLogsPrefix: 'data/' });`,
      cloudformation: `Cdn:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      Logging: { Bucket: !GetAtt LogBucket.DomainName, Prefix: cdn/ }
Alb:
  Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Properties:
    LoadBalancerAttributes:
      - { Key: access_logs.s3.enabled, Value: 'true' }
      - { Key: access_logs.s3.bucket, Value: !Ref LogBucket }
      - { Key: access_logs.s3.prefix, Value: alb }
Prod:
  Type: AWS::ApiGateway::Stage
  Properties:
    AccessLogSetting:
      DestinationArn: !GetAtt AccessLogs.Arn
      Format: '$context.requestId $context.identity.sourceIp $context.status'
Data:
  Type: AWS::S3::Bucket
  Properties:
    LoggingConfiguration: { DestinationBucketName: !Ref LogBucket, LogFilePrefix: data/ }`,
      byKind: {
        'cloudfront:Distribution': {
          pulumi: `new aws.cloudfront.Distribution('cdn', {
  ...distributionArgs,
  loggingConfig: { bucket: logBucket.bucketDomainName, prefix: 'cdn/' },
});`,
          cdk: `new cloudfront.Distribution(this, 'Cdn', {
  defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
  enableLogging: true, logBucket, logFilePrefix: 'cdn/',
});`,
          cloudformation: `Cdn:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      Logging: { Bucket: !GetAtt LogBucket.DomainName, Prefix: cdn/ }`,
        },
        'lb:LoadBalancer': {
          pulumi: `new aws.lb.LoadBalancer('app', { ...albArgs, accessLogs: { bucket: logBucket.id, prefix: 'alb', enabled: true } });`,
          cdk: `alb.logAccessLogs(logBucket, 'alb');`,
          cloudformation: `Alb:
  Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Properties:
    LoadBalancerAttributes:
      - { Key: access_logs.s3.enabled, Value: 'true' }
      - { Key: access_logs.s3.bucket, Value: !Ref LogBucket }
      - { Key: access_logs.s3.prefix, Value: alb }`,
        },
        'apigateway:Stage': {
          pulumi: `new aws.apigateway.Stage('prod', {
  restApi: api.id, deployment: deployment.id, stageName: 'prod',
  accessLogSettings: { destinationArn: logGroup.arn, format: '$context.requestId $context.identity.sourceIp $context.status' },
});`,
          cdk: `new apigw.RestApi(this, 'Api', {
  deployOptions: {
    accessLogDestination: new apigw.LogGroupLogDestination(logGroup),
    accessLogFormat: apigw.AccessLogFormat.jsonWithStandardFields(),
  },
});`,
          cloudformation: `Prod:
  Type: AWS::ApiGateway::Stage
  Properties:
    AccessLogSetting:
      DestinationArn: !GetAtt AccessLogs.Arn
      Format: '$context.requestId $context.identity.sourceIp $context.status'`,
        },
        'apigatewayv2:Stage': {
          pulumi: `new aws.apigatewayv2.Stage('prod', {
  apiId: api.id, name: 'prod', autoDeploy: true,
  accessLogSettings: { destinationArn: logGroup.arn, format: '$context.requestId $context.identity.sourceIp $context.status' },
});`,
          cdk: `new apigwv2.HttpStage(this, 'Prod', {
  httpApi,
  stageName: 'prod',
  accessLogSettings: { destination: new apigwv2.LogGroupLogDestination(logGroup) },
});`,
          cloudformation: `Prod:
  Type: AWS::ApiGatewayV2::Stage
  Properties:
    AccessLogSettings:
      DestinationArn: !GetAtt AccessLogs.Arn
      Format: '$context.requestId $context.identity.sourceIp $context.status'`,
        },
        's3:Bucket': {
          pulumi: `new aws.s3.BucketLogging('data', { bucket: bucket.id, targetBucket: logBucket.id, targetPrefix: 'data/' });`,
          cdk: `new s3.Bucket(this, 'Data', { serverAccessLogsBucket: logBucket, serverAccessLogsPrefix: 'data/' });`,
          cloudformation: `Data:
  Type: AWS::S3::Bucket
  Properties:
    LoggingConfiguration: { DestinationBucketName: !Ref LogBucket, LogFilePrefix: data/ }`,
        },
        's3:BucketLogging': {
          pulumi: `new aws.s3.BucketLogging('data', { bucket: bucket.id, targetBucket: logBucket.id, targetPrefix: 'data/' });`,
          cdk: `new s3.Bucket(this, 'Data', { serverAccessLogsBucket: logBucket, serverAccessLogsPrefix: 'data/' });`,
          cloudformation: `Data:
  Type: AWS::S3::Bucket
  Properties:
    LoggingConfiguration: { DestinationBucketName: !Ref LogBucket, LogFilePrefix: data/ }`,
        },
      },
    },
  },
  {
    id: 'LOG3',
    area: 'LOG',
    title: 'API Gateway does not log request and response bodies',
    rationale: 'Full request logging writes tokens, JWTs and user data into CloudWatch Logs, where many more people and tools can read them than the app itself.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Logging',
        level: 'must',
        quote: 'Avoid logging secrets, tokens, and other sensitive information.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'item 1 of list 2 after "App server configuration"',
        level: 'should',
        quote: 'Ensure that secrets and tokens are not logged.',
      },
    ],
    enforcement: 'mandatory',
    check: 'No secrets in logs: API Gateway `dataTraceEnabled` (full request/response bodies incl. tokens) is off, on stages and on the stage a REST deployment creates with `StageDescription`.',
    fix: {
      pulumi: `new aws.apigateway.MethodSettings('all', {
  restApi: api.id,
  stageName: stage.stageName,
  methodPath: '*/*',
  settings: { dataTraceEnabled: false, loggingLevel: 'ERROR', metricsEnabled: true },
});`,
      cdk: `new apigw.RestApi(this, 'Api', {
  deployOptions: { dataTraceEnabled: false, loggingLevel: apigw.MethodLoggingLevel.ERROR },
});`,
      cloudformation: `Prod:
  Type: AWS::ApiGateway::Stage
  Properties:
    MethodSettings:
      - { ResourcePath: '/*', HttpMethod: '*', DataTraceEnabled: false, LoggingLevel: ERROR, MetricsEnabled: true }`,
      byKind: {
        'apigateway:Stage': {
          pulumi: `new aws.apigateway.MethodSettings('all', {
  restApi: api.id,
  stageName: stage.stageName, // the aws.apigateway.Stage
  methodPath: '*/*',
  settings: { dataTraceEnabled: false, loggingLevel: 'ERROR' },
});`,
          cdk: `new apigw.RestApi(this, 'Api', {
  deployOptions: { dataTraceEnabled: false, loggingLevel: apigw.MethodLoggingLevel.ERROR },
});`,
          cloudformation: `Prod:
  Type: AWS::ApiGateway::Stage
  Properties:
    MethodSettings:
      - { ResourcePath: '/*', HttpMethod: '*', DataTraceEnabled: false, LoggingLevel: ERROR }`,
        },
        'apigatewayv2:Stage': {
          pulumi: `new aws.apigatewayv2.Stage('prod', {
  apiId: api.id, name: 'prod',
  defaultRouteSettings: { dataTraceEnabled: false, loggingLevel: 'ERROR' },
});`,
          cdk: `new apigwv2.CfnStage(this, 'Prod', {
  apiId: api.apiId,
  stageName: 'prod',
  defaultRouteSettings: { dataTraceEnabled: false, loggingLevel: 'ERROR' },
});`,
          cloudformation: `Prod:
  Type: AWS::ApiGatewayV2::Stage
  Properties:
    DefaultRouteSettings: { DataTraceEnabled: false, LoggingLevel: ERROR }
    # and every RouteSettings entry: DataTraceEnabled false`,
        },
      },
    },
  },
  {
    id: 'LOG4',
    area: 'LOG',
    title: 'Misconfiguration monitoring and alerting (GuardDuty, Config, Security Hub)',
    rationale: 'Open buckets, lax security groups and disabled MFA appear through later changes as well as through deployments; a detective service notices them and raises an alert.',
    sources: [
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Monitoring and alerting',
        level: 'should',
        quote: 'Monitor and alert on misconfigurations in the cloud infrastructure.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Monitoring and alerting',
        level: 'should',
        quote: 'Examples include monitoring and alerting on open S3 buckets, lax security groups, dangling domains, and MFA disabled.',
      },
    ],
    enforcement: 'advisory',
    check: 'Monitoring and alerting on misconfiguration (open buckets, lax security groups, MFA): GuardDuty / AWS Config rules / Security Hub present, or declared managed elsewhere. Stack-level.',
    fix: {
      pulumi: `new aws.guardduty.Detector('main', { enable: true });
new aws.securityhub.Account('main', { enableDefaultStandards: true });
new aws.cfg.Rule('s3-public-read', {
  source: { owner: 'AWS', sourceIdentifier: 'S3_BUCKET_PUBLIC_READ_PROHIBITED' },
});`,
      cdk: `new guardduty.CfnDetector(this, 'Detector', { enable: true });
new securityhub.CfnHub(this, 'Hub', { enableDefaultStandards: true });
new config.ManagedRule(this, 'S3PublicRead', {
  identifier: config.ManagedRuleIdentifiers.S3_BUCKET_PUBLIC_READ_PROHIBITED,
});`,
      cloudformation: `Detector:
  Type: AWS::GuardDuty::Detector
  Properties: { Enable: true }
Hub:
  Type: AWS::SecurityHub::Hub
  Properties: { EnableDefaultStandards: true }
S3PublicRead:
  Type: AWS::Config::ConfigRule
  Properties:
    Source: { Owner: AWS, SourceIdentifier: S3_BUCKET_PUBLIC_READ_PROHIBITED }`,
    },
  },
];
