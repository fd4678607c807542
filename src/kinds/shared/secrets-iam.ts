/**
 * Shapes shared by the IAM kinds: the names CloudFormation gives an inline policy, and a CloudFormation
 * user's or group's inline and managed policies, which are separate resources in Pulumi
 * (UserPolicy/GroupPolicy, UserPolicyAttachment/GroupPolicyAttachment), so they become side facts of
 * those kinds naming their user or group by `Ref`.
 */
import { PropValue, Props } from '../../core/props';
import { camelCased, isProps } from '../../cfn/mappings/common';
import type { MappedFact } from '../../cfn/mappings/types';
import type { Kind } from '../../facts/kinds';

export const POLICY_NAMES: Readonly<Record<string, string>> = { PolicyName: 'name', PolicyDocument: 'policy' };

/** A policy document: JSON text (Pulumi) or the document itself (a template); read by ../../rules/policy-document.ts, which keeps its own grammar. */
export type PolicyDocumentValue = string | object;

/**
 * Whom a policy is embedded in or attached to: one role, user or group (Pulumi's RolePolicy,
 * UserPolicyAttachment...), or several (AWS::IAM::Policy, aws:iam/policyAttachment, a managed policy's own lists).
 */
export interface PolicyOwnerProps {
  role?: string;
  user?: string;
  group?: string;
  roles?: string[];
  users?: string[];
  groups?: string[];
}

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
export function attachedPolicies(props: Props, owner: Props): MappedFact[] {
  return [
    ...sideFacts('iam:InlinePolicy', 'policy', props.Policies, (p) => ({ ...owner, ...(isProps(p) ? camelCased(p, POLICY_NAMES) : { policy: p }) })),
    ...sideFacts('iam:PolicyAttachment', 'managedPolicyArn', props.ManagedPolicyArns, (arn) => ({ ...owner, policyArn: arn })),
  ];
}
