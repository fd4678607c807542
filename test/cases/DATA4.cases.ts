/** DATA4's cases, written once for both engines: the parity test (test/parity/DATA4.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { DATA4 } from '../../src/rules/data/DATA4-stores-encrypted';
import { IMPORTED, KEY_ARN, LATER, cfnResource as cfn, pulumiResource as pulumi, withLater } from '../parity/s3-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const P = {
  key: 'aws:kms/key:Key',
  instance: 'aws:rds/instance:Instance',
  clusterInstance: 'aws:rds/clusterInstance:ClusterInstance',
  cluster: 'aws:rds/cluster:Cluster',
  table: 'aws:dynamodb/table:Table',
  volume: 'aws:ebs/volume:Volume',
  fileSystem: 'aws:efs/fileSystem:FileSystem',
  replicationGroup: 'aws:elasticache/replicationGroup:ReplicationGroup',
  serverlessCache: 'aws:elasticache/serverlessCache:ServerlessCache',
  cacheCluster: 'aws:elasticache/cluster:Cluster',
  launchConfiguration: 'aws:ec2/launchConfiguration:LaunchConfiguration',
  launchTemplate: 'aws:ec2/launchTemplate:LaunchTemplate',
  redshift: 'aws:redshift/cluster:Cluster',
  openSearch: 'aws:opensearch/domain:Domain',
  elasticsearch: 'aws:elasticsearch/domain:Domain',
  topic: 'aws:sns/topic:Topic',
  queue: 'aws:sqs/queue:Queue',
  logGroup: 'aws:cloudwatch/logGroup:LogGroup',
};
export const KEY = cfn('AWS::KMS::Key');
const KEY_ARN_REF = { 'Fn::GetAtt': ['Key', 'Arn'] };
const tls12 = 'Policy-Min-TLS-1-2-PFS-2023-10';

export const DATA4_CASES: RequirementCases = {
  rule: DATA4,
  groups: [
    {
      titles: ['DATA4 parity: data stores encrypted at rest'],
      cases: [
        {
          name: 'RDS instance: encrypted, unencrypted (default false), unknown; a read replica follows its source',
          pulumi: [
            pulumi(P.instance, 'On', { storageEncrypted: true, kmsKeyId: UNKNOWN }, { kmsKeyId: ['Key'] }),
            pulumi(P.key, 'Key'),
            pulumi(P.instance, 'Off'),
            pulumi(P.instance, 'Later', { storageEncrypted: UNKNOWN }),
            pulumi(P.instance, 'Replica', { replicateSourceDb: 'On' }),
          ],
          cfn: withLater({
            On: cfn('AWS::RDS::DBInstance', { StorageEncrypted: true, KmsKeyId: { Ref: 'Key' } }),
            Key: KEY,
            Off: cfn('AWS::RDS::DBInstance'),
            Later: cfn('AWS::RDS::DBInstance', { StorageEncrypted: LATER }),
            Replica: cfn('AWS::RDS::DBInstance', { SourceDBInstanceIdentifier: { Ref: 'On' } }),
          }),
          expected: ['On: pass', 'Off: fail', 'Later: unknown', 'Replica: not-applicable'],
        },
        {
          name: 'RDS: an Aurora member instance (DBClusterIdentifier) is encrypted by its cluster, which is judged',
          pulumi: [
            pulumi(P.cluster, 'Cluster', { engine: 'aurora-postgresql', storageEncrypted: true }),
            pulumi(P.clusterInstance, 'Member', { clusterIdentifier: 'Cluster', engine: 'aurora-postgresql' }),
          ],
          cfn: {
            Cluster: cfn('AWS::RDS::DBCluster', { Engine: 'aurora-postgresql', StorageEncrypted: true }),
            Member: cfn('AWS::RDS::DBInstance', { DBClusterIdentifier: { Ref: 'Cluster' }, Engine: 'aurora-postgresql' }),
          },
          expected: ['Cluster: pass'],
        },
        {
          name: 'RDS cluster: encrypted, absent (fail), serverless, unknown',
          pulumi: [
            pulumi(P.cluster, 'On', { engine: 'aurora-mysql', storageEncrypted: true }),
            pulumi(P.cluster, 'Off', { engine: 'aurora-mysql' }),
            pulumi(P.cluster, 'Serverless', { engine: 'aurora-mysql', engineMode: 'serverless' }),
            pulumi(P.cluster, 'Later', { engine: 'aurora-mysql', storageEncrypted: UNKNOWN }),
          ],
          cfn: {
            On: cfn('AWS::RDS::DBCluster', { Engine: 'aurora-mysql', StorageEncrypted: true }),
            Off: cfn('AWS::RDS::DBCluster', { Engine: 'aurora-mysql' }),
            Serverless: cfn('AWS::RDS::DBCluster', { Engine: 'aurora-mysql', EngineMode: 'serverless' }),
            Later: cfn('AWS::RDS::DBCluster', { Engine: 'aurora-mysql', StorageEncrypted: IMPORTED }),
          },
          expected: ['On: pass', 'Off: fail', 'Serverless: pass', 'Later: unknown'],
        },
        {
          name: 'DynamoDB table: a customer key of the stack (!GetAtt Key.Arn) passes; AWS-owned and AWS-managed keys are advisory; unknown',
          pulumi: [
            pulumi(P.key, 'Key'),
            pulumi(P.table, 'Cmk', { serverSideEncryption: { enabled: true, kmsKeyArn: UNKNOWN } }, { serverSideEncryption: ['Key'] }),
            pulumi(P.table, 'Owned'),
            pulumi(P.table, 'Managed', { serverSideEncryption: { enabled: true } }),
            pulumi(P.table, 'Later', { serverSideEncryption: { enabled: UNKNOWN } }),
          ],
          cfn: withLater({
            Key: KEY,
            Cmk: cfn('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: KEY_ARN_REF } }),
            Owned: cfn('AWS::DynamoDB::Table'),
            Managed: cfn('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: true } }),
            Later: cfn('AWS::DynamoDB::Table', { SSESpecification: { SSEEnabled: LATER } }),
          }),
          expected: ['Cmk: pass', 'Owned: fail', 'Managed: fail', 'Later: unknown'],
        },
        {
          name: 'DynamoDB global table: a customer key in every replica passes; a replica without one (alias/aws/dynamodb) is advisory',
          pulumi: [pulumi(P.table, 'Global', { serverSideEncryption: { enabled: true, kmsKeyArn: KEY_ARN } }), pulumi(P.table, 'Partly', { serverSideEncryption: { enabled: true } })],
          cfn: {
            Global: cfn('AWS::DynamoDB::GlobalTable', {
              SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
              Replicas: [
                { Region: 'us-east-1', SSESpecification: { KMSMasterKeyId: KEY_ARN } },
                { Region: 'eu-west-1', SSESpecification: { KMSMasterKeyId: 'arn:aws:kms:eu-west-1:123456789012:key/66666666-7777-8888-9999-000000000000' } },
              ],
            }),
            Partly: cfn('AWS::DynamoDB::GlobalTable', {
              SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
              Replicas: [{ Region: 'us-east-1', SSESpecification: { KMSMasterKeyId: KEY_ARN } }, { Region: 'eu-west-1' }],
            }),
          },
          expected: ['Global: pass', 'Partly: fail'],
        },
        {
          name: 'EBS volumes and EFS file systems: encrypted, absent (default false), unknown',
          pulumi: [
            pulumi(P.volume, 'VolOn', { encrypted: true }),
            pulumi(P.volume, 'VolOff'),
            pulumi(P.volume, 'VolLater', { encrypted: UNKNOWN }),
            pulumi(P.fileSystem, 'FsOn', { encrypted: true }),
            pulumi(P.fileSystem, 'FsOff'),
            pulumi(P.fileSystem, 'FsLater', { encrypted: UNKNOWN }),
          ],
          cfn: withLater({
            VolOn: cfn('AWS::EC2::Volume', { AvailabilityZone: 'us-east-1a', Size: 10, Encrypted: true }),
            VolOff: cfn('AWS::EC2::Volume', { AvailabilityZone: 'us-east-1a', Size: 10 }),
            VolLater: cfn('AWS::EC2::Volume', { AvailabilityZone: 'us-east-1a', Size: 10, Encrypted: LATER }),
            FsOn: cfn('AWS::EFS::FileSystem', { Encrypted: 'true' }),
            FsOff: cfn('AWS::EFS::FileSystem'),
            FsLater: cfn('AWS::EFS::FileSystem', { Encrypted: IMPORTED }),
          }),
          expected: ['VolOn: pass', 'VolOff: fail', 'VolLater: unknown', 'FsOn: pass', 'FsOff: fail', 'FsLater: unknown'],
        },
        {
          name: 'ElastiCache: redis with both switches, redis without (defaults false), valkey at rest by default, unknown; serverless always',
          pulumi: [
            pulumi(P.replicationGroup, 'Both', { engine: 'redis', atRestEncryptionEnabled: true, transitEncryptionEnabled: true }),
            pulumi(P.replicationGroup, 'Neither', { engine: 'redis' }),
            pulumi(P.replicationGroup, 'Valkey', { engine: 'valkey', transitEncryptionEnabled: true, transitEncryptionMode: 'preferred' }),
            pulumi(P.replicationGroup, 'Later', { engine: 'redis', atRestEncryptionEnabled: UNKNOWN, transitEncryptionEnabled: true }),
            pulumi(P.serverlessCache, 'Serverless', { engine: 'valkey' }),
          ],
          cfn: withLater({
            Both: cfn('AWS::ElastiCache::ReplicationGroup', { ReplicationGroupDescription: 'd', Engine: 'redis', AtRestEncryptionEnabled: true, TransitEncryptionEnabled: true }),
            Neither: cfn('AWS::ElastiCache::ReplicationGroup', { ReplicationGroupDescription: 'd', Engine: 'redis' }),
            Valkey: cfn('AWS::ElastiCache::ReplicationGroup', { ReplicationGroupDescription: 'd', Engine: 'valkey', TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred' }),
            Later: cfn('AWS::ElastiCache::ReplicationGroup', { ReplicationGroupDescription: 'd', Engine: 'redis', AtRestEncryptionEnabled: LATER, TransitEncryptionEnabled: true }),
            Serverless: cfn('AWS::ElastiCache::ServerlessCache', { ServerlessCacheName: 's', Engine: 'valkey' }),
          }),
          expected: [
            'Both/atRestEncryptionEnabled: pass',
            'Both/transitEncryptionEnabled: pass',
            'Neither/atRestEncryptionEnabled: fail',
            'Neither/transitEncryptionEnabled: fail',
            'Valkey/atRestEncryptionEnabled: pass',
            'Valkey/transitEncryptionEnabled: fail',
            'Later/atRestEncryptionEnabled: unknown',
            'Later/transitEncryptionEnabled: pass',
            'Serverless: pass',
          ],
        },
        {
          name: 'Redshift cluster: encrypted by default (absent passes, Pulumi v7 writes the flag as a string), false fails, unknown',
          pulumi: [
            pulumi(P.redshift, 'Default', { clusterIdentifier: 'dw', nodeType: 'ra3.xlplus' }),
            pulumi(P.redshift, 'Cmk', { clusterIdentifier: 'dw', nodeType: 'ra3.xlplus', encrypted: 'true', kmsKeyId: KEY_ARN }),
            pulumi(P.redshift, 'Off', { clusterIdentifier: 'dw', nodeType: 'ra3.xlplus', encrypted: 'false' }),
            pulumi(P.redshift, 'Later', { clusterIdentifier: 'dw', nodeType: 'ra3.xlplus', encrypted: UNKNOWN }),
          ],
          cfn: withLater({
            Default: cfn('AWS::Redshift::Cluster', { ClusterIdentifier: 'dw', NodeType: 'ra3.xlplus' }),
            Cmk: cfn('AWS::Redshift::Cluster', { ClusterIdentifier: 'dw', NodeType: 'ra3.xlplus', Encrypted: true, KmsKeyId: KEY_ARN }),
            Off: cfn('AWS::Redshift::Cluster', { ClusterIdentifier: 'dw', NodeType: 'ra3.xlplus', Encrypted: false }),
            Later: cfn('AWS::Redshift::Cluster', { ClusterIdentifier: 'dw', NodeType: 'ra3.xlplus', Encrypted: LATER }),
          }),
          expected: ['Default: pass', 'Cmk: pass', 'Off: fail', 'Later: unknown'],
        },
        {
          name: 'launch configuration: an encrypted EBS device passes, an unencrypted one fails, a suppressed or instance-store device is skipped, unknown; no devices is not applicable',
          pulumi: [
            pulumi(P.launchConfiguration, 'Devices', {
              imageId: 'ami-123',
              instanceType: 't3.micro',
              ebsBlockDevices: [
                { deviceName: '/dev/xvda', encrypted: true, volumeSize: 20 },
                { deviceName: '/dev/xvdb', volumeSize: 100 },
                { deviceName: '/dev/xvdc', noDevice: true },
                { deviceName: '/dev/xvdd', encrypted: UNKNOWN },
              ],
              ephemeralBlockDevices: [{ deviceName: '/dev/sdb', virtualName: 'ephemeral0' }],
            }),
            pulumi(P.launchConfiguration, 'AmiVolumes', { imageId: 'ami-123', instanceType: 't3.micro' }),
          ],
          cfn: withLater({
            Devices: cfn('AWS::AutoScaling::LaunchConfiguration', {
              ImageId: 'ami-123',
              InstanceType: 't3.micro',
              BlockDeviceMappings: [
                { DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeSize: 20 } },
                { DeviceName: '/dev/xvdb', Ebs: { VolumeSize: 100 } },
                { DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' },
                { DeviceName: '/dev/xvdc', NoDevice: true },
                { DeviceName: '/dev/xvdd', Ebs: { Encrypted: LATER } },
              ],
            }),
            AmiVolumes: cfn('AWS::AutoScaling::LaunchConfiguration', { ImageId: 'ami-123', InstanceType: 't3.micro' }),
          }),
          expected: ['Devices/ebsBlockDevices[0]: pass', 'Devices/ebsBlockDevices[1]: fail', 'Devices/ebsBlockDevices[3]: unknown', 'AmiVolumes: not-applicable'],
        },
        {
          name: 'ElastiCache cache cluster: redis and valkey cannot be encrypted there (fail, pointing to a replication group); memcached in transit on, off, unknown',
          pulumi: [
            pulumi(P.cacheCluster, 'Redis', { engine: 'redis', nodeType: 'cache.t3.micro', numCacheNodes: 1 }),
            pulumi(P.cacheCluster, 'Valkey', { engine: 'valkey', nodeType: 'cache.t3.micro', numCacheNodes: 1, transitEncryptionEnabled: true }),
            pulumi(P.cacheCluster, 'MemcachedTls', { engine: 'memcached', nodeType: 'cache.t3.micro', numCacheNodes: 2, transitEncryptionEnabled: true }),
            pulumi(P.cacheCluster, 'MemcachedPlain', { engine: 'memcached', nodeType: 'cache.t3.micro', numCacheNodes: 2 }),
            pulumi(P.cacheCluster, 'MemcachedLater', { engine: 'memcached', nodeType: 'cache.t3.micro', numCacheNodes: 2, transitEncryptionEnabled: UNKNOWN }),
            pulumi(P.cacheCluster, 'EngineLater', { engine: UNKNOWN, nodeType: 'cache.t3.micro', numCacheNodes: 1 }),
          ],
          cfn: withLater({
            Redis: cfn('AWS::ElastiCache::CacheCluster', { Engine: 'redis', CacheNodeType: 'cache.t3.micro', NumCacheNodes: 1 }),
            Valkey: cfn('AWS::ElastiCache::CacheCluster', { Engine: 'valkey', CacheNodeType: 'cache.t3.micro', NumCacheNodes: 1, TransitEncryptionEnabled: true }),
            MemcachedTls: cfn('AWS::ElastiCache::CacheCluster', { Engine: 'memcached', CacheNodeType: 'cache.t3.micro', NumCacheNodes: 2, TransitEncryptionEnabled: true }),
            MemcachedPlain: cfn('AWS::ElastiCache::CacheCluster', { Engine: 'memcached', CacheNodeType: 'cache.t3.micro', NumCacheNodes: 2 }),
            MemcachedLater: cfn('AWS::ElastiCache::CacheCluster', { Engine: 'memcached', CacheNodeType: 'cache.t3.micro', NumCacheNodes: 2, TransitEncryptionEnabled: LATER }),
            EngineLater: cfn('AWS::ElastiCache::CacheCluster', { Engine: LATER, CacheNodeType: 'cache.t3.micro', NumCacheNodes: 1 }),
          }),
          expected: ['Redis: fail', 'Valkey: fail', 'MemcachedTls: pass', 'MemcachedPlain: fail', 'MemcachedLater: unknown', 'EngineLater: unknown'],
        },
        {
          name: 'OpenSearch and Elasticsearch domains: at rest, node to node, HTTPS with a TLS 1.2 policy; none of them; unknown',
          pulumi: [
            pulumi(P.openSearch, 'Good', { encryptAtRest: { enabled: true }, nodeToNodeEncryption: { enabled: true }, domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: tls12 } }),
            pulumi(P.elasticsearch, 'Legacy'),
            pulumi(P.openSearch, 'Later', { encryptAtRest: { enabled: UNKNOWN }, nodeToNodeEncryption: { enabled: true }, domainEndpointOptions: UNKNOWN }),
          ],
          cfn: {
            Good: cfn('AWS::OpenSearchService::Domain', {
              EncryptionAtRestOptions: { Enabled: true, KmsKeyId: KEY_ARN },
              NodeToNodeEncryptionOptions: { Enabled: true },
              DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: tls12 },
            }),
            Legacy: cfn('AWS::Elasticsearch::Domain', { ElasticsearchVersion: '7.10' }),
            Later: cfn('AWS::OpenSearchService::Domain', { EncryptionAtRestOptions: { Enabled: IMPORTED }, NodeToNodeEncryptionOptions: { Enabled: true }, DomainEndpointOptions: IMPORTED }),
          },
          expected: [
            'Good/encryptAtRest: pass',
            'Good/nodeToNodeEncryption: pass',
            'Good/domainEndpointOptions: pass',
            'Legacy/encryptAtRest: fail',
            'Legacy/nodeToNodeEncryption: fail',
            'Legacy/domainEndpointOptions: fail',
            'Later/encryptAtRest: unknown',
            'Later/nodeToNodeEncryption: pass',
            'Later/domainEndpointOptions: unknown',
          ],
        },
        {
          name: "OpenSearch: DomainEndpointOptions without EnforceHTTPS leaves HTTP open (the API default), as Pulumi's enforceHttps false",
          pulumi: [
            pulumi(P.openSearch, 'Domain', { encryptAtRest: { enabled: true }, nodeToNodeEncryption: { enabled: true }, domainEndpointOptions: { enforceHttps: false, tlsSecurityPolicy: tls12 } }),
          ],
          cfn: {
            Domain: cfn('AWS::OpenSearchService::Domain', {
              EncryptionAtRestOptions: { Enabled: true },
              NodeToNodeEncryptionOptions: { Enabled: true },
              DomainEndpointOptions: { TLSSecurityPolicy: tls12 },
            }),
          },
          expected: ['Domain/encryptAtRest: pass', 'Domain/nodeToNodeEncryption: pass', 'Domain/domainEndpointOptions: fail'],
        },
        {
          name: 'SNS topics: a key of the stack (!Ref), none (unencrypted), an imported key (encrypted whatever it is)',
          pulumi: [
            pulumi(P.key, 'Key'),
            pulumi(P.topic, 'Keyed', { kmsMasterKeyId: UNKNOWN }, { kmsMasterKeyId: ['Key'] }),
            pulumi(P.topic, 'Plain'),
            pulumi(P.topic, 'Imported', { kmsMasterKeyId: UNKNOWN }),
          ],
          cfn: { Key: KEY, Keyed: cfn('AWS::SNS::Topic', { KmsMasterKeyId: { Ref: 'Key' } }), Plain: cfn('AWS::SNS::Topic'), Imported: cfn('AWS::SNS::Topic', { KmsMasterKeyId: IMPORTED }) },
          expected: ['Keyed: pass', 'Plain: fail', 'Imported: pass'],
        },
        {
          name: 'SQS queues: SSE-SQS by default, turned off, a KMS key, unknown',
          pulumi: [
            pulumi(P.queue, 'Default'),
            pulumi(P.queue, 'Off', { sqsManagedSseEnabled: false }),
            pulumi(P.queue, 'Kms', { kmsMasterKeyId: 'alias/aws/sqs' }),
            pulumi(P.queue, 'Later', { sqsManagedSseEnabled: UNKNOWN }),
          ],
          cfn: withLater({
            Default: cfn('AWS::SQS::Queue'),
            Off: cfn('AWS::SQS::Queue', { SqsManagedSseEnabled: false }),
            Kms: cfn('AWS::SQS::Queue', { KmsMasterKeyId: 'alias/aws/sqs' }),
            Later: cfn('AWS::SQS::Queue', { SqsManagedSseEnabled: LATER }),
          }),
          expected: ['Default: pass', 'Off: fail', 'Kms: pass', 'Later: unknown'],
        },
        {
          name: 'SQS queues: KmsMasterKeyId "" is no key (not SSE-KMS): SSE-SQS by default passes, SqsManagedSseEnabled false fails, unknown',
          pulumi: [
            pulumi(P.queue, 'EmptyKey', { kmsMasterKeyId: '' }),
            pulumi(P.queue, 'EmptyKeyOff', { kmsMasterKeyId: '', sqsManagedSseEnabled: false }),
            pulumi(P.queue, 'EmptyKeyLater', { kmsMasterKeyId: '', sqsManagedSseEnabled: UNKNOWN }),
          ],
          cfn: withLater({
            EmptyKey: cfn('AWS::SQS::Queue', { KmsMasterKeyId: '' }),
            EmptyKeyOff: cfn('AWS::SQS::Queue', { KmsMasterKeyId: '', SqsManagedSseEnabled: false }),
            EmptyKeyLater: cfn('AWS::SQS::Queue', { KmsMasterKeyId: '', SqsManagedSseEnabled: LATER }),
          }),
          expected: ['EmptyKey: pass', 'EmptyKeyOff: fail', 'EmptyKeyLater: unknown'],
        },
        {
          name: 'KmsKeyId without StorageEncrypted / Encrypted fails alike on RDS instances, clusters and EBS volumes; with the switch passes; a cross-region replica asks with the key alone; unknown',
          pulumi: [
            pulumi(P.instance, 'DbKeyOnly', { kmsKeyId: KEY_ARN }),
            pulumi(P.instance, 'DbBoth', { storageEncrypted: true, kmsKeyId: KEY_ARN }),
            pulumi(P.instance, 'DbReplica', { replicateSourceDb: 'arn:aws:rds:us-west-2:123456789012:db:source', kmsKeyId: KEY_ARN }),
            pulumi(P.instance, 'DbLater', { storageEncrypted: UNKNOWN, kmsKeyId: KEY_ARN }),
            pulumi(P.cluster, 'ClusterKeyOnly', { engine: 'aurora-postgresql', kmsKeyId: KEY_ARN }),
            pulumi(P.cluster, 'ClusterBoth', { engine: 'aurora-postgresql', storageEncrypted: true, kmsKeyId: KEY_ARN }),
            pulumi(P.cluster, 'ClusterLater', { engine: 'aurora-postgresql', storageEncrypted: UNKNOWN, kmsKeyId: KEY_ARN }),
            pulumi(P.volume, 'VolKeyOnly', { availabilityZone: 'us-east-1a', size: 10, kmsKeyId: KEY_ARN }),
            pulumi(P.volume, 'VolBoth', { availabilityZone: 'us-east-1a', size: 10, encrypted: true, kmsKeyId: KEY_ARN }),
            pulumi(P.volume, 'VolLaterKey', { availabilityZone: 'us-east-1a', size: 10, encrypted: UNKNOWN, kmsKeyId: KEY_ARN }),
          ],
          cfn: withLater({
            DbKeyOnly: cfn('AWS::RDS::DBInstance', { KmsKeyId: KEY_ARN }),
            DbBoth: cfn('AWS::RDS::DBInstance', { StorageEncrypted: true, KmsKeyId: KEY_ARN }),
            DbReplica: cfn('AWS::RDS::DBInstance', { SourceDBInstanceIdentifier: 'arn:aws:rds:us-west-2:123456789012:db:source', KmsKeyId: KEY_ARN }),
            DbLater: cfn('AWS::RDS::DBInstance', { StorageEncrypted: LATER, KmsKeyId: KEY_ARN }),
            ClusterKeyOnly: cfn('AWS::RDS::DBCluster', { Engine: 'aurora-postgresql', KmsKeyId: KEY_ARN }),
            ClusterBoth: cfn('AWS::RDS::DBCluster', { Engine: 'aurora-postgresql', StorageEncrypted: true, KmsKeyId: KEY_ARN }),
            ClusterLater: cfn('AWS::RDS::DBCluster', { Engine: 'aurora-postgresql', StorageEncrypted: LATER, KmsKeyId: KEY_ARN }),
            VolKeyOnly: cfn('AWS::EC2::Volume', { AvailabilityZone: 'us-east-1a', Size: 10, KmsKeyId: KEY_ARN }),
            VolBoth: cfn('AWS::EC2::Volume', { AvailabilityZone: 'us-east-1a', Size: 10, Encrypted: true, KmsKeyId: KEY_ARN }),
            VolLaterKey: cfn('AWS::EC2::Volume', { AvailabilityZone: 'us-east-1a', Size: 10, Encrypted: LATER, KmsKeyId: KEY_ARN }),
          }),
          expected: [
            'DbKeyOnly: fail',
            'DbBoth: pass',
            'DbReplica: pass',
            'DbLater: unknown',
            'ClusterKeyOnly: fail',
            'ClusterBoth: pass',
            'ClusterLater: unknown',
            'VolKeyOnly: fail',
            'VolBoth: pass',
            'VolLaterKey: unknown',
          ],
        },
        {
          name: "launch template EBS devices: Encrypted with a key passes, a KmsKeyId alone fails like a volume's, Encrypted unknown",
          pulumi: [
            pulumi(P.launchTemplate, 'Lt', {
              blockDeviceMappings: [
                { deviceName: '/dev/xvda', ebs: { encrypted: 'true', kmsKeyId: KEY_ARN } },
                { deviceName: '/dev/xvdb', ebs: { kmsKeyId: KEY_ARN } },
                { deviceName: '/dev/xvdc', ebs: { encrypted: UNKNOWN, kmsKeyId: KEY_ARN } },
              ],
            }),
          ],
          cfn: withLater({
            Lt: cfn('AWS::EC2::LaunchTemplate', {
              LaunchTemplateData: {
                BlockDeviceMappings: [
                  { DeviceName: '/dev/xvda', Ebs: { Encrypted: true, KmsKeyId: KEY_ARN } },
                  { DeviceName: '/dev/xvdb', Ebs: { KmsKeyId: KEY_ARN } },
                  { DeviceName: '/dev/xvdc', Ebs: { Encrypted: LATER, KmsKeyId: KEY_ARN } },
                ],
              },
            }),
          }),
          expected: ['Lt/blockDeviceMappings[0]: pass', 'Lt/blockDeviceMappings[1]: fail', 'Lt/blockDeviceMappings[2]: unknown'],
        },
        {
          name: 'CloudWatch log groups: a customer key of the stack (!GetAtt Key.Arn), the service key (advisory), an imported key',
          pulumi: [
            pulumi(P.key, 'Key'),
            pulumi(P.logGroup, 'Keyed', { kmsKeyId: UNKNOWN }, { kmsKeyId: ['Key'] }),
            pulumi(P.logGroup, 'Service'),
            pulumi(P.logGroup, 'Imported', { kmsKeyId: UNKNOWN }),
          ],
          cfn: { Key: KEY, Keyed: cfn('AWS::Logs::LogGroup', { KmsKeyId: KEY_ARN_REF }), Service: cfn('AWS::Logs::LogGroup'), Imported: cfn('AWS::Logs::LogGroup', { KmsKeyId: IMPORTED }) },
          expected: ['Keyed: pass', 'Service: fail', 'Imported: pass'],
        },
      ],
    },
  ],
};
