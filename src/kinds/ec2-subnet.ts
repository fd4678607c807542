/** Subnets (NET4): a NAT gateway's VPC is its subnet's. */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface SubnetProps {
  vpcId?: string;
}

export const EC2_SUBNET = defineKind<SubnetProps>()({
  kind: 'ec2:Subnet',
  pulumi: ['aws:ec2/subnet:Subnet'],
  cfn: { 'AWS::EC2::Subnet': defaultMapping },
});
