/** SEC2's cases, written once for both engines: the parity test (test/parity/SEC2.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { SEC2 } from '../../src/rules/sec/SEC2-secret-rotation';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:app-AbCdEf';
const ROTATION_FN = 'arn:aws:lambda:us-east-1:123456789012:function:rotate';

const pulumiSecret: TestResource = { type: 'aws:secretsmanager/secret:Secret', name: 'Secret', props: { arn: SECRET_ARN } };
const pulumiRotation = (props: Record<string, unknown>, dependsOn: Record<string, string[]> = { secretId: ['Secret'] }): TestResource => ({
  type: 'aws:secretsmanager/secretRotation:SecretRotation',
  name: 'Rotation',
  props: { secretId: UNKNOWN, rotationLambdaArn: ROTATION_FN, ...props },
  dependsOn,
});

const cfnSecret = { Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: {} } };
const cfnRotation = (props: Record<string, unknown>) => ({
  Type: 'AWS::SecretsManager::RotationSchedule',
  Properties: { SecretId: { Ref: 'Secret' }, RotationLambdaARN: ROTATION_FN, ...props },
});

export const SEC2_CASES: RequirementCases = {
  rule: SEC2,
  groups: [
    {
      titles: ['SEC2 parity: secrets rotate at most every 90 days'],
      cases: [
        {
          name: 'compliant: a RotationSchedule with SecretId !Ref Secret every 30 days',
          pulumi: [pulumiSecret, pulumiRotation({ rotationRules: { automaticallyAfterDays: 30 } })],
          cfn: { Secret: cfnSecret, Rotation: cfnRotation({ RotationRules: { AutomaticallyAfterDays: 30 } }) },
          expected: ['Secret: pass'],
        },
        {
          name: 'compliant: a hosted rotation function (created at deploy time) on rate(30 days)',
          pulumi: [pulumiSecret, pulumiRotation({ rotationLambdaArn: UNKNOWN, rotationRules: { scheduleExpression: 'rate(30 days)', duration: '3h' } })],
          cfn: {
            Secret: cfnSecret,
            Rotation: {
              Type: 'AWS::SecretsManager::RotationSchedule',
              Properties: {
                SecretId: { Ref: 'Secret' },
                HostedRotationLambda: { RotationType: 'PostgreSQLSingleUser' },
                RotationRules: { ScheduleExpression: 'rate(30 days)', Duration: '3h' },
              },
            },
          },
          expected: ['Secret: pass'],
        },
        {
          name: 'compliant: SecretId written as the secret\u2019s ARN through Fn::Sub',
          pulumi: [pulumiSecret, pulumiRotation({ secretId: SECRET_ARN, rotationRules: { automaticallyAfterDays: 7 } }, {})],
          cfn: { Secret: cfnSecret, Rotation: cfnRotation({ SecretId: { 'Fn::Sub': '${Secret}' }, RotationRules: { AutomaticallyAfterDays: 7 } }) },
          expected: ['Secret: pass'],
        },
        {
          name: 'non-compliant: no rotation schedule',
          pulumi: [pulumiSecret],
          cfn: { Secret: cfnSecret },
          expected: ['Secret: fail'],
        },
        {
          name: 'non-compliant: the rotation schedule is not created (its condition is false)',
          pulumi: [pulumiSecret],
          cfn: {
            Parameters: { Env: { Type: 'String', Default: 'dev', AllowedValues: ['dev'] } },
            Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
            Resources: { Secret: cfnSecret, Rotation: { ...cfnRotation({ RotationRules: { AutomaticallyAfterDays: 30 } }), Condition: 'IsProd' } },
          },
          expected: ['Secret: fail'],
        },
        {
          name: 'non-compliant: every 365 days',
          pulumi: [pulumiSecret, pulumiRotation({ rotationRules: { automaticallyAfterDays: 365 } })],
          cfn: { Secret: cfnSecret, Rotation: cfnRotation({ RotationRules: { AutomaticallyAfterDays: 365 } }) },
          expected: ['Secret: fail'],
        },
        {
          name: 'non-compliant: a rate from a parameter default, rate(120 days)',
          pulumi: [pulumiSecret, pulumiRotation({ rotationRules: { scheduleExpression: 'rate(120 days)' } })],
          cfn: {
            Parameters: { Schedule: { Type: 'String', Default: 'rate(120 days)', AllowedValues: ['rate(120 days)'] } },
            Resources: { Secret: cfnSecret, Rotation: cfnRotation({ RotationRules: { ScheduleExpression: { Ref: 'Schedule' } } }) },
          },
          expected: ['Secret: fail'],
        },
        {
          name: 'compliant: a cron schedule that fires every week, cron(0 3 ? * MON *)',
          pulumi: [pulumiSecret, pulumiRotation({ rotationRules: { scheduleExpression: 'cron(0 3 ? * MON *)' } })],
          cfn: { Secret: cfnSecret, Rotation: cfnRotation({ RotationRules: { ScheduleExpression: 'cron(0 3 ? * MON *)' } }) },
          expected: ['Secret: pass'],
        },
        {
          name: 'non-compliant: a yearly cron is not "at most 90 days", cron(0 0 1 1 ? *)',
          pulumi: [pulumiSecret, pulumiRotation({ rotationRules: { scheduleExpression: 'cron(0 0 1 1 ? *)' } })],
          cfn: { Secret: cfnSecret, Rotation: cfnRotation({ RotationRules: { ScheduleExpression: 'cron(0 0 1 1 ? *)' } }) },
          expected: ['Secret: fail'],
        },
        {
          name: 'unknown: a cron expression Secrets Manager does not read (five fields)',
          pulumi: [pulumiSecret, pulumiRotation({ rotationRules: { scheduleExpression: 'cron(0 0 1 * ?)' } })],
          cfn: { Secret: cfnSecret, Rotation: cfnRotation({ RotationRules: { ScheduleExpression: 'cron(0 0 1 * ?)' } }) },
          expected: ['Secret: unknown'],
        },
        {
          name: 'unknown: SecretId from a parameter without a default',
          pulumi: [pulumiSecret, pulumiRotation({ rotationRules: { automaticallyAfterDays: 30 } }, {})],
          cfn: {
            Parameters: { TargetSecret: { Type: 'String' } },
            Resources: { Secret: cfnSecret, Rotation: cfnRotation({ SecretId: { Ref: 'TargetSecret' }, RotationRules: { AutomaticallyAfterDays: 30 } }) },
          },
          expected: ['Secret: unknown'],
        },
        {
          name: 'unknown: the interval is imported (Fn::ImportValue)',
          pulumi: [pulumiSecret, pulumiRotation({ rotationRules: { automaticallyAfterDays: UNKNOWN } })],
          cfn: { Secret: cfnSecret, Rotation: cfnRotation({ RotationRules: { AutomaticallyAfterDays: { 'Fn::ImportValue': 'rotation-days' } } }) },
          expected: ['Secret: unknown'],
        },
      ],
    },
  ],
};
