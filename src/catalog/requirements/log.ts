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
    },
  },
];
