/** TLS7's cases, written once for both engines: the parity test (test/parity/TLS7.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { TLS7 } from '../../src/rules/tls/TLS7-s3-deny-insecure-transport';
import { IMPORTED, S3, bareBucketCase, cfnBucket, cfnResource, pulumiBucket, pulumiResource, withLater } from '../parity/s3-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

export const deny = (Resource: unknown, Condition: unknown) => ({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource, Condition });
export const noPlainHttp = (Resource: unknown) => deny(Resource, { Bool: { 'aws:SecureTransport': 'false' } });
export const noOldTls = (Resource: unknown) => deny(Resource, { NumericLessThan: { 's3:TlsVersion': '1.2' } });
export const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
export const cfnPolicy = (PolicyDocument: unknown, Bucket: unknown = { Ref: 'Bucket' }) => cfnResource('AWS::S3::BucketPolicy', { Bucket, PolicyDocument });
const pulumiPolicy = (policy: unknown, bucket: unknown = 'Bucket', dependsOn?: Record<string, string[]>) => pulumiResource(S3.policy, 'Policy', { bucket, policy }, dependsOn);
/** The same Deny, also requiring that the request not come through one VPC endpoint: conditions are ANDed. */
const narrowed = (statement: ReturnType<typeof deny>) => ({ ...statement, Condition: { ...(statement.Condition as object), StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } });
const byArn = [{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, { 'Fn::Sub': '${Bucket.Arn}/*' }];
export const literal = (name: string) => [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`];

export const TLS7_CASES: RequirementCases = {
  rule: TLS7,
  groups: [
    {
      titles: ['TLS7 parity: bucket policies deny insecure transport'],
      cases: [
        {
          name: 'compliant: Resource as !GetAtt Bucket.Arn and !Sub "${Bucket.Arn}/*"',
          pulumi: [pulumiBucket('Bucket'), pulumiPolicy(JSON.stringify(doc(noPlainHttp(literal('Bucket')), noOldTls(literal('Bucket')))))],
          cfn: { Bucket: cfnBucket(), Policy: cfnPolicy(doc(...[noPlainHttp, noOldTls].map((d) => d([{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, { 'Fn::Sub': '${Bucket.Arn}/*' }])))) },
          expected: ['Bucket: pass'],
        },
        {
          name: 'compliant: Resource as !Sub "arn:aws:s3:::${Bucket}/*" and !Join with !Ref Bucket, for a named bucket',
          pulumi: [pulumiBucket('Bucket', { bucket: 'app-data' }), pulumiPolicy(doc(noPlainHttp(literal('app-data')), noOldTls(literal('app-data'))), 'app-data')],
          cfn: {
            Bucket: cfnBucket({ BucketName: 'app-data' }),
            Policy: cfnPolicy(doc(...[noPlainHttp, noOldTls].map((d) => d([{ 'Fn::Join': ['', ['arn:aws:s3:::', { Ref: 'Bucket' }]] }, { 'Fn::Sub': 'arn:aws:s3:::${Bucket}/*' }])))),
          },
          expected: ['Bucket: pass'],
        },
        {
          name: 'compliant: a bucket whose name is not known until deployment, with a policy on it by Ref',
          pulumi: [pulumiBucket('Bucket', { bucket: UNKNOWN }), pulumiPolicy(doc(noPlainHttp(literal('Bucket')), noOldTls(literal('Bucket'))), UNKNOWN, { bucket: ['Bucket'] })],
          cfn: withLater({
            Bucket: cfnBucket({ BucketName: { Ref: 'Later' } }),
            Policy: cfnPolicy(doc(...[noPlainHttp, noOldTls].map((d) => d([{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, { 'Fn::Sub': '${Bucket.Arn}/*' }])))),
          }),
          expected: ['Bucket: pass'],
        },
        {
          name: 'compliant: BucketName a resolvable !Sub, the policy by !GetAtt Bucket.Arn (the ARN carries that name, not the logical ID)',
          pulumi: [
            pulumiBucket('Bucket', { bucket: 'app-data-123456789012' }),
            pulumiPolicy(doc(noPlainHttp(literal('app-data-123456789012')), noOldTls(literal('app-data-123456789012'))), 'app-data-123456789012'),
          ],
          cfn: { Bucket: cfnBucket({ BucketName: { 'Fn::Sub': 'app-data-${AWS::AccountId}' } }), Policy: cfnPolicy(doc(noPlainHttp(byArn), noOldTls(byArn))) },
          expected: ['Bucket: pass'],
        },
        {
          name: 'compliant: the bucket\u2019s properties under one !If, its BucketName a !Sub in the branch taken, the policy by !GetAtt Bucket.Arn',
          pulumi: [
            pulumiBucket('Bucket', { bucket: 'app-data-123456789012' }),
            pulumiPolicy(doc(noPlainHttp(literal('app-data-123456789012')), noOldTls(literal('app-data-123456789012'))), 'app-data-123456789012'),
          ],
          cfn: {
            Conditions: { Always: { 'Fn::Equals': ['a', 'a'] } },
            Resources: {
              Bucket: cfnResource('AWS::S3::Bucket', { 'Fn::If': ['Always', { BucketName: { 'Fn::Sub': 'app-data-${AWS::AccountId}' } }, { BucketName: 'fallback-data' }] } as never),
              Policy: cfnPolicy(doc(noPlainHttp(byArn), noOldTls(byArn))),
            },
          },
          expected: ['Bucket: pass'],
        },
        {
          name: 'compliant: a BucketName the template cannot resolve (imported), the policy by !GetAtt Bucket.Arn and !Sub ${Bucket.Arn}/*',
          pulumi: [pulumiBucket('Bucket', { bucket: UNKNOWN }), pulumiPolicy(doc(noPlainHttp(literal('Bucket')), noOldTls(literal('Bucket'))), UNKNOWN, { bucket: ['Bucket'] })],
          cfn: { Bucket: cfnBucket({ BucketName: IMPORTED }), Policy: cfnPolicy(doc(noPlainHttp(byArn), noOldTls(byArn))) },
          expected: ['Bucket: pass'],
        },
        {
          name: 'non-compliant: a BucketName the template cannot resolve, its policy with only the aws:SecureTransport Deny',
          pulumi: [pulumiBucket('Bucket', { bucket: UNKNOWN }), pulumiPolicy(doc(noPlainHttp(literal('Bucket'))), UNKNOWN, { bucket: ['Bucket'] })],
          cfn: { Bucket: cfnBucket({ BucketName: IMPORTED }), Policy: cfnPolicy(doc(noPlainHttp(byArn))) },
          expected: ['Bucket: fail'],
        },
        bareBucketCase('non-compliant: no bucket policy', ['Bucket: fail']),
        {
          name: 'non-compliant: only the aws:SecureTransport deny, and only on the objects',
          pulumi: [pulumiBucket('Bucket'), pulumiPolicy(doc(noPlainHttp('arn:aws:s3:::Bucket/*')))],
          cfn: { Bucket: cfnBucket(), Policy: cfnPolicy(doc(noPlainHttp({ 'Fn::Sub': '${Bucket.Arn}/*' }))) },
          expected: ['Bucket: fail'],
        },
        {
          name: 'non-compliant: a policy for another bucket of the stack does not cover this one',
          pulumi: [pulumiBucket('Bucket'), pulumiBucket('Other'), pulumiPolicy(doc(noPlainHttp(literal('Other')), noOldTls(literal('Other'))), 'Other')],
          cfn: { Bucket: cfnBucket(), Other: cfnBucket(), Policy: cfnPolicy(doc(noPlainHttp(literal('Other')), noOldTls(literal('Other'))), { Ref: 'Other' }) },
          expected: ['Bucket: fail', 'Other: pass'],
        },
        {
          name: 'non-compliant: the aws:SecureTransport Deny also requires a VPC endpoint other than one (aws:SourceVpce), so plain HTTP from anywhere else is allowed',
          pulumi: [pulumiBucket('Bucket'), pulumiPolicy(doc(narrowed(noPlainHttp(literal('Bucket'))), noOldTls(literal('Bucket'))))],
          cfn: { Bucket: cfnBucket(), Policy: cfnPolicy(doc(narrowed(noPlainHttp(byArn)), noOldTls(byArn))) },
          expected: ['Bucket: fail'],
        },
        {
          name: 'unknown: the Condition block of the TLS-version Deny is imported (it may or may not be that one condition)',
          pulumi: [pulumiBucket('Bucket'), pulumiPolicy(doc(noPlainHttp(literal('Bucket')), { ...noOldTls(literal('Bucket')), Condition: UNKNOWN }))],
          cfn: { Bucket: cfnBucket(), Policy: cfnPolicy(doc(noPlainHttp(byArn), { ...noOldTls(byArn), Condition: IMPORTED })) },
          expected: ['Bucket: unknown'],
        },
        {
          name: 'unknown: the policy document imported',
          pulumi: [pulumiBucket('Bucket'), pulumiPolicy(UNKNOWN)],
          cfn: { Bucket: cfnBucket(), Policy: cfnPolicy(IMPORTED) },
          expected: ['Bucket: unknown'],
        },
        {
          name: "unknown: a policy whose bucket is imported may be this bucket's",
          pulumi: [pulumiBucket('Bucket'), pulumiPolicy(doc(noPlainHttp('*'), noOldTls('*')), UNKNOWN)],
          cfn: { Bucket: cfnBucket(), Policy: cfnPolicy(doc(noPlainHttp('*'), noOldTls('*')), IMPORTED) },
          // The policy, judged on its own, has the Denies, but for a bucket not known.
          expected: ['Bucket: unknown', 'Policy: unknown'],
        },
      ],
    },
  ],
};
