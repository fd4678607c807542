import { TLS7 } from '../../src/rules/tls/TLS7-s3-deny-insecure-transport';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const BUCKET = 'aws:s3/bucket:Bucket';
const BUCKET_V2 = 'aws:s3/bucketV2:BucketV2';
const POLICY = 'aws:s3/bucketPolicy:BucketPolicy';

const bucket = (name: string, props: Record<string, unknown> = {}, type = BUCKET): TestResource => ({
  type,
  name,
  props: { bucket: `${name}-bucket`, arn: `arn:aws:s3:::${name}-bucket`, ...props },
});
const secureTransport = (resources: unknown) => ({
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: resources,
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});
const tlsVersion = (resources: unknown, version: unknown = '1.2') => ({
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: ['s3:*'],
  Resource: resources,
  Condition: { NumericLessThan: { 's3:TlsVersion': version } },
});
const both = (arn: string) => [arn, `${arn}/*`];
const doc = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const good = (arn: string) => doc(secureTransport(both(arn)), tlsVersion(both(arn)));
const policy = (name: string, bucketRef: unknown, policyValue: unknown, dependsOn?: Record<string, string[]>): TestResource => ({
  type: POLICY,
  name,
  props: { bucket: bucketRef, policy: policyValue },
  dependsOn,
});

describe('TLS7 S3 bucket policies deny insecure transport', () => {
  it('passes a policy linked by known bucket name, by property dependency (object document, "*" resource) and an inline policy', () => {
    const f = runPulumi(TLS7, [
      bucket('by-name'),
      policy('p-by-name', 'by-name-bucket', good('arn:aws:s3:::by-name-bucket')),
      bucket('by-dep', {}, BUCKET_V2),
      policy('p-by-dep', UNKNOWN, { Version: '2012-10-17', Statement: [secureTransport('*'), tlsVersion('*', 1.2)] }, { bucket: ['by-dep'] }),
      bucket('inline', { policy: good('arn:aws:s3:::inline-bucket') }),
    ]);
    expect(statuses(f)).toEqual(['by-name: pass', 'by-dep: pass', 'inline: pass']);
  });

  it('passes a bucket whose name is not known yet when the linked policy names a literal S3 ARN; a ${...} placeholder does not count', () => {
    const f = runPulumi(TLS7, [
      bucket('auto', { bucket: UNKNOWN, arn: UNKNOWN }),
      policy('p-auto', UNKNOWN, good('arn:aws:s3:::auto-1234'), { bucket: ['auto'] }),
      bucket('placeholder', { bucket: UNKNOWN, arn: UNKNOWN }),
      policy('p-placeholder', UNKNOWN, good('arn:aws:s3:::${BucketName}'), { bucket: ['placeholder'] }),
    ]);
    expect(statuses(f)).toEqual(['auto: pass', 'placeholder: fail']);
  });

  it('fails a bucket without a policy (both tokens), and policies missing a deny, arn/*, or with a too-low TLS version', () => {
    const arn = (n: string) => `arn:aws:s3:::${n}-bucket`;
    const f = runPulumi(TLS7, [
      bucket('none'),
      bucket('none-v2', {}, BUCKET_V2),
      bucket('only-https'),
      policy('p1', 'only-https-bucket', doc(secureTransport(both(arn('only-https'))))),
      bucket('no-objects'),
      policy('p2', 'no-objects-bucket', doc(secureTransport(arn('no-objects')), tlsVersion(arn('no-objects')))),
      bucket('tls11'),
      policy('p3', 'tls11-bucket', doc(secureTransport(both(arn('tls11'))), tlsVersion(both(arn('tls11')), '1.1'))),
      bucket('allow'),
      policy('p4', 'allow-bucket', doc({ ...secureTransport(both(arn('allow'))), Effect: 'Allow' }, tlsVersion(both(arn('allow'))))),
      bucket('other-bucket-arn'),
      policy('p5', 'other-bucket-arn-bucket', good('arn:aws:s3:::somebody-else')),
    ]);
    expect(statuses(f)).toEqual(['none: fail', 'none-v2: fail', 'only-https: fail', 'no-objects: fail', 'tls11: fail', 'allow: fail', 'other-bucket-arn: fail']);
    expect(f[0].message).toContain('no bucket policy');
    expect(f[2].message).toContain('s3:TlsVersion NumericLessThan 1.2 on the bucket ARN and arn/*');
    expect(f[3].message).toContain('a Deny for aws:SecureTransport false on arn/*');
    expect(f[5].message).toContain('aws:SecureTransport');
  });

  it('fails an unparseable policy with a clear message', () => {
    const f = runPulumi(TLS7, [bucket('broken'), policy('p', 'broken-bucket', '{"Statement": [')]);
    expect(statuses(f)).toEqual(['broken: fail']);
    expect(f[0].message).toContain('p: policy is not valid JSON');
  });

  it('judges a policy that targets another bucket by a known id on its own statements (the stack bucket fails)', () => {
    const f = runPulumi(TLS7, [bucket('mine'), policy('p', 'external-bucket', good('arn:aws:s3:::external-bucket'))]);
    expect(statuses(f)).toEqual(['mine: fail', 'p: pass']);
  });

  it('reports unknown for an unknown policy document, an unknown Resource, and a policy whose bucket cannot be resolved', () => {
    const f = runPulumi(TLS7, [
      bucket('doc-later'),
      policy('p1', 'doc-later-bucket', UNKNOWN),
      bucket('resource-later'),
      policy('p2', 'resource-later-bucket', { Statement: [secureTransport(UNKNOWN), tlsVersion(UNKNOWN)] }),
    ]);
    expect(statuses(f)).toEqual(['doc-later: unknown', 'resource-later: unknown']);
    expect(f[0].message).toContain('policy');
    const g = runPulumi(TLS7, [bucket('maybe'), policy('p-unresolved', UNKNOWN, good('arn:aws:s3:::maybe-bucket'))]);
    // The policy itself may be another bucket's: its Denies may be written for that one.
    expect(statuses(g)).toEqual(['maybe: unknown', 'p-unresolved: unknown']);
    expect(g[0].message).toContain('p-unresolved');
  });
});

