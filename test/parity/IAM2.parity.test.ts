import { IAM2 } from '../../src/rules/iam/IAM2-no-console-passwords';
import { parity } from '../support/parity';
import { runCfn } from '../support/cfn-stack';
import { TestResource, statuses } from '../support/pulumi-stack';

const pulumiUser = (name: string, userName: string): TestResource => ({ type: 'aws:iam/user:User', name, props: { name: userName } });
/** Named like its user (the template's side fact is), so it names the user by its known name, not by a dependency. */
const pulumiProfile = (name: string, user: string): TestResource => ({ type: 'aws:iam/userLoginProfile:UserLoginProfile', name, props: { user, passwordResetRequired: true } });
const cfnUser = (userName: string, props: Record<string, unknown> = {}) => ({ Type: 'AWS::IAM::User', Properties: { UserName: userName, ...props } });
/** The password comes from a NoEcho parameter: it is never written in the template. */
const PASSWORD = { Parameters: { AdminPassword: { Type: 'String', NoEcho: true } } };
const profile = { LoginProfile: { Password: { Ref: 'AdminPassword' }, PasswordResetRequired: true } };

describe('IAM2 parity: no IAM users with console passwords', () => {
  parity(IAM2, [
    {
      name: 'compliant: a user without a login profile',
      pulumi: [pulumiUser('Ci', 'ci')],
      cfn: { Ci: cfnUser('ci') },
      expected: ['Ci: pass'],
    },
    {
      // Once, on the user: not again on the profile (CloudFormation's inline profile is a side fact of the user).
      name: 'non-compliant: a user with a login profile (inline in CloudFormation, a UserLoginProfile in Pulumi)',
      pulumi: [pulumiUser('Admin', 'admin'), pulumiProfile('AdminConsole', 'admin'), pulumiUser('Ci', 'ci')],
      cfn: { ...PASSWORD, Resources: { Admin: cfnUser('admin', profile), Ci: cfnUser('ci') } },
      expected: ['Admin: fail', 'Ci: pass'],
    },
    {
      name: 'non-compliant: the login profile is given when a known condition holds',
      pulumi: [pulumiUser('Admin', 'admin'), pulumiProfile('Admin', 'admin')],
      cfn: {
        Parameters: { ...PASSWORD.Parameters, Console: { Type: 'String', Default: 'yes', AllowedValues: ['yes'] } },
        Conditions: { WithConsole: { 'Fn::Equals': [{ Ref: 'Console' }, 'yes'] } },
        Resources: { Admin: cfnUser('admin', { LoginProfile: { 'Fn::If': ['WithConsole', profile.LoginProfile, { Ref: 'AWS::NoValue' }] } }) },
      },
      expected: ['Admin: fail'],
    },
    {
      name: 'compliant: the user is not created (its condition is false)',
      pulumi: [],
      cfn: {
        Parameters: { ...PASSWORD.Parameters, Console: { Type: 'String', Default: 'no', AllowedValues: ['no'] } },
        Conditions: { WithConsole: { 'Fn::Equals': [{ Ref: 'Console' }, 'yes'] } },
        Resources: { Admin: { ...cfnUser('admin', profile), Condition: 'WithConsole' } },
      },
      expected: [],
    },
  ]);

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
