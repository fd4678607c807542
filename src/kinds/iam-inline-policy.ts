/**
 * Inline policies (IAM1): Pulumi's RolePolicy, UserPolicy and GroupPolicy. AWS::IAM::Policy is not a
 * managed policy: CloudFormation embeds it inline in each of its roles, users and groups.
 */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { POLICY_NAMES, PolicyDocumentValue, PolicyOwnerProps } from './shared/secrets-iam';

export interface InlinePolicyProps extends PolicyOwnerProps {
  name?: string;
  policy?: PolicyDocumentValue;
}

const INLINE_POLICY_NAMES = { ...POLICY_NAMES, RoleName: 'role', UserName: 'user', GroupName: 'group' };

const inlinePolicy: CfnMapping = ({ props }) => [{ props: camelCased(props, INLINE_POLICY_NAMES) }];

export const IAM_INLINE_POLICY = defineKind<InlinePolicyProps>()({
  kind: 'iam:InlinePolicy',
  pulumi: ['aws:iam/rolePolicy:RolePolicy', 'aws:iam/userPolicy:UserPolicy', 'aws:iam/groupPolicy:GroupPolicy'],
  cfn: {
    'AWS::IAM::RolePolicy': inlinePolicy,
    'AWS::IAM::UserPolicy': inlinePolicy,
    'AWS::IAM::GroupPolicy': inlinePolicy,
    'AWS::IAM::Policy': inlinePolicy,
  },
  pathNames: INLINE_POLICY_NAMES,
});
