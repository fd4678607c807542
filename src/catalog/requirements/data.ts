import { Requirement } from '../types';

/* Quotes are verbatim from shared/seeds; levels follow the rule stated in tls.ts. */
const MIRO = '000_3a6f8757cabd1b3d.txt';
const ATLASSIAN_GUIDELINES = '001_38a64b8c7ac22666.txt';
const ATLASSIAN_REQUIREMENTS = '002_9dae125c408bd9d6.txt';
const TRELLO = '003_be9a984fc131ae42.txt';

/** "Access to stored user data is authenticated and authorized" (S3 named explicitly by Atlassian and Trello). */
const STORED_DATA_ACCESS: Requirement['sources'] = [
  {
    marketplace: 'miro',
    seed: MIRO,
    section: 'Authentication and authorization',
    level: 'must',
    quote: 'Authenticate and authorize access to Miro User Data that your app stores.',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_GUIDELINES,
    section: 'App server configuration',
    level: 'should',
    quote: 'Ensure that any S3 buckets containing Atlassian data are properly locked down by restricting access to only the authorized users and apps.',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_REQUIREMENTS,
    section: 'Authentication and authorization of stored data',
    level: 'must',
    quote: 'if you are using S3 buckets, make sure you’ve configured the correct permissions and use a tool, such as S3Inspector, to check whether your buckets are public.',
  },
  {
    marketplace: 'trello',
    seed: TRELLO,
    section: 'Backend Server Security',
    level: 'must',
    quote: 'Access to Trello user data stored by your application and services must be authenticated and authorized.',
  },
];

const ENCRYPT_AT_REST: Requirement['sources'] = [
  {
    marketplace: 'miro',
    seed: MIRO,
    section: 'Data storage',
    level: 'must',
    quote: 'Encrypt any confidential information you store.',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_GUIDELINES,
    section: 'Data storage',
    level: 'should',
    quote: 'Encrypt data at rest, whether it is stored in an object store, such as S3, or a database.',
  },
];

