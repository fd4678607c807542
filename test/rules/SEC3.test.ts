import { SEC3 } from '../../src/rules/sec/SEC3-kms-key';
import { factFromPulumi } from '../../src/pulumi/pack/facts';
import { TestResource, UNKNOWN, runPulumi, statuses, urnOf } from '../support/pulumi-stack';

const key = (name: string, props: Record<string, unknown>): TestResource => ({ type: 'aws:kms/key:Key', name, props });
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const rootStatement = { Sid: 'Root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' };

describe('SEC3 KMS keys', () => {
  it('passes a rotating symmetric key with the default policy, a yearly period and a conditioned public grant', () => {
    const f = runPulumi(SEC3, [
      key('default-policy', { enableKeyRotation: true }),
      key('period', {
        enableKeyRotation: true,
        rotationPeriodInDays: 180,
        customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
        policy: doc(rootStatement, { Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '123456789012' } } }),
      }),
    ]);
    expect(statuses(f)).toEqual([
      'default-policy/rotation: pass',
      'default-policy/keySpec: pass',
      'default-policy/policy: pass',
      'period/rotation: pass',
      'period/keySpec: pass',
      'period/policy: pass',
    ]);
  });

  it('fails rotation absent (KMS default off), false, and a period over 365 days', () => {
    const f = runPulumi(SEC3, [key('absent', {}), key('off', { enableKeyRotation: false }), key('long', { enableKeyRotation: true, rotationPeriodInDays: 730 })]);
    expect(statuses(f).filter((s) => s.includes('/rotation'))).toEqual(['absent/rotation: fail', 'off/rotation: fail', 'long/rotation: fail']);
    expect(f[0].message).toContain('absent (KMS default: rotation off)');
    expect(f[6].message).toContain('rotationPeriodInDays is 730');
  });

  it('fails an asymmetric encryption key; rotation does not apply to signing and HMAC keys', () => {
    const f = runPulumi(SEC3, [
      key('rsa-encrypt', { keyUsage: 'ENCRYPT_DECRYPT', customerMasterKeySpec: 'RSA_4096' }),
      key('sign', { keyUsage: 'SIGN_VERIFY', customerMasterKeySpec: 'ECC_NIST_P256' }),
      key('hmac', { keyUsage: 'GENERATE_VERIFY_MAC', customerMasterKeySpec: 'HMAC_256' }),
    ]);
    expect(statuses(f)).toEqual([
      'rsa-encrypt/rotation: not-applicable',
      'rsa-encrypt/keySpec: fail',
      'rsa-encrypt/policy: pass',
      'sign/rotation: not-applicable',
      'sign/keySpec: pass',
      'sign/policy: pass',
      'hmac/rotation: not-applicable',
      'hmac/keySpec: pass',
      'hmac/policy: pass',
    ]);
  });

  it('fails a policy that grants principal * (or AWS *) without a condition that pins the caller, and an unparseable policy', () => {
    const f = runPulumi(SEC3, [
      key('star', { enableKeyRotation: true, policy: doc(rootStatement, { Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }) }),
      key('aws-star', { enableKeyRotation: true, policy: doc({ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['kms:Encrypt'], Resource: '*' }) }),
      key('broken', { enableKeyRotation: true, policy: '{not json' }),
      key('deny-star', { enableKeyRotation: true, policy: doc(rootStatement, { Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' }) }),
      // kms:ViaService names the calling service, not the caller: AWS still counts the grant as public.
      key('via-service', {
        enableKeyRotation: true,
        policy: doc({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }),
      }),
      key('any-account', { enableKeyRotation: true, policy: doc({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringLike: { 'kms:CallerAccount': '*' } } }) }),
    ]);
    expect(statuses(f).filter((s) => s.includes('/policy'))).toEqual([
      'star/policy: fail',
      'aws-star/policy: fail',
      'broken/policy: fail',
      'deny-star/policy: pass',
      'via-service/policy: fail',
      'any-account/policy: fail',
    ]);
    expect(f[2].message).toContain('Statement[1] (Sid "Open")');
    expect(f[8].message).toContain('not valid JSON');
  });

  it('reports unknown for unknown rotation, spec and policy values', () => {
    const f = runPulumi(SEC3, [key('rot', { enableKeyRotation: UNKNOWN }), key('spec', { customerMasterKeySpec: UNKNOWN }), key('pol', { enableKeyRotation: true, policy: UNKNOWN })]);
    expect(statuses(f)).toEqual([
      'rot/rotation: unknown',
      'rot/keySpec: pass',
      'rot/policy: pass',
      'spec/rotation: unknown',
      'spec/keySpec: unknown',
      'spec/policy: pass',
      'pol/rotation: pass',
      'pol/keySpec: pass',
      'pol/policy: unknown',
    ]);
    expect(f[0].message).toContain('enableKeyRotation');
  });

  it('reads a policy given as an object with an unknown principal or an unknown caller-account pin as unknown', () => {
    const f = runPulumi(SEC3, [
      key('obj', { enableKeyRotation: true, policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: UNKNOWN }, Action: 'kms:Decrypt', Resource: '*' }] } }),
      key('pin', {
        enableKeyRotation: true,
        policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': UNKNOWN } } }] },
      }),
    ]);
    expect(statuses(f).filter((s) => s.includes('/policy'))).toEqual(['obj/policy: unknown', 'pin/policy: unknown']);
  });

  it('remediates rotation off to enableKeyRotation true, and nothing else', () => {
    const fact = (name: string, props: Record<string, unknown>) => factFromPulumi({ type: 'aws:kms/key:Key', name, props, urn: urnOf({ type: 'aws:kms/key:Key', name }) })!;
    expect(SEC3.remediate!(fact('a', { description: 'x' }))).toEqual({ description: 'x', enableKeyRotation: true });
    expect(SEC3.remediate!(fact('b', { enableKeyRotation: false }))).toEqual({ enableKeyRotation: true });
    expect(SEC3.remediate!(fact('c', { enableKeyRotation: true, policy: doc({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }) }))).toBeUndefined();
    expect(SEC3.remediate!(fact('d', { keyUsage: 'SIGN_VERIFY', customerMasterKeySpec: 'RSA_2048' }))).toBeUndefined();
    expect(SEC3.remediate!(fact('e', { enableKeyRotation: UNKNOWN }))).toBeUndefined();
  });
});
