/** EC2 instances. */
import { camelCased } from '../cfn/mappings/common';
import { defineKind } from './kind-module';
import { MetadataOptionsProps } from './shared/data-stores';

export interface Ec2InstanceProps {
  ami?: string;
  /** Absent: the EC2 defaults, or the launch template's options when `launchTemplate` is given. */
  metadataOptions?: MetadataOptionsProps;
  launchTemplate?: { id?: string; name?: string; version?: string };
  vpcSecurityGroupIds?: string[];
}

export const INSTANCE_RENAMES = { ImageId: 'ami', SecurityGroupIds: 'vpcSecurityGroupIds', LaunchTemplateId: 'id', LaunchTemplateName: 'name' };

export const EC2_INSTANCE = defineKind<Ec2InstanceProps>()({
  kind: 'ec2:Instance',
  pulumi: ['aws:ec2/instance:Instance'],
  cfn: { 'AWS::EC2::Instance': (r) => [{ props: camelCased(r.props, INSTANCE_RENAMES) }] },
  pathNames: INSTANCE_RENAMES,
});
