/** Auto Scaling launch configurations. */
import { PropValue } from '../core/props';
import { isUnknown } from '../core/values';
import { camelCased, isProps } from '../cfn/mappings/common';
import { Writable, defined } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { EbsDeviceProps, MetadataOptionsProps } from './shared/data-stores';

export interface AutoscalingLaunchConfigurationProps {
  name?: string;
  imageId?: string;
  /** Pulumi only: which CloudFormation device is the root depends on the AMI. Launch configuration devices take no KMS key. */
  rootBlockDevice?: EbsDeviceProps;
  ebsBlockDevices?: EbsDeviceProps[];
  ephemeralBlockDevices?: { deviceName?: string; virtualName?: string }[];
  metadataOptions?: MetadataOptionsProps;
}

const PATH_NAMES = { ImageId: 'imageId', LaunchConfigurationName: 'name' };

/**
 * A launch configuration's `BlockDeviceMappings` are Pulumi's `ebsBlockDevices` (each `Ebs` flattened
 * beside its `deviceName`) and `ephemeralBlockDevices` (`VirtualName`): which device is the root, Pulumi's
 * `rootBlockDevice`, depends on the AMI, so every EBS device is listed. `MetadataOptions` keeps its names.
 */
const launchConfiguration: CfnMapping = (r) => {
  const { BlockDeviceMappings: mappings, ...rest } = r.props;
  const out: Writable = { ...camelCased(rest, PATH_NAMES) };
  if (isUnknown(mappings)) out.ebsBlockDevices = mappings;
  else if (Array.isArray(mappings)) {
    const ebs: PropValue[] = [];
    const ephemeral: PropValue[] = [];
    for (const m of mappings) {
      if (!isProps(m)) ebs.push(isUnknown(m) ? m : null);
      else if (m.VirtualName !== undefined) ephemeral.push(camelCased(m));
      else ebs.push(defined({ deviceName: m.DeviceName, noDevice: m.NoDevice, ...(isUnknown(m.Ebs) ? { encrypted: m.Ebs } : camelCased(isProps(m.Ebs) ? m.Ebs : {})) }));
    }
    if (ebs.length > 0) out.ebsBlockDevices = ebs;
    if (ephemeral.length > 0) out.ephemeralBlockDevices = ephemeral;
  }
  return [{ props: defined(out) }];
};

export const AUTOSCALING_LAUNCH_CONFIGURATION = defineKind<AutoscalingLaunchConfigurationProps>()({
  kind: 'autoscaling:LaunchConfiguration',
  pulumi: ['aws:ec2/launchConfiguration:LaunchConfiguration'],
  cfn: { 'AWS::AutoScaling::LaunchConfiguration': launchConfiguration },
  pathNames: PATH_NAMES,
});
