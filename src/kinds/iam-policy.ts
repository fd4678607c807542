/** IAM managed policies (IAM1): Pulumi's Policy, CloudFormation's AWS::IAM::ManagedPolicy. */
import { Ref } from '../core/values';
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping, MappedFact } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { POLICY_NAMES, PolicyDocumentValue } from './shared/secrets-iam';

export interface PolicyProps {
  name?: string;
  path?: string;
  description?: string;
  policy?: PolicyDocumentValue;
}

const MANAGED_POLICY_NAMES = { ...POLICY_NAMES, ManagedPolicyName: 'name' };

/**
 * A managed policy is Pulumi's Policy; its `Roles`/`Users`/`Groups` are what Pulumi writes as a
 * PolicyAttachment of the policy's ARN.
 */
const managedPolicy: CfnMapping = ({ logicalId, props }) => {
  const { Roles, Users, Groups, ...rest } = props;
  const facts: MappedFact[] = [{ props: camelCased(rest, MANAGED_POLICY_NAMES) }];
  if (Roles !== undefined || Users !== undefined || Groups !== undefined) {
    facts.push({ kind: 'iam:PolicyAttachment', suffix: 'attachment', props: camelCased({ PolicyArn: new Ref(logicalId), Roles, Users, Groups }) });
  }
  return facts;
};

export const IAM_POLICY = defineKind<PolicyProps>()({
  kind: 'iam:Policy',
  pulumi: ['aws:iam/policy:Policy'],
  cfn: { 'AWS::IAM::ManagedPolicy': managedPolicy },
  // A managed policy names itself ManagedPolicyName; PolicyName is an inline policy's (AWS::IAM::ManagedPolicy).
  pathNames: { ManagedPolicyName: 'name', PolicyDocument: 'policy' },
});
