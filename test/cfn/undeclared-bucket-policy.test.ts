/**
 * A bucket policy on a bucket the template does not declare (named by a parameter or a literal) is
 * judged on its own statements by DATA2 and TLS7 (issue 11, item 7).
 */
import { judged, messageOf, statusOf } from '../support/cfn-alternatives';

const ARNS = { bucket: 'arn:aws:s3:::elsewhere', objects: 'arn:aws:s3:::elsewhere/*' };
const denyTls = (condition: Record<string, unknown>) => ({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [ARNS.bucket, ARNS.objects], Condition: condition });
const SECURE = [denyTls({ Bool: { 'aws:SecureTransport': 'false' } }), denyTls({ NumericLessThan: { 's3:TlsVersion': '1.2' } })];
const PUBLIC_READ = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: ARNS.objects };

const template = (bucket: unknown, statements: unknown[]) => ({
  Parameters: { Target: { Type: 'String' } },
  Resources: { Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: bucket, PolicyDocument: { Version: '2012-10-17', Statement: statements } } } },
});

describe.each([
  ['a literal name', 'elsewhere'],
  ['a parameter', { Ref: 'Target' }],
])('a bucket policy on a bucket named by %s', (_, bucket) => {
  // A parameter's bucket ARNs are written with Fn::Sub over the same parameter.
  const arn = (text: string) => (typeof bucket === 'string' ? text : { 'Fn::Sub': text.replace('elsewhere', '${Target}') });
  const statements = (list: Record<string, unknown>[]) => list.map((s) => ({ ...s, Resource: Array.isArray(s.Resource) ? s.Resource.map(arn) : arn(s.Resource as string) }));

  it('fails DATA2 for a public statement and TLS7 without the Denies', () => {
    const f = judged(template(bucket, statements([PUBLIC_READ])));
    expect(statusOf(f, 'DATA2', 'Policy')).toBe('fail');
    expect(statusOf(f, 'TLS7', 'Policy')).toBe('fail');
    expect(messageOf(f, 'TLS7', 'Policy')).toContain('aws:SecureTransport');
  });

  it('passes both for the compliant twin', () => {
    const f = judged(template(bucket, statements(SECURE)));
    expect(statusOf(f, 'DATA2', 'Policy')).toBe('pass');
    expect(statusOf(f, 'TLS7', 'Policy')).toBe('pass');
  });
});

describe('a bucket policy whose bucket is not known at all', () => {
  it('fails TLS7 when no Deny could cover any bucket, and is unknown when the Denies may be for another bucket', () => {
    expect(statusOf(judged(template({ 'Fn::ImportValue': 'bucket' }, [PUBLIC_READ])), 'TLS7', 'Policy')).toBe('fail');
    expect(statusOf(judged(template({ 'Fn::ImportValue': 'bucket' }, SECURE)), 'TLS7', 'Policy')).toBe('unknown');
    expect(statusOf(judged(template({ 'Fn::ImportValue': 'bucket' }, [PUBLIC_READ])), 'DATA2', 'Policy')).toBe('fail');
  });
});
