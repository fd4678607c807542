/**
 * Managed policy attachments (IAM1): Pulumi's attachment resources. CloudFormation has no type of its
 * own for them and writes them in several places (a user's or group's `ManagedPolicyArns`, a managed
 * policy's `Roles`/`Users`/`Groups`), which ./iam-user.ts, ./iam-group.ts and ./iam-policy.ts turn into
 * side facts of this kind; so no single `inline` place is named. (A role's `ManagedPolicyArns` stay on the role.)
 */
import { defineKind } from './kind-module';
import { PolicyOwnerProps } from './shared/secrets-iam';

export interface PolicyAttachmentProps extends PolicyOwnerProps {
  name?: string;
  policyArn?: string;
}

export const IAM_POLICY_ATTACHMENT = defineKind<PolicyAttachmentProps>()({
  kind: 'iam:PolicyAttachment',
  pulumi: [
    'aws:iam/rolePolicyAttachment:RolePolicyAttachment',
    'aws:iam/userPolicyAttachment:UserPolicyAttachment',
    'aws:iam/groupPolicyAttachment:GroupPolicyAttachment',
    'aws:iam/policyAttachment:PolicyAttachment',
  ],
  cfn: {},
});
