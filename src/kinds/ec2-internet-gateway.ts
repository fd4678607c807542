/** Internet gateways (NET4): Pulumi may attach one to its VPC with `vpcId`; CloudFormation attaches it with a VPCGatewayAttachment. */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface InternetGatewayProps {
  vpcId?: string;
}

export const EC2_INTERNET_GATEWAY = defineKind<InternetGatewayProps>()({
  kind: 'ec2:InternetGateway',
  pulumi: ['aws:ec2/internetGateway:InternetGateway'],
  cfn: { 'AWS::EC2::InternetGateway': defaultMapping },
});