describe('TLS7: a Deny counts only with its one condition (any other narrows it)', () => {
  const narrowedBy = (statement: Record<string, unknown>, extra: Record<string, unknown>) => ({ ...statement, Condition: { ...(statement.Condition as object), ...extra } });
  const arn = 'arn:aws:s3:::narrow-bucket';

  it.each([
    ['aws:SourceVpce', { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }],
    ['aws:UserAgent', { StringLike: { 'aws:UserAgent': '*curl*' } }],
    ['a second test of the same key', { Null: { 'aws:SecureTransport': 'false' } }],
    ['an unknown extra condition', { StringEquals: { 'aws:SourceVpc': UNKNOWN } }],
  ])('fails an aws:SecureTransport Deny that also requires %s, naming the narrowed statement', (_what, extra) => {
    const f = runPulumi(TLS7, [bucket('narrow'), policy('p', 'narrow-bucket', { Statement: [narrowedBy(secureTransport(both(arn)), extra), tlsVersion(both(arn))] })]);
    expect(statuses(f)).toEqual(['narrow: fail']);
    expect(f[0].message).toContain('aws:SecureTransport false on the bucket ARN and arn/* (Statement[0] (Sid "DenyInsecureTransport") has it together with another condition');
  });

  it('fails an s3:TlsVersion Deny that also requires aws:SecureTransport false (plain HTTP carries no TLS version, so it denies nothing)', () => {
    const f = runPulumi(TLS7, [
      bucket('combined'),
      policy('p', 'combined-bucket', {
        Statement: [secureTransport(both('arn:aws:s3:::combined-bucket')), narrowedBy(tlsVersion(both('arn:aws:s3:::combined-bucket')), { Bool: { 'aws:SecureTransport': 'false' } })],
      }),
    ]);
    expect(statuses(f)).toEqual(['combined: fail']);
    expect(f[0].message).toContain('s3:TlsVersion NumericLessThan 1.2 on the bucket ARN and arn/*');
  });

  it('still passes the two Denies each with its one condition, a list of alternatives in it, and is unknown when the Condition block is unknown', () => {
    const alternatives = { ...secureTransport(both(arn)), Condition: { Bool: { 'aws:SecureTransport': ['false', 'FALSE'] } } };
    const f = runPulumi(TLS7, [
      bucket('narrow'),
      policy('p', 'narrow-bucket', { Statement: [alternatives, tlsVersion(both(arn))] }),
      bucket('later'),
      policy('q', 'later-bucket', { Statement: [{ ...secureTransport(both('arn:aws:s3:::later-bucket')), Condition: UNKNOWN }, tlsVersion(both('arn:aws:s3:::later-bucket'))] }),
    ]);
    expect(statuses(f)).toEqual(['narrow: pass', 'later: unknown']);
  });
});

describe('TLS7 three-valued judgement', () => {
  it('fails what is definitely missing even when another statement has an unknown Resource', () => {
    const f = runPulumi(TLS7, [bucket('half'), policy('p', 'half-bucket', { Statement: [secureTransport(UNKNOWN)] })]);
    expect(statuses(f)).toEqual(['half: fail']);
    expect(f[0].message).toContain('s3:TlsVersion');
  });
});
