/** Secrets and KMS mappings: Pulumi's names for the key, a secret's value as a SecretVersion, a hosted rotation function. */
import { Ref, Unknown } from '../../src/core/values';
import { cfnFacts } from '../support/cfn-stack';

describe('secrets and KMS mappings', () => {
  it('a KMS key under Pulumi\u2019s names', () => {
    const stack = cfnFacts({
      Key: { Type: 'AWS::KMS::Key', Properties: { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC', Enabled: false, PendingWindowInDays: 7, KeyPolicy: { Statement: [] } } },
    });
    expect(stack.byKey('Key')?.props).toEqual({ customerMasterKeySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC', isEnabled: false, deletionWindowInDays: 7, policy: { Statement: [] } });
  });

  it('a secret\u2019s value: literal as written (dynamic references inside kept for SEC4 to read), a generated value not known, none without a value', () => {
    const stack = cfnFacts({
      Literal: { Type: 'AWS::SecretsManager::Secret', Properties: { SecretString: 'written-here', ReplicaRegions: [{ Region: 'eu-west-1', KmsKeyId: 'alias/app' }] } },
      Dynamic: { Type: 'AWS::SecretsManager::Secret', Properties: { SecretString: '{"key":"{{resolve:ssm-secure:/app/key:3}}"}' } },
      Generated: { Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: { PasswordLength: 32 } } },
      Empty: { Type: 'AWS::SecretsManager::Secret', Properties: {} },
    });
    expect(stack.byKey('Literal')?.props).toEqual({ replicas: [{ region: 'eu-west-1', kmsKeyId: 'alias/app' }] });
    expect(stack.byKey('Literal#version')).toMatchObject({ kind: 'secretsmanager:SecretVersion', props: { secretId: new Ref('Literal'), secretString: 'written-here' } });
    expect(stack.byKey('Dynamic#version')?.props.secretString).toBe('{"key":"{{resolve:ssm-secure:/app/key:3}}"}');
    expect(stack.byKey('Generated#version')?.props.secretString).toBeInstanceOf(Unknown);
    expect(stack.byKey('Empty#version')).toBeUndefined();
  });

  it('a rotation schedule: RotationLambdaARN renamed; a hosted rotation function is present but not known', () => {
    const stack = cfnFacts({
      Own: {
        Type: 'AWS::SecretsManager::RotationSchedule',
        Properties: { SecretId: 's', RotationLambdaARN: 'arn:aws:lambda:us-east-1:123456789012:function:rotate', RotateImmediatelyOnUpdate: false },
      },
      Hosted: { Type: 'AWS::SecretsManager::RotationSchedule', Properties: { SecretId: 's', HostedRotationLambda: { RotationType: 'MySQLSingleUser' } } },
    });
    expect(stack.byKey('Own')?.props).toEqual({ secretId: 's', rotationLambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:rotate', rotateImmediately: false });
    expect(stack.byKey('Hosted')?.props.rotationLambdaArn).toBeInstanceOf(Unknown);
  });
});
