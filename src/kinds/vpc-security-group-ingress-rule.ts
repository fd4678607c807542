/** `aws.vpc.SecurityGroupIngressRule` and CloudFormation's `AWS::EC2::SecurityGroupIngress` (NET2). */
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { INGRESS_RULE_NAMES, VpcSecurityGroupRuleProps, ruleResource } from './shared/network-audit';

export type SecurityGroupIngressRuleProps = VpcSecurityGroupRuleProps;

const ingressRule: CfnMapping = (r) => [{ props: ruleResource(r.props, 'ingress') }];

export const VPC_SECURITY_GROUP_INGRESS_RULE = defineKind<SecurityGroupIngressRuleProps>()({
  kind: 'vpc:SecurityGroupIngressRule',
  pulumi: ['aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule'],
  cfn: { 'AWS::EC2::SecurityGroupIngress': ingressRule },
  pathNames: INGRESS_RULE_NAMES,
});
