/**
 * IAM users (IAM2). A user's inline policies, managed policy ARNs and console password are separate
 * resources in Pulumi (UserPolicy, UserPolicyAttachment, UserLoginProfile), so a CloudFormation user's
 * become side facts of those kinds naming the user by `Ref`.
 */
import { Ref, isUnknown } from '../core/values';
import { camelCased, isProps } from '../cfn/mappings/common';
import { CfnMapping, MappedFact } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { attachedPolicies } from './shared/secrets-iam';

export interface UserProps {
  name?: string;
  path?: string;
  permissionsBoundary?: string;
  /** Only from a template whose `LoginProfile` depends on a condition not known until deployment: an unknown. */
  loginProfile?: object;
}

const USER_NAMES = { UserName: 'name' };

/**
 * A login profile becomes Pulumi's UserLoginProfile. Its `Password` is left out: Pulumi's resource
 * takes none (it generates one), no check reads it, and a fact never carries a password into a report.
 * A profile that depends on a condition not known until deployment stays inline, unknown.
 */
const user: CfnMapping = ({ logicalId, props }) => {
  const { Policies, ManagedPolicyArns, LoginProfile, ...rest } = props;
  const owner = { user: new Ref(logicalId) };
  const self = camelCased(rest, USER_NAMES);
  const facts: MappedFact[] = [{ props: isUnknown(LoginProfile) ? { ...self, loginProfile: LoginProfile } : self }];
  if (isProps(LoginProfile)) {
    const { Password, ...profile } = LoginProfile;
    facts.push({ kind: 'iam:UserLoginProfile', suffix: 'loginProfile', props: { ...owner, ...camelCased(profile) } });
  }
  return [...facts, ...attachedPolicies({ Policies, ManagedPolicyArns }, owner)];
};

export const IAM_USER = defineKind<UserProps>()({
  kind: 'iam:User',
  pulumi: ['aws:iam/user:User'],
  cfn: { 'AWS::IAM::User': user },
  pathNames: USER_NAMES,
});