export const DATA_REQUIREMENTS: Requirement[] = [
  {
    id: 'DATA1',
    area: 'DATA',
    title: 'S3 Block Public Access fully on for every bucket',
    rationale: 'Block Public Access is the backstop that keeps a later ACL or policy mistake from publishing user data; all four flags have to be on, per bucket, explicitly.',
    sources: STORED_DATA_ACCESS,
    enforcement: 'mandatory',
    check: 'Every S3 bucket has an explicit BPA with all four flags true (inline in CloudFormation; `BucketPublicAccessBlock` side resource in Pulumi).',
    fix: {
      pulumi: `new aws.s3.BucketPublicAccessBlock('data', {
  bucket: bucket.id,
  blockPublicAcls: true,
  blockPublicPolicy: true,
  ignorePublicAcls: true,
  restrictPublicBuckets: true,
});`,
      cdk: `new s3.Bucket(this, 'Data', {
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
});`,
      cloudformation: `Data:
  Type: AWS::S3::Bucket
  Properties:
    PublicAccessBlockConfiguration:
      BlockPublicAcls: true
      BlockPublicPolicy: true
      IgnorePublicAcls: true
      RestrictPublicBuckets: true`,
    },
  },
  {
    id: 'DATA2',
    area: 'DATA',
    title: 'No public S3 ACLs or bucket-policy grants',
    rationale: 'A public-read ACL or a policy that allows everyone exposes stored user data to the internet; ACLs disabled and principals restricted keep access to the app and its operators.',
    sources: STORED_DATA_ACCESS,
    enforcement: 'mandatory',
    check:
      'No public S3 grants: no public canned ACL, ObjectOwnership BucketOwnerEnforced, no bucket-policy `Allow` to principal `*` without a restricting condition (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:SourceVpce, aws:PrincipalArn; aws:SourceIp only when its CIDRs together are not internet-wide, so `0.0.0.0/1` + `128.0.0.0/1` is public).',
    fix: {
      pulumi: `new aws.s3.BucketOwnershipControls('data', {
  bucket: bucket.id,
  rule: { objectOwnership: 'BucketOwnerEnforced' }, // ACLs disabled
});
// bucket policies grant to named roles (or '*' only with aws:SourceArn / aws:SourceAccount conditions)`,
      cdk: `new s3.Bucket(this, 'Data', {
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  // no publicReadAccess, no accessControl: grant with bucket.grantRead(role)
});`,
      cloudformation: `Data:
  Type: AWS::S3::Bucket
  Properties:
    OwnershipControls:
      Rules: [{ ObjectOwnership: BucketOwnerEnforced }] # ACLs disabled
    # no AccessControl: bucket policies grant to named roles (or '*' only with aws:SourceArn / aws:SourceAccount conditions)`,
      byKind: {
        's3:BucketPolicy': {
          pulumi: `new aws.s3.BucketPolicy('data', {
  bucket: bucket.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: role.arn }, Action: 's3:GetObject', Resource: pulumi.concat(bucket.arn, '/*') }],
  }),
}); // a named role, never Principal '*' without aws:SourceArn / aws:SourceAccount conditions`,
          cdk: `bucket.grantRead(role); // a named role, never iam.AnyPrincipal / StarPrincipal`,
          cloudformation: `DataPolicy:
  Type: AWS::S3::BucketPolicy
  Properties:
    Bucket: !Ref Data
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: { AWS: !GetAtt AppRole.Arn } # never '*' without aws:SourceArn / aws:SourceAccount conditions
          Action: 's3:GetObject'
          Resource: !Join ['', [!GetAtt Data.Arn, '/*']]`,
        },
      },
    },
  },
  {
    id: 'DATA3',
    area: 'DATA',
    title: 'S3 default encryption uses KMS',
    rationale: 'SSE-KMS adds a key policy and an audit trail of every decrypt to encryption at rest; with a customer-managed key the app controls who can read the data.',
    sources: ENCRYPT_AT_REST,
    enforcement: 'mandatory',
    check: 'S3 default encryption is SSE-KMS or DSSE-KMS (config may accept SSE-S3); advisory when the key is the AWS-managed `aws/s3`.',
    fix: {
      pulumi: `new aws.s3.BucketServerSideEncryptionConfiguration('data', {
  bucket: bucket.id,
  rules: [{
    applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: key.arn },
    bucketKeyEnabled: true,
  }],
});`,
      cdk: `new s3.Bucket(this, 'Data', {
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: key,
  bucketKeyEnabled: true,
});`,
      cloudformation: `Data:
  Type: AWS::S3::Bucket
  Properties:
    BucketEncryption:
      ServerSideEncryptionConfiguration:
        - ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: !GetAtt Key.Arn }
          BucketKeyEnabled: true`,
    },
  },
  {
    id: 'DATA4',
    area: 'DATA',
    title: 'Databases, volumes, caches and queues encrypted at rest (and in transit where possible)',
    rationale:
      'User data lands in databases, disks, caches, search indexes and message queues as well as S3; each of them must encrypt what it stores, and several are unencrypted unless told otherwise.',
    sources: ENCRYPT_AT_REST,
    enforcement: 'mandatory',
    check:
      'Other stores encrypted at rest (and in transit where the service has a switch): RDS instances/clusters, DynamoDB (CMK advisory), EBS volumes and launch-template and Auto Scaling launch-configuration block devices, EFS, ElastiCache (replication groups; Redis/Valkey cache clusters, which cannot be encrypted, fail; Memcached cache clusters need in-transit encryption), Redshift (encrypted by default, `encrypted: false` fails), OpenSearch (at rest, node-to-node, HTTPS with TLS 1.2 policy), SNS (not encrypted by default), SQS (SSE-SQS, the service default, passes; an empty `KmsMasterKeyId` is no key). A KMS key without the switch (RDS `StorageEncrypted`, EBS `Encrypted`) is not encryption. A customer-managed key for CloudWatch log groups (always encrypted by the service) is advisory.',
    fix: {
      pulumi: `new aws.rds.Instance('db', { ...dbArgs, storageEncrypted: true, kmsKeyId: key.arn });
new aws.dynamodb.Table('items', { ...tableArgs, serverSideEncryption: { enabled: true, kmsKeyArn: key.arn } });
new aws.ebs.Volume('data', { availabilityZone: 'eu-west-1a', size: 20, encrypted: true, kmsKeyId: key.arn });
new aws.efs.FileSystem('files', { encrypted: true, kmsKeyId: key.arn });
new aws.sns.Topic('events', { kmsMasterKeyId: key.id });
new aws.opensearch.Domain('search', {
  encryptAtRest: { enabled: true },
  nodeToNodeEncryption: { enabled: true },
  domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
});`,
      cdk: `new rds.DatabaseInstance(this, 'Db', { ...dbProps, storageEncrypted: true, storageEncryptionKey: key });
new dynamodb.TableV2(this, 'Items', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  encryption: dynamodb.TableEncryptionV2.customerManagedKey(key),
});
new efs.FileSystem(this, 'Files', { vpc, encrypted: true, kmsKey: key });
new sns.Topic(this, 'Events', { masterKey: key });
new opensearch.Domain(this, 'Search', {
  version: opensearch.EngineVersion.OPENSEARCH_2_11,
  encryptionAtRest: { enabled: true },
  nodeToNodeEncryption: true,
  enforceHttps: true,
  tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2,
});`,
      cloudformation: `Db:
  Type: AWS::RDS::DBInstance
  Properties: { StorageEncrypted: true, KmsKeyId: !Ref Key }
Items:
  Type: AWS::DynamoDB::Table
  Properties:
    SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: !Ref Key }
Files:
  Type: AWS::EFS::FileSystem
  Properties: { Encrypted: true, KmsKeyId: !Ref Key }
Events:
  Type: AWS::SNS::Topic
  Properties: { KmsMasterKeyId: !Ref Key }`,
      byKind: {
        'rds:Instance': {
          pulumi: `new aws.rds.Instance('db', { ...dbArgs, storageEncrypted: true, kmsKeyId: key.arn });`,
          cdk: `new rds.DatabaseInstance(this, 'Db', { ...dbProps, storageEncrypted: true, storageEncryptionKey: key });`,
          cloudformation: `Db:
  Type: AWS::RDS::DBInstance
  Properties:
    StorageEncrypted: true
    KmsKeyId: !Ref Key`,
        },
        'rds:Cluster': {
          pulumi: `new aws.rds.Cluster('db', { ...clusterArgs, storageEncrypted: true, kmsKeyId: key.arn });`,
          cdk: `new rds.DatabaseCluster(this, 'Db', { ...clusterProps, storageEncrypted: true, storageEncryptionKey: key });`,
          cloudformation: `Db:
  Type: AWS::RDS::DBCluster
  Properties:
    StorageEncrypted: true
    KmsKeyId: !Ref Key`,
        },
        'dynamodb:Table': {
          pulumi: `new aws.dynamodb.Table('items', { ...tableArgs, serverSideEncryption: { enabled: true, kmsKeyArn: key.arn } });`,
          cdk: `new dynamodb.TableV2(this, 'Items', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  encryption: dynamodb.TableEncryptionV2.customerManagedKey(key),
});`,
          cloudformation: `Items:
  Type: AWS::DynamoDB::Table
  Properties:
    SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: !Ref Key }`,
        },
        'ebs:Volume': {
          pulumi: `new aws.ebs.Volume('data', { availabilityZone: 'eu-west-1a', size: 20, encrypted: true, kmsKeyId: key.arn });`,
          cdk: `new ec2.Volume(this, 'Data', { availabilityZone: 'eu-west-1a', size: cdk.Size.gibibytes(20), encrypted: true, encryptionKey: key });`,
          cloudformation: `Data:
  Type: AWS::EC2::Volume
  Properties:
    AvailabilityZone: eu-west-1a
    Size: 20
    Encrypted: true
    KmsKeyId: !Ref Key`,
        },
        'ec2:LaunchTemplate': {
          pulumi: `new aws.ec2.LaunchTemplate('app', {
  ...launchTemplateArgs,
  blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 20, encrypted: 'true', kmsKeyId: key.arn } }],
});`,
          cdk: `new ec2.LaunchTemplate(this, 'App', {
  ...launchTemplateProps,
  blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(20, { encrypted: true, kmsKey: key }) }],
});`,
          cloudformation: `App:
  Type: AWS::EC2::LaunchTemplate
  Properties:
    LaunchTemplateData:
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { VolumeSize: 20, Encrypted: true, KmsKeyId: !Ref Key }`,
        },
        'autoscaling:LaunchConfiguration': {
          pulumi: `new aws.ec2.LaunchConfiguration('app', {
  ...launchConfigurationArgs,
  rootBlockDevice: { volumeSize: 20, encrypted: true },
  ebsBlockDevices: [{ deviceName: '/dev/sdf', volumeSize: 100, encrypted: true }],
});`,
          cdk: `new autoscaling.AutoScalingGroup(this, 'App', {
  ...asgProps,
  blockDevices: [{ deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(20, { encrypted: true }) }],
});`,
          cloudformation: `App:
  Type: AWS::AutoScaling::LaunchConfiguration
  Properties:
    BlockDeviceMappings:
      - DeviceName: /dev/xvda
        Ebs: { VolumeSize: 20, Encrypted: true }`,
        },
        'efs:FileSystem': {
          pulumi: `new aws.efs.FileSystem('files', { encrypted: true, kmsKeyId: key.arn });`,
          cdk: `new efs.FileSystem(this, 'Files', { vpc, encrypted: true, kmsKey: key });`,
          cloudformation: `Files:
  Type: AWS::EFS::FileSystem
  Properties:
    Encrypted: true
    KmsKeyId: !Ref Key`,
        },
        'elasticache:ReplicationGroup': {
          pulumi: `new aws.elasticache.ReplicationGroup('cache', {
  ...replicationGroupArgs,
  atRestEncryptionEnabled: true,
  kmsKeyId: key.arn,
  transitEncryptionEnabled: true,
  transitEncryptionMode: 'required',
});`,
          cdk: `new elasticache.CfnReplicationGroup(this, 'Cache', {
  ...replicationGroupProps,
  atRestEncryptionEnabled: true,
  kmsKeyId: key.keyArn,
  transitEncryptionEnabled: true,
  transitEncryptionMode: 'required',
});`,
          cloudformation: `Cache:
  Type: AWS::ElastiCache::ReplicationGroup
  Properties:
    AtRestEncryptionEnabled: true
    KmsKeyId: !Ref Key
    TransitEncryptionEnabled: true
    TransitEncryptionMode: required`,
        },
        'elasticache:ServerlessCache': {
          pulumi: `new aws.elasticache.ServerlessCache('cache', { ...serverlessCacheArgs, kmsKeyId: key.arn }); // always encrypted at rest and in transit`,
          cdk: `new elasticache.CfnServerlessCache(this, 'Cache', { ...serverlessCacheProps, kmsKeyId: key.keyArn }); // always encrypted at rest and in transit`,
          cloudformation: `Cache:
  Type: AWS::ElastiCache::ServerlessCache
  Properties:
    KmsKeyId: !Ref Key # always encrypted at rest and in transit`,
        },
        'elasticache:Cluster': {
          pulumi: `// an aws.elasticache.Cluster running Memcached: transitEncryptionEnabled: true; Redis or Valkey: a replication group instead
new aws.elasticache.ReplicationGroup('cache', {
  ...replicationGroupArgs,
  atRestEncryptionEnabled: true,
  transitEncryptionEnabled: true,
  transitEncryptionMode: 'required',
});`,
          cdk: `// Memcached: transitEncryptionEnabled: true; Redis or Valkey: a replication group instead of the cluster
new elasticache.CfnReplicationGroup(this, 'Cache', {
  ...replicationGroupProps,
  atRestEncryptionEnabled: true,
  transitEncryptionEnabled: true,
  transitEncryptionMode: 'required',
});`,
          cloudformation: `# Memcached: TransitEncryptionEnabled: true; Redis or Valkey: a replication group instead of the AWS::ElastiCache::CacheCluster
Cache:
  Type: AWS::ElastiCache::ReplicationGroup
  Properties:
    AtRestEncryptionEnabled: true
    TransitEncryptionEnabled: true
    TransitEncryptionMode: required`,
        },
        'opensearch:Domain': {
          pulumi: `new aws.opensearch.Domain('search', {
  encryptAtRest: { enabled: true, kmsKeyId: key.arn },
  nodeToNodeEncryption: { enabled: true },
  domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
});`,
          cdk: `new opensearch.Domain(this, 'Search', {
  version: opensearch.EngineVersion.OPENSEARCH_2_11,
  encryptionAtRest: { enabled: true, kmsKey: key },
  nodeToNodeEncryption: true,
  enforceHttps: true,
  tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2,
});`,
          cloudformation: `Search:
  Type: AWS::OpenSearchService::Domain
  Properties:
    EncryptionAtRestOptions: { Enabled: true, KmsKeyId: !Ref Key }
    NodeToNodeEncryptionOptions: { Enabled: true }
    DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07 }`,
        },
        'sns:Topic': {
          pulumi: `new aws.sns.Topic('events', { kmsMasterKeyId: key.id });`,
          cdk: `new sns.Topic(this, 'Events', { masterKey: key });`,
          cloudformation: `Events:
  Type: AWS::SNS::Topic
  Properties:
    KmsMasterKeyId: !Ref Key`,
        },
        'sqs:Queue': {
          pulumi: `new aws.sqs.Queue('jobs', { kmsMasterKeyId: key.id }); // or leave sqsManagedSseEnabled at its default (true)`,
          cdk: `new sqs.Queue(this, 'Jobs', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key });`,
          cloudformation: `Jobs:
  Type: AWS::SQS::Queue
  Properties:
    KmsMasterKeyId: !Ref Key # or SqsManagedSseEnabled: true (the default)`,
        },
        // The service always encrypts log groups; a customer-managed key is the advisory part. The key's
        // policy must let logs.<region>.amazonaws.com use it (CloudWatch Logs User Guide, "Encrypt log
        // data in CloudWatch Logs using AWS KMS").
        'cloudwatch:LogGroup': {
          pulumi: `new aws.cloudwatch.LogGroup('app', { retentionInDays: 90, kmsKeyId: logsKey.arn });`,
          cdk: `new logs.LogGroup(this, 'App', { retention: logs.RetentionDays.THREE_MONTHS, encryptionKey: logsKey });`,
          cloudformation: `App:
  Type: AWS::Logs::LogGroup
  Properties:
    RetentionInDays: 90
    KmsKeyId: !GetAtt LogsKey.Arn`,
        },
        'redshift:Cluster': {
          pulumi: `new aws.redshift.Cluster('warehouse', { ...clusterArgs, encrypted: 'true', kmsKeyId: key.arn });`,
          cdk: `new redshift.CfnCluster(this, 'Warehouse', { ...clusterProps, encrypted: true, kmsKeyId: key.keyArn });`,
          cloudformation: `Warehouse:
  Type: AWS::Redshift::Cluster
  Properties:
    Encrypted: true
    KmsKeyId: !Ref Key`,
        },
      },
    },
  },
  {
    id: 'DATA5',
    area: 'DATA',
    title: 'Databases and search domains are not publicly reachable',
    rationale: "A database or search endpoint on the internet is one leaked or guessed password away from exposing every user's data; keep it inside the VPC, reachable only by the app.",
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Authentication and authorization',
        level: 'must',
        quote: 'Authenticate and authorize access to Miro User Data that your app stores.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Authentication and authorization of stored data',
        level: 'must',
        quote: 'it is important that data stored by the application is protected as well',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Backend Server Security',
        level: 'must',
        quote: 'Access to Trello user data stored by your application and services must be authenticated and authorized.',
      },
    ],
    enforcement: 'mandatory',
    check: 'Data stores not publicly reachable: RDS/Redshift `publiclyAccessible` false; OpenSearch in a VPC or with a non-public access policy (inline or an `aws.opensearch.DomainPolicy`).',
    fix: {
      pulumi: `new aws.rds.Instance('db', {
  ...dbArgs,
  publiclyAccessible: false,
  dbSubnetGroupName: privateSubnetGroup.name,
});
new aws.opensearch.Domain('search', { vpcOptions: { subnetIds: privateSubnetIds, securityGroupIds: [sg.id] } });`,
      cdk: `new rds.DatabaseInstance(this, 'Db', {
  ...dbProps,
  publiclyAccessible: false,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
});
new opensearch.Domain(this, 'Search', {
  version: opensearch.EngineVersion.OPENSEARCH_2_11,
  vpc,
  vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
});`,
      cloudformation: `Db:
  Type: AWS::RDS::DBInstance
  Properties:
    PubliclyAccessible: false
    DBSubnetGroupName: !Ref PrivateSubnetGroup
Search:
  Type: AWS::OpenSearchService::Domain
  Properties:
    VPCOptions: { SubnetIds: [!Ref PrivateSubnet], SecurityGroupIds: [!Ref SearchSg] }`,
      byKind: {
        'rds:Instance': {
          pulumi: `new aws.rds.Instance('db', { ...dbArgs, publiclyAccessible: false, dbSubnetGroupName: privateSubnetGroup.name });`,
          cdk: `new rds.DatabaseInstance(this, 'Db', {
  ...dbProps,
  publiclyAccessible: false,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
});`,
          cloudformation: `Db:
  Type: AWS::RDS::DBInstance
  Properties:
    PubliclyAccessible: false
    DBSubnetGroupName: !Ref PrivateSubnetGroup`,
        },
        'rds:ClusterInstance': {
          pulumi: `new aws.rds.ClusterInstance('db-1', { ...clusterInstanceArgs, publiclyAccessible: false });`,
          cdk: `new rds.DatabaseCluster(this, 'Db', {
  ...clusterProps,
  writer: rds.ClusterInstance.provisioned('Writer', { publiclyAccessible: false }),
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
});`,
          cloudformation: `DbWriter:
  Type: AWS::RDS::DBInstance
  Properties:
    DBClusterIdentifier: !Ref Db
    PubliclyAccessible: false`,
        },
        'rds:Cluster': {
          pulumi: `// an aws.rds.Cluster (Aurora) is reachable through its instances: publiclyAccessible: false on each
new aws.rds.ClusterInstance('db-1', { ...clusterInstanceArgs, clusterIdentifier: cluster.id, publiclyAccessible: false });`,
          cdk: `new rds.DatabaseCluster(this, 'Db', {
  ...clusterProps,
  writer: rds.ClusterInstance.provisioned('Writer', { publiclyAccessible: false }),
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
});`,
          cloudformation: `Db:
  Type: AWS::RDS::DBCluster
  Properties:
    PubliclyAccessible: false # Multi-AZ DB cluster; for Aurora, on each AWS::RDS::DBInstance of the cluster
    DBSubnetGroupName: !Ref PrivateSubnetGroup`,
        },
        'redshift:Cluster': {
          pulumi: `new aws.redshift.Cluster('warehouse', { ...clusterArgs, publiclyAccessible: false, clusterSubnetGroupName: privateSubnetGroup.name });`,
          cdk: `new redshift.CfnCluster(this, 'Warehouse', { ...clusterProps, publiclyAccessible: false, clusterSubnetGroupName: privateSubnetGroup.ref });`,
          cloudformation: `Warehouse:
  Type: AWS::Redshift::Cluster
  Properties:
    PubliclyAccessible: false
    ClusterSubnetGroupName: !Ref PrivateSubnetGroup`,
        },
        'opensearch:Domain': {
          pulumi: `new aws.opensearch.Domain('search', { ...domainArgs, vpcOptions: { subnetIds: privateSubnetIds, securityGroupIds: [sg.id] } });`,
          cdk: `new opensearch.Domain(this, 'Search', {
  version: opensearch.EngineVersion.OPENSEARCH_2_11,
  vpc,
  vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
});`,
          cloudformation: `Search:
  Type: AWS::OpenSearchService::Domain
  Properties:
    VPCOptions: { SubnetIds: [!Ref PrivateSubnet], SecurityGroupIds: [!Ref SearchSg] }`,
        },
        'opensearch:DomainPolicy': {
          pulumi: `new aws.opensearch.DomainPolicy('search', {
  domainName: domain.domainName,
  accessPolicies: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: role.arn }, Action: 'es:ESHttp*', Resource: pulumi.concat(domain.arn, '/*') }],
  }),
}); // named principals, never '*' without a condition that pins the caller`,
          cdk: `domain.grantReadWrite(role); // named principals, never an accessPolicies statement for iam.AnyPrincipal`,
          cloudformation: `Search:
  Type: AWS::OpenSearchService::Domain
  Properties:
    AccessPolicies:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: { AWS: !GetAtt AppRole.Arn } # never '*' without a condition that pins the caller
          Action: 'es:ESHttp*'
          Resource: !Join ['', [!GetAtt Search.Arn, '/*']]`,
        },
      },
    },
  },
  {
    id: 'DATA6',
    area: 'DATA',
    title: 'Stored data is recoverable (versioning, backups, point-in-time recovery)',
    rationale: 'After a faulty deployment, a deletion or ransomware, versions and backups are what let the app come back without losing user data.',
    sources: [
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Operational activities',
        level: 'should',
        quote: 'Establish a disaster recovery and business continuity plan to minimize or eliminate interruptions to the functioning of your apps during an incident.',
      },
    ],
    enforcement: 'advisory',
    check: 'Recoverability: S3 versioning, RDS backups >= 7 days and deletion protection, DynamoDB point-in-time recovery.',
    fix: {
      pulumi: `new aws.s3.BucketVersioning('data', { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } });
new aws.rds.Instance('db', { ...dbArgs, backupRetentionPeriod: 7, deletionProtection: true });
new aws.dynamodb.Table('items', { ...tableArgs, pointInTimeRecovery: { enabled: true } });`,
      cdk: `new s3.Bucket(this, 'Data', { versioned: true });
new rds.DatabaseInstance(this, 'Db', { ...dbProps, backupRetention: cdk.Duration.days(7), deletionProtection: true });
new dynamodb.TableV2(this, 'Items', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
});`,
      cloudformation: `Data:
  Type: AWS::S3::Bucket
  Properties:
    VersioningConfiguration: { Status: Enabled }
Db:
  Type: AWS::RDS::DBInstance
  Properties: { BackupRetentionPeriod: 7, DeletionProtection: true }
Items:
  Type: AWS::DynamoDB::Table
  Properties:
    PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }`,
      byKind: {
        's3:Bucket': {
          pulumi: `new aws.s3.BucketVersioning('data', { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } });`,
          cdk: `new s3.Bucket(this, 'Data', { versioned: true });`,
          cloudformation: `Data:
  Type: AWS::S3::Bucket
  Properties:
    VersioningConfiguration: { Status: Enabled }`,
        },
        'rds:Instance': {
          pulumi: `new aws.rds.Instance('db', { ...dbArgs, backupRetentionPeriod: 7, deletionProtection: true });`,
          cdk: `new rds.DatabaseInstance(this, 'Db', { ...dbProps, backupRetention: cdk.Duration.days(7), deletionProtection: true });`,
          cloudformation: `Db:
  Type: AWS::RDS::DBInstance
  Properties:
    BackupRetentionPeriod: 7
    DeletionProtection: true`,
        },
        'rds:Cluster': {
          pulumi: `new aws.rds.Cluster('db', { ...clusterArgs, backupRetentionPeriod: 7, deletionProtection: true });`,
          cdk: `new rds.DatabaseCluster(this, 'Db', { ...clusterProps, backup: { retention: cdk.Duration.days(7) }, deletionProtection: true });`,
          cloudformation: `Db:
  Type: AWS::RDS::DBCluster
  Properties:
    BackupRetentionPeriod: 7
    DeletionProtection: true`,
        },
        'dynamodb:Table': {
          pulumi: `new aws.dynamodb.Table('items', { ...tableArgs, pointInTimeRecovery: { enabled: true } });`,
          cdk: `new dynamodb.TableV2(this, 'Items', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
});`,
          cloudformation: `Items:
  Type: AWS::DynamoDB::Table
  Properties:
    PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }`,
        },
      },
    },
  },
];
