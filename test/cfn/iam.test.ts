/** IAM mappings: the side facts a user, a group and a managed policy become, and what they leave out. */
import { Ref } from '../../src/core/values';
import { cfnFacts } from '../support/cfn-stack';

const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

describe('IAM mappings', () => {
  it('a user: its login profile without the password, inline policies and managed ARNs as Pulumi resources naming it', () => {
    const stack = cfnFacts({
      Parameters: { Password: { Type: 'String', NoEcho: true, Default: 'placeholder-not-a-secret' } },
      Resources: {
        Dev: {
          Type: 'AWS::IAM::User',
          Properties: {
            UserName: 'dev',
            LoginProfile: { Password: { Ref: 'Password' }, PasswordResetRequired: true },
            Policies: [{ PolicyName: 'read', PolicyDocument: doc }],
            ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
          },
        },
      },
    });
    expect(stack.facts.map((f) => [f.key, f.kind])).toEqual([
      ['Dev', 'iam:User'],
      ['Dev#loginProfile', 'iam:UserLoginProfile'],
      ['Dev#policy-0', 'iam:InlinePolicy'],
      ['Dev#managedPolicyArn-0', 'iam:PolicyAttachment'],
      // Each parameter declaration is a fact of its own (SEC4 judges it).
      ['Parameters/Password', 'cloudformation:Parameter'],
    ]);
    expect(stack.byKey('Dev')?.props).toEqual({ name: 'dev' });
    expect(stack.byKey('Dev#loginProfile')?.props).toEqual({ user: new Ref('Dev'), passwordResetRequired: true });
    // The user's facts never carry its password; the parameter's own fact keeps the Default the template
    // writes, for SEC4 (whose messages never quote it: test/cfn/secret-parameters.test.ts).
    const userFacts = stack.facts.filter((f) => f.kind !== 'cloudformation:Parameter');
    expect(JSON.stringify(userFacts.map((f) => f.props))).not.toContain('placeholder-not-a-secret');
    expect(stack.byKey('Dev#policy-0')?.props).toEqual({ user: new Ref('Dev'), name: 'read', policy: doc });
    expect(stack.byKey('Dev#managedPolicyArn-0')?.props).toEqual({ user: new Ref('Dev'), policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
  });

  it('a group names itself in its side facts; a managed policy\u2019s Roles become one PolicyAttachment of its ARN', () => {
    const stack = cfnFacts({
      Ops: { Type: 'AWS::IAM::Group', Properties: { GroupName: 'ops', Policies: [{ PolicyName: 'read', PolicyDocument: doc }] } },
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: doc } },
      Managed: { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: 'app', PolicyDocument: doc, Roles: [{ Ref: 'Role' }], Groups: [{ Ref: 'Ops' }] } },
      Alone: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc } },
    });
    expect(stack.byKey('Ops')?.props).toEqual({ name: 'ops' });
    expect(stack.byKey('Ops#policy-0')?.props).toEqual({ group: new Ref('Ops'), name: 'read', policy: doc });
    expect(stack.byKey('Managed')?.props).toEqual({ name: 'app', policy: doc });
    expect(stack.byKey('Managed#attachment')).toMatchObject({
      kind: 'iam:PolicyAttachment',
      props: { policyArn: new Ref('Managed'), roles: [new Ref('Role')], groups: [new Ref('Ops')] },
    });
    expect(stack.byKey('Alone#attachment')).toBeUndefined();
  });

  it('AWS::IAM::Policy is an inline policy of its roles', () => {
    const stack = cfnFacts({ P: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: doc, Roles: ['app'] } } });
    expect(stack.byKey('P')).toMatchObject({ kind: 'iam:InlinePolicy', props: { name: 'p', policy: doc, roles: ['app'] } });
  });
});
