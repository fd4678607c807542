/** AWS Network Firewall (NET4): a firewall in a VPC filters its egress. */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface FirewallProps {
  vpcId?: string;
}

export const NETWORKFIREWALL_FIREWALL = defineKind<FirewallProps>()({
  kind: 'networkfirewall:Firewall',
  pulumi: ['aws:networkfirewall/firewall:Firewall'],
  cfn: { 'AWS::NetworkFirewall::Firewall': defaultMapping },
});
