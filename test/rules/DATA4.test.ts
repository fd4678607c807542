import { DATA4 } from '../../src/rules/data/DATA4-stores-encrypted';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const r = (type: string, name: string, props: Record<string, unknown> = {}): TestResource => ({ type, name, props });
const run = (...resources: TestResource[]) => runPulumi(DATA4, resources);
const keyArn = 'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555';

describe('DATA4 other stores encrypted', () => {
  it('RDS instances: storageEncrypted (default false); a read replica follows its source', () => {
    const t = 'aws:rds/instance:Instance';
    const f = run(
      r(t, 'on', { storageEncrypted: true }),
      r(t, 'key', { kmsKeyId: keyArn }),
      r(t, 'off', { storageEncrypted: false }),
      r(t, 'absent'),
      r(t, 'later', { storageEncrypted: UNKNOWN }),
      r(t, 'replica', { replicateSourceDb: 'src' }),
    );
    expect(statuses(f)).toEqual(['on: pass', 'key: fail', 'off: fail', 'absent: fail', 'later: unknown', 'replica: not-applicable']);
    expect(f[3].message).toContain('absent (default false)');
  });

  it('a kmsKeyId without the switch is judged alike for RDS instances, RDS clusters and EBS volumes: fail, saying the key is not enough', () => {
    const f = run(
      r('aws:rds/instance:Instance', 'db', { kmsKeyId: keyArn }),
      r('aws:rds/cluster:Cluster', 'aurora', { engine: 'aurora-postgresql', kmsKeyId: keyArn }),
      r('aws:ebs/volume:Volume', 'vol', { availabilityZone: 'a', kmsKeyId: keyArn }),
      r('aws:ebs/volume:Volume', 'vol-off', { availabilityZone: 'a', encrypted: false, kmsKeyId: keyArn }),
      r('aws:rds/instance:Instance', 'cross-region-replica', { replicateSourceDb: 'arn:aws:rds:us-west-2:123456789012:db:src', kmsKeyId: keyArn }),
    );
    // Findings come kind by kind (the rule's kinds order: instances, clusters, volumes).
    expect(statuses(f)).toEqual(['db: fail', 'cross-region-replica: pass', 'aurora: fail', 'vol: fail', 'vol-off: fail']);
    const keyNotEnough = (flag: string, shown: string) =>
      `${flag} is ${shown} although kmsKeyId is set: a key does not turn encryption on, and AWS requires ${flag} true with a kmsKeyId; set ${flag} to true (with kmsKeyId for a customer-managed key)`;
    expect(f.map((x) => x.message)).toEqual([
      keyNotEnough('storageEncrypted', 'absent (default false)'),
      'a read replica encrypted with kmsKeyId (storageEncrypted does not apply to replicas)',
      keyNotEnough('storageEncrypted', 'absent (default false for provisioned clusters)'),
      keyNotEnough('encrypted', 'absent (default false)'),
      keyNotEnough('encrypted', 'false'),
    ]);
  });

  it('a launch template EBS device with kmsKeyId alone fails with the same helper and message shape', () => {
    const f = run(r('aws:ec2/launchTemplate:LaunchTemplate', 'lt', { blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { kmsKeyId: keyArn } }] }));
    expect(statuses(f)).toEqual(['lt/blockDeviceMappings[0]: fail']);
    expect(f[0].message).toBe(
      'blockDeviceMappings[0].ebs.encrypted is absent (unencrypted unless the account enables EBS encryption by default) although blockDeviceMappings[0].ebs.kmsKeyId is set: ' +
        'a key does not turn encryption on, and AWS requires encrypted true with a kmsKeyId; set blockDeviceMappings[0].ebs.encrypted to "true" (with kmsKeyId for a customer-managed key)',
    );
  });

  it('RDS clusters: storageEncrypted, serverless engine mode encrypted by default', () => {
    const t = 'aws:rds/cluster:Cluster';
    const f = run(
      r(t, 'on', { engine: 'aurora-postgresql', storageEncrypted: true }),
      r(t, 'serverless', { engine: 'aurora-mysql', engineMode: 'serverless' }),
      r(t, 'absent', { engine: 'aurora-postgresql' }),
      r(t, 'later', { engine: 'aurora-postgresql', storageEncrypted: UNKNOWN }),
    );
    expect(statuses(f)).toEqual(['on: pass', 'serverless: pass', 'absent: fail', 'later: unknown']);
  });

  it('DynamoDB: always encrypted; a customer-managed key is advisory', () => {
    const t = 'aws:dynamodb/table:Table';
    const f = run(
      r(t, 'cmk', { serverSideEncryption: { enabled: true, kmsKeyArn: keyArn } }),
      r(t, 'owned'),
      r(t, 'managed', { serverSideEncryption: { enabled: true } }),
      r(t, 'later', { serverSideEncryption: { enabled: UNKNOWN } }),
    );
    expect(statuses(f)).toEqual(['cmk: pass', 'owned: fail', 'managed: fail', 'later: unknown']);
    expect(f[1].enforcement).toBe('advisory');
    expect(f[2].enforcement).toBe('advisory');
    expect(f[1].message).toContain('AWS-owned');
  });

  it('EBS volumes and EFS file systems: encrypted (default false)', () => {
    const ebs = 'aws:ebs/volume:Volume';
    const efs = 'aws:efs/fileSystem:FileSystem';
    const f = run(
      r(ebs, 'v-on', { availabilityZone: 'a', encrypted: true }),
      r(ebs, 'v-absent', { availabilityZone: 'a' }),
      r(ebs, 'v-later', { encrypted: UNKNOWN }),
      r(efs, 'fs-on', { encrypted: true }),
      r(efs, 'fs-off', { encrypted: false }),
      r(efs, 'fs-later', { encrypted: UNKNOWN }),
    );
    expect(statuses(f)).toEqual(['v-on: pass', 'v-absent: fail', 'v-later: unknown', 'fs-on: pass', 'fs-off: fail', 'fs-later: unknown']);
  });

  it('launch templates: every EBS block device encrypted ("true" strings as the provider sends them)', () => {
    const t = 'aws:ec2/launchTemplate:LaunchTemplate';
    const f = run(
      r(t, 'lt', {
        blockDeviceMappings: [
          { deviceName: '/dev/xvda', ebs: { encrypted: 'true', volumeSize: 20 } },
          { deviceName: '/dev/xvdb', ebs: { volumeSize: 20 } },
          { deviceName: '/dev/xvdc', virtualName: 'ephemeral0' },
          { deviceName: '/dev/xvdd', ebs: { encrypted: UNKNOWN } },
          { deviceName: '/dev/xvde', ebs: { encrypted: 'false' } },
        ],
      }),
      r(t, 'no-mappings'),
      r(t, 'later', { blockDeviceMappings: UNKNOWN }),
    );
    expect(statuses(f)).toEqual([
      'lt/blockDeviceMappings[0]: pass',
      'lt/blockDeviceMappings[1]: fail',
      'lt/blockDeviceMappings[3]: unknown',
      'lt/blockDeviceMappings[4]: fail',
      'no-mappings: not-applicable',
      'later: unknown',
    ]);
  });

  it('ElastiCache replication groups: at rest (valkey default true, redis false) and in transit (required mode)', () => {
    const t = 'aws:elasticache/replicationGroup:ReplicationGroup';
    const f = run(
      r(t, 'good', { engine: 'redis', atRestEncryptionEnabled: true, transitEncryptionEnabled: true }),
      r(t, 'valkey', { engine: 'valkey', transitEncryptionEnabled: true, transitEncryptionMode: 'required' }),
      r(t, 'bare', {}),
      r(t, 'preferred', { atRestEncryptionEnabled: true, transitEncryptionEnabled: true, transitEncryptionMode: 'preferred' }),
      r(t, 'later', { atRestEncryptionEnabled: UNKNOWN, transitEncryptionEnabled: UNKNOWN }),
    );
    expect(statuses(f)).toEqual([
      'good/atRestEncryptionEnabled: pass',
      'good/transitEncryptionEnabled: pass',
      'valkey/atRestEncryptionEnabled: pass',
      'valkey/transitEncryptionEnabled: pass',
      'bare/atRestEncryptionEnabled: fail',
      'bare/transitEncryptionEnabled: fail',
      'preferred/atRestEncryptionEnabled: pass',
      'preferred/transitEncryptionEnabled: fail',
      'later/atRestEncryptionEnabled: unknown',
      'later/transitEncryptionEnabled: unknown',
    ]);
  });

  it('ElastiCache cache clusters (Pulumi): a member of a replication group follows the group; redis points to a replication group; absent engine unknown', () => {
    const t = 'aws:elasticache/cluster:Cluster';
    const f = run(r(t, 'replica', { replicationGroupId: 'rg' }), r(t, 'redis', { engine: 'redis' }), r(t, 'bare'));
    expect(statuses(f)).toEqual(['replica: not-applicable', 'redis: fail', 'bare: unknown']);
    expect(f[1].message).toContain('replication group');
    expect(f[2].message).toContain('engine is absent');
  });

  it('launch configurations (Pulumi): rootBlockDevice encrypted or not, unknown ebsBlockDevices', () => {
    const t = 'aws:ec2/launchConfiguration:LaunchConfiguration';
    const f = run(r(t, 'root-on', { rootBlockDevice: { encrypted: true } }), r(t, 'root-off', { rootBlockDevice: { volumeSize: 30 } }), r(t, 'later', { ebsBlockDevices: UNKNOWN }));
    expect(statuses(f)).toEqual(['root-on/rootBlockDevice: pass', 'root-off/rootBlockDevice: fail', 'later/ebsBlockDevices: unknown']);
    expect(f[1].message).toContain('set rootBlockDevice.encrypted to true');
  });

  it('ElastiCache Serverless is always encrypted', () => {
    expect(statuses(run(r('aws:elasticache/serverlessCache:ServerlessCache', 'sc', { engine: 'valkey' })))).toEqual(['sc: pass']);
  });

  it('OpenSearch (and the Elasticsearch alias): at rest, node-to-node, HTTPS with a TLS 1.2 policy', () => {
    const good = {
      encryptAtRest: { enabled: true },
      nodeToNodeEncryption: { enabled: true },
      domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10' },
    };
    const f = run(
      r('aws:opensearch/domain:Domain', 'good', good),
      r('aws:elasticsearch/domain:Domain', 'legacy-good', { ...good, domainEndpointOptions: { tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' } }),
      r('aws:opensearch/domain:Domain', 'bare'),
      r('aws:opensearch/domain:Domain', 'tls10', { ...good, domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' } }),
      r('aws:elasticsearch/domain:Domain', 'later', { encryptAtRest: { enabled: UNKNOWN }, nodeToNodeEncryption: UNKNOWN, domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: UNKNOWN } }),
    );
    expect(statuses(f)).toEqual([
      'good/encryptAtRest: pass',
      'good/nodeToNodeEncryption: pass',
      'good/domainEndpointOptions: pass',
      'legacy-good/encryptAtRest: pass',
      'legacy-good/nodeToNodeEncryption: pass',
      'legacy-good/domainEndpointOptions: pass',
      'bare/encryptAtRest: fail',
      'bare/nodeToNodeEncryption: fail',
      'bare/domainEndpointOptions: fail',
      'tls10/encryptAtRest: pass',
      'tls10/nodeToNodeEncryption: pass',
      'tls10/domainEndpointOptions: fail',
      'later/encryptAtRest: unknown',
      'later/nodeToNodeEncryption: unknown',
      'later/domainEndpointOptions: unknown',
    ]);
  });

  it('SNS topics need a KMS key (not encrypted by default); an unknown key is still a key', () => {
    const t = 'aws:sns/topic:Topic';
    const f = run(r(t, 'managed', { kmsMasterKeyId: 'alias/aws/sns' }), r(t, 'plain'), r(t, 'later', { kmsMasterKeyId: UNKNOWN }));
    expect(statuses(f)).toEqual(['managed: pass', 'plain: fail', 'later: pass']);
  });

  it('SQS queues: SSE-SQS by default passes; explicitly off without a KMS key fails', () => {
    const t = 'aws:sqs/queue:Queue';
    const f = run(
      r(t, 'default'),
      r(t, 'kms', { sqsManagedSseEnabled: false, kmsMasterKeyId: 'alias/aws/sqs' }),
      r(t, 'off', { sqsManagedSseEnabled: false }),
      r(t, 'later', { sqsManagedSseEnabled: UNKNOWN }),
    );
    expect(statuses(f)).toEqual(['default: pass', 'kms: pass', 'off: fail', 'later: unknown']);
  });

  it('SQS queues: an empty kmsMasterKeyId is no key, so the queue is judged on SSE-SQS alone', () => {
    const t = 'aws:sqs/queue:Queue';
    const f = run(
      r(t, 'empty', { kmsMasterKeyId: '' }),
      r(t, 'empty-off', { kmsMasterKeyId: '', sqsManagedSseEnabled: false }),
      r(t, 'empty-later', { kmsMasterKeyId: '', sqsManagedSseEnabled: UNKNOWN }),
    );
    expect(statuses(f)).toEqual(['empty: pass', 'empty-off: fail', 'empty-later: unknown']);
    expect(f[0].message).toBe('kmsMasterKeyId is "" (no key, so not SSE-KMS) and sqsManagedSseEnabled is absent (default true) (SSE-SQS)');
    expect(f[1].message).toBe(
      'kmsMasterKeyId is "" (no key, so not SSE-KMS) and sqsManagedSseEnabled is false; remove sqsManagedSseEnabled: false (SSE-SQS) or set kmsMasterKeyId to a KMS key (SSE-KMS)',
    );
  });

  it('CloudWatch log groups: a customer-managed key is advisory', () => {
    const t = 'aws:cloudwatch/logGroup:LogGroup';
    const f = run(r(t, 'cmk', { kmsKeyId: keyArn }), r(t, 'service-key'), r(t, 'later', { kmsKeyId: UNKNOWN }));
    expect(statuses(f)).toEqual(['cmk: pass', 'service-key: fail', 'later: pass']);
    expect(f[1].enforcement).toBe('advisory');
  });
});
