/**
 * IAM roles (IAM1). A role keeps its inline and managed policies on itself, as Pulumi's Role does
 * (`inlinePolicies`, `managedPolicyArns`).
 */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { POLICY_NAMES, PolicyDocumentValue } from './shared/secrets-iam';

export interface RoleInlinePolicyProps {
  name?: string;
  policy?: PolicyDocumentValue;
}

export interface RoleProps {
  name?: string;
  path?: string;
  /** A trust policy (who may assume the role), not a permissions policy. */
  assumeRolePolicy?: PolicyDocumentValue;
  inlinePolicies?: RoleInlinePolicyProps[];
  managedPolicyArns?: string[];
  permissionsBoundary?: string;
  maxSessionDuration?: number;
}

const ROLE_NAMES = {
  ...POLICY_NAMES,
  AssumeRolePolicyDocument: 'assumeRolePolicy',
  RoleName: 'name',
  Policies: 'inlinePolicies',
};

const role: CfnMapping = ({ props }) => [{ props: camelCased(props, ROLE_NAMES) }];

export const IAM_ROLE = defineKind<RoleProps>()({
  kind: 'iam:Role',
  pulumi: ['aws:iam/role:Role'],
  cfn: { 'AWS::IAM::Role': role },
  pathNames: ROLE_NAMES,
});
