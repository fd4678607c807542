/** GuardDuty detectors (LOG4). */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface DetectorProps {
  /** Pulumi's default true; required in CloudFormation. */
  enable?: boolean;
}

const DETECTOR_RENAMES = { DataSources: 'datasources' };

/** `Enable` is required in CloudFormation (aws-resource-guardduty-detector.html#cfn-guardduty-detector-enable); Pulumi spells `DataSources` `datasources`. */
const detector: CfnMapping = ({ props }) => [{ props: camelCased(props, DETECTOR_RENAMES) }];

export const GUARDDUTY_DETECTOR = defineKind<DetectorProps>()({
  kind: 'guardduty:Detector',
  pulumi: ['aws:guardduty/detector:Detector'],
  cfn: { 'AWS::GuardDuty::Detector': detector },
  pathNames: DETECTOR_RENAMES,
});
