/** SQS queues: the template's names camelCase into Pulumi's. */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface SqsQueueProps {
  /** An empty key is no key: SetQueueAttributes with "" turns SSE-KMS off. */
  kmsMasterKeyId?: string;
  /**
   * SSE-SQS is the default for new queues unless this is false (AWS Compute Blog, "Announcing
   * server-side encryption with Amazon SQS-managed encryption keys (SSE-SQS) by default").
   */
  sqsManagedSseEnabled?: boolean;
}

export const SQS_QUEUE = defineKind<SqsQueueProps>()({
  kind: 'sqs:Queue',
  pulumi: ['aws:sqs/queue:Queue'],
  cfn: { 'AWS::SQS::Queue': defaultMapping },
});
