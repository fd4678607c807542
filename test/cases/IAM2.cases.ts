/** IAM2's cases, written once for both engines: the parity test (test/parity/IAM2.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { IAM2 } from '../../src/rules/iam/IAM2-no-console-passwords';
import { TestResource } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const pulumiUser = (name: string, userName: string): TestResource => ({ type: 'aws:iam/user:User', name, props: { name: userName } });
/** Named like its user (the template's side fact is), so it names the user by its known name, not by a dependency. */
const pulumiProfile = (name: string, user: string): TestResource => ({ type: 'aws:iam/userLoginProfile:UserLoginProfile', name, props: { user, passwordResetRequired: true } });
export const cfnUser = (userName: string, props: Record<string, unknown> = {}) => ({ Type: 'AWS::IAM::User', Properties: { UserName: userName, ...props } });
/** The password comes from a NoEcho parameter: it is never written in the template. */
export const PASSWORD = { Parameters: { AdminPassword: { Type: 'String', NoEcho: true } } };
export const profile = { LoginProfile: { Password: { Ref: 'AdminPassword' }, PasswordResetRequired: true } };

export const IAM2_CASES: RequirementCases = {
  rule: IAM2,
  groups: [
    {
      titles: ['IAM2 parity: no IAM users with console passwords'],
      cases: [
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
      ],
    },
  ],
};
