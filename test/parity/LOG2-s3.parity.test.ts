import { LOG2 } from '../../src/rules/log/LOG2-access-logs';
import { parity } from '../support/parity';
import { UNKNOWN } from '../support/pulumi-stack';
import { IMPORTED, S3, bareBucketCase, cfnBucket, pulumiBucket, pulumiSide } from './s3-fixtures';

/** LOG2's S3 part: server access logs for data buckets (log buckets themselves are not applicable). */
describe('LOG2 parity: S3 server access logs', () => {
  parity(LOG2, [
    {
      name: 'compliant: a data bucket logging to a log bucket of the stack by !Ref (the log bucket is not applicable)',
      pulumi: [pulumiBucket('Data'), pulumiSide(S3.logging, 'Data', { targetBucket: 'Logs', targetPrefix: 'data/' }), pulumiBucket('Logs')],
      cfn: { Data: cfnBucket({ LoggingConfiguration: { DestinationBucketName: { Ref: 'Logs' }, LogFilePrefix: 'data/' } }), Logs: cfnBucket() },
      expected: ['Data: pass', 'Logs: not-applicable'],
    },
    {
      name: 'compliant: a log bucket named by its BucketName',
      pulumi: [pulumiBucket('Data'), pulumiSide(S3.logging, 'Data', { targetBucket: 'access-logs' }), pulumiBucket('Logs', { bucket: 'access-logs' })],
      cfn: { Data: cfnBucket({ LoggingConfiguration: { DestinationBucketName: 'access-logs' } }), Logs: cfnBucket({ BucketName: 'access-logs' }) },
      expected: ['Data: pass', 'Logs: not-applicable'],
    },
    bareBucketCase('non-compliant: no server access logging (the S3 default)', ['Data: fail'], 'Data'),
    {
      name: 'unknown: an imported destination may be the other bucket, which so may be a log bucket',
      pulumi: [pulumiBucket('Data'), pulumiSide(S3.logging, 'Data', { targetBucket: UNKNOWN }), pulumiBucket('Other')],
      cfn: { Data: cfnBucket({ LoggingConfiguration: { DestinationBucketName: IMPORTED } }), Other: cfnBucket() },
      expected: ['Data: pass', 'Other: unknown'],
    },
    {
      name: 'unknown: the whole logging configuration imported (inline and unknown, as a v6 bucket\'s)',
      pulumi: [pulumiBucket('Data', { logging: UNKNOWN })],
      cfn: { Data: cfnBucket({ LoggingConfiguration: IMPORTED }) },
      expected: ['Data: unknown'],
    },
    {
      // "By default, logs are stored in the bucket where the LoggingConfiguration property is defined".
      name: 'LoggingConfiguration without DestinationBucketName logs into the bucket itself, which so is a log bucket',
      pulumi: [pulumiBucket('Data'), pulumiSide(S3.logging, 'Data', { targetBucket: 'Data', targetPrefix: 'self/' })],
      cfn: { Data: cfnBucket({ LoggingConfiguration: { LogFilePrefix: 'self/' } }) },
      expected: ['Data: not-applicable'],
    },
  ]);
});
