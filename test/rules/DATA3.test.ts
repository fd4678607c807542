import { DATA3 } from '../../src/rules/data/DATA3-s3-default-encryption-kms';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const BUCKET = 'aws:s3/bucket:Bucket';
const BUCKET_V2 = 'aws:s3/bucketV2:BucketV2';
const SSE = 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration';
const SSE_V2 = 'aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2';
const KEY = 'aws:kms/key:Key';
const keyArn = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';

const bucket = (name: string, props: Record<string, unknown> = {}, type = BUCKET): TestResource => ({ type, name, props: { bucket: `${name}-bucket`, ...props } });
const byDefault = (sseAlgorithm: unknown, kmsMasterKeyId?: unknown) => ({ sseAlgorithm, ...(kmsMasterKeyId === undefined ? {} : { kmsMasterKeyId }) });
const sse = (name: string, bucketRef: unknown, d: Record<string, unknown>, dependsOn?: Record<string, string[]>, type = SSE): TestResource => ({
  type,
  name,
  props: { bucket: bucketRef, rules: [{ applyServerSideEncryptionByDefault: d }] },
  dependsOn,
});

describe('DATA3 S3 default encryption is SSE-KMS', () => {
  it('passes aws:kms and aws:kms:dsse with a customer key, by known bucket name and by dependency (both tokens)', () => {
    const f = runPulumi(DATA3, [
      bucket('kms'),
      sse('kms-sse', 'kms-bucket', byDefault('aws:kms', keyArn)),
      bucket('dsse', {}, BUCKET_V2),
      sse('dsse-sse', UNKNOWN, byDefault('aws:kms:dsse', keyArn), { bucket: ['dsse'] }, SSE_V2),
    ]);
    expect(statuses(f)).toEqual(['kms: pass', 'dsse: pass']);
  });

  it('passes a key created in the stack (unknown id, resolved by dependency), and is unknown when the key cannot be resolved', () => {
    const f = runPulumi(DATA3, [
      { type: KEY, name: 'cmk', props: {} },
      bucket('own-key'),
      sse('own-key-sse', 'own-key-bucket', byDefault('aws:kms', UNKNOWN), { rules: ['cmk'] }),
      bucket('mystery-key'),
      sse('mystery-sse', 'mystery-key-bucket', byDefault('aws:kms', UNKNOWN)),
    ]);
    expect(statuses(f)).toEqual(['own-key: pass', 'mystery-key: unknown']);
    expect(f[1].message).toContain('kmsMasterKeyId');
  });

  it('fails AES256 (mandatory), and gives an advisory fail for the AWS-managed aws/s3 key (absent or named)', () => {
    const f = runPulumi(DATA3, [
      bucket('sse-s3'),
      sse('a', 'sse-s3-bucket', byDefault('AES256')),
      bucket('default-key'),
      sse('b', 'default-key-bucket', byDefault('aws:kms')),
      bucket('alias-key'),
      sse('c', 'alias-key-bucket', byDefault('aws:kms', 'alias/aws/s3')),
      bucket('alias-arn'),
      sse('d', 'alias-arn-bucket', byDefault('aws:kms', 'arn:aws:kms:us-east-1:123456789012:alias/aws/s3')),
    ]);
    expect(statuses(f)).toEqual(['sse-s3: fail', 'default-key: fail', 'alias-key: fail', 'alias-arn: fail']);
    expect(f.map((x) => x.enforcement)).toEqual(['mandatory', 'advisory', 'advisory', 'advisory']);
    expect(f[1].message).toContain('aws/s3');
  });

  it('accepts AES256 and the SSE-S3 default when acceptSseS3 is set', () => {
    const f = runPulumi(DATA3, [bucket('sse-s3'), sse('a', 'sse-s3-bucket', byDefault('AES256')), bucket('nothing')], { params: { acceptSseS3: true } });
    expect(statuses(f)).toEqual(['sse-s3: pass', 'nothing: pass']);
  });

  it('fails a bucket with no encryption configuration (S3 default SSE-S3), and is unknown when an encryption resource cannot be tied to a bucket', () => {
    expect(statuses(runPulumi(DATA3, [bucket('nothing')]))).toEqual(['nothing: fail']);
    const f = runPulumi(DATA3, [bucket('maybe'), sse('loose', UNKNOWN, byDefault('aws:kms', keyArn))]);
    expect(statuses(f)).toEqual(['maybe: unknown']);
  });

  it('reports unknown when the algorithm is not known', () => {
    const f = runPulumi(DATA3, [bucket('later'), sse('s', 'later-bucket', byDefault(UNKNOWN))]);
    expect(statuses(f)).toEqual(['later: unknown']);
    expect(f[0].message).toContain('sseAlgorithm');
  });

  it('reads the v6 inline serverSideEncryptionConfiguration.rule and the v7 BucketV2 plural form', () => {
    const f = runPulumi(DATA3, [
      bucket('v6-kms', { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: byDefault('aws:kms', keyArn) } } }),
      bucket('v6-aes', { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: byDefault('AES256') } } }),
      bucket('v7-kms', { serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [byDefault('aws:kms:dsse', keyArn)] }] }] }, BUCKET_V2),
      bucket('v7-aes', { serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [byDefault('AES256')] }] }] }, BUCKET_V2),
      bucket('v6-unknown', { serverSideEncryptionConfiguration: UNKNOWN }),
    ]);
    expect(statuses(f)).toEqual(['v6-kms: pass', 'v6-aes: fail', 'v7-kms: pass', 'v7-aes: fail', 'v6-unknown: unknown']);
  });

  it('lets a side resource win over the deprecated inline setting', () => {
    const f = runPulumi(DATA3, [
      bucket('both', { serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: byDefault('AES256') } } }),
      sse('side', 'both-bucket', byDefault('aws:kms', keyArn)),
    ]);
    expect(statuses(f)).toEqual(['both: pass']);
  });
});
