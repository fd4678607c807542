import { TLS7 } from '../../src/rules/tls/TLS7-s3-deny-insecure-transport';
import { TLS7_CASES, cfnPolicy, doc, noOldTls, noPlainHttp } from '../cases/TLS7.cases';
import { runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { statuses } from '../support/pulumi-stack';
import { IMPORTED, cfnBucket, runYaml, withLater } from './s3-fixtures';

parityOf(TLS7_CASES);

describe('TLS7 parity: bucket policies deny insecure transport', () => {
  describe('CloudFormation: buckets whose names the template cannot resolve are matched to policies by reference', () => {
    const denies = (arn: unknown, objects: unknown) => doc(noPlainHttp([arn, objects]), noOldTls([arn, objects]));
    const byGetAtt = (id: string) => denies({ 'Fn::GetAtt': [id, 'Arn'] }, { 'Fn::Sub': `\${${id}.Arn}/*` });

    it('a policy on one bucket written for another bucket\u2019s ARN (both names imported) does not cover it', () => {
      const f = runCfn(TLS7, {
        A: cfnBucket({ BucketName: IMPORTED }),
        B: cfnBucket({ BucketName: { 'Fn::ImportValue': 'other-bucket-name' } }),
        PolicyOnA: cfnPolicy(byGetAtt('B'), { Ref: 'A' }),
        PolicyOnB: cfnPolicy(byGetAtt('B'), { Ref: 'B' }),
      });
      expect(statuses(f).sort()).toEqual(['A: fail', 'B: pass']);
    });

    it('a literal ARN may be the bucket once its name is known: unknown, unless it cannot match whatever the name is', () => {
      const withName = (BucketName: unknown, arn: string) => runCfn(TLS7, withLater({ Bucket: cfnBucket({ BucketName }), Policy: cfnPolicy(denies(arn, `${arn}/*`)) }));
      expect(statuses(withName(IMPORTED, 'arn:aws:s3:::app-data'))).toEqual(['Bucket: unknown']);
      expect(statuses(withName({ 'Fn::Sub': 'app-data-${Later}' }, 'arn:aws:s3:::app-data-prod'))).toEqual(['Bucket: unknown']);
      expect(statuses(withName({ 'Fn::Sub': 'app-data-${Later}' }, 'arn:aws:s3:::other-prod'))).toEqual(['Bucket: fail']);
      expect(statuses(withName({ 'Fn::Sub': 'app-data-${AWS::AccountId}' }, 'arn:aws:s3:::app-data-123456789012'))).toEqual(['Bucket: unknown']);
    });
  });

  it('CloudFormation YAML: short forms !Ref, !GetAtt, !Sub and !Join in a bucket policy', () => {
    const f = runYaml(
      TLS7,
      `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [!GetAtt Bucket.Arn, !Sub 'arn:aws:s3:::\${Bucket}/*']
            Condition: { Bool: { 'aws:SecureTransport': 'false' } }
          - Effect: Deny
            Principal: { AWS: '*' }
            Action: ['s3:*']
            Resource: [!Join ['', ['arn:aws:s3:::', !Ref Bucket]], !Join ['/', [!GetAtt Bucket.Arn, '*']]]
            Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } }
`,
    );
    expect(statuses(f)).toEqual(['Bucket: pass']);
  });
});
