/** DATA2's cases, written once for both engines: the parity test (test/parity/DATA2.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { DATA2 } from '../../src/rules/data/DATA2-s3-no-public-grants';
import { IMPORTED, LATER, S3, bareBucketCase, cfnBucket, cfnResource, pulumiBucket, pulumiResource, pulumiSide, withLater } from '../parity/s3-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const PRIVATE = ['Bucket/acl: pass', 'Bucket/objectOwnership: pass', 'Bucket/policy: pass'];
const statement = (extra: Record<string, unknown>) => ({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', ...extra });
const fromSourceIp = (...cidrs: unknown[]) => ({ Condition: { IpAddress: { 'aws:SourceIp': cidrs } } });
const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const cfnPolicy = (PolicyDocument: unknown, Bucket: unknown = { Ref: 'Bucket' }) => cfnResource('AWS::S3::BucketPolicy', { Bucket, PolicyDocument });
const pulumiPolicy = (policy: unknown) => pulumiResource(S3.policy, 'Policy', { bucket: 'Bucket', policy });

export const DATA2_CASES: RequirementCases = {
  rule: DATA2,
  groups: [
    {
      titles: ['DATA2 parity: no public S3 grants'],
      cases: [
        bareBucketCase('compliant: no ACL, ownership controls absent (S3 default BucketOwnerEnforced), no policy', PRIVATE),
        {
          name: 'compliant: private ACL, BucketOwnerEnforced, a policy for a named principal',
          pulumi: [
            pulumiBucket('Bucket'),
            pulumiSide(S3.acl, 'Bucket', { acl: 'private' }),
            pulumiSide(S3.ownership, 'Bucket', { rule: { objectOwnership: 'BucketOwnerEnforced' } }),
            pulumiPolicy(JSON.stringify(doc(statement({ Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Resource: 'arn:aws:s3:::Bucket/*' })))),
          ],
          cfn: {
            Bucket: cfnBucket({ AccessControl: 'Private', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }),
            Policy: cfnPolicy(doc(statement({ Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Resource: { 'Fn::Sub': 'arn:aws:s3:::${Bucket}/*' } }))),
          },
          expected: PRIVATE,
        },
        {
          name: 'non-compliant: canned ACL PublicRead (public-read), ObjectWriter ownership, Allow to * by a policy on the bucket by Ref',
          pulumi: [
            pulumiBucket('Bucket'),
            pulumiSide(S3.acl, 'Bucket', { acl: 'public-read' }),
            pulumiSide(S3.ownership, 'Bucket', { rule: { objectOwnership: 'ObjectWriter' } }),
            pulumiPolicy(JSON.stringify(doc(statement({ Resource: 'arn:aws:s3:::Bucket/*' })))),
          ],
          cfn: {
            Bucket: cfnBucket({ AccessControl: 'PublicRead', OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }),
            Policy: cfnPolicy(doc(statement({ Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, '/*']] } }))),
          },
          expected: ['Bucket/acl: fail', 'Bucket/objectOwnership: fail', 'Bucket/policy: fail'],
        },
        {
          name: 'non-compliant: AuthenticatedRead (any AWS account), and a policy naming the bucket by its BucketName',
          pulumi: [
            pulumiBucket('Data', { bucket: 'data-bucket' }),
            pulumiSide(S3.acl, 'Data', { bucket: 'data-bucket', acl: 'authenticated-read' }),
            pulumiResource(S3.policy, 'Policy', { bucket: 'data-bucket', policy: doc(statement({ Resource: '*' })) }),
          ],
          cfn: { Data: cfnBucket({ BucketName: 'data-bucket', AccessControl: 'AuthenticatedRead' }), Policy: cfnPolicy(doc(statement({ Resource: '*' })), 'data-bucket') },
          expected: ['Data/acl: fail', 'Data/objectOwnership: pass', 'Data/policy: fail'],
        },
        {
          name: 'compliant: Allow to * pinned by aws:SourceArn naming a distribution of the stack (Fn::Sub)',
          pulumi: [
            pulumiBucket('Bucket'),
            pulumiResource('aws:cloudfront/distribution:Distribution', 'Dist', {}),
            pulumiPolicy(doc(statement({ Resource: 'arn:aws:s3:::Bucket/*', Condition: { StringEquals: { 'aws:SourceArn': 'arn:aws:cloudfront::123456789012:distribution/E1' } } }))),
          ],
          cfn: {
            Bucket: cfnBucket(),
            Dist: cfnResource('AWS::CloudFront::Distribution', { DistributionConfig: { Enabled: true } }),
            Policy: cfnPolicy(
              doc(statement({ Resource: { 'Fn::Sub': '${Bucket.Arn}/*' }, Condition: { StringEquals: { 'aws:SourceArn': { 'Fn::Sub': 'arn:aws:cloudfront::123456789012:distribution/${Dist}' } } } })),
            ),
          },
          expected: PRIVATE,
        },
        {
          name: 'aws:SourceIp allowlists judged by the breadth of their CIDRs together: one narrow block pins, halves of the address space do not, an unknown entry is unknown',
          pulumi: [
            pulumiBucket('Narrow'),
            pulumiResource(S3.policy, 'NarrowPolicy', { bucket: 'Narrow', policy: JSON.stringify(doc(statement({ Resource: 'arn:aws:s3:::Narrow/*', ...fromSourceIp('203.0.113.0/24') }))) }),
            pulumiBucket('Halves'),
            pulumiResource(S3.policy, 'HalvesPolicy', { bucket: 'Halves', policy: JSON.stringify(doc(statement({ Resource: 'arn:aws:s3:::Halves/*', ...fromSourceIp('0.0.0.0/1', '128.0.0.0/1') }))) }),
            pulumiBucket('Later'),
            pulumiResource(S3.policy, 'LaterPolicy', { bucket: 'Later', policy: doc(statement({ Resource: 'arn:aws:s3:::Later/*', ...fromSourceIp('203.0.113.0/24', UNKNOWN) })) }),
          ],
          cfn: withLater({
            Narrow: cfnBucket(),
            NarrowPolicy: cfnPolicy(doc(statement({ Resource: { 'Fn::Sub': '${Narrow.Arn}/*' }, ...fromSourceIp('203.0.113.0/24') })), { Ref: 'Narrow' }),
            Halves: cfnBucket(),
            HalvesPolicy: cfnPolicy(doc(statement({ Resource: { 'Fn::Sub': '${Halves.Arn}/*' }, ...fromSourceIp('0.0.0.0/1', '128.0.0.0/1') })), { Ref: 'Halves' }),
            Later: cfnBucket(),
            LaterPolicy: cfnPolicy(doc(statement({ Resource: { 'Fn::Sub': '${Later.Arn}/*' }, ...fromSourceIp('203.0.113.0/24', LATER) })), { Ref: 'Later' }),
          }),
          expected: [...['Narrow', 'Halves', 'Later'].flatMap((b) => [`${b}/acl: pass`, `${b}/objectOwnership: pass`]), 'Narrow/policy: pass', 'Halves/policy: fail', 'Later/policy: unknown'],
        },
        {
          name: 'unknown: canned ACL from a parameter without a default, ownership and a pinning condition imported',
          pulumi: [
            pulumiBucket('Bucket', { acl: UNKNOWN }),
            pulumiSide(S3.ownership, 'Bucket', { rule: { objectOwnership: UNKNOWN } }),
            pulumiPolicy(doc(statement({ Resource: '*', Condition: { StringEquals: { 'aws:SourceAccount': UNKNOWN } } }))),
          ],
          cfn: withLater({
            Bucket: cfnBucket({ AccessControl: LATER, OwnershipControls: { Rules: [{ ObjectOwnership: IMPORTED }] } }),
            Policy: cfnPolicy(doc(statement({ Resource: '*', Condition: { StringEquals: { 'aws:SourceAccount': IMPORTED } } }))),
          }),
          expected: ['Bucket/acl: unknown', 'Bucket/objectOwnership: unknown', 'Bucket/policy: unknown'],
        },
        {
          name: 'unknown: a public policy whose bucket is imported (it may be this one)',
          pulumi: [pulumiBucket('Bucket'), pulumiResource(S3.policy, 'Policy', { bucket: UNKNOWN, policy: doc(statement({ Resource: '*' })) })],
          cfn: { Bucket: cfnBucket(), Policy: cfnPolicy(doc(statement({ Resource: '*' })), IMPORTED) },
          // The policy itself is public whichever bucket it is on.
          expected: ['Bucket/acl: pass', 'Bucket/objectOwnership: pass', 'Bucket/policy: unknown', 'Policy/policy: fail'],
        },
      ],
    },
  ],
};
