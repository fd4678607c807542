/**
 * IAM groups. A CloudFormation group carries its inline and managed policies, which become side facts
 * (Pulumi's GroupPolicy and GroupPolicyAttachment) naming the group by `Ref`.
 */
import { Ref } from '../core/values';
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { attachedPolicies } from './shared/secrets-iam';

export interface GroupProps {
  name?: string;
  path?: string;
}

const GROUP_NAMES = { GroupName: 'name' };

const group: CfnMapping = ({ logicalId, props }) => {
  const { Policies, ManagedPolicyArns, ...rest } = props;
  return [{ props: camelCased(rest, GROUP_NAMES) }, ...attachedPolicies({ Policies, ManagedPolicyArns }, { group: new Ref(logicalId) })];
};

export const IAM_GROUP = defineKind<GroupProps>()({
  kind: 'iam:Group',
  pulumi: ['aws:iam/group:Group'],
  cfn: { 'AWS::IAM::Group': group },
  pathNames: GROUP_NAMES,
});
