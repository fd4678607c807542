import { LOG1 } from '../../src/rules/log/LOG1-cloudtrail-audit-trail';
import { factFromPulumi } from '../../src/pulumi/pack/facts';
import { TestResource, UNKNOWN, runPulumi, statuses, urnOf } from '../support/pulumi-stack';

const key = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';
const good = { s3BucketName: 'audit-logs', isMultiRegionTrail: true, enableLogFileValidation: true, kmsKeyId: key };
const trail = (name: string, props: Record<string, unknown>): TestResource => ({ type: 'aws:cloudtrail/trail:Trail', name, props });

describe('LOG1 CloudTrail audit trail', () => {
  it('passes a multi-region, validated, encrypted trail (enableLogging absent = default true), and the stack has a trail', () => {
    const f = runPulumi(LOG1, [trail('audit', good), trail('audit2', { ...good, enableLogging: true })]);
    expect(statuses(f)).toEqual(['audit: pass', 'audit2: pass', 'stack: pass']);
    expect(f.map((x) => x.enforcement)).toEqual(['mandatory', 'mandatory', 'advisory']);
  });

  it('fails each missing property as mandatory, naming it', () => {
    const f = runPulumi(LOG1, [
      trail('single-region', { ...good, isMultiRegionTrail: undefined }),
      trail('unvalidated', { ...good, enableLogFileValidation: false }),
      trail('unencrypted', { ...good, kmsKeyId: undefined }),
      trail('stopped', { ...good, enableLogging: false }),
    ]);
    expect(statuses(f)).toEqual(['single-region: fail', 'unvalidated: fail', 'unencrypted: fail', 'stopped: fail', 'stack: pass']);
    expect(f.slice(0, 4).map((x) => x.enforcement)).toEqual(['mandatory', 'mandatory', 'mandatory', 'mandatory']);
    expect(f[0].message).toContain('isMultiRegionTrail is absent (default false)');
    expect(f[1].message).toContain('enableLogFileValidation is false');
    expect(f[2].message).toContain('kmsKeyId is absent');
    expect(f[3].message).toContain('enableLogging is false');
  });

  it('reports unknown when a property is not known yet, but still fails a known bad one', () => {
    const f = runPulumi(LOG1, [trail('later', { ...good, kmsKeyId: UNKNOWN }), trail('mixed', { ...good, kmsKeyId: UNKNOWN, isMultiRegionTrail: false })]);
    expect(statuses(f)).toEqual(['later: unknown', 'mixed: fail', 'stack: pass']);
    expect(f[0].message).toContain('kmsKeyId');
  });

  it('passes a key computed from a KMS key of the program (unknown during preview, with a property dependency)', () => {
    const f = runPulumi(LOG1, [
      { type: 'aws:kms/key:Key', name: 'k', props: { enableKeyRotation: true } },
      { ...trail('own-key', { ...good, kmsKeyId: UNKNOWN }), dependsOn: { kmsKeyId: ['k'] } },
    ]);
    expect(statuses(f)).toEqual(['own-key: pass', 'stack: pass']);
  });

  it('fails a stack without a trail as advisory, unless auditTrailManagedElsewhere', () => {
    const none = runPulumi(LOG1, [{ type: 'aws:s3/bucket:Bucket', name: 'b', props: {} }]);
    expect(statuses(none)).toEqual(['stack: fail']);
    expect(none[0].enforcement).toBe('advisory');
    expect(none[0].message).toContain('auditTrailManagedElsewhere');
    const elsewhere = runPulumi(LOG1, [], { params: { auditTrailManagedElsewhere: true } });
    expect(statuses(elsewhere)).toEqual(['stack: pass']);
    expect(LOG1.params).toEqual(['auditTrailManagedElsewhere']);
  });

  it('remediates the three switches and leaves a trail missing only its KMS key alone', () => {
    const r = trail('t', { s3BucketName: 'audit-logs', kmsKeyId: key, enableLogging: false });
    const fact = factFromPulumi({ ...r, urn: urnOf(r) })!;
    expect(LOG1.remediate!(fact)).toEqual({ s3BucketName: 'audit-logs', kmsKeyId: key, enableLogging: true, isMultiRegionTrail: true, enableLogFileValidation: true });
    const onlyKey = trail('k', { ...good, kmsKeyId: undefined });
    expect(LOG1.remediate!(factFromPulumi({ ...onlyKey, urn: urnOf(onlyKey) })!)).toBeUndefined();
  });
});
