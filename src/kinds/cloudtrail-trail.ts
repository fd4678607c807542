/** CloudTrail trails (LOG1; LOG2 reads the bucket they write to). */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface TrailProps {
  name?: string;
  /** Default false (CloudTrail, CloudFormation and Pulumi): the trail records only its own region. */
  isMultiRegionTrail?: boolean;
  /** Default false: log files can be altered unnoticed. */
  enableLogFileValidation?: boolean;
  /** Pulumi's default true; CloudFormation's `IsLogging` is required. */
  enableLogging?: boolean;
  /** Absent: log files are SSE-S3 encrypted only. */
  kmsKeyId?: string;
  s3BucketName?: string;
  cloudWatchLogsGroupArn?: string;
}

const TRAIL_RENAMES = { IsLogging: 'enableLogging', TrailName: 'name', CloudWatchLogsLogGroupArn: 'cloudWatchLogsGroupArn' };

/**
 * `IsLogging` is Pulumi's `enableLogging`. CloudFormation requires it ("IsLogging ... Required: Yes",
 * aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-islogging), so a template without it does not
 * deploy; it is left absent rather than given a value. `IsMultiRegionTrail` and `EnableLogFileValidation`
 * default to false in CloudFormation ("The default is false", #cfn-cloudtrail-trail-ismultiregiontrail,
 * #cfn-cloudtrail-trail-enablelogfilevalidation) as in Pulumi, so absent stays absent.
 */
const trail: CfnMapping = ({ props }) => [{ props: camelCased(props, TRAIL_RENAMES) }];

export const CLOUDTRAIL_TRAIL = defineKind<TrailProps>()({
  kind: 'cloudtrail:Trail',
  pulumi: ['aws:cloudtrail/trail:Trail'],
  cfn: { 'AWS::CloudTrail::Trail': trail },
  // `KMSKeyId` (aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-kmskeyid): LOG1 reports it absent.
  pathNames: { ...TRAIL_RENAMES, KMSKeyId: 'kmsKeyId' },
});
