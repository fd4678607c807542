import { NET4 } from '../../src/rules/net/NET4-domain-egress-allowlist';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const T = {
  vpc: 'aws:ec2/vpc:Vpc',
  subnet: 'aws:ec2/subnet:Subnet',
  nat: 'aws:ec2/natGateway:NatGateway',
  igw: 'aws:ec2/internetGateway:InternetGateway',
  attach: 'aws:ec2/internetGatewayAttachment:InternetGatewayAttachment',
  assoc: 'aws:route53/resolverFirewallRuleGroupAssociation:ResolverFirewallRuleGroupAssociation',
  group: 'aws:route53/resolverFirewallRuleGroup:ResolverFirewallRuleGroup',
  rule: 'aws:route53/resolverFirewallRule:ResolverFirewallRule',
  list: 'aws:route53/resolverFirewallDomainList:ResolverFirewallDomainList',
  nfw: 'aws:networkfirewall/firewall:Firewall',
};
const r = (type: string, name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({ type, name, props, dependsOn });

const vpc = (name: string, id: string) => r(T.vpc, name, { cidrBlock: '10.0.0.0/16', id });
/** A deny-by-default DNS firewall for `vpcId`, wired by known ids. */
const dnsFirewall = (prefix: string, vpcId: string, blockDomains: string[] = ['*']): TestResource[] => [
  r(T.list, `${prefix}-allow`, { id: `${prefix}-dl-allow`, domains: ['api.atlassian.com.'] }),
  r(T.list, `${prefix}-all`, { id: `${prefix}-dl-all`, domains: blockDomains }),
  r(T.group, `${prefix}-group`, { id: `${prefix}-rg` }),
  r(T.rule, `${prefix}-allow-rule`, { action: 'ALLOW', firewallDomainListId: `${prefix}-dl-allow`, firewallRuleGroupId: `${prefix}-rg`, priority: 100 }),
  r(T.rule, `${prefix}-block-rule`, { action: 'BLOCK', blockResponse: 'NODATA', firewallDomainListId: `${prefix}-dl-all`, firewallRuleGroupId: `${prefix}-rg`, priority: 200 }),
  r(T.assoc, `${prefix}-assoc`, { firewallRuleGroupId: `${prefix}-rg`, vpcId, priority: 101 }),
];

describe('NET4 domain egress allowlist', () => {
  it('is not applicable to a stack without a VPC, or to a VPC without gateways', () => {
    expect(statuses(runPulumi(NET4, [r('aws:s3/bucket:Bucket', 'b', {})]))).toEqual(['stack: not-applicable']);
    expect(statuses(runPulumi(NET4, [vpc('v', 'vpc-1')]))).toEqual(['v: not-applicable']);
  });

  it('passes a VPC with an internet gateway and a deny-by-default DNS firewall (known ids)', () => {
    const f = runPulumi(NET4, [vpc('v', 'vpc-1'), r(T.igw, 'igw', { vpcId: 'vpc-1' }), ...dnsFirewall('fw', 'vpc-1')]);
    expect(statuses(f)).toEqual(['v: pass']);
    expect(f[0].message).toContain('blocks "*"');
  });

  it('passes through property dependencies (unknown ids during preview)', () => {
    const f = runPulumi(NET4, [
      vpc('v', UNKNOWN),
      r(T.subnet, 'public', { vpcId: UNKNOWN }, { vpcId: ['v'] }),
      r(T.nat, 'nat', { subnetId: UNKNOWN, allocationId: 'eipalloc-1' }, { subnetId: ['public'] }),
      r(T.list, 'all', { domains: ['*'] }),
      r(T.group, 'group', {}),
      r(T.rule, 'block', { action: 'BLOCK', firewallDomainListId: UNKNOWN, firewallRuleGroupId: UNKNOWN, priority: 200 }, { firewallDomainListId: ['all'], firewallRuleGroupId: ['group'] }),
      r(T.assoc, 'assoc', { firewallRuleGroupId: UNKNOWN, vpcId: UNKNOWN, priority: 101 }, { firewallRuleGroupId: ['group'], vpcId: ['v'] }),
    ]);
    expect(statuses(f)).toEqual(['v: pass']);
  });

  it('passes a VPC with a Network Firewall', () => {
    const f = runPulumi(NET4, [
      vpc('v', 'vpc-1'),
      r(T.igw, 'igw', {}),
      r(T.attach, 'attach', { internetGatewayId: 'igw-1', vpcId: 'vpc-1' }),
      r(T.nfw, 'nfw', { vpcId: 'vpc-1', firewallPolicyArn: 'arn:aws:network-firewall:us-east-1:1:firewall-policy/p' }),
    ]);
    expect(statuses(f)).toEqual(['v: pass']);
    expect(f[0].message).toContain('Network Firewall nfw');
  });

  it('fails a VPC with a gateway and no firewall, or a rule group that does not block "*"', () => {
    const f = runPulumi(NET4, [
      vpc('bare', 'vpc-1'),
      r(T.attach, 'attach', { internetGatewayId: 'igw-1', vpcId: 'vpc-1' }),
      vpc('weak', 'vpc-2'),
      r(T.nat, 'nat', { vpcId: 'vpc-2', availabilityMode: 'regional' }),
      ...dnsFirewall('fw', 'vpc-2', ['malware.example.']),
    ]);
    expect(statuses(f)).toEqual(['bare: fail', 'weak: fail']);
    expect(f[0].message).toContain('attach (ec2:InternetGatewayAttachment)');
    expect(f[1].message).toContain('no BLOCK rule on a domain list containing "*"');
  });

  it('ignores private NAT gateways and gateways of VPCs outside the stack', () => {
    const f = runPulumi(NET4, [vpc('v', 'vpc-1'), r(T.nat, 'private', { subnetId: 'subnet-x', connectivityType: 'private' }), r(T.igw, 'other', { vpcId: 'vpc-elsewhere' })]);
    expect(statuses(f)).toEqual(['v: not-applicable']);
  });

  it('counts a NAT gateway whose subnet is not in the stack for the only VPC (heuristic)', () => {
    const f = runPulumi(NET4, [vpc('v', 'vpc-1'), r(T.nat, 'nat', { subnetId: 'subnet-external' })]);
    expect(statuses(f)).toEqual(['v: fail']);
  });

  it('reports unknown when a gateway may belong to any of several VPCs, or the association or rule group cannot be resolved', () => {
    const many = runPulumi(NET4, [vpc('a', 'vpc-1'), vpc('b', 'vpc-2'), r(T.nat, 'nat', { subnetId: UNKNOWN }), ...dnsFirewall('fw', 'vpc-2')]);
    expect(statuses(many)).toEqual(['a: unknown', 'b: pass']);
    expect(many[0].message).toContain('nat (ec2:NatGateway)');

    const assoc = runPulumi(NET4, [vpc('v', 'vpc-1'), r(T.igw, 'igw', { vpcId: 'vpc-1' }), r(T.assoc, 'assoc', { firewallRuleGroupId: 'rg-1', vpcId: UNKNOWN })]);
    expect(statuses(assoc)).toEqual(['v: unknown']);

    const group = runPulumi(NET4, [vpc('v', 'vpc-1'), r(T.igw, 'igw', { vpcId: 'vpc-1' }), r(T.assoc, 'assoc', { firewallRuleGroupId: UNKNOWN, vpcId: 'vpc-1' })]);
    expect(statuses(group)).toEqual(['v: unknown']);

    const domains = runPulumi(NET4, [
      vpc('v', 'vpc-1'),
      r(T.igw, 'igw', { vpcId: 'vpc-1' }),
      ...dnsFirewall('fw', 'vpc-1').map((x) => (x.name === 'fw-all' ? { ...x, props: { ...x.props, domains: UNKNOWN } } : x)),
    ]);
    expect(statuses(domains)).toEqual(['v: unknown']);
  });

  it('passes with a note when the rule group lives outside the stack', () => {
    const f = runPulumi(NET4, [vpc('v', 'vpc-1'), r(T.igw, 'igw', { vpcId: 'vpc-1' }), r(T.assoc, 'assoc', { firewallRuleGroupId: 'rslvr-frg-123', vpcId: 'vpc-1' })]);
    expect(statuses(f)).toEqual(['v: pass']);
    expect(f[0].message).toContain('outside this stack');
  });
});
