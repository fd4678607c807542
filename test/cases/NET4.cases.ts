/** NET4's cases, written once for both engines: the parity test (test/parity/NET4.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { KINDS, Kind } from '../../src/facts/kinds';
import { NET4 } from '../../src/rules/net/NET4-domain-egress-allowlist';
import { CfnTestResource } from '../support/cfn-stack';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const pulumiType = (kind: Kind): string => {
  const [type] = KINDS[kind].pulumi;
  if (type === undefined) throw new Error(`${kind} has no Pulumi type`);
  return type;
};
const T = {
  vpc: pulumiType('ec2:Vpc'),
  subnet: pulumiType('ec2:Subnet'),
  nat: pulumiType('ec2:NatGateway'),
  igw: pulumiType('ec2:InternetGateway'),
  attach: pulumiType('ec2:InternetGatewayAttachment'),
  // Not a kind: a VPN gateway gives no way out to the internet.
  vpnAttach: 'aws:ec2/vpnGatewayAttachment:VpnGatewayAttachment',
  assoc: pulumiType('route53:ResolverFirewallRuleGroupAssociation'),
  group: pulumiType('route53:ResolverFirewallRuleGroup'),
  rule: pulumiType('route53:ResolverFirewallRule'),
  list: pulumiType('route53:ResolverFirewallDomainList'),
  nfw: pulumiType('networkfirewall:Firewall'),
};
const r = (type: string, name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({ type, name, props, dependsOn });
const c = (Type: string, Properties: Record<string, unknown> = {}): CfnTestResource => ({ Type, Properties });
const ref = (id: string) => ({ Ref: id });
const getAtt = (id: string, attribute: string) => ({ 'Fn::GetAtt': [id, attribute] });

/** A VPC with a public subnet, an attached internet gateway and a NAT gateway: two ways out. */
const pulumiVpc = [
  r(T.vpc, 'Vpc', { cidrBlock: '10.0.0.0/16' }),
  r(T.subnet, 'Public', { vpcId: UNKNOWN, cidrBlock: '10.0.0.0/24' }, { vpcId: ['Vpc'] }),
  r(T.igw, 'Igw', {}),
  r(T.attach, 'Attach', { vpcId: UNKNOWN, internetGatewayId: UNKNOWN }, { vpcId: ['Vpc'], internetGatewayId: ['Igw'] }),
  r(T.nat, 'Nat', { subnetId: UNKNOWN, allocationId: 'eipalloc-1' }, { subnetId: ['Public'] }),
];
export const cfnVpc: Record<string, CfnTestResource> = {
  Vpc: c('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16' }),
  Public: c('AWS::EC2::Subnet', { VpcId: ref('Vpc'), CidrBlock: '10.0.0.0/24' }),
  Igw: c('AWS::EC2::InternetGateway'),
  Attach: c('AWS::EC2::VPCGatewayAttachment', { VpcId: ref('Vpc'), InternetGatewayId: ref('Igw') }),
  Nat: c('AWS::EC2::NatGateway', { SubnetId: ref('Public'), AllocationId: 'eipalloc-1' }),
};

/**
 * A DNS Firewall associated with the VPC: an allow rule, then a BLOCK rule on the `block` list. The rule
 * group's inline CloudFormation rules are separate Pulumi resources.
 */
function pulumiFirewall(block: Record<string, unknown>, blockAction: unknown = 'BLOCK'): TestResource[] {
  return [
    r(T.list, 'AllowList', { domains: ['api.atlassian.com.'] }),
    r(T.list, 'BlockList', block),
    r(T.group, 'Rules', { name: 'egress' }),
    r(T.rule, 'AllowRule', { action: 'ALLOW', firewallDomainListId: UNKNOWN, firewallRuleGroupId: UNKNOWN, priority: 100 }, { firewallDomainListId: ['AllowList'], firewallRuleGroupId: ['Rules'] }),
    r(
      T.rule,
      'BlockRule',
      { action: blockAction, blockResponse: 'NODATA', firewallDomainListId: UNKNOWN, firewallRuleGroupId: UNKNOWN, priority: 200 },
      { firewallDomainListId: ['BlockList'], firewallRuleGroupId: ['Rules'] },
    ),
    r(T.assoc, 'Assoc', { firewallRuleGroupId: UNKNOWN, vpcId: UNKNOWN, priority: 101 }, { firewallRuleGroupId: ['Rules'], vpcId: ['Vpc'] }),
  ];
}
export function cfnFirewall(block: Record<string, unknown>, blockAction: unknown = 'BLOCK'): Record<string, CfnTestResource> {
  return {
    AllowList: c('AWS::Route53Resolver::FirewallDomainList', { Domains: ['api.atlassian.com.'] }),
    BlockList: c('AWS::Route53Resolver::FirewallDomainList', block),
    Rules: c('AWS::Route53Resolver::FirewallRuleGroup', {
      Name: 'egress',
      FirewallRules: [
        { Action: 'ALLOW', FirewallDomainListId: getAtt('AllowList', 'Id'), Priority: 100 },
        { Action: blockAction, BlockResponse: 'NODATA', FirewallDomainListId: ref('BlockList'), Priority: 200 },
      ],
    }),
    Assoc: c('AWS::Route53Resolver::FirewallRuleGroupAssociation', { FirewallRuleGroupId: getAtt('Rules', 'Id'), VpcId: ref('Vpc'), Priority: 101 }),
  };
}

