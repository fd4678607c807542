/** EC2 launch templates: Pulumi's LaunchTemplate takes the fields of CloudFormation's `LaunchTemplateData` at the top level. */
import { Props } from '../core/props';
import { isUnknown } from '../core/values';
import { camelCased, isProps } from '../cfn/mappings/common';
import { defined } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { EbsDeviceProps, MetadataOptionsProps } from './shared/data-stores';

export interface LaunchTemplateDeviceProps {
  deviceName?: string;
  /** Absent: an instance-store or suppressed device, nothing stored on EBS. */
  ebs?: EbsDeviceProps;
  virtualName?: string;
}

export interface Ec2LaunchTemplateProps {
  name?: string;
  metadataOptions?: MetadataOptionsProps;
  blockDeviceMappings?: LaunchTemplateDeviceProps[];
  vpcSecurityGroupIds?: string[];
  securityGroupNames?: string[];
}

const DATA_RENAMES = { SecurityGroupIds: 'vpcSecurityGroupIds', SecurityGroups: 'securityGroupNames' };

/** `LaunchTemplateData` is unwrapped: Pulumi's LaunchTemplate takes the data's fields at the top level. */
const launchTemplate: CfnMapping = (r) => {
  // The top-level TagSpecifications tag the launch template itself (Pulumi `tags`); no check reads them.
  const { LaunchTemplateData: data, LaunchTemplateName: name, TagSpecifications: _templateTags, ...rest } = r.props;
  // Data not known until deployment: every field the checks read is unknown.
  const unwrapped: Props = isUnknown(data) ? { metadataOptions: data, blockDeviceMappings: data } : camelCased(isProps(data) ? data : {}, DATA_RENAMES);
  return [{ props: defined({ ...camelCased(rest), ...unwrapped, name }) }];
};

export const EC2_LAUNCH_TEMPLATE = defineKind<Ec2LaunchTemplateProps>()({
  kind: 'ec2:LaunchTemplate',
  pulumi: ['aws:ec2/launchTemplate:LaunchTemplate'],
  cfn: { 'AWS::EC2::LaunchTemplate': launchTemplate },
  pathNames: { ...DATA_RENAMES, LaunchTemplateName: 'name' },
  wrapper: { key: 'LaunchTemplateData' },
});
