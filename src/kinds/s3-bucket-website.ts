/**
 * A bucket's static-website hosting (TLS9, DNS1): Pulumi's BucketWebsiteConfiguration side resource;
 * CloudFormation writes it inline on the bucket (`WebsiteConfiguration`), which the bucket's mapping
 * (./s3-bucket.ts) turns into a fact of this kind.
 */
import { defineKind } from './kind-module';

export interface BucketWebsiteProps {
  bucket?: string;
  indexDocument?: { suffix?: string };
  errorDocument?: { key?: string };
  redirectAllRequestsTo?: { hostName?: string; protocol?: string };
  routingRules?: object[];
  /** An output: the website's HTTP-only endpoint host. */
  websiteEndpoint?: string;
}

export const S3_BUCKET_WEBSITE = defineKind<BucketWebsiteProps>()({
  kind: 's3:BucketWebsite',
  pulumi: ['aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration', 'aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2'],
  cfn: {},
  inline: { type: 'AWS::S3::Bucket', property: 'WebsiteConfiguration' },
  pathNames: { RoutingRuleCondition: 'condition', RedirectRule: 'redirect' },
});
