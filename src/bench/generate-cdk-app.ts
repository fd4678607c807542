/**
 * Generated CDK apps for the synth benchmarks: one stack of repeating units of ten CloudFormation
 * resources shaped like a marketplace app backend (a KMS key that encrypts a bucket, a secret, a table
 * and a topic; a function whose role may read the table; a security group), so both packs and the
 * cross-resource checks do real work. Built with the L2 constructs users write, not with raw templates.
 */
import { App, CfnResource, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';

export const BENCH_STACK = 'Bench';

function unit(stack: Stack, i: number): void {
  const key = new kms.Key(stack, `Key${i}`, { enableKeyRotation: i % 5 !== 0 });
  new s3.Bucket(stack, `Assets${i}`, { encryptionKey: key, enforceSSL: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, versioned: i % 3 !== 0 });
  new secretsmanager.Secret(stack, `Secret${i}`, { encryptionKey: key });
  const table = new dynamodb.Table(stack, `Table${i}`, {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
    encryptionKey: key,
  });
  new sns.Topic(stack, `Topic${i}`, { masterKey: key });
  const fn = new lambda.Function(stack, `Fn${i}`, {
    runtime: i % 4 ? lambda.Runtime.NODEJS_22_X : lambda.Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
    environment: { TABLE_NAME: table.tableName },
  });
  table.grantReadData(fn);
  new ec2.CfnSecurityGroup(stack, `Sg${i}`, {
    groupDescription: 'app',
    vpcId: 'vpc-0123456789abcdef0',
    securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: '0.0.0.0/0' }],
    securityGroupEgress: [{ ipProtocol: i % 4 ? 'tcp' : '-1', fromPort: 443, toPort: 443, cidrIp: '0.0.0.0/0' }],
  });
}

function cfnResourceCount(stack: Stack): number {
  return stack.node.findAll().filter((c) => CfnResource.isCfnResource(c)).length;
}

/**
 * An unsynthesized app with one stack of at least `size` resources (whole units of ten). One stack on
 * purpose: cdk-nag's cost grows with the resources of a stack, and CloudFormation's 500-resource limit,
 * which CDK enforces at synth, is lifted for the benchmark.
 */
export function generateCdkApp(size: number, outdir?: string): { app: App; resources: number } {
  const app = new App({
    outdir,
    context: {
      '@aws-cdk/core:stackResourceLimit': 0,
      // The exception carries the validation report instead of printing it: the benchmark measures, not reads.
      '@aws-cdk/core:appMode': 'inmemory',
    },
  });
  const stack = new Stack(app, BENCH_STACK);
  for (let i = 0; i * 10 < size; i++) unit(stack, i);
  return { app, resources: cfnResourceCount(stack) };
}
