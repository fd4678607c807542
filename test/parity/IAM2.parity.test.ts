import { IAM2 } from '../../src/rules/iam/IAM2-no-console-passwords';
import { IAM2_CASES, PASSWORD, cfnUser, profile } from '../cases/IAM2.cases';
import { runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { statuses } from '../support/pulumi-stack';

parityOf(IAM2_CASES);

describe('IAM2 parity: no IAM users with console passwords', () => {
  // The unknown cases differ by engine, so they have no common case: a Pulumi profile names its user
  // by a value that may not be known yet (test/rules/IAM2.test.ts); a template's profile is inline in
  // its user, so it is unknown only when its condition is.
  it('CloudFormation: a login profile behind a condition not known until deployment is unknown', () => {
    const f = runCfn(IAM2, {
      Parameters: { ...PASSWORD.Parameters, Console: { Type: 'String' } },
      Conditions: { WithConsole: { 'Fn::Equals': [{ Ref: 'Console' }, 'yes'] } },
      Resources: { Admin: cfnUser('admin', { LoginProfile: { 'Fn::If': ['WithConsole', profile.LoginProfile, { Ref: 'AWS::NoValue' }] } }) },
    });
    expect(statuses(f)).toEqual(['Admin: unknown']);
    expect(f[0].message).toContain('LoginProfile');
  });
});
