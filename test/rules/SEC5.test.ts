import { SEC5 } from '../../src/rules/sec/SEC5-secret-policy-not-public';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:s-AbCdEf';
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const policy = (name: string, props: Record<string, unknown>): TestResource => ({
  type: 'aws:secretsmanager/secretPolicy:SecretPolicy',
  name,
  props: { secretArn: SECRET_ARN, ...props },
});
const read = { Action: 'secretsmanager:GetSecretValue', Resource: '*' };

describe('SEC5 Secrets Manager resource policies are not public', () => {
  it('passes named principals and public grants pinned by a restricting condition; notes blockPublicPolicy', () => {
    const f = runPulumi(SEC5, [
      policy('role', { blockPublicPolicy: true, policy: doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/app' }, ...read }) }),
      policy('org', { policy: doc({ Effect: 'Allow', Principal: '*', ...read, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-example' } } }) }),
      policy('source-arn', { policy: doc({ Effect: 'Allow', Principal: { AWS: '*' }, ...read, Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:lambda:us-east-1:123456789012:function:app' } } }) }),
    ]);
    expect(statuses(f)).toEqual(['role: pass', 'org: pass', 'source-arn: pass']);
    expect(f[0].message).toContain('blockPublicPolicy is on');
    expect(f[1].message).toContain('set blockPublicPolicy to true');
  });

  it('fails Allow to * or AWS * without a condition, NotPrincipal allows, and an unparseable policy', () => {
    const f = runPulumi(SEC5, [
      policy('star', { policy: doc({ Effect: 'Allow', Principal: '*', ...read }) }),
      policy('aws-star', { blockPublicPolicy: true, policy: doc({ Effect: 'Allow', Principal: { AWS: '*' }, ...read }) }),
      policy('not-principal', { policy: doc({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:role/x' }, ...read }) }),
      policy('broken', { policy: 'nope' }),
    ]);
    expect(statuses(f)).toEqual(['star: fail', 'aws-star: fail', 'not-principal: fail', 'broken: fail']);
    expect(f[0].message).toContain('and set blockPublicPolicy to true');
    expect(f[1].message).not.toContain('set blockPublicPolicy');
  });

  it('fails public grants whose condition does not pin the caller (AWS "The meaning of public")', () => {
    const f = runPulumi(SEC5, [
      policy('tls-only', { policy: doc({ Effect: 'Allow', Principal: '*', ...read, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) }),
      policy('any-org', { policy: doc({ Effect: 'Allow', Principal: '*', ...read, Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } }) }),
      policy('if-exists', { policy: doc({ Effect: 'Allow', Principal: '*', ...read, Condition: { StringEqualsIfExists: { 'aws:PrincipalAccount': '123456789012' } } }) }),
    ]);
    expect(statuses(f)).toEqual(['tls-only: fail', 'any-org: fail', 'if-exists: fail']);
    expect(f[0].message).toContain('without a condition that pins the caller');
  });

  it('reports unknown for an unknown policy, principal or restricting condition value', () => {
    const f = runPulumi(SEC5, [
      policy('later', { policy: UNKNOWN }),
      policy('principal', { policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: UNKNOWN }, ...read }] } }),
      policy('org-later', { policy: { Statement: [{ Effect: 'Allow', Principal: '*', ...read, Condition: { StringEquals: { 'aws:PrincipalOrgID': UNKNOWN } } }] } }),
    ]);
    expect(statuses(f)).toEqual(['later: unknown', 'principal: unknown', 'org-later: unknown']);
  });

  it('judges a secret\u2019s inline policy too', () => {
    const f = runPulumi(SEC5, [
      { type: 'aws:secretsmanager/secret:Secret', name: 'none', props: {} },
      { type: 'aws:secretsmanager/secret:Secret', name: 'public', props: { policy: doc({ Effect: 'Allow', Principal: '*', ...read }) } },
      { type: 'aws:secretsmanager/secret:Secret', name: 'private', props: { policy: doc({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, ...read }) } },
      { type: 'aws:secretsmanager/secret:Secret', name: 'later', props: { policy: UNKNOWN } },
    ]);
    expect(statuses(f)).toEqual(['none: not-applicable', 'public: fail', 'private: pass', 'later: unknown']);
  });
});
