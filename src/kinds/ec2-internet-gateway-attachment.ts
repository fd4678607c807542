/** An internet gateway attached to a VPC (NET4): `aws.ec2.InternetGatewayAttachment`, CloudFormation's `AWS::EC2::VPCGatewayAttachment`. */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface InternetGatewayAttachmentProps {
  vpcId?: string;
  internetGatewayId?: string;
}

// A VPN gateway attachment gives no way out to the internet: only internet gateway attachments are facts.
const gatewayAttachment: CfnMapping = (r) => (r.props.InternetGatewayId === undefined && r.props.VpnGatewayId !== undefined ? [] : [{ props: camelCased(r.props) }]);

export const EC2_INTERNET_GATEWAY_ATTACHMENT = defineKind<InternetGatewayAttachmentProps>()({
  kind: 'ec2:InternetGatewayAttachment',
  pulumi: ['aws:ec2/internetGatewayAttachment:InternetGatewayAttachment'],
  cfn: { 'AWS::EC2::VPCGatewayAttachment': gatewayAttachment },
});
