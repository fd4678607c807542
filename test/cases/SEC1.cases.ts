/** SEC1's cases, written once for both engines: the parity test (test/parity/SEC1.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { SEC1 } from '../../src/rules/sec/SEC1-secret-customer-managed-key';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';

export const pulumiKey: TestResource = { type: 'aws:kms/key:Key', name: 'Key', props: { enableKeyRotation: true } };
const pulumiSecret = (props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: 'aws:secretsmanager/secret:Secret',
  name: 'Secret',
  props,
  dependsOn,
});
/** A secret whose key comes from resource `from` of the program: unknown during preview, with a property dependency. */
export const secretFrom = (from: string) => pulumiSecret({ kmsKeyId: UNKNOWN }, { kmsKeyId: [from] });

const cfnKey = { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } };
const cfnSecret = (kmsKeyId?: unknown) => ({ Type: 'AWS::SecretsManager::Secret', Properties: kmsKeyId === undefined ? {} : { KmsKeyId: kmsKeyId } });

export const SEC1_CASES: RequirementCases = {
  rule: SEC1,
  groups: [
    {
      titles: ['SEC1 parity: secrets use a customer-managed KMS key'],
      cases: [
        {
          name: 'compliant: KmsKeyId !Ref Key (a key of the stack)',
          pulumi: [pulumiKey, secretFrom('Key')],
          cfn: { Key: cfnKey, Secret: cfnSecret({ Ref: 'Key' }) },
          expected: ['Secret: pass'],
        },
        {
          name: 'compliant: KmsKeyId !GetAtt Key.Arn',
          pulumi: [pulumiKey, secretFrom('Key')],
          cfn: { Key: cfnKey, Secret: cfnSecret({ 'Fn::GetAtt': ['Key', 'Arn'] }) },
          expected: ['Secret: pass'],
        },
        {
          name: 'compliant: KmsKeyId !Ref Alias, an alias of the stack targeting the key',
          pulumi: [pulumiKey, { type: 'aws:kms/alias:Alias', name: 'Alias', props: { name: 'alias/app-secrets', targetKeyId: UNKNOWN }, dependsOn: { targetKeyId: ['Key'] } }, secretFrom('Alias')],
          cfn: {
            Key: cfnKey,
            Alias: { Type: 'AWS::KMS::Alias', Properties: { AliasName: 'alias/app-secrets', TargetKeyId: { Ref: 'Key' } } },
            Secret: cfnSecret({ Ref: 'Alias' }),
          },
          expected: ['Secret: pass'],
        },
        {
          name: 'compliant: a customer key outside the stack, by ARN',
          pulumi: [pulumiSecret({ kmsKeyId: KEY_ARN })],
          cfn: { Secret: cfnSecret(KEY_ARN) },
          expected: ['Secret: pass'],
        },
        {
          name: 'compliant: Fn::If on a known condition picks the key of the stack',
          pulumi: [pulumiKey, secretFrom('Key')],
          cfn: {
            Parameters: { Env: { Type: 'String', Default: 'prod', AllowedValues: ['prod'] } },
            Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
            Resources: { Key: cfnKey, Secret: cfnSecret({ 'Fn::If': ['IsProd', { Ref: 'Key' }, 'alias/aws/secretsmanager'] }) },
          },
          expected: ['Secret: pass'],
        },
        {
          name: 'non-compliant: the AWS managed alias/aws/secretsmanager',
          pulumi: [pulumiSecret({ kmsKeyId: 'alias/aws/secretsmanager' })],
          cfn: { Secret: cfnSecret('alias/aws/secretsmanager') },
          expected: ['Secret: fail'],
        },
        {
          name: 'non-compliant: KmsKeyId absent (Secrets Manager uses aws/secretsmanager)',
          pulumi: [pulumiSecret({})],
          cfn: { Secret: cfnSecret() },
          expected: ['Secret: fail'],
        },
        {
          name: 'non-compliant (advisory): the key also encrypts a log group',
          pulumi: [pulumiKey, { type: 'aws:cloudwatch/logGroup:LogGroup', name: 'Logs', props: { kmsKeyId: UNKNOWN }, dependsOn: { kmsKeyId: ['Key'] } }, secretFrom('Key')],
          cfn: {
            Key: cfnKey,
            Logs: { Type: 'AWS::Logs::LogGroup', Properties: { KmsKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] } } },
            Secret: cfnSecret({ Ref: 'Key' }),
          },
          expected: ['Secret: fail'],
        },
        {
          name: 'unknown: KmsKeyId from a parameter without a default',
          pulumi: [pulumiSecret({ kmsKeyId: UNKNOWN })],
          cfn: { Parameters: { SecretsKey: { Type: 'String' } }, Resources: { Secret: cfnSecret({ Ref: 'SecretsKey' }) } },
          expected: ['Secret: unknown'],
        },
        {
          name: 'unknown: KmsKeyId imported from another stack (Fn::ImportValue)',
          pulumi: [pulumiSecret({ kmsKeyId: UNKNOWN })],
          cfn: { Secret: cfnSecret({ 'Fn::ImportValue': 'shared-secrets-key' }) },
          expected: ['Secret: unknown'],
        },
        {
          name: 'unknown: Fn::If on a condition not known until deployment, between the key and aws/secretsmanager',
          pulumi: [pulumiKey, pulumiSecret({ kmsKeyId: UNKNOWN })],
          cfn: {
            Parameters: { Env: { Type: 'String' } },
            Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
            Resources: { Key: cfnKey, Secret: cfnSecret({ 'Fn::If': ['IsProd', { Ref: 'Key' }, 'alias/aws/secretsmanager'] }) },
          },
          expected: ['Secret: unknown'],
        },
        {
          name: 'unknown: the alias of the stack targets an imported key',
          pulumi: [{ type: 'aws:kms/alias:Alias', name: 'Alias', props: { name: 'alias/app-secrets', targetKeyId: UNKNOWN } }, secretFrom('Alias')],
          cfn: {
            Alias: { Type: 'AWS::KMS::Alias', Properties: { AliasName: 'alias/app-secrets', TargetKeyId: { 'Fn::ImportValue': 'shared-key-id' } } },
            Secret: cfnSecret({ Ref: 'Alias' }),
          },
          expected: ['Secret: unknown'],
        },
      ],
    },
  ],
};
