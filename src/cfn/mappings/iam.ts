/**
 * IAM: CloudFormation properties into the Pulumi shapes IAM1, IAM2 and SEC4 read. A role keeps its
 * inline and managed policies on itself, as Pulumi's Role does (`inlinePolicies`, `managedPolicyArns`);
 * a user's or group's inline policies, managed policy ARNs and console password are separate resources
 * in Pulumi (UserPolicy/GroupPolicy, UserPolicyAttachment/GroupPolicyAttachment, UserLoginProfile),
 * so they become side facts of those kinds naming their user or group by `Ref`.
 */
import { PropValue, Props } from '../../core/props';
import { Ref, isUnknown } from '../../core/values';
import { Kind } from '../../facts/kinds';
import { camelCased, isProps } from './common';
import { CfnMapping, MappedFact } from './types';

export const POLICY_NAMES: Readonly<Record<string, string>> = { PolicyName: 'name', PolicyDocument: 'policy' };

/** A list property as its items; a list not known until deployment is one unknown item. */
function itemsOf(value: PropValue | undefined): PropValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** One side fact per item of a user's or group's list property. */
function sideFacts(kind: Kind, suffix: string, value: PropValue | undefined, props: (item: PropValue) => Props): MappedFact[] {
  return itemsOf(value).map((item, i) => ({ kind, suffix: `${suffix}-${i}`, props: props(item) }));
}

/** `Policies` and `ManagedPolicyArns` of a user or group (`owner` names it as Pulumi's attachment resources do). */
function attachedPolicies(props: Props, owner: Props): MappedFact[] {
  return [
    ...sideFacts('iam:InlinePolicy', 'policy', props.Policies, (p) => ({ ...owner, ...(isProps(p) ? camelCased(p, POLICY_NAMES) : { policy: p }) })),
    ...sideFacts('iam:PolicyAttachment', 'managedPolicyArn', props.ManagedPolicyArns, (arn) => ({ ...owner, policyArn: arn })),
  ];
}

const role: CfnMapping = ({ props }) => [
  {
    props: camelCased(props, {
      ...POLICY_NAMES,
      AssumeRolePolicyDocument: 'assumeRolePolicy',
      RoleName: 'name',
      Policies: 'inlinePolicies',
    }),
  },
];

/**
 * A login profile becomes Pulumi's UserLoginProfile. Its `Password` is left out: Pulumi's resource
 * takes none (it generates one), no check reads it, and a fact never carries a password into a report.
 * A profile that depends on a condition not known until deployment stays inline, unknown.
 */
const user: CfnMapping = ({ logicalId, props }) => {
  const { Policies, ManagedPolicyArns, LoginProfile, ...rest } = props;
  const owner = { user: new Ref(logicalId) };
  const self = camelCased(rest, { UserName: 'name' });
  const facts: MappedFact[] = [{ props: isUnknown(LoginProfile) ? { ...self, loginProfile: LoginProfile } : self }];
  if (isProps(LoginProfile)) {
    const { Password, ...profile } = LoginProfile;
    facts.push({ kind: 'iam:UserLoginProfile', suffix: 'loginProfile', props: { ...owner, ...camelCased(profile) } });
  }
  return [...facts, ...attachedPolicies({ Policies, ManagedPolicyArns }, owner)];
};

const group: CfnMapping = ({ logicalId, props }) => {
  const { Policies, ManagedPolicyArns, ...rest } = props;
  return [{ props: camelCased(rest, { GroupName: 'name' }) }, ...attachedPolicies({ Policies, ManagedPolicyArns }, { group: new Ref(logicalId) })];
};

/**
 * A managed policy is Pulumi's Policy; its `Roles`/`Users`/`Groups` are what Pulumi writes as a
 * PolicyAttachment of the policy's ARN.
 */
const managedPolicy: CfnMapping = ({ logicalId, props }) => {
  const { Roles, Users, Groups, ...rest } = props;
  const facts: MappedFact[] = [{ props: camelCased(rest, { ...POLICY_NAMES, ManagedPolicyName: 'name' }) }];
  if (Roles !== undefined || Users !== undefined || Groups !== undefined) {
    facts.push({ kind: 'iam:PolicyAttachment', suffix: 'attachment', props: camelCased({ PolicyArn: new Ref(logicalId), Roles, Users, Groups }) });
  }
  return facts;
};

/** AWS::IAM::Policy is an inline policy embedded in each of its `Roles`/`Users`/`Groups` (kind iam:InlinePolicy). */
const inlinePolicy: CfnMapping = ({ props }) => [{ props: camelCased(props, { ...POLICY_NAMES, RoleName: 'role', UserName: 'user', GroupName: 'group' }) }];

export const IAM_MAPPINGS: Readonly<Record<string, CfnMapping>> = {
  'AWS::IAM::Role': role,
  'AWS::IAM::User': user,
  'AWS::IAM::Group': group,
  'AWS::IAM::ManagedPolicy': managedPolicy,
  'AWS::IAM::Policy': inlinePolicy,
  'AWS::IAM::RolePolicy': inlinePolicy,
  'AWS::IAM::UserPolicy': inlinePolicy,
  'AWS::IAM::GroupPolicy': inlinePolicy,
};
