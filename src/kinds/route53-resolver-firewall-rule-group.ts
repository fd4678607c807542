/** A DNS Firewall rule group (NET4), whose inline CloudFormation `FirewallRules` are separate resources in Pulumi. */
import { Ref, isUnknown } from '../core/values';
import { PropValue } from '../core/props';
import { camelCased, isProps } from '../cfn/mappings/common';
import { CfnMapping, MappedFact } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface ResolverFirewallRuleGroupProps {
  name?: string;
}

/** A rule group's inline `FirewallRules` become `aws.route53.ResolverFirewallRule` side facts naming the group. */
const firewallRuleGroup: CfnMapping = (r) => {
  const { FirewallRules: rules, ...rest } = r.props;
  const group = new Ref(r.logicalId);
  const items: PropValue[] = isUnknown(rules) ? [rules] : Array.isArray(rules) ? rules : [];
  const sideFacts: MappedFact[] = items.map((rule, i) => ({
    kind: 'route53:ResolverFirewallRule',
    suffix: `FirewallRules[${i}]`,
    // A rule not known until deployment may or may not block: its action is unknown.
    props: isProps(rule) ? { ...camelCased(rule, { Qtype: 'qType' }), firewallRuleGroupId: group } : { firewallRuleGroupId: group, action: isUnknown(rule) ? rule : null },
  }));
  return [{ props: camelCased(rest) }, ...sideFacts];
};

export const ROUTE53_RESOLVER_FIREWALL_RULE_GROUP = defineKind<ResolverFirewallRuleGroupProps>()({
  kind: 'route53:ResolverFirewallRuleGroup',
  pulumi: ['aws:route53/resolverFirewallRuleGroup:ResolverFirewallRuleGroup'],
  cfn: { 'AWS::Route53Resolver::FirewallRuleGroup': firewallRuleGroup },
});
