/** CloudWatch Logs log groups; the data protection policy is a JSON document that keeps its own keys. */
import { renamed } from '../cfn/mappings/shape';
import { defineKind } from './kind-module';

export interface CloudwatchLogGroupProps {
  name?: string;
  /** Absent: the service encrypts the log group with a CloudWatch Logs service key. */
  kmsKeyId?: string;
  retentionInDays?: number;
}

const PATH_NAMES = { LogGroupName: 'name' };

export const CLOUDWATCH_LOG_GROUP = defineKind<CloudwatchLogGroupProps>()({
  kind: 'cloudwatch:LogGroup',
  pulumi: ['aws:cloudwatch/logGroup:LogGroup'],
  cfn: { 'AWS::Logs::LogGroup': ({ props }) => [{ props: renamed(props, PATH_NAMES, ['DataProtectionPolicy']) }] },
  pathNames: PATH_NAMES,
});
