/**
 * What the S3 and data-store parity tests share: Pulumi resources written the way the CloudFormation
 * adapter names the same resources (a bucket's side resources carry the bucket's logical ID, as the
 * side facts of an inline configuration do), unknown values for both engines, and a runner for YAML
 * templates with short-form intrinsics.
 */
import { evaluate } from '../../src/core/engine';
import { Finding } from '../../src/core/findings';
import { Rule } from '../../src/core/rule';
import { factsFromTemplate } from '../../src/cfn/facts';
import { parseTemplate } from '../../src/cfn/template-source';
import { CfnTestResource } from '../support/cfn-stack';
import { ParityCase } from '../support/parity';
import { TestResource } from '../support/pulumi-stack';

export const S3 = {
  bucket: 'aws:s3/bucket:Bucket',
  publicAccessBlock: 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock',
  encryption: 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration',
  versioning: 'aws:s3/bucketVersioning:BucketVersioning',
  logging: 'aws:s3/bucketLogging:BucketLogging',
  website: 'aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration',
  ownership: 'aws:s3/bucketOwnershipControls:BucketOwnershipControls',
  acl: 'aws:s3/bucketAcl:BucketAcl',
  policy: 'aws:s3/bucketPolicy:BucketPolicy',
} as const;

/** A Pulumi bucket whose name is `name` (a template bucket without `BucketName` is named by its logical ID). */
export const pulumiBucket = (name: string, props: Record<string, unknown> = {}): TestResource => ({ type: S3.bucket, name, props: { bucket: name, ...props } });

/** A Pulumi side resource of bucket `name`, named like it (the CloudFormation side fact's name is the bucket's logical ID). */
export const pulumiSide = (type: string, name: string, props: Record<string, unknown>): TestResource => ({ type, name, props: { bucket: name, ...props } });

export const pulumiResource = (type: string, name: string, props: Record<string, unknown> = {}, dependsOn?: Record<string, string[]>): TestResource => ({ type, name, props, dependsOn });

export const cfnResource = (Type: string, Properties: Record<string, unknown> = {}): CfnTestResource => ({ Type, Properties });
export const cfnBucket = (Properties: Record<string, unknown> = {}): CfnTestResource => cfnResource('AWS::S3::Bucket', Properties);

/** A bucket with nothing configured, in both engines: where S3's defaults decide. */
export const bareBucketCase = (name: string, expected: string[], bucket = 'Bucket'): ParityCase => ({
  name,
  pulumi: [pulumiBucket(bucket)],
  cfn: { [bucket]: cfnBucket() },
  expected,
});

/** A value from another stack: unknown to the template. */
export const IMPORTED = { 'Fn::ImportValue': 'shared-stack-output' };
/** A parameter without a default (declared by `withLater`): unknown until deployment. */
export const LATER = { Ref: 'Later' };
export const withLater = (Resources: Record<string, CfnTestResource>) => ({ Parameters: { Later: { Type: 'String' } }, Resources });

export const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';

/** Findings of one rule for a YAML template, through the real reader (short-form tags). */
export function runYaml(rule: Rule, text: string): Finding[] {
  return evaluate(factsFromTemplate(parseTemplate(text, 'test.template.yaml')).stack, [rule]);
}
