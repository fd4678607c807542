import { DATA6 } from '../../src/rules/data/DATA6-recoverability';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const r = (type: string, name: string, props: Record<string, unknown> = {}, dependsOn?: Record<string, string[]>): TestResource => ({ type, name, props, dependsOn });
const BUCKET = 'aws:s3/bucket:Bucket';
const BUCKET_V2 = 'aws:s3/bucketV2:BucketV2';
const VERSIONING = 'aws:s3/bucketVersioning:BucketVersioning';
const VERSIONING_V2 = 'aws:s3/bucketVersioningV2:BucketVersioningV2';
const bucket = (name: string, props: Record<string, unknown> = {}, type = BUCKET) => r(type, name, { bucket: `${name}-bucket`, ...props });

describe('DATA6 recoverability (advisory)', () => {
  it.each([['aws:rds/instance:Instance'], ['aws:rds/cluster:Cluster']])('%s: backups >= 7 days and deletion protection', (t) => {
    const f = runPulumi(DATA6, [
      r(t, 'good', { backupRetentionPeriod: 7, deletionProtection: true }),
      r(t, 'bare'),
      r(t, 'short', { backupRetentionPeriod: 3, deletionProtection: false }),
      r(t, 'later', { backupRetentionPeriod: UNKNOWN, deletionProtection: UNKNOWN }),
    ]);
    expect(statuses(f)).toEqual([
      'good/backupRetentionPeriod: pass',
      'good/deletionProtection: pass',
      'bare/backupRetentionPeriod: fail',
      'bare/deletionProtection: fail',
      'short/backupRetentionPeriod: fail',
      'short/deletionProtection: fail',
      'later/backupRetentionPeriod: unknown',
      'later/deletionProtection: unknown',
    ]);
    expect(f[2].message).toContain('absent (default 1 day)');
    expect(f.every((x) => x.enforcement === 'advisory')).toBe(true);
  });

  it('DynamoDB: point-in-time recovery', () => {
    const t = 'aws:dynamodb/table:Table';
    const f = runPulumi(DATA6, [
      r(t, 'on', { pointInTimeRecovery: { enabled: true } }),
      r(t, 'absent'),
      r(t, 'off', { pointInTimeRecovery: { enabled: false } }),
      r(t, 'later', { pointInTimeRecovery: { enabled: UNKNOWN } }),
    ]);
    expect(statuses(f)).toEqual(['on: pass', 'absent: fail', 'off: fail', 'later: unknown']);
  });

  it('S3: BucketVersioning side resource by known name and by dependency (both tokens)', () => {
    const f = runPulumi(DATA6, [
      bucket('on'),
      r(VERSIONING, 'on-v', { bucket: 'on-bucket', versioningConfiguration: { status: 'Enabled' } }),
      bucket('dep', {}, BUCKET_V2),
      r(VERSIONING_V2, 'dep-v', { bucket: UNKNOWN, versioningConfiguration: { status: 'Enabled' } }, { bucket: ['dep'] }),
      bucket('suspended'),
      r(VERSIONING, 'suspended-v', { bucket: 'suspended-bucket', versioningConfiguration: { status: 'Suspended' } }),
      bucket('later'),
      r(VERSIONING, 'later-v', { bucket: 'later-bucket', versioningConfiguration: { status: UNKNOWN } }),
    ]);
    expect(statuses(f)).toEqual(['on: pass', 'dep: pass', 'suspended: fail', 'later: unknown']);
  });

  it('S3: no versioning fails; an unresolvable BucketVersioning makes it unknown', () => {
    expect(statuses(runPulumi(DATA6, [bucket('none')]))).toEqual(['none: fail']);
    expect(statuses(runPulumi(DATA6, [bucket('maybe'), r(VERSIONING, 'loose', { bucket: UNKNOWN, versioningConfiguration: { status: 'Enabled' } })]))).toEqual(['maybe: unknown']);
  });

  it('S3: inline v6 versioning.enabled and v7 BucketV2 versionings[]', () => {
    const f = runPulumi(DATA6, [
      bucket('v6-on', { versioning: { enabled: true } }),
      bucket('v6-off', { versioning: { enabled: false } }),
      bucket('v7-on', { versionings: [{ enabled: true }] }, BUCKET_V2),
      bucket('v6-later', { versioning: { enabled: UNKNOWN } }),
    ]);
    expect(statuses(f)).toEqual(['v6-on: pass', 'v6-off: fail', 'v7-on: pass', 'v6-later: unknown']);
  });
});
