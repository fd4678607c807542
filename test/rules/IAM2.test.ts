import { IAM2 } from '../../src/rules/iam/IAM2-no-console-passwords';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const user = (name: string, props: Record<string, unknown> = {}): TestResource => ({ type: 'aws:iam/user:User', name, props: { name, ...props } });
const profile = (name: string, userRef: unknown, dependsOn?: Record<string, string[]>): TestResource => ({
  type: 'aws:iam/userLoginProfile:UserLoginProfile',
  name,
  props: { user: userRef, passwordResetRequired: true },
  dependsOn,
});

describe('IAM2 no IAM users with console passwords', () => {
  it('passes users without a login profile', () => {
    const f = runPulumi(IAM2, [user('ci'), user('deployer')]);
    expect(statuses(f)).toEqual(['ci: pass', 'deployer: pass']);
    expect(f[0].enforcement).toBe('advisory');
  });

  it('fails the users of login profiles, once each (by name and through a property dependency)', () => {
    const f = runPulumi(IAM2, [user('alice'), user('bob'), user('ci'), profile('alice-console', 'alice'), profile('bob-console', UNKNOWN, { user: ['bob'] })]);
    expect(statuses(f)).toEqual(['alice: fail', 'bob: fail', 'ci: pass']);
    expect(f[0].message).toContain('console password');
  });

  it('fails a user with an inline login profile (template shape)', () => {
    const f = runPulumi(IAM2, [user('carol', { loginProfile: { password: UNKNOWN } })]);
    expect(statuses(f)).toEqual(['carol: fail']);
  });

  it('reports a user unknown when its inline login profile is not known (a template condition)', () => {
    const f = runPulumi(IAM2, [user('erin', { loginProfile: UNKNOWN })]);
    expect(statuses(f)).toEqual(['erin: unknown']);
    expect(f[0].message).toContain('loginProfile');
  });

  it('reports users unknown when a profile\u2019s user is not known', () => {
    const f = runPulumi(IAM2, [user('dave'), profile('someone', UNKNOWN)]);
    expect(statuses(f)).toEqual(['someone: fail', 'dave: unknown']);
    expect(f[1].message).toContain('someone');
  });

  it('fails a login profile of a user outside the stack', () => {
    const f = runPulumi(IAM2, [profile('external', 'existing-user')]);
    expect(statuses(f)).toEqual(['external: fail']);
  });
});
