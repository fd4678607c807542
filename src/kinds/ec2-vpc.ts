/**
 * VPCs (NET4): the resources whose way out to the internet NET4 follows. NET4 reads no prop of the VPC
 * itself, only the `vpcId` of what points at it (gateways, subnets, DNS Firewall associations, firewalls).
 */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface VpcProps {
  cidrBlock?: string;
}

export const EC2_VPC = defineKind<VpcProps>()({
  kind: 'ec2:Vpc',
  pulumi: ['aws:ec2/vpc:Vpc'],
  cfn: { 'AWS::EC2::VPC': defaultMapping },
});
