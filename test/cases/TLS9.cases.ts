/** TLS9's cases, written once for both engines: the parity test (test/parity/TLS9.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { TLS9 } from '../../src/rules/tls/TLS9-no-s3-website';
import { IMPORTED, LATER, S3, cfnBucket, pulumiBucket, pulumiSide, withLater } from '../parity/s3-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

export const TLS9_CASES: RequirementCases = {
  rule: TLS9,
  groups: [
    {
      titles: ['TLS9 parity: no S3 static-website hosting'],
      cases: [
        {
          name: 'compliant: a bucket without website configuration',
          pulumi: [pulumiBucket('Bucket')],
          cfn: { Bucket: cfnBucket({ VersioningConfiguration: { Status: 'Enabled' } }) },
          expected: ['Bucket: pass'],
        },
        {
          name: 'non-compliant: WebsiteConfiguration (a BucketWebsiteConfiguration in Pulumi), index document and routing rules',
          pulumi: [
            pulumiBucket('Bucket'),
            pulumiSide(S3.website, 'Bucket', {
              indexDocument: { suffix: 'index.html' },
              routingRules: [{ condition: { keyPrefixEquals: 'docs/' }, redirect: { replaceKeyPrefixWith: 'documents/' } }],
            }),
          ],
          cfn: {
            Bucket: cfnBucket({
              WebsiteConfiguration: { IndexDocument: 'index.html', RoutingRules: [{ RoutingRuleCondition: { KeyPrefixEquals: 'docs/' }, RedirectRule: { ReplaceKeyPrefixWith: 'documents/' } }] },
            }),
          },
          expected: ['Bucket: pass', 'Bucket: fail'],
        },
        {
          name: 'non-compliant: a website that only redirects (still an HTTP endpoint), its host from a parameter without a default',
          pulumi: [pulumiBucket('Bucket'), pulumiSide(S3.website, 'Bucket', { redirectAllRequestsTo: { hostName: UNKNOWN, protocol: 'https' } })],
          cfn: withLater({ Bucket: cfnBucket({ WebsiteConfiguration: { RedirectAllRequestsTo: { HostName: LATER, Protocol: 'https' } } }) }),
          expected: ['Bucket: pass', 'Bucket: fail'],
        },
        {
          name: "unknown: the whole website configuration imported (it may be absent; inline and unknown, as a v6 bucket's)",
          pulumi: [pulumiBucket('Bucket', { website: UNKNOWN })],
          cfn: { Bucket: cfnBucket({ WebsiteConfiguration: IMPORTED }) },
          expected: ['Bucket: unknown'],
        },
      ],
    },
  ],
};
