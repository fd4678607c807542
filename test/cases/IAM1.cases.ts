/** IAM1's cases, written once for both engines: the parity test (test/parity/IAM1.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { IAM1 } from '../../src/rules/iam/IAM1-least-privilege';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const POWER_USER = 'arn:aws:iam::aws:policy/PowerUserAccess';
export const documentOf = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
export const narrow = documentOf({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::app-data/*' });
const admin = documentOf({ Effect: 'Allow', Action: '*', Resource: '*' });
const trust = documentOf({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });
export const json = (doc: unknown) => JSON.stringify(doc);

export const pulumi = (type: string, name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({ type: `aws:iam/${type}`, name, props, dependsOn });
const pulumiRole = (props: Record<string, unknown>, dependsOn?: Record<string, string[]>) => pulumi('role:Role', 'Role', { assumeRolePolicy: json(trust), ...props }, dependsOn);
export const cfnRole = (props: Record<string, unknown>) => ({ Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: trust, ...props } });
export const cfnManaged = (PolicyDocument: unknown, props: Record<string, unknown> = {}) => ({ Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument, ...props } });

// Named like its policy (the template's side fact is), so it names the policy by its known ARN.
export const attached = (name: string): TestResource =>
  pulumi('policyAttachment:PolicyAttachment', name, { policyArn: `arn:aws:iam::123456789012:policy/${name}`, roles: [UNKNOWN] }, { roles: ['Role'] });

const managed = (statement: Record<string, unknown>) => ({ pulumi: json(documentOf(statement)), cfn: documentOf(statement) });
/** Administrator access written as ARN patterns and NotAction, one managed policy each (the parity case and the enforcement test share them). */
export const ADMIN_PATTERNS = {
  Scoped: managed({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:*:*:123456789012:*' }),
  AllArn: managed({ Effect: 'Allow', Action: '*', Resource: 'arn:*' }),
  AllSegments: managed({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:*:*:*:*' }),
  AlmostAll: managed({ Effect: 'Allow', NotAction: ['iam:DeleteRole', 'iam:DeleteUser'], Resource: '*' }),
  PowerUser: managed({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: 'arn:*:*:*:*:*' }),
};
export const pulumiOf = (c: Record<string, { pulumi: string }>) => Object.entries(c).map(([name, d]) => pulumi('policy:Policy', name, { policy: d.pulumi }));
export const cfnOf = (c: Record<string, { cfn: unknown }>) => Object.fromEntries(Object.entries(c).map(([name, d]) => [name, cfnManaged(d.cfn)]));

export const IAM1_CASES: RequirementCases = {
  rule: IAM1,
  groups: [
    {
      titles: ['IAM1 parity: least privilege', 'AWS::IAM::Role (inline Policies, ManagedPolicyArns)'],
      cases: [
        {
          name: 'compliant: a narrow inline policy and ReadOnlyAccess; the trust policy is not judged',
          pulumi: [pulumiRole({ inlinePolicies: [{ name: 'read', policy: json(narrow) }], managedPolicyArns: [READ_ONLY] })],
          cfn: { Role: cfnRole({ Policies: [{ PolicyName: 'read', PolicyDocument: narrow }], ManagedPolicyArns: [READ_ONLY] }) },
          expected: ['Role: pass'],
        },
        {
          name: 'compliant: a managed policy of the stack (!Ref OwnPolicy), judged on its own document',
          pulumi: [pulumi('policy:Policy', 'OwnPolicy', { policy: json(narrow) }), pulumiRole({ managedPolicyArns: [UNKNOWN] }, { managedPolicyArns: ['OwnPolicy'] })],
          cfn: { OwnPolicy: cfnManaged(narrow), Role: cfnRole({ ManagedPolicyArns: [{ Ref: 'OwnPolicy' }] }) },
          expected: ['OwnPolicy/policy: pass', 'Role: pass'],
        },
        {
          name: 'non-compliant: an inline * on *, and AdministratorAccess written with !Sub and AWS::Partition',
          pulumi: [pulumiRole({ inlinePolicies: [{ name: 'all', policy: json(admin) }], managedPolicyArns: [ADMIN] })],
          cfn: {
            Role: cfnRole({
              Policies: [{ PolicyName: 'all', PolicyDocument: admin }],
              ManagedPolicyArns: [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess' }],
            }),
          },
          expected: ['Role/inlinePolicies[0].policy.Statement[0]: fail', 'Role/managedPolicyArns[0]: fail'],
        },
        {
          name: 'non-compliant: IAMFullAccess (iam:* on *: the role can grant itself any permission)',
          pulumi: [pulumiRole({ managedPolicyArns: [READ_ONLY, 'arn:aws:iam::aws:policy/IAMFullAccess'] })],
          cfn: { Role: cfnRole({ ManagedPolicyArns: [READ_ONLY, { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/IAMFullAccess' }] }) },
          expected: ['Role/managedPolicyArns[1]: fail'],
        },
        {
          name: 'unknown: inline policies imported, a managed ARN from a parameter without a default',
          pulumi: [pulumiRole({ inlinePolicies: UNKNOWN, managedPolicyArns: [UNKNOWN] })],
          cfn: {
            Parameters: { ExtraPolicy: { Type: 'String' } },
            Resources: { Role: cfnRole({ Policies: { 'Fn::ImportValue': 'role-policies' }, ManagedPolicyArns: [{ Ref: 'ExtraPolicy' }] }) },
          },
          expected: ['Role/inlinePolicies: unknown', 'Role/managedPolicyArns[0]: unknown'],
        },
      ],
    },
    {
      titles: ['IAM1 parity: least privilege', 'AWS::IAM::ManagedPolicy (a Policy and, for its Roles, a PolicyAttachment)'],
      cases: [
        {
          name: 'compliant: a narrow policy attached to a role of the stack',
          pulumi: [pulumiRole({}), pulumi('policy:Policy', 'Managed', { policy: json(narrow) }), attached('Managed')],
          cfn: { Role: cfnRole({}), Managed: cfnManaged(narrow, { Roles: [{ Ref: 'Role' }] }) },
          expected: ['Role: pass', 'Managed/policy: pass', 'Managed/policyArn: pass'],
        },
        {
          name: 'non-compliant: * on *; advisory: s3:* on *',
          pulumi: [pulumi('policy:Policy', 'Managed', { policy: json(admin) }), pulumi('policy:Policy', 'S3All', { policy: json(documentOf({ Effect: 'Allow', Action: 's3:*', Resource: '*' })) })],
          cfn: { Managed: cfnManaged(admin), S3All: cfnManaged(documentOf({ Effect: 'Allow', Action: 's3:*', Resource: '*' })) },
          expected: ['Managed/policy.Statement[0]: fail', 'S3All/policy.Statement[0]: fail'],
        },
        {
          name: 'unknown: every action on an imported resource',
          pulumi: [pulumi('policy:Policy', 'Managed', { policy: documentOf({ Effect: 'Allow', Action: '*', Resource: UNKNOWN }) })],
          cfn: { Managed: cfnManaged(documentOf({ Effect: 'Allow', Action: '*', Resource: { 'Fn::ImportValue': 'shared-arn' } })) },
          expected: ['Managed/policy.Statement[0]: unknown'],
        },
      ],
    },
    {
      titles: ['IAM1 parity: least privilege', 'inline policies: AWS::IAM::Policy and AWS::IAM::RolePolicy'],
      cases: [
        {
          name: 'compliant: a narrow RolePolicy',
          pulumi: [pulumiRole({}), pulumi('rolePolicy:RolePolicy', 'Inline', { role: UNKNOWN, policy: json(narrow) }, { role: ['Role'] })],
          cfn: { Role: cfnRole({}), Inline: { Type: 'AWS::IAM::RolePolicy', Properties: { RoleName: { Ref: 'Role' }, PolicyName: 'read', PolicyDocument: narrow } } },
          expected: ['Role: pass', 'Inline/policy: pass'],
        },
        {
          name: 'non-compliant: an AWS::IAM::Policy granting * on * to a role',
          pulumi: [pulumiRole({}), pulumi('rolePolicy:RolePolicy', 'Inline', { role: UNKNOWN, policy: json(admin) }, { role: ['Role'] })],
          cfn: { Role: cfnRole({}), Inline: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'all', Roles: [{ Ref: 'Role' }], PolicyDocument: admin } } },
          expected: ['Role: pass', 'Inline/policy.Statement[0]: fail'],
        },
        {
          name: 'unknown: the document is imported',
          pulumi: [pulumi('rolePolicy:RolePolicy', 'Inline', { role: 'app', policy: UNKNOWN })],
          cfn: { Inline: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'all', Roles: ['app'], PolicyDocument: { 'Fn::ImportValue': 'policy-document' } } } },
          expected: ['Inline/policy: unknown'],
        },
      ],
    },
    {
      titles: ['IAM1 parity: least privilege', 'AWS::IAM::User and AWS::IAM::Group (UserPolicy/GroupPolicy and attachments in Pulumi)'],
      cases: [
        {
          name: 'compliant: a user with a narrow inline policy and ReadOnlyAccess',
          pulumi: [
            pulumi('user:User', 'Dev', { name: 'dev' }),
            pulumi('userPolicy:UserPolicy', 'Dev', { user: 'dev', name: 'read', policy: json(narrow) }),
            pulumi('userPolicyAttachment:UserPolicyAttachment', 'Dev', { user: 'dev', policyArn: READ_ONLY }),
          ],
          cfn: { Dev: { Type: 'AWS::IAM::User', Properties: { UserName: 'dev', Policies: [{ PolicyName: 'read', PolicyDocument: narrow }], ManagedPolicyArns: [READ_ONLY] } } },
          expected: ['Dev/policy: pass', 'Dev/policyArn: pass'],
        },
        {
          name: 'non-compliant: a user\u2019s inline * on *; a group with AdministratorAccess; advisory: PowerUserAccess',
          pulumi: [
            pulumi('userPolicy:UserPolicy', 'Dev', { user: 'dev', name: 'all', policy: json(admin) }),
            pulumi('groupPolicyAttachment:GroupPolicyAttachment', 'Ops', { group: 'ops', policyArn: ADMIN }),
            pulumi('groupPolicyAttachment:GroupPolicyAttachment', 'Power', { group: 'power', policyArn: POWER_USER }),
          ],
          cfn: {
            Dev: { Type: 'AWS::IAM::User', Properties: { UserName: 'dev', Policies: [{ PolicyName: 'all', PolicyDocument: admin }] } },
            Ops: { Type: 'AWS::IAM::Group', Properties: { GroupName: 'ops', ManagedPolicyArns: [ADMIN] } },
            Power: { Type: 'AWS::IAM::Group', Properties: { GroupName: 'power', ManagedPolicyArns: [POWER_USER] } },
          },
          expected: ['Dev/policy.Statement[0]: fail', 'Ops/policyArn: fail', 'Power/policyArn: fail'],
        },
        {
          name: 'unknown: a group\u2019s managed policy ARNs imported',
          pulumi: [pulumi('groupPolicyAttachment:GroupPolicyAttachment', 'Ops', { group: 'ops', policyArn: UNKNOWN })],
          cfn: { Ops: { Type: 'AWS::IAM::Group', Properties: { GroupName: 'ops', ManagedPolicyArns: { 'Fn::ImportValue': 'ops-policies' } } } },
          expected: ['Ops/policyArn: unknown'],
        },
      ],
    },
    {
      titles: ['IAM1 parity: least privilege', 'administrator access however written: ARN patterns that match every resource, NotAction that leaves IAM allowed'],
      cases: [
        {
          name: 'compliant: * on one account\u2019s resources; non-compliant: * on arn:* and arn:aws:*:*:*:*, NotAction sparing two IAM actions; advisory: NotAction excluding all of IAM',
          pulumi: pulumiOf(ADMIN_PATTERNS),
          cfn: cfnOf(ADMIN_PATTERNS),
          expected: ['Scoped/policy: pass', 'AllArn/policy.Statement[0]: fail', 'AllSegments/policy.Statement[0]: fail', 'AlmostAll/policy.Statement[0]: fail', 'PowerUser/policy.Statement[0]: fail'],
        },
        {
          name: 'unknown: NotAction from a parameter without a default, on every resource',
          pulumi: [pulumi('policy:Policy', 'Managed', { policy: documentOf({ Effect: 'Allow', NotAction: [UNKNOWN], Resource: 'arn:aws:*' }) })],
          cfn: { Parameters: { Spared: { Type: 'String' } }, Resources: { Managed: cfnManaged(documentOf({ Effect: 'Allow', NotAction: [{ Ref: 'Spared' }], Resource: 'arn:aws:*' })) } },
          expected: ['Managed/policy.Statement[0]: unknown'],
        },
      ],
    },
  ],
};
