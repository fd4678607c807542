import { Fact, StackFacts } from '../../core/facts';
import { Rule, StackVerdict, Verdict, combineCandidates, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { EC2_NAT_GATEWAY } from '../../kinds/ec2-nat-gateway';
import { ROUTE53_RESOLVER_FIREWALL_DOMAIN_LIST } from '../../kinds/route53-resolver-firewall-domain-list';
import { ROUTE53_RESOLVER_FIREWALL_RULE } from '../../kinds/route53-resolver-firewall-rule';
import { propsOf } from '../../kinds/typed-props';

/**
 * NET4 (advisory, stack-level): a VPC with a way out to the internet (an internet gateway, or a public
 * NAT gateway) filters egress by domain: a Route 53 Resolver DNS Firewall rule group association whose
 * rule group blocks `*` (deny by default, allowlist rules before it), or an AWS Network Firewall.
 *
 * Which VPC a gateway belongs to: internet gateways by `vpcId` or an `ec2:InternetGatewayAttachment`;
 * NAT gateways by `vpcId` (regional NAT gateways) or `subnetId` -> `ec2:Subnet.vpcId`. Heuristic: a NAT
 * or internet gateway whose VPC cannot be resolved counts for the VPC when the stack has exactly one VPC;
 * with several VPCs it makes every unprotected VPC `unknown`. A gateway whose VPC is an external ID
 * belongs to a VPC outside this stack and is ignored. Private NAT gateways (`connectivityType` private)
 * give no internet access and do not count.
 */

type Owner = { vpc: string } | 'outside' | 'unresolved';

function single(r: ReturnType<StackFacts['resolve']>): Owner | undefined {
  if (r.to === 'resources' && r.facts.length === 1) return { vpc: r.facts[0].key };
  if (r.to === 'external') return 'outside';
  if (r.to === 'unknown' || r.to === 'resources') return 'unresolved';
  return undefined;
}

/** The VPC a NAT gateway sits in. */
function natOwner(stack: StackFacts, nat: Fact): Owner {
  const direct = single(stack.resolve(nat, 'vpcId', ['ec2:Vpc']));
  if (direct !== undefined) return direct;
  const subnet = stack.resolve(nat, 'subnetId', ['ec2:Subnet']);
  if (subnet.to === 'resources' && subnet.facts.length === 1) return single(stack.resolve(subnet.facts[0], 'vpcId', ['ec2:Vpc'])) ?? 'unresolved';
  return 'unresolved';
}

/** Whether a rule group blocks `*` (every domain not allowed by an earlier rule). */
function judgeRuleGroup(stack: StackFacts, group: Fact): Verdict {
  const rules = stack.referrers(group, 'route53:ResolverFirewallRule', 'firewallRuleGroupId');
  let blocker: Unknown | undefined;
  let external: string | undefined;
  for (const rule of rules.facts) {
    const action = propsOf(rule, ROUTE53_RESOLVER_FIREWALL_RULE).str('action');
    if (isUnknown(action)) {
      blocker ??= action;
      continue;
    }
    if (action?.toUpperCase() !== 'BLOCK') continue;
    const list = stack.resolve(rule, 'firewallDomainListId', ['route53:ResolverFirewallDomainList']);
    if (list.to === 'unknown') blocker ??= list.unknown;
    else if (list.to === 'external') external ??= list.value;
    else if (list.to === 'resources') {
      for (const domainList of list.facts) {
        const domains = propsOf(domainList, ROUTE53_RESOLVER_FIREWALL_DOMAIN_LIST).strings('domains');
        if (isUnknown(domains)) blocker ??= domains;
        else if (domains?.some((d) => d.trim() === '*' || d.trim() === '*.')) {
          return pass(`DNS Firewall rule group ${group.name} blocks "*" (rule ${rule.name}): egress is deny-by-default by domain`);
        }
      }
    }
  }
  if (blocker) return unknown(blocker);
  if (rules.unresolved.length > 0) return unknown(new Unknown(`${rules.unresolved[0].name}.firewallRuleGroupId`));
  if (external) return pass(`DNS Firewall rule group ${group.name} has a BLOCK rule on domain list ${external}, outside this stack: check it blocks "*"`);
  return fail(
    `DNS Firewall rule group ${group.name} has no BLOCK rule on a domain list containing "*"; add one with the highest priority number ` + 'so only the domains allowed by earlier rules resolve',
  );
}

function judgeAssociation(stack: StackFacts, association: Fact): Verdict {
  const group = stack.resolve(association, 'firewallRuleGroupId', ['route53:ResolverFirewallRuleGroup']);
  if (group.to === 'unknown') return unknown(group.unknown);
  if (group.to === 'absent') return fail(`DNS Firewall association ${association.name} names no firewallRuleGroupId`);
  if (group.to === 'external') {
    return pass(`DNS Firewall association ${association.name} uses rule group ${group.value} from outside this stack; check it blocks "*" (deny by default)`);
  }
  return combineCandidates(
    group.facts.map((g) => judgeRuleGroup(stack, g)),
    `${association.name}.firewallRuleGroupId`,
  );
}

function judgeVpc(stack: StackFacts, vpc: Fact, gateways: readonly Fact[], maybeGateways: readonly Fact[]): Verdict {
  const associations = stack.referrers(vpc, 'route53:ResolverFirewallRuleGroupAssociation', 'vpcId');
  const firewalls = stack.referrers(vpc, 'networkfirewall:Firewall', 'vpcId');
  if (gateways.length === 0 && maybeGateways.length === 0) return notApplicable('no NAT or internet gateway of this stack leads out of this VPC');
  const exits = (gateways.length > 0 ? gateways : maybeGateways).map((g) => `${g.name} (${g.kind})`).join(', ');

  if (firewalls.facts.length > 0) {
    return pass(`Network Firewall ${firewalls.facts.map((f) => f.name).join(', ')} filters this VPC (make its stateful rule group a domain allowlist)`);
  }
  const verdicts = associations.facts.map((a) => judgeAssociation(stack, a));
  const passed = verdicts.find((v) => v.status === 'pass');
  if (passed) return passed;
  const unknownVerdict = verdicts.find((v) => v.status === 'unknown');
  if (unknownVerdict) return unknownVerdict;
  if (verdicts.length > 0) return verdicts[0];
  const unresolved = [...associations.unresolved, ...firewalls.unresolved];
  if (unresolved.length > 0) return unknown(new Unknown(`${unresolved[0].name}.vpcId`));
  if (gateways.length === 0) {
    return { status: 'unknown', message: `the VPC of ${exits} cannot be resolved and may be this VPC, which has no domain egress allowlist` };
  }
  return fail(
    `VPC reaches the internet through ${exits} but has no domain egress allowlist; associate a Route 53 Resolver DNS Firewall rule group ` +
      '(route53.ResolverFirewallRuleGroupAssociation with vpcId) that blocks "*" after allowing the needed domains, or deploy an AWS Network Firewall',
  );
}

export const NET4: Rule = {
  id: 'NET4',
  stack: {
    stackLevel: true,
    kinds: [
      'ec2:Vpc',
      'ec2:Subnet',
      'ec2:NatGateway',
      'ec2:InternetGateway',
      'ec2:InternetGatewayAttachment',
      'route53:ResolverFirewallRuleGroupAssociation',
      'route53:ResolverFirewallRuleGroup',
      'route53:ResolverFirewallRule',
      'route53:ResolverFirewallDomainList',
      'networkfirewall:Firewall',
    ],
    check(stack): StackVerdict[] {
      const vpcs = stack.ofKind('ec2:Vpc');
      if (vpcs.length === 0) return [notApplicable('the stack declares no VPC')];

      // Gateways per VPC key, and those whose VPC cannot be told (one pass over each gateway kind).
      const byVpc = new Map<string, Fact[]>();
      const unresolved: Fact[] = [];
      const add = (gateway: Fact, owner: Owner): void => {
        if (owner === 'outside') return;
        if (owner === 'unresolved') {
          unresolved.push(gateway);
          return;
        }
        const list = byVpc.get(owner.vpc);
        if (list) list.push(gateway);
        else byVpc.set(owner.vpc, [gateway]);
      };
      for (const nat of stack.ofKind('ec2:NatGateway')) {
        if (propsOf(nat, EC2_NAT_GATEWAY).str('connectivityType') === 'private') continue;
        add(nat, natOwner(stack, nat));
      }
      for (const vpc of vpcs) {
        for (const kind of ['ec2:InternetGateway', 'ec2:InternetGatewayAttachment'] as const) {
          const refs = stack.referrers(vpc, kind, 'vpcId');
          for (const gateway of refs.facts) add(gateway, { vpc: vpc.key });
        }
      }
      for (const kind of ['ec2:InternetGateway', 'ec2:InternetGatewayAttachment'] as const) {
        // `unresolved` of referrers is the same list for every VPC: take it once.
        for (const gateway of stack.referrers(vpcs[0], kind, 'vpcId').unresolved) unresolved.push(gateway);
      }

      return vpcs.map((vpc) => {
        const own = byVpc.get(vpc.key) ?? [];
        const verdict = vpcs.length === 1 ? judgeVpc(stack, vpc, [...own, ...unresolved], []) : judgeVpc(stack, vpc, own, unresolved);
        return { ...verdict, subject: vpc };
      });
    },
  },
};
