import { DATA1 } from '../../src/rules/data/DATA1-s3-block-public-access';
import { factFromPulumi } from '../../src/pulumi/pack/facts';
import { TestResource, UNKNOWN, runPulumi, statuses, urnOf } from '../support/pulumi-stack';

const BUCKET = 'aws:s3/bucket:Bucket';
const BUCKET_V2 = 'aws:s3/bucketV2:BucketV2';
const BPA = 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock';
const allTrue = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

const bucket = (name: string, props: Record<string, unknown> = {}, type = BUCKET): TestResource => ({ type, name, props: { bucket: `${name}-bucket`, ...props } });
const bpa = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({ type: BPA, name, props, dependsOn });

describe('DATA1 S3 Block Public Access', () => {
  describe('resource part: the four flags of a BucketPublicAccessBlock', () => {
    it('passes all four flags true', () => {
      const f = runPulumi(DATA1, [bpa('p', { bucket: 'x', ...allTrue })]);
      expect(statuses(f)).toEqual(['p: pass']);
    });

    it('fails a false flag and an absent flag (default false), naming them', () => {
      const f = runPulumi(DATA1, [
        bpa('one-false', { bucket: 'x', ...allTrue, blockPublicPolicy: false }),
        bpa('one-absent', { bucket: 'x', blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true }),
      ]);
      expect(statuses(f)).toEqual(['one-false: fail', 'one-absent: fail']);
      expect(f[0].message).toContain('blockPublicPolicy is false');
      expect(f[1].message).toContain('restrictPublicBuckets is absent (default false)');
      expect(f[0].enforcement).toBe('mandatory');
    });

    it('reports unknown for a flag not known until deployment', () => {
      const f = runPulumi(DATA1, [bpa('later', { bucket: 'x', ...allTrue, ignorePublicAcls: UNKNOWN })]);
      expect(statuses(f)).toEqual(['later: unknown']);
      expect(f[0].message).toContain('ignorePublicAcls');
    });

    it('remediates by setting the four flags true and keeps the other props', () => {
      const r = bpa('fix', { bucket: 'x', blockPublicAcls: false });
      const fact = factFromPulumi({ ...r, urn: urnOf(r) })!;
      expect(DATA1.remediate!(fact)).toEqual({ bucket: 'x', ...allTrue });
    });
  });

  describe('stack part: every bucket has a BPA', () => {
    it('passes a bucket whose BPA names it by a known bucket name, and one linked by property dependency', () => {
      const f = runPulumi(DATA1, [
        bucket('by-name'),
        bpa('bpa-by-name', { bucket: 'by-name-bucket', ...allTrue }),
        bucket('by-dep', {}, BUCKET_V2),
        bpa('bpa-by-dep', { bucket: UNKNOWN, ...allTrue }, { bucket: ['by-dep'] }),
      ]);
      expect(statuses(f)).toEqual(['bpa-by-name: pass', 'bpa-by-dep: pass', 'by-name: pass', 'by-dep: pass']);
    });

    it('fails a bucket (both tokens) with no BPA', () => {
      const f = runPulumi(DATA1, [bucket('lonely'), bucket('lonely-v2', {}, BUCKET_V2), bpa('other', { bucket: 'someone-elses-bucket', ...allTrue })]);
      expect(statuses(f)).toEqual(['other: pass', 'lonely: fail', 'lonely-v2: fail']);
      expect(f[1].message).toContain('BucketPublicAccessBlock');
    });

    it('reports unknown when a BPA exists whose bucket cannot be resolved', () => {
      const f = runPulumi(DATA1, [bucket('b'), bpa('somewhere', { bucket: UNKNOWN, ...allTrue })]);
      expect(statuses(f)).toEqual(['somewhere: pass', 'b: unknown']);
      expect(f[1].message).toContain('somewhere');
    });

    it('judges an inline publicAccessBlockConfiguration (the CloudFormation shape) on the bucket', () => {
      const f = runPulumi(DATA1, [
        bucket('inline-ok', { publicAccessBlockConfiguration: allTrue }),
        bucket('inline-bad', { publicAccessBlockConfiguration: { ...allTrue, ignorePublicAcls: false } }),
        bucket('inline-later', { publicAccessBlockConfiguration: UNKNOWN }),
      ]);
      expect(statuses(f)).toEqual(['inline-ok: pass', 'inline-bad: fail', 'inline-later: unknown']);
    });
  });
});
