/** NAT gateways (NET4): a public one is a way out to the internet for its VPC. */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface NatGatewayProps {
  /** `public` (the default, in CloudFormation and Pulumi) or `private`, which gives no internet access. */
  connectivityType?: string;
  subnetId?: string;
  /** Regional NAT gateways name their VPC instead of a subnet. */
  vpcId?: string;
}

export const EC2_NAT_GATEWAY = defineKind<NatGatewayProps>()({
  kind: 'ec2:NatGateway',
  pulumi: ['aws:ec2/natGateway:NatGateway'],
  cfn: { 'AWS::EC2::NatGateway': defaultMapping },
});
