/** A DNS Firewall rule group associated with a VPC (NET4). */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface ResolverFirewallRuleGroupAssociationProps {
  firewallRuleGroupId?: string;
  vpcId?: string;
  priority?: number;
}

export const ROUTE53_RESOLVER_FIREWALL_RULE_GROUP_ASSOCIATION = defineKind<ResolverFirewallRuleGroupAssociationProps>()({
  kind: 'route53:ResolverFirewallRuleGroupAssociation',
  pulumi: ['aws:route53/resolverFirewallRuleGroupAssociation:ResolverFirewallRuleGroupAssociation'],
  cfn: { 'AWS::Route53Resolver::FirewallRuleGroupAssociation': defaultMapping },
});
