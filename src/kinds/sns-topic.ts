/** SNS topics: the template's names camelCase into Pulumi's. */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface SnsTopicProps {
  /** Absent: messages are stored unencrypted (alias/aws/sns is the AWS-managed key). */
  kmsMasterKeyId?: string;
}

export const SNS_TOPIC = defineKind<SnsTopicProps>()({
  kind: 'sns:Topic',
  pulumi: ['aws:sns/topic:Topic'],
  cfn: { 'AWS::SNS::Topic': defaultMapping },
});
