import { NET4_CASES, cfnFirewall, cfnVpc } from '../cases/NET4.cases';
import { cfnFacts } from '../support/cfn-stack';
import { parityOf } from '../support/parity';

parityOf(NET4_CASES);

describe('NET4 CloudFormation rule group shape', () => {
  it('makes each inline firewall rule a ResolverFirewallRule fact naming its group', () => {
    const stack = cfnFacts({ ...cfnVpc, ...cfnFirewall({ Domains: ['*'] }) });
    const rules = stack.ofKind('route53:ResolverFirewallRule');
    expect(rules.map((f) => f.key)).toEqual(['Rules#FirewallRules[0]', 'Rules#FirewallRules[1]']);
    expect(rules[1].props).toMatchObject({ action: 'BLOCK', blockResponse: 'NODATA', priority: 200 });
    expect(stack.resolve(rules[1], 'firewallRuleGroupId', ['route53:ResolverFirewallRuleGroup'])).toEqual({ to: 'resources', facts: [stack.byKey('Rules')] });
    expect(stack.byKey('Rules')?.props).toEqual({ name: 'egress' });
  });
});
