/** LOG2's cases, written once for both engines: the parity test (test/parity/LOG2.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { LOG2 } from '../../src/rules/log/LOG2-access-logs';
import { T, cfDistribution, cfLoadBalancer, cfn, distribution, loadBalancer, noDefault, resource } from '../parity/edge-fixtures';
import { IMPORTED, S3, bareBucketCase, cfnBucket, pulumiBucket, pulumiSide } from '../parity/s3-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

/** The CloudFront, load balancer and API Gateway stage parts of LOG2 (bucket server access logs: LOG2-s3). */

const LOG_GROUP_ARN = 'arn:aws:logs:us-east-1:123456789012:log-group:api-access';
const FORMAT = '$context.requestId $context.identity.sourceIp $context.status';
// A log bucket of the stack: LOG2 finds it is one (not applicable), in both engines.
const logBucket = resource(T.bucket, 'LogBucket', { bucket: 'app-logs' });
const cfLogBucket = cfn('AWS::S3::Bucket', { BucketName: 'app-logs' });
const attributes = (pairs: Record<string, unknown>) => ({ LoadBalancerAttributes: Object.entries(pairs).map(([Key, Value]) => ({ Key, Value })) });

const deployment = (StageDescription?: unknown) => cfn('AWS::ApiGateway::Deployment', { RestApiId: 'api-1', StageName: 'prod', ...(StageDescription === undefined ? {} : { StageDescription }) });

const pulumiTrail = (s3BucketName: unknown, from?: string[]) => ({ ...resource('aws:cloudtrail/trail:Trail', 'Trail', { s3BucketName }), dependsOn: from && { s3BucketName: from } });
const cfnTrail = (S3BucketName: unknown) => cfn('AWS::CloudTrail::Trail', { S3BucketName, IsLogging: true });

