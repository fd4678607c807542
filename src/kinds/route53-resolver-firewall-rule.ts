/**
 * One DNS Firewall rule (NET4): a separate resource in Pulumi; CloudFormation writes the rules inline in
 * their group's `FirewallRules`, which the group's mapping (./route53-resolver-firewall-rule-group.ts)
 * turns into facts of this kind.
 */
import { defineKind } from './kind-module';

export interface ResolverFirewallRuleProps {
  /** `ALLOW`, `BLOCK` or `ALERT`. */
  action?: string;
  firewallRuleGroupId?: string;
  firewallDomainListId?: string;
  priority?: number;
}

export const ROUTE53_RESOLVER_FIREWALL_RULE = defineKind<ResolverFirewallRuleProps>()({
  kind: 'route53:ResolverFirewallRule',
  pulumi: ['aws:route53/resolverFirewallRule:ResolverFirewallRule'],
  cfn: {},
  inline: { type: 'AWS::Route53Resolver::FirewallRuleGroup', property: 'FirewallRules' },
  pathNames: { Qtype: 'qType' },
});
