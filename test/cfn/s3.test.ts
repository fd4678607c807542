/**
 * The S3 and data-store mappings' shapes where no rule reads every field (the parity tests judge the
 * rest): side facts of a bucket in the Pulumi v7 side-resource shapes, and the conversions that are
 * more than renames.
 */
import { Ref } from '../../src/core/values';
import { cannedAclName } from '../../src/kinds/s3-bucket-acl';
import { cfnFacts } from '../support/cfn-stack';

const factsOf = (Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>) =>
  cfnFacts({ Resources }).facts.map((f) => ({ key: f.key, kind: f.kind, name: f.name, props: f.props }));

describe('CloudFormation S3 mapping', () => {
  it('turns every inline configuration into the side resource Pulumi v7 writes, naming the bucket by Ref', () => {
    const facts = factsOf({
      Logs: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'access-logs' } },
      Site: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/app' }, BucketKeyEnabled: true }] },
          LoggingConfiguration: { DestinationBucketName: { Ref: 'Logs' }, LogFilePrefix: 'site/', TargetObjectKeyFormat: { PartitionedPrefix: { PartitionDateSource: 'EventTime' } } },
          WebsiteConfiguration: { IndexDocument: 'index.html', ErrorDocument: 'error.html', RedirectAllRequestsTo: { HostName: 'example.com', Protocol: 'https' } },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
          AccessControl: 'BucketOwnerFullControl',
          LifecycleConfiguration: { Rules: [{ Status: 'Enabled', ExpirationInDays: 30 }] },
          Tags: [{ Key: 'team', Value: 'web' }],
        },
      },
    });
    const site = new Ref('Site');
    expect(facts.slice(1)).toEqual([
      { key: 'Site', kind: 's3:Bucket', name: 'Site', props: { bucket: 'Site', lifecycleConfiguration: { rules: [{ status: 'Enabled', expirationInDays: 30 }] }, tags: { team: 'web' } } },
      {
        key: 'Site#encryption',
        kind: 's3:BucketEncryption',
        name: 'Site',
        props: { bucket: site, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'alias/app' }, bucketKeyEnabled: true }] },
      },
      {
        key: 'Site#logging',
        kind: 's3:BucketLogging',
        name: 'Site',
        props: { bucket: site, targetBucket: new Ref('Logs'), targetPrefix: 'site/', targetObjectKeyFormat: { partitionedPrefix: { partitionDateSource: 'EventTime' } } },
      },
      {
        key: 'Site#website',
        kind: 's3:BucketWebsite',
        name: 'Site',
        props: { bucket: site, indexDocument: { suffix: 'index.html' }, errorDocument: { key: 'error.html' }, redirectAllRequestsTo: { hostName: 'example.com', protocol: 'https' } },
      },
      { key: 'Site#ownershipControls', kind: 's3:BucketOwnershipControls', name: 'Site', props: { bucket: site, rule: { objectOwnership: 'BucketOwnerPreferred' } } },
      { key: 'Site#acl', kind: 's3:BucketAcl', name: 'Site', props: { bucket: site, acl: 'bucket-owner-full-control' } },
    ]);
    expect(facts[0].props).toEqual({ bucket: 'access-logs' });
  });

  it("converts every CloudFormation canned ACL name to S3's", () => {
    const names = ['Private', 'PublicRead', 'PublicReadWrite', 'AuthenticatedRead', 'LogDeliveryWrite', 'BucketOwnerRead', 'BucketOwnerFullControl', 'AwsExecRead'];
    expect(names.map(cannedAclName)).toEqual([
      'private',
      'public-read',
      'public-read-write',
      'authenticated-read',
      'log-delivery-write',
      'bucket-owner-read',
      'bucket-owner-full-control',
      'aws-exec-read',
    ]);
  });

  it('keeps a bucket policy document and an OpenSearch access policy as IAM writes them', () => {
    const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'es:*', Resource: '*' }] };
    const facts = factsOf({
      Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'external-bucket', PolicyDocument: document } },
      Search: { Type: 'AWS::OpenSearchService::Domain', Properties: { AccessPolicies: document, VPCOptions: { SubnetIds: ['subnet-1'] }, DomainEndpointOptions: { EnforceHTTPS: true } } },
    });
    expect(facts[0].props).toEqual({ bucket: 'external-bucket', policy: document });
    expect(facts[1].props).toEqual({ accessPolicies: document, vpcOptions: { subnetIds: ['subnet-1'] }, domainEndpointOptions: { enforceHttps: true } });
  });

  it('maps a global table to one Pulumi table with replicas: its own settings are what every replica has', () => {
    const [table] = factsOf({
      Global: {
        Type: 'AWS::DynamoDB::GlobalTable',
        Properties: {
          TableName: 'orders',
          SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
          Replicas: [
            { Region: 'us-east-1', SSESpecification: { KMSMasterKeyId: 'alias/orders' }, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } },
            { Region: 'eu-west-1', SSESpecification: { KMSMasterKeyId: 'alias/orders-eu' }, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true },
          ],
        },
      },
    });
    expect(table.props).toEqual({
      name: 'orders',
      serverSideEncryption: { enabled: true, sseType: 'KMS', kmsKeyArn: 'alias/orders' },
      pointInTimeRecovery: { enabled: true },
      replicas: [
        { regionName: 'us-east-1', kmsKeyArn: 'alias/orders', pointInTimeRecovery: true },
        { regionName: 'eu-west-1', kmsKeyArn: 'alias/orders-eu', pointInTimeRecovery: true, deletionProtectionEnabled: true },
      ],
    });
  });

  it('maps RDS names that differ from camelCase, and the key of the secret RDS manages', () => {
    const [instance, member] = factsOf({
      Db: {
        Type: 'AWS::RDS::DBInstance',
        Properties: { DBInstanceClass: 'db.t4g.micro', ManageMasterUserPassword: true, MasterUserSecret: { KmsKeyId: 'alias/db-secret' }, PubliclyAccessible: false, VPCSecurityGroups: ['sg-1'] },
      },
      Member: { Type: 'AWS::RDS::DBInstance', Properties: { DBClusterIdentifier: 'aurora-1', PubliclyAccessible: false } },
    });
    expect(instance).toMatchObject({
      kind: 'rds:Instance',
      props: { instanceClass: 'db.t4g.micro', manageMasterUserPassword: true, masterUserSecretKmsKeyId: 'alias/db-secret', publiclyAccessible: false, vpcSecurityGroupIds: ['sg-1'] },
    });
    expect(instance.props.masterUserSecret).toBeUndefined();
    expect(member).toMatchObject({ kind: 'rds:ClusterInstance', props: { clusterIdentifier: 'aurora-1' } });
  });
});
