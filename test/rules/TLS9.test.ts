import { TLS9 } from '../../src/rules/tls/TLS9-no-s3-website';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const bucket = (name: string, props: Record<string, unknown> = {}, type = 'aws:s3/bucket:Bucket'): TestResource => ({ type, name, props: { bucket: name, ...props } });
const website = (name: string, type = 'aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration'): TestResource => ({
  type,
  name,
  props: { bucket: 'b', indexDocument: { suffix: 'index.html' } },
});

describe('TLS9 no S3 static-website hosting', () => {
  it('passes buckets (both tokens) without website configuration', () => {
    const f = runPulumi(TLS9, [bucket('plain'), bucket('plain-v2', {}, 'aws:s3/bucketV2:BucketV2')]);
    expect(statuses(f)).toEqual(['plain: pass', 'plain-v2: pass']);
  });

  it('fails inline website (v6/v7 Bucket) and websites (v6 BucketV2) and both website-configuration tokens', () => {
    const f = runPulumi(TLS9, [
      bucket('inline', { website: { indexDocument: 'index.html' } }),
      bucket('plural', { websites: [{ indexDocument: 'index.html' }] }, 'aws:s3/bucketV2:BucketV2'),
      website('site'),
      website('site-v2', 'aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2'),
    ]);
    expect(statuses(f)).toEqual(['inline: fail', 'plural: fail', 'site: fail', 'site-v2: fail']);
    expect(f[0].message).toContain('HTTP only');
    expect(f[0].enforcement).toBe('mandatory');
  });

  it('reports unknown for an unknown inline website setting', () => {
    const f = runPulumi(TLS9, [bucket('later', { website: UNKNOWN }), bucket('later-v2', { websites: UNKNOWN }, 'aws:s3/bucketV2:BucketV2')]);
    expect(statuses(f)).toEqual(['later: unknown', 'later-v2: unknown']);
    expect(f[0].message).toContain('website');
  });

  it('fails a website-configuration resource even when its settings are unknown (its existence is the finding)', () => {
    const f = runPulumi(TLS9, [{ type: 'aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration', name: 'w', props: { bucket: UNKNOWN, indexDocument: UNKNOWN } }]);
    expect(statuses(f)).toEqual(['w: fail']);
  });
});
