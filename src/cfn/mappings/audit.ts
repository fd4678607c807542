/**
 * Audit and monitoring: CloudTrail trails (LOG1) and the GuardDuty / AWS Config / Security Hub
 * resources LOG4 looks for, under Pulumi's names. AWS::SecurityHub::Hub needs no entry: its names
 * camelCase into Pulumi's Account (`EnableDefaultStandards` -> `enableDefaultStandards`).
 */
import { camelCased } from './common';
import { CfnMapping } from './types';

/**
 * `IsLogging` is Pulumi's `enableLogging`. CloudFormation requires it ("IsLogging ... Required: Yes",
 * aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-islogging), so a template without it does not
 * deploy; it is left absent rather than given a value. `IsMultiRegionTrail` and `EnableLogFileValidation`
 * default to false in CloudFormation ("The default is false", #cfn-cloudtrail-trail-ismultiregiontrail,
 * #cfn-cloudtrail-trail-enablelogfilevalidation) as in Pulumi, so absent stays absent.
 */
const trail: CfnMapping = ({ props }) => [{ props: camelCased(props, { IsLogging: 'enableLogging', TrailName: 'name', CloudWatchLogsLogGroupArn: 'cloudWatchLogsGroupArn' }) }];

/** `Enable` is required in CloudFormation (aws-resource-guardduty-detector.html#cfn-guardduty-detector-enable); Pulumi spells `DataSources` `datasources`. */
const detector: CfnMapping = ({ props }) => [{ props: camelCased(props, { DataSources: 'datasources' }) }];

/**
 * A Config rule under Pulumi's names. `InputParameters` is a JSON document of the rule's own parameters
 * (`MaxPasswordAge`...): kept as written, not camelCased.
 */
const configRule: CfnMapping = ({ props }) => {
  const { InputParameters, ...rest } = props;
  const out = camelCased(rest, { ConfigRuleName: 'name' });
  return [{ props: InputParameters === undefined ? out : { ...out, inputParameters: InputParameters } }];
};

export const AUDIT_MAPPINGS: Readonly<Record<string, CfnMapping>> = {
  'AWS::CloudTrail::Trail': trail,
  'AWS::GuardDuty::Detector': detector,
  'AWS::Config::ConfigRule': configRule,
};
