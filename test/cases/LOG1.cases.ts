/** LOG1's cases, written once for both engines: the parity test (test/parity/LOG1.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { LOG1 } from '../../src/rules/log/LOG1-cloudtrail-audit-trail';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const pulumiKey: TestResource = { type: 'aws:kms/key:Key', name: 'Key', props: { enableKeyRotation: true } };
const cfnKey = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };

const GOOD_PULUMI = { s3BucketName: 'audit-logs', enableLogging: true, isMultiRegionTrail: true, enableLogFileValidation: true, kmsKeyId: 'alias/cloudtrail' };
const GOOD_CFN = { S3BucketName: 'audit-logs', IsLogging: true, IsMultiRegionTrail: true, EnableLogFileValidation: true, KMSKeyId: 'alias/cloudtrail' };

const pulumiTrail = (props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: 'aws:cloudtrail/trail:Trail',
  name: 'Trail',
  props: { ...GOOD_PULUMI, ...props },
  dependsOn,
});
const cfnTrail = (props: Record<string, unknown>) => ({ Type: 'AWS::CloudTrail::Trail', Properties: { ...GOOD_CFN, ...props } });
/** `props` without `keys`: CloudFormation's defaults apply. */
const without = (props: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(props).filter(([k]) => !keys.includes(k)));

export const LOG1_CASES: RequirementCases = {
  rule: LOG1,
  groups: [
    {
      titles: ['LOG1 parity: a multi-region, validated, encrypted, logging CloudTrail trail'],
      cases: [
        {
          name: 'compliant: every switch on, KMSKeyId an alias by name',
          pulumi: [pulumiTrail({})],
          cfn: { Trail: cfnTrail({}) },
          expected: ['Trail: pass', 'stack: pass'],
        },
        {
          name: 'compliant: KMSKeyId !Ref Key (a key of the stack), IsLogging "true" from a parameter default',
          pulumi: [pulumiKey, pulumiTrail({ kmsKeyId: UNKNOWN }, { kmsKeyId: ['Key'] })],
          cfn: {
            Parameters: { Logging: { Type: 'String', Default: 'true', AllowedValues: ['true'] } },
            Resources: { Key: cfnKey, Trail: cfnTrail({ KMSKeyId: { Ref: 'Key' }, IsLogging: { Ref: 'Logging' } }) },
          },
          expected: ['Trail: pass', 'stack: pass'],
        },
        {
          name: 'non-compliant: IsMultiRegionTrail absent (CloudFormation default false)',
          pulumi: [pulumiTrail({ isMultiRegionTrail: undefined })],
          cfn: { Trail: { Type: 'AWS::CloudTrail::Trail', Properties: without(GOOD_CFN, 'IsMultiRegionTrail') } },
          expected: ['Trail: fail', 'stack: pass'],
        },
        {
          name: 'non-compliant: EnableLogFileValidation absent (default false), KMSKeyId absent',
          pulumi: [pulumiTrail({ enableLogFileValidation: undefined, kmsKeyId: undefined })],
          cfn: { Trail: { Type: 'AWS::CloudTrail::Trail', Properties: without(GOOD_CFN, 'EnableLogFileValidation', 'KMSKeyId') } },
          expected: ['Trail: fail', 'stack: pass'],
        },
        {
          name: 'non-compliant: IsLogging false (the trail is stopped)',
          pulumi: [pulumiTrail({ enableLogging: false })],
          cfn: { Trail: cfnTrail({ IsLogging: false }) },
          expected: ['Trail: fail', 'stack: pass'],
        },
        {
          name: 'non-compliant (advisory): the stack declares no trail',
          pulumi: [pulumiKey],
          cfn: { Key: cfnKey },
          expected: ['stack: fail'],
        },
        {
          name: 'unknown: KMSKeyId from a parameter without a default',
          pulumi: [pulumiTrail({ kmsKeyId: UNKNOWN })],
          cfn: { Parameters: { TrailKey: { Type: 'String' } }, Resources: { Trail: cfnTrail({ KMSKeyId: { Ref: 'TrailKey' } }) } },
          expected: ['Trail: unknown', 'stack: pass'],
        },
        {
          name: 'unknown: IsMultiRegionTrail imported (Fn::ImportValue)',
          pulumi: [pulumiTrail({ isMultiRegionTrail: UNKNOWN })],
          cfn: { Trail: cfnTrail({ IsMultiRegionTrail: { 'Fn::ImportValue': 'multi-region' } }) },
          expected: ['Trail: unknown', 'stack: pass'],
        },
      ],
    },
  ],
};