export const NET4_CASES: RequirementCases = {
  rule: NET4,
  groups: [
    {
      titles: ['NET4 parity'],
      cases: [
        {
          name: 'compliant: a DNS Firewall rule group (inline rules) blocking "*" after the allowlist',
          pulumi: [...pulumiVpc, ...pulumiFirewall({ domains: ['*'] })],
          cfn: { ...cfnVpc, ...cfnFirewall({ Domains: ['*'] }) },
          expected: ['Vpc: pass'],
        },
        {
          name: 'compliant: an AWS Network Firewall in the VPC',
          pulumi: [
            ...pulumiVpc,
            r(
              T.nfw,
              'Firewall',
              { vpcId: UNKNOWN, firewallPolicyArn: 'arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/p', subnetMappings: [{ subnetId: UNKNOWN }] },
              { vpcId: ['Vpc'], subnetMappings: ['Public'] },
            ),
          ],
          cfn: {
            ...cfnVpc,
            Firewall: c('AWS::NetworkFirewall::Firewall', {
              VpcId: ref('Vpc'),
              FirewallPolicyArn: 'arn:aws:network-firewall:us-east-1:111122223333:firewall-policy/p',
              SubnetMappings: [{ SubnetId: ref('Public') }],
            }),
          },
          expected: ['Vpc: pass'],
        },
        {
          name: 'non-compliant: gateways and no domain filtering',
          pulumi: pulumiVpc,
          cfn: cfnVpc,
          expected: ['Vpc: fail'],
        },
        {
          name: 'non-compliant: the rule group blocks only a malware list',
          pulumi: [...pulumiVpc, ...pulumiFirewall({ domains: ['malware.example.'] })],
          cfn: { ...cfnVpc, ...cfnFirewall({ Domains: ['malware.example.'] }) },
          expected: ['Vpc: fail'],
        },
        {
          name: 'unknown: the block rule action is a parameter without a default',
          pulumi: [...pulumiVpc, ...pulumiFirewall({ domains: ['*'] }, UNKNOWN)],
          cfn: { Parameters: { BlockAction: { Type: 'String' } }, Resources: { ...cfnVpc, ...cfnFirewall({ Domains: ['*'] }, ref('BlockAction')) } },
          expected: ['Vpc: unknown'],
        },
        {
          name: 'unknown: the blocked domains are imported from a file in S3 (DomainFileUrl)',
          pulumi: [...pulumiVpc, ...pulumiFirewall({ domains: UNKNOWN })],
          cfn: { ...cfnVpc, ...cfnFirewall({ DomainFileUrl: 's3://example-lists/all-domains.txt' }) },
          expected: ['Vpc: unknown'],
        },
        {
          name: 'unknown: the associated rule group is imported from another stack',
          pulumi: [...pulumiVpc, r(T.assoc, 'Assoc', { firewallRuleGroupId: UNKNOWN, vpcId: UNKNOWN, priority: 101 }, { vpcId: ['Vpc'] })],
          cfn: { ...cfnVpc, Assoc: c('AWS::Route53Resolver::FirewallRuleGroupAssociation', { FirewallRuleGroupId: { 'Fn::ImportValue': 'shared-rule-group' }, VpcId: ref('Vpc'), Priority: 101 }) },
          expected: ['Vpc: unknown'],
        },
        {
          name: 'not applicable: only a VPN gateway attachment and a private NAT gateway',
          pulumi: [
            r(T.vpc, 'Vpc', { cidrBlock: '10.0.0.0/16' }),
            r(T.subnet, 'Private', { vpcId: UNKNOWN }, { vpcId: ['Vpc'] }),
            r(T.vpnAttach, 'Attach', { vpcId: UNKNOWN, vpnGatewayId: 'vgw-1' }, { vpcId: ['Vpc'] }),
            r(T.nat, 'Nat', { subnetId: UNKNOWN, connectivityType: 'private' }, { subnetId: ['Private'] }),
          ],
          cfn: {
            Vpc: c('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16' }),
            Private: c('AWS::EC2::Subnet', { VpcId: ref('Vpc') }),
            Attach: c('AWS::EC2::VPCGatewayAttachment', { VpcId: ref('Vpc'), VpnGatewayId: 'vgw-1' }),
            Nat: c('AWS::EC2::NatGateway', { SubnetId: ref('Private'), ConnectivityType: 'private' }),
          },
          expected: ['Vpc: not-applicable'],
        },
      ],
    },
  ],
};
