import { SEC1 } from '../../src/rules/sec/SEC1-secret-customer-managed-key';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';
const OTHER_KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/99999999-8888-7777-6666-555555555555';

const secret = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: 'aws:secretsmanager/secret:Secret',
  name,
  props,
  dependsOn,
});
const key = (name: string, arn = KEY_ARN): TestResource => ({
  type: 'aws:kms/key:Key',
  name,
  props: { arn, keyId: arn.split('/')[1], enableKeyRotation: true },
});
const alias = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: 'aws:kms/alias:Alias',
  name,
  props,
  dependsOn,
});

describe('SEC1 secrets use a customer-managed KMS key', () => {
  it('fails an absent key (aws/secretsmanager default) and AWS managed aliases', () => {
    const f = runPulumi(SEC1, [
      secret('absent', {}),
      secret('aws-alias', { kmsKeyId: 'alias/aws/secretsmanager' }),
      secret('aws-alias-arn', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:alias/aws/secretsmanager' }),
      secret('garbage', { kmsKeyId: 'not a key' }),
    ]);
    expect(statuses(f)).toEqual(['absent: fail', 'aws-alias: fail', 'aws-alias-arn: fail', 'garbage: fail']);
    expect(f.map((x) => x.enforcement)).toEqual(['mandatory', 'mandatory', 'mandatory', 'mandatory']);
    expect(f[0].message).toContain('aws/secretsmanager');
  });

  it('passes external customer keys and aliases by form', () => {
    const f = runPulumi(SEC1, [
      secret('ext-key-arn', { kmsKeyId: OTHER_KEY_ARN }),
      secret('ext-key-id', { kmsKeyId: '99999999-8888-7777-6666-555555555555' }),
      secret('ext-alias', { kmsKeyId: 'alias/app-secrets' }),
    ]);
    expect(statuses(f)).toEqual(['ext-key-arn: pass', 'ext-key-id: pass', 'ext-alias: pass']);
    expect(f[2].message).toContain('outside this stack');
  });

  it('passes a key of the stack quoted by its ARN (known id)', () => {
    const f = runPulumi(SEC1, [key('k'), secret('s', { kmsKeyId: KEY_ARN })]);
    expect(statuses(f)).toEqual(['s: pass']);
    expect(f[0].message).toContain('customer-managed KMS key k');
  });

  it('passes a secret whose kmsKeyId is unknown during preview but depends on a key of the program', () => {
    const f = runPulumi(SEC1, [key('k'), secret('s', { kmsKeyId: UNKNOWN }, { kmsKeyId: ['k'] })]);
    expect(statuses(f)).toEqual(['s: pass']);
  });

  it('reports unknown when kmsKeyId is unknown and resolves to no key', () => {
    const f = runPulumi(SEC1, [key('k'), secret('s', { kmsKeyId: UNKNOWN })]);
    expect(statuses(f)).toEqual(['s: unknown']);
    expect(f[0].message).toContain('kmsKeyId');
  });

  it('resolves an alias of the stack on to its key (known and unknown targetKeyId)', () => {
    const f = runPulumi(SEC1, [
      key('k'),
      alias('a1', { name: 'alias/app-secrets', targetKeyId: KEY_ARN.split('/')[1] }),
      alias('a2', { name: 'alias/app-secrets-2', targetKeyId: UNKNOWN }, { targetKeyId: ['k'] }),
      alias('a3', { name: 'alias/app-secrets-3', targetKeyId: UNKNOWN }),
      secret('via-a1', { kmsKeyId: 'alias/app-secrets' }),
      secret('via-a2', { kmsKeyId: UNKNOWN }, { kmsKeyId: ['a2'] }),
      secret('via-a3', { kmsKeyId: 'alias/app-secrets-3' }),
    ]);
    expect(statuses(f)).toEqual(['via-a1: pass', 'via-a2: pass', 'via-a3: unknown']);
  });

  it('is advisory when the key also encrypts non-secret resources (known id and property dependency)', () => {
    const f = runPulumi(SEC1, [
      key('shared'),
      key('shared-2', OTHER_KEY_ARN),
      key('dedicated', 'arn:aws:kms:us-east-1:123456789012:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'),
      // Outputs: the alias quotes its key's ARN too, so the bucket's key ARN matches key and alias.
      alias('shared-alias', { name: 'alias/shared', targetKeyId: KEY_ARN.split('/')[1], targetKeyArn: KEY_ARN }),
      // An RDS-managed master password secret on the dedicated key is a secret use.
      {
        type: 'aws:rds/instance:Instance',
        name: 'db',
        props: { manageMasterUserPassword: true, masterUserSecretKmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' },
      },
      {
        type: 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration',
        name: 'enc',
        props: { bucket: 'b', rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: KEY_ARN } }] },
      },
      { type: 'aws:cloudwatch/logGroup:LogGroup', name: 'logs', props: { kmsKeyId: UNKNOWN }, dependsOn: { kmsKeyId: ['shared-2'] } },
      // Not encryption: a key ARN in an env var, an IAM grant and another secret do not make a key shared.
      {
        type: 'aws:lambda/function:Function',
        name: 'fn',
        props: { environment: { variables: { KMS_KEY_ARN: 'arn:aws:kms:us-east-1:123456789012:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' } } },
      },
      {
        type: 'aws:iam/policy:Policy',
        name: 'grant',
        props: { policy: '{}', kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' },
      },
      secret('other-secret', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' }),
      secret('on-shared', { kmsKeyId: KEY_ARN }),
      secret('on-shared-2', { kmsKeyId: UNKNOWN }, { kmsKeyId: ['shared-2'] }),
      secret('on-dedicated', { kmsKeyId: UNKNOWN }, { kmsKeyId: ['dedicated'] }),
    ]);
    expect(statuses(f)).toEqual(['other-secret: pass', 'on-shared: fail', 'on-shared-2: fail', 'on-dedicated: pass']);
    expect(f[1].enforcement).toBe('advisory');
    expect(f[1].message).toContain('enc (rules.0.applyServerSideEncryptionByDefault.kmsMasterKeyId)');
    expect(f[2].enforcement).toBe('advisory');
    expect(f[2].message).toContain('logs (kmsKeyId)');
  });

  it('combines several candidate keys: unknown when they disagree', () => {
    const f = runPulumi(SEC1, [
      key('shared'),
      key('dedicated', OTHER_KEY_ARN),
      { type: 'aws:sns/topic:Topic', name: 't', props: { kmsMasterKeyId: KEY_ARN } },
      secret('s', { kmsKeyId: UNKNOWN }, { kmsKeyId: ['shared', 'dedicated'] }),
    ]);
    expect(statuses(f)).toEqual(['s: unknown']);
  });

  it('judges nothing without secrets', () => {
    expect(runPulumi(SEC1, [key('k')])).toEqual([]);
  });
});