export const LOG2_CASES: RequirementCases = {
  rule: LOG2,
  groups: [
    {
      titles: ['LOG2 parity: access logs (CloudFront, load balancers, API stages)', 'CloudFront distributions (Logging = Pulumi loggingConfig)'],
      cases: [
        {
          name: 'compliant: logging to a bucket of the stack (Fn::GetAtt DomainName; a known domain name in Pulumi), and to a bucket elsewhere',
          pulumi: [
            logBucket,
            distribution('Site', { loggingConfig: { bucket: 'app-logs.s3.amazonaws.com', prefix: 'cdn/' } }),
            distribution('Ext', { loggingConfig: { bucket: 'ext-logs.s3.amazonaws.com' } }),
          ],
          cfn: {
            LogBucket: cfLogBucket,
            Site: cfDistribution({ Logging: { Bucket: { 'Fn::GetAtt': ['LogBucket', 'DomainName'] }, Prefix: 'cdn/' } }),
            Ext: cfDistribution({ Logging: { Bucket: 'ext-logs.s3.amazonaws.com' } }),
          },
          expected: ['Site: pass', 'Ext: pass', 'LogBucket: not-applicable'],
        },
        {
          name: 'non-compliant: no Logging',
          pulumi: [distribution('Site', {})],
          cfn: { Site: cfDistribution({}) },
          expected: ['Site: fail'],
        },
        {
          name: 'unknown: the bucket from a parameter without a default, the Logging block from Fn::ImportValue',
          pulumi: [distribution('ByParam', { loggingConfig: { bucket: UNKNOWN } }), distribution('ByImport', { loggingConfig: UNKNOWN })],
          cfn: {
            Parameters: noDefault('LogBucketDomain'),
            Resources: {
              ByParam: cfDistribution({ Logging: { Bucket: { Ref: 'LogBucketDomain' } } }),
              ByImport: cfDistribution({ Logging: { 'Fn::ImportValue': 'cdn-logging' } }),
            },
          },
          expected: ['ByParam: unknown', 'ByImport: unknown'],
        },
      ],
    },
    {
      titles: ['LOG2 parity: access logs (CloudFront, load balancers, API stages)', 'load balancers (LoadBalancerAttributes access_logs.s3.* = Pulumi accessLogs)'],
      cases: [
        {
          name: 'compliant: access logs enabled ("true") into a bucket of the stack (Ref; its name in Pulumi), a network load balancer too',
          pulumi: [
            logBucket,
            loadBalancer('Alb', { accessLogs: { enabled: true, bucket: 'app-logs', prefix: 'alb' } }),
            loadBalancer('Nlb', { loadBalancerType: 'network', accessLogs: { enabled: true, bucket: 'app-logs' } }),
          ],
          cfn: {
            LogBucket: cfLogBucket,
            Alb: cfLoadBalancer(attributes({ 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': { Ref: 'LogBucket' }, 'access_logs.s3.prefix': 'alb', 'idle_timeout.timeout_seconds': '60' })),
            Nlb: cfLoadBalancer({ Type: 'network', ...attributes({ 'access_logs.s3.enabled': true, 'access_logs.s3.bucket': 'app-logs' }) }),
          },
          expected: ['Alb: pass', 'Nlb: pass', 'LogBucket: not-applicable'],
        },
        {
          name: 'non-compliant: no attributes, a bucket without enabled (default false), enabled "false"; not applicable: a gateway load balancer',
          pulumi: [
            loadBalancer('Bare'),
            loadBalancer('BucketOnly', { accessLogs: { bucket: 'ext-logs' } }),
            loadBalancer('Off', { accessLogs: { enabled: false, bucket: 'ext-logs' } }),
            loadBalancer('Gwlb', { loadBalancerType: 'gateway' }),
          ],
          cfn: {
            Bare: cfLoadBalancer(),
            BucketOnly: cfLoadBalancer(attributes({ 'access_logs.s3.bucket': 'ext-logs' })),
            Off: cfLoadBalancer(attributes({ 'access_logs.s3.enabled': 'false', 'access_logs.s3.bucket': 'ext-logs' })),
            Gwlb: cfLoadBalancer({ Type: 'gateway' }),
          },
          expected: ['Bare: fail', 'BucketOnly: fail', 'Off: fail', 'Gwlb: not-applicable'],
        },
        {
          name: 'unknown: enabled from a parameter without a default, the attribute list from Fn::ImportValue',
          pulumi: [loadBalancer('ByParam', { accessLogs: { enabled: UNKNOWN, bucket: 'ext-logs' } }), loadBalancer('ByImport', { accessLogs: UNKNOWN })],
          cfn: {
            Parameters: noDefault('LogsOn'),
            Resources: {
              ByParam: cfLoadBalancer(attributes({ 'access_logs.s3.enabled': { Ref: 'LogsOn' }, 'access_logs.s3.bucket': 'ext-logs' })),
              ByImport: cfLoadBalancer({ LoadBalancerAttributes: { 'Fn::ImportValue': 'lb-attributes' } }),
            },
          },
          expected: ['ByParam: unknown', 'ByImport: unknown'],
        },
      ],
    },
    {
      titles: ['LOG2 parity: access logs (CloudFront, load balancers, API stages)', 'API Gateway stages (REST AccessLogSetting, v2 AccessLogSettings = Pulumi accessLogSettings)'],
      cases: [
        {
          name: 'compliant: a REST stage logging to the log group of the stack (Fn::GetAtt Arn; its ARN in Pulumi), an HTTP API stage',
          pulumi: [
            resource(T.restStage, 'Rest', { restApi: 'api-1', deployment: 'dep-1', stageName: 'prod', accessLogSettings: { destinationArn: LOG_GROUP_ARN, format: FORMAT } }),
            resource(T.v2Stage, 'Http', { apiId: 'api-2', name: '$default', accessLogSettings: { destinationArn: LOG_GROUP_ARN, format: FORMAT } }),
          ],
          cfn: {
            AccessLogs: cfn('AWS::Logs::LogGroup', { LogGroupName: 'api-access' }),
            Rest: cfn('AWS::ApiGateway::Stage', {
              RestApiId: 'api-1',
              DeploymentId: 'dep-1',
              StageName: 'prod',
              AccessLogSetting: { DestinationArn: { 'Fn::GetAtt': ['AccessLogs', 'Arn'] }, Format: FORMAT },
            }),
            Http: cfn('AWS::ApiGatewayV2::Stage', { ApiId: 'api-2', StageName: '$default', AccessLogSettings: { DestinationArn: LOG_GROUP_ARN, Format: FORMAT } }),
          },
          expected: ['Rest: pass', 'Http: pass'],
        },
        {
          name: 'non-compliant: stages without access log settings',
          pulumi: [resource(T.restStage, 'Rest', { restApi: 'api-1', deployment: 'dep-1', stageName: 'prod' }), resource(T.v2Stage, 'Http', { apiId: 'api-2', name: '$default' })],
          cfn: {
            Rest: cfn('AWS::ApiGateway::Stage', { RestApiId: 'api-1', DeploymentId: 'dep-1', StageName: 'prod' }),
            Http: cfn('AWS::ApiGatewayV2::Stage', { ApiId: 'api-2', StageName: '$default' }),
          },
          expected: ['Rest: fail', 'Http: fail'],
        },
        {
          name: 'unknown: the destination from Fn::ImportValue',
          pulumi: [resource(T.restStage, 'Rest', { restApi: 'api-1', deployment: 'dep-1', stageName: 'prod', accessLogSettings: { destinationArn: UNKNOWN, format: FORMAT } })],
          cfn: {
            Rest: cfn('AWS::ApiGateway::Stage', {
              RestApiId: 'api-1',
              DeploymentId: 'dep-1',
              StageName: 'prod',
              AccessLogSetting: { DestinationArn: { 'Fn::ImportValue': 'log-group-arn' }, Format: FORMAT },
            }),
          },
          expected: ['Rest: unknown'],
        },
      ],
    },
    {
      titles: ['LOG2 parity: access logs (CloudFront, load balancers, API stages)', 'a REST deployment that creates its stage (StageName + StageDescription) = a Pulumi Stage'],
      cases: [
        {
          name: 'compliant: StageDescription.AccessLogSetting to a log group; non-compliant: an inline stage without it; unknown: the description from Fn::ImportValue',
          pulumi: [
            resource(T.restStage, 'Logged', { restApi: 'api-1', deployment: 'dep-1', stageName: 'prod', accessLogSettings: { destinationArn: LOG_GROUP_ARN, format: FORMAT } }),
            resource(T.restStage, 'Bare', { restApi: 'api-1', deployment: 'dep-1', stageName: 'prod' }),
            resource(T.restStage, 'Imported', { restApi: 'api-1', deployment: 'dep-1', stageName: 'prod', accessLogSettings: UNKNOWN }),
          ],
          cfn: {
            Logged: deployment({ AccessLogSetting: { DestinationArn: LOG_GROUP_ARN, Format: FORMAT }, MetricsEnabled: true }),
            Bare: deployment(),
            Imported: deployment({ 'Fn::ImportValue': 'stage-description' }),
            // No StageName: the deployment creates no stage (a separate AWS::ApiGateway::Stage publishes it), nothing to judge.
            Snapshot: cfn('AWS::ApiGateway::Deployment', { RestApiId: 'api-1' }),
          },
          expected: ['Logged: pass', 'Bare: fail', 'Imported: unknown'],
        },
      ],
    },
    /** LOG2's S3 part: server access logs for data buckets (log buckets themselves are not applicable). */
    {
      titles: ['LOG2 parity: S3 server access logs'],
      cases: [
        {
          name: 'compliant: a data bucket logging to a log bucket of the stack by !Ref (the log bucket is not applicable)',
          pulumi: [pulumiBucket('Data'), pulumiSide(S3.logging, 'Data', { targetBucket: 'Logs', targetPrefix: 'data/' }), pulumiBucket('Logs')],
          cfn: { Data: cfnBucket({ LoggingConfiguration: { DestinationBucketName: { Ref: 'Logs' }, LogFilePrefix: 'data/' } }), Logs: cfnBucket() },
          expected: ['Data: pass', 'Logs: not-applicable'],
        },
        {
          name: 'compliant: a log bucket named by its BucketName',
          pulumi: [pulumiBucket('Data'), pulumiSide(S3.logging, 'Data', { targetBucket: 'access-logs' }), pulumiBucket('Logs', { bucket: 'access-logs' })],
          cfn: { Data: cfnBucket({ LoggingConfiguration: { DestinationBucketName: 'access-logs' } }), Logs: cfnBucket({ BucketName: 'access-logs' }) },
          expected: ['Data: pass', 'Logs: not-applicable'],
        },
        bareBucketCase('non-compliant: no server access logging (the S3 default)', ['Data: fail'], 'Data'),
        {
          name: 'unknown: an imported destination may be the other bucket, which so may be a log bucket',
          pulumi: [pulumiBucket('Data'), pulumiSide(S3.logging, 'Data', { targetBucket: UNKNOWN }), pulumiBucket('Other')],
          cfn: { Data: cfnBucket({ LoggingConfiguration: { DestinationBucketName: IMPORTED } }), Other: cfnBucket() },
          expected: ['Data: pass', 'Other: unknown'],
        },
        {
          name: "unknown: the whole logging configuration imported (inline and unknown, as a v6 bucket's)",
          pulumi: [pulumiBucket('Data', { logging: UNKNOWN })],
          cfn: { Data: cfnBucket({ LoggingConfiguration: IMPORTED }) },
          expected: ['Data: unknown'],
        },
        {
          // "By default, logs are stored in the bucket where the LoggingConfiguration property is defined".
          name: 'LoggingConfiguration without DestinationBucketName logs into the bucket itself, which so is a log bucket',
          pulumi: [pulumiBucket('Data'), pulumiSide(S3.logging, 'Data', { targetBucket: 'Data', targetPrefix: 'self/' })],
          cfn: { Data: cfnBucket({ LoggingConfiguration: { LogFilePrefix: 'self/' } }) },
          expected: ['Data: not-applicable'],
        },
      ],
    },
    {
      titles: ['LOG2 parity: S3 server access logs', 'a CloudTrail trail\u2019s bucket is a log bucket'],
      cases: [
        {
          name: 'compliant: a data bucket logging to its log bucket; the trail\u2019s bucket of the stack (Ref; its output in Pulumi) is not applicable',
          pulumi: [pulumiBucket('Data'), pulumiSide(S3.logging, 'Data', { targetBucket: 'Logs' }), pulumiBucket('Logs'), pulumiBucket('TrailLogs'), pulumiTrail(UNKNOWN, ['TrailLogs'])],
          cfn: { Data: cfnBucket({ LoggingConfiguration: { DestinationBucketName: { Ref: 'Logs' } } }), Logs: cfnBucket(), TrailLogs: cfnBucket(), Trail: cfnTrail({ Ref: 'TrailLogs' }) },
          expected: ['Data: pass', 'Logs: not-applicable', 'TrailLogs: not-applicable'],
        },
        {
          name: 'non-compliant: a trail writing to a bucket elsewhere leaves the stack\u2019s bucket without access logs',
          pulumi: [pulumiBucket('Data'), pulumiTrail('org-trail-logs')],
          cfn: { Data: cfnBucket(), Trail: cfnTrail('org-trail-logs') },
          expected: ['Data: fail'],
        },
        {
          name: 'unknown: the trail\u2019s bucket imported may be the stack\u2019s bucket, which so may be a log bucket',
          pulumi: [pulumiBucket('Data'), pulumiTrail(UNKNOWN)],
          cfn: { Data: cfnBucket(), Trail: cfnTrail(IMPORTED) },
          expected: ['Data: unknown'],
        },
      ],
    },
  ],
};
