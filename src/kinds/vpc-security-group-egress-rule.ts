/** `aws.vpc.SecurityGroupEgressRule` and CloudFormation's `AWS::EC2::SecurityGroupEgress` (NET1). */
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { EGRESS_RULE_NAMES, VpcSecurityGroupRuleProps, ruleResource } from './shared/network-audit';

export type SecurityGroupEgressRuleProps = VpcSecurityGroupRuleProps;

const egressRule: CfnMapping = (r) => [{ props: ruleResource(r.props, 'egress') }];

export const VPC_SECURITY_GROUP_EGRESS_RULE = defineKind<SecurityGroupEgressRuleProps>()({
  kind: 'vpc:SecurityGroupEgressRule',
  pulumi: ['aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule'],
  cfn: { 'AWS::EC2::SecurityGroupEgress': egressRule },
  pathNames: EGRESS_RULE_NAMES,
});
