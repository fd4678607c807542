/**
 * `aws.ec2.SecurityGroupRule` (NET1, NET2): one rule of either direction, in the fields of a group's inline
 * rules. Pulumi only: CloudFormation's rule resources are `AWS::EC2::SecurityGroupIngress` / `Egress`,
 * which are the `vpc:SecurityGroupIngressRule` / `vpc:SecurityGroupEgressRule` kinds.
 */
import { SecurityGroupRuleItem } from './ec2-security-group';
import { defineKind } from './kind-module';

export interface SecurityGroupRuleProps extends SecurityGroupRuleItem {
  /** `ingress` or `egress` (required by the provider). */
  type?: string;
  securityGroupId?: string;
  sourceSecurityGroupId?: string;
}

export const EC2_SECURITY_GROUP_RULE = defineKind<SecurityGroupRuleProps>()({
  kind: 'ec2:SecurityGroupRule',
  pulumi: ['aws:ec2/securityGroupRule:SecurityGroupRule'],
  cfn: {},
});
