/**
 * Findings in the CDK user's words: MarketplaceChecks names the CloudFormation property path and shows
 * the fix for the kind of resource judged (a log group's DATA4 fix is the log group's).
 */
import { App, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import { requirement } from '../../src/catalog';
import { fixFor } from '../../src/catalog/fix-for';
import { MarketplaceChecks } from '../../src/cdk';

const NOW = new Date('2026-11-24');

function violations(stack: Stack, rule: string) {
  return new MarketplaceChecks(undefined, { now: NOW }).validateScope(stack).violations.filter((v) => v.ruleName.startsWith(`Marketplace-${rule}`));
}

describe('per-kind, per-engine fixes (DATA4 on a log group)', () => {
  const data4 = requirement('DATA4');

  it('a log group gets the log group’s fix in each engine, not the other stores’ snippets', () => {
    for (const type of ['AWS::Logs::LogGroup', 'aws:cloudwatch/logGroup:LogGroup']) {
      expect(fixFor(data4, type, 'cdk')).toMatch(/new logs\.LogGroup\(this, .*encryptionKey/);
      expect(fixFor(data4, type, 'pulumi')).toMatch(/new aws\.cloudwatch\.LogGroup\(.*kmsKeyId/);
      for (const engine of ['cdk', 'pulumi'] as const) expect(fixFor(data4, type, engine)).not.toMatch(/rds|dynamodb|efs|sns|opensearch/i);
    }
  });

  it('a database gets the database’s fix in each engine', () => {
    expect(fixFor(data4, 'AWS::RDS::DBInstance', 'cdk')).toMatch(/^new rds\.DatabaseInstance\(this, .*storageEncrypted: true/);
    expect(fixFor(data4, 'aws:rds/instance:Instance', 'pulumi')).toMatch(/^new aws\.rds\.Instance\(.*storageEncrypted: true/);
    expect(fixFor(data4, 'AWS::RDS::DBInstance', 'cloudformation')).toMatch(/Type: AWS::RDS::DBInstance[\s\S]*StorageEncrypted: true/);
    for (const engine of ['cdk', 'pulumi', 'cloudformation'] as const) expect(fixFor(data4, 'AWS::RDS::DBInstance', engine)).not.toMatch(/dynamodb|efs|sns|opensearch|LogGroup/i);
  });

  it('MarketplaceChecks shows the log group fix on a log group on the service key', () => {
    const stack = new Stack(new App(), 'App');
    new logs.LogGroup(stack, 'Logs');
    const [v] = violations(stack, 'DATA4');
    expect(v.fix).toBe(fixFor(data4, 'AWS::Logs::LogGroup', 'cdk'));
    expect(v.fix).not.toMatch(/rds\.|dynamodb|opensearch/);
  });

  it('MarketplaceChecks shows the database fix on an unencrypted database', () => {
    const stack = new Stack(new App(), 'App');
    new rds.CfnDBInstance(stack, 'Db', { engine: 'postgres', dbInstanceClass: 'db.t4g.micro', allocatedStorage: '20', masterUsername: 'app', manageMasterUserPassword: true });
    new logs.LogGroup(stack, 'Logs', { encryptionKey: new kms.Key(stack, 'Key') });
    const [v] = violations(stack, 'DATA4');
    expect(v.description).toMatch(/StorageEncrypted is absent/);
    expect(v.fix).toBe(fixFor(data4, 'AWS::RDS::DBInstance', 'cdk'));
  });
});

describe('MarketplaceChecks names the CloudFormation property path', () => {
  it('DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy, not the Pulumi path', () => {
    const stack = new Stack(new App(), 'App');
    new cloudfront.CfnDistribution(stack, 'Site', {
      distributionConfig: {
        enabled: true,
        origins: [{ id: 'o', domainName: 'app.example.com', customOriginConfig: { originProtocolPolicy: 'https-only' } }],
        defaultCacheBehavior: { targetOriginId: 'o', viewerProtocolPolicy: 'allow-all', cachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' },
      },
    });
    const descriptions = violations(stack, 'TLS3').map((v) => v.description);
    expect(descriptions.some((d) => d.includes('DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy is allow-all'))).toBe(true);
    expect(descriptions.join('\n')).not.toMatch(/defaultCacheBehavior\.viewerProtocolPolicy/);
  });
});
