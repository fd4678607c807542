/** EBS volumes (`AWS::EC2::Volume`): the template's names camelCase into Pulumi's. */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface EbsVolumeProps {
  /** Absent: unencrypted, unless the account turned on EBS encryption by default (not visible to the stack). */
  encrypted?: boolean;
  /** "If KmsKeyId is specified, the encrypted state must be true" (EC2 CreateVolume). */
  kmsKeyId?: string;
}

export const EBS_VOLUME = defineKind<EbsVolumeProps>()({
  kind: 'ebs:Volume',
  pulumi: ['aws:ebs/volume:Volume'],
  cfn: { 'AWS::EC2::Volume': defaultMapping },
});
