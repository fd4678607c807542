/** DATA6's cases, written once for both engines: the parity test (test/parity/DATA6.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { DATA6 } from '../../src/rules/data/DATA6-recoverability';
import { IMPORTED, LATER, S3, cfnBucket, cfnResource as cfn, pulumiBucket, pulumiResource as pulumi, pulumiSide, withLater } from '../parity/s3-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const P = { instance: 'aws:rds/instance:Instance', cluster: 'aws:rds/cluster:Cluster', table: 'aws:dynamodb/table:Table' };
export const replica = (Region: string, enabled?: unknown) => (enabled === undefined ? { Region } : { Region, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: enabled } });

export const DATA6_CASES: RequirementCases = {
  rule: DATA6,
  groups: [
    {
      titles: ['DATA6 parity: recoverability'],
      cases: [
        {
          name: 'S3 versioning: Enabled, Suspended, absent (S3 default off)',
          pulumi: [
            pulumiBucket('On'),
            pulumiSide(S3.versioning, 'On', { versioningConfiguration: { status: 'Enabled' } }),
            pulumiBucket('Suspended'),
            pulumiSide(S3.versioning, 'Suspended', { versioningConfiguration: { status: 'Suspended' } }),
            pulumiBucket('Off'),
          ],
          cfn: {
            On: cfnBucket({ VersioningConfiguration: { Status: 'Enabled' } }),
            Suspended: cfnBucket({ VersioningConfiguration: { Status: 'Suspended' } }),
            Off: cfnBucket(),
          },
          expected: ['On: pass', 'Suspended: fail', 'Off: fail'],
        },
        {
          name: "S3 versioning unknown: a status from a parameter without a default; a whole configuration imported (inline, as a v6 bucket's)",
          pulumi: [pulumiBucket('Later'), pulumiSide(S3.versioning, 'Later', { versioningConfiguration: { status: UNKNOWN } }), pulumiBucket('Imported', { versioning: UNKNOWN })],
          cfn: withLater({ Later: cfnBucket({ VersioningConfiguration: { Status: LATER } }), Imported: cfnBucket({ VersioningConfiguration: IMPORTED }) }),
          expected: ['Later: unknown', 'Imported: unknown'],
        },
        {
          name: 'RDS instances and clusters: 7 days with deletion protection; the defaults (1 day, unprotected); unknown',
          pulumi: [
            pulumi(P.instance, 'Kept', { backupRetentionPeriod: 7, deletionProtection: true }),
            pulumi(P.instance, 'Default'),
            pulumi(P.cluster, 'Cluster', { backupRetentionPeriod: 35, deletionProtection: true }),
            pulumi(P.cluster, 'Later', { backupRetentionPeriod: UNKNOWN, deletionProtection: UNKNOWN }),
          ],
          cfn: withLater({
            Kept: cfn('AWS::RDS::DBInstance', { BackupRetentionPeriod: '7', DeletionProtection: true }),
            Default: cfn('AWS::RDS::DBInstance'),
            Cluster: cfn('AWS::RDS::DBCluster', { BackupRetentionPeriod: 35, DeletionProtection: 'true' }),
            Later: cfn('AWS::RDS::DBCluster', { BackupRetentionPeriod: LATER, DeletionProtection: IMPORTED }),
          }),
          expected: [
            'Kept/backupRetentionPeriod: pass',
            'Kept/deletionProtection: pass',
            'Default/backupRetentionPeriod: fail',
            'Default/deletionProtection: fail',
            'Cluster/backupRetentionPeriod: pass',
            'Cluster/deletionProtection: pass',
            'Later/backupRetentionPeriod: unknown',
            'Later/deletionProtection: unknown',
          ],
        },
        {
          name: 'DynamoDB tables: point-in-time recovery on, absent, unknown',
          pulumi: [pulumi(P.table, 'On', { pointInTimeRecovery: { enabled: true } }), pulumi(P.table, 'Off'), pulumi(P.table, 'Later', { pointInTimeRecovery: { enabled: UNKNOWN } })],
          cfn: withLater({
            On: cfn('AWS::DynamoDB::Table', { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
            Off: cfn('AWS::DynamoDB::Table'),
            Later: cfn('AWS::DynamoDB::Table', { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: LATER } }),
          }),
          expected: ['On: pass', 'Off: fail', 'Later: unknown'],
        },
        {
          name: 'DynamoDB global tables: recovery in every replica; one replica without; one unknown',
          pulumi: [
            pulumi(P.table, 'Every', { pointInTimeRecovery: { enabled: true } }),
            pulumi(P.table, 'Partly', { pointInTimeRecovery: { enabled: false } }),
            pulumi(P.table, 'Later', { pointInTimeRecovery: { enabled: UNKNOWN } }),
          ],
          cfn: withLater({
            Every: cfn('AWS::DynamoDB::GlobalTable', { Replicas: [replica('us-east-1', true), replica('eu-west-1', true)] }),
            Partly: cfn('AWS::DynamoDB::GlobalTable', { Replicas: [replica('us-east-1', true), replica('eu-west-1', false)] }),
            Later: cfn('AWS::DynamoDB::GlobalTable', { Replicas: [replica('us-east-1', true), replica('eu-west-1', LATER)] }),
          }),
          expected: ['Every: pass', 'Partly: fail', 'Later: unknown'],
        },
      ],
    },
  ],
};
