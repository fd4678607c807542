import { Fact } from '../../core/facts';
import { PropValue, isProps } from '../../core/props';
import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, Value, isUnknown } from '../../core/values';
import { AUTOSCALING_LAUNCH_CONFIGURATION } from '../../kinds/autoscaling-launch-configuration';
import { CLOUDWATCH_LOG_GROUP } from '../../kinds/cloudwatch-log-group';
import { DYNAMODB_TABLE } from '../../kinds/dynamodb-table';
import { EBS_VOLUME } from '../../kinds/ebs-volume';
import { EC2_LAUNCH_TEMPLATE } from '../../kinds/ec2-launch-template';
import { EFS_FILE_SYSTEM } from '../../kinds/efs-file-system';
import { ELASTICACHE_CLUSTER } from '../../kinds/elasticache-cluster';
import { ELASTICACHE_REPLICATION_GROUP } from '../../kinds/elasticache-replication-group';
import { OPENSEARCH_DOMAIN } from '../../kinds/opensearch-domain';
import { RDS_CLUSTER } from '../../kinds/rds-cluster';
import { RDS_INSTANCE } from '../../kinds/rds-instance';
import { REDSHIFT_CLUSTER } from '../../kinds/redshift-cluster';
import { EbsDeviceProps } from '../../kinds/shared/data-stores';
import { SNS_TOPIC } from '../../kinds/sns-topic';
import { SQS_QUEUE } from '../../kinds/sqs-queue';
import { PathOf, TypedProps, propsOf, typed } from '../../kinds/typed-props';
import { isAwsManagedKeyAlias } from './s3-bucket';

const advisory = (message: string, detail?: string): Verdict => ({ ...fail(message, detail), enforcement: 'advisory' });

/** A boolean switch that must be true; `absentMeans` is the provider default, named in the message. */
function mustBeTrue<P>(props: TypedProps<P>, path: PathOf<P>, absentMeans: boolean, fix: string, detail?: string): Verdict {
  const v = props.bool(path);
  if (isUnknown(v)) return unknown(v, detail);
  const effective = v ?? absentMeans;
  const shown = v === undefined ? `absent (default ${absentMeans})` : String(v);
  return effective ? pass(`${path} is ${shown}`, detail) : fail(`${path} is ${shown}; ${fix}`, detail);
}

/**
 * A KMS key setting names a key unless it is absent or empty: `""` is the provider's zero value for an
 * unset key, and AWS reads an empty `KmsMasterKeyId` as no key (SetQueueAttributes with "" turns
 * SSE-KMS off). A value not known until deployment counts as a key.
 */
function namesKey(key: PropValue | undefined): boolean {
  return key !== undefined && key !== '';
}

/** Where a switch-and-key pair sits: the resource's props, or a block device's (`at` prefixes messages). */
interface SwitchWithKey {
  flag: 'encrypted' | 'storageEncrypted';
  /** The switch as read, and the key setting beside it. */
  on: Value<boolean>;
  key: PropValue | undefined;
  /** What an absent switch means, and how the message says it. */
  absent: { means: boolean; shown: string };
  at?: string;
  /** How the fix writes true (launch template devices take the string "true"). */
  trueText?: string;
  /** False where no key can be named (Auto Scaling launch configuration devices have no KMS key setting). */
  takesKey?: boolean;
  detail?: string;
}

/**
 * Encryption as a switch plus an optional key (EBS volumes and block devices `encrypted`, RDS
 * `storageEncrypted`): the key does not turn encryption on by itself. AWS asks for both: EC2 CreateVolume
 * "If KmsKeyId is specified, the encrypted state must be true"; CloudFormation AWS::RDS::DBInstance KmsKeyId
 * "If you specify the KmsKeyId property, you must set the StorageEncrypted property to true" (cfn-lint issue
 * #2965 asks to enforce it); aws.rds.Cluster kmsKeyId "storageEncrypted needs to be set to true". So a key
 * without the switch fails, like a missing switch, with a message that says the key is not enough.
 */
function switchWithKey({ flag, on, key, absent, at, trueText = 'true', takesKey = true, detail }: SwitchWithKey): Verdict {
  const name = at ? `${at}.${flag}` : flag;
  if (isUnknown(on)) return unknown(at ? new Unknown(name) : on, detail);
  if (on === true) return pass(`${name} is true`, detail);
  const shown = on === false ? 'false' : `absent (${absent.shown})`;
  if (on === undefined && absent.means) return pass(`${name} is ${shown}`, detail);
  const fix = `set ${name} to ${trueText}${takesKey ? ' (with kmsKeyId for a customer-managed key)' : ''}`;
  if (namesKey(key)) {
    return fail(`${name} is ${shown} although ${at ? `${at}.` : ''}kmsKeyId is set: a key does not turn encryption on, and AWS requires ${flag} true with a kmsKeyId; ${fix}`, detail);
  }
  return fail(`${name} is ${shown}; ${fix}`, detail);
}

function rdsInstance(fact: Fact): Verdict[] {
  const props = propsOf(fact, RDS_INSTANCE);
  const encrypted = props.bool('storageEncrypted');
  if (isUnknown(encrypted)) return [unknown(encrypted)];
  const source = props.get('replicateSourceDb');
  if (encrypted === undefined && source !== undefined) {
    // A cross-region read replica asks for encryption with kmsKeyId alone (CreateDBInstanceReadReplica:
    // "you must specify a KMS key identifier for the destination Amazon Web Services Region"; aws.rds.Instance
    // storageEncrypted "is ignored" for it). A same-region one takes its source's encryption, judged itself.
    if (namesKey(props.get('kmsKeyId'))) return [pass('a read replica encrypted with kmsKeyId (storageEncrypted does not apply to replicas)')];
    return [notApplicable('a read replica without storageEncrypted takes its encryption from replicateSourceDb')];
  }
  return [switchWithKey({ flag: 'storageEncrypted', on: encrypted, key: props.get('kmsKeyId'), absent: { means: false, shown: 'default false' } })];
}

function rdsCluster(fact: Fact): Verdict[] {
  const props = propsOf(fact, RDS_CLUSTER);
  const encrypted = props.bool('storageEncrypted');
  if (isUnknown(encrypted)) return [unknown(encrypted)];
  // Provider default: false for the provisioned engine mode, true for serverless (v1).
  const mode = encrypted === undefined ? props.str('engineMode') : undefined;
  if (isUnknown(mode)) return [unknown(mode)];
  const serverless = mode === 'serverless';
  const shown = serverless ? 'serverless clusters are always encrypted' : 'default false for provisioned clusters';
  return [switchWithKey({ flag: 'storageEncrypted', on: encrypted, key: props.get('kmsKeyId'), absent: { means: serverless, shown } })];
}

function dynamodbTable(fact: Fact): Verdict[] {
  // DynamoDB always encrypts at rest: with no block or enabled false, with an AWS-owned key; enabled
  // without kmsKeyArn, with the AWS-managed alias/aws/dynamodb. Only a customer-managed key is the
  // requirement's CMK, which is advisory.
  const props = propsOf(fact, DYNAMODB_TABLE);
  const enabled = props.bool('serverSideEncryption.enabled');
  if (isUnknown(enabled)) return [unknown(enabled)];
  // A key reference (CloudFormation Ref/GetAtt) names a key of the stack, which is customer-managed.
  const key = props.get('serverSideEncryption.kmsKeyArn');
  if (enabled === true && key !== undefined && key !== '') {
    if (typeof key === 'string' && isAwsManagedKeyAlias(key)) return [advisory(`serverSideEncryption.kmsKeyArn is the AWS-managed key ${key}; set it to a customer-managed KMS key`)];
    return [pass('serverSideEncryption uses the customer-managed key in kmsKeyArn')];
  }
  const which = enabled === true ? 'the AWS-managed key alias/aws/dynamodb' : 'an AWS-owned key';
  return [
    advisory(
      `the table is encrypted with ${which} (serverSideEncryption ${enabled === undefined ? 'absent' : `enabled ${enabled}`}); set serverSideEncryption { enabled: true, kmsKeyArn: <customer-managed key> }`,
    ),
  ];
}

function launchTemplate(fact: Fact): Verdict[] {
  const mappings = propsOf(fact, EC2_LAUNCH_TEMPLATE).list('blockDeviceMappings');
  if (isUnknown(mappings)) return [unknown(mappings)];
  const out: Verdict[] = [];
  (mappings ?? []).forEach((m, i) => {
    const detail = `blockDeviceMappings[${i}]`;
    const ebs = typed<{ ebs?: EbsDeviceProps }>(m).obj('ebs');
    if (isUnknown(ebs)) return out.push(unknown(new Unknown(`${detail}.ebs`), detail));
    if (ebs === undefined) return; // instance-store or suppressed device: nothing stored on EBS
    // `encrypted` is a string ("true"/"false") in the provider schema; the reader takes both.
    out.push(ebsDevice(ebs, `${detail}.ebs`, detail, '"true"'));
  });
  return out.length === 0 ? [NO_EBS_DEVICES] : out;
}

const NO_EBS_DEVICES = notApplicable("no EBS block device mappings: the AMI's volumes are used as they are");

/** One EBS device's `encrypted`, written at `path`; `trueText` is how the fix writes true. */
function ebsDevice(value: PropValue, path: string, detail: string, trueText: string, takesKey = true): Verdict {
  const ebs = typed<EbsDeviceProps>(value);
  // A snapshot-backed device with encrypted absent inherits the snapshot's encryption, which is not visible here.
  return switchWithKey({
    flag: 'encrypted',
    on: ebs.bool('encrypted'),
    key: ebs.get('kmsKeyId'),
    absent: { means: false, shown: 'unencrypted unless the account enables EBS encryption by default' },
    at: path,
    trueText,
    takesKey,
    detail,
  });
}

/**
 * An Auto Scaling launch configuration: Pulumi's `rootBlockDevice` and `ebsBlockDevices[]` (the
 * CloudFormation adapter writes every `BlockDeviceMappings[].Ebs` as an `ebsBlockDevices` item, since
 * which device is the root depends on the AMI); suppressed devices (`noDevice`) store nothing.
 */
function launchConfiguration(fact: Fact): Verdict[] {
  const props = propsOf(fact, AUTOSCALING_LAUNCH_CONFIGURATION);
  const out: Verdict[] = [];
  const root = props.obj('rootBlockDevice');
  if (isUnknown(root)) out.push(unknown(root, 'rootBlockDevice'));
  else if (root !== undefined) out.push(ebsDevice(root, 'rootBlockDevice', 'rootBlockDevice', 'true', false));
  const devices = props.list('ebsBlockDevices');
  if (isUnknown(devices)) return [...out, unknown(devices, 'ebsBlockDevices')];
  (devices ?? []).forEach((d, i) => {
    const detail = `ebsBlockDevices[${i}]`;
    if (isUnknown(d)) return out.push(unknown(new Unknown(detail), detail));
    if (!isProps(d) || typed<EbsDeviceProps>(d).bool('noDevice') === true) return;
    out.push(ebsDevice(d, detail, detail, 'true', false));
  });
  return out.length === 0 ? [NO_EBS_DEVICES] : out;
}

function replicationGroup(fact: Fact): Verdict[] {
  const props = propsOf(fact, ELASTICACHE_REPLICATION_GROUP);
  const engine = props.str('engine');
  const out: Verdict[] = [];
  const atRest = props.bool('atRestEncryptionEnabled');
  if (isUnknown(atRest)) out.push(unknown(atRest, 'atRestEncryptionEnabled'));
  else if (atRest === undefined && isUnknown(engine)) out.push(unknown(engine, 'atRestEncryptionEnabled'));
  // Provider default: true for the valkey engine, false for redis (the default engine).
  else out.push(mustBeTrue(props, 'atRestEncryptionEnabled', engine === 'valkey', 'set atRestEncryptionEnabled to true', 'atRestEncryptionEnabled'));
  const transit = mustBeTrue(props, 'transitEncryptionEnabled', false, 'set transitEncryptionEnabled to true with transitEncryptionMode required', 'transitEncryptionEnabled');
  if (transit.status === 'pass') {
    const mode = props.str('transitEncryptionMode');
    if (isUnknown(mode)) return [...out, unknown(mode, 'transitEncryptionEnabled')];
    // `preferred` accepts plaintext connections too (a migration step); absent means required.
    if (mode === 'preferred') return [...out, fail('transitEncryptionMode is preferred, which still accepts unencrypted connections; set it to required', 'transitEncryptionEnabled')];
  }
  return [...out, transit];
}

/**
 * A node-based cache cluster outside a replication group. Redis OSS and Valkey there have no encryption
 * switch: "At-rest encryption is supported only for replication groups running in an Amazon VPC"
 * (ElastiCache user guide, At-Rest Encryption, conditions), and in-transit encryption on a cache cluster
 * is "Only available when creating a cache cluster in an Amazon VPC using Memcached version 1.6.12 or
 * later" (AWS::ElastiCache::CacheCluster TransitEncryptionEnabled). Memcached keeps data in memory only:
 * at-rest encryption covers the "Disk during sync, backup and swap operations" and "Backups stored in
 * Amazon S3", none of which a Memcached node-based cluster has, so only its in-transit switch is judged.
 */
function cacheCluster(fact: Fact): Verdict[] {
  // A Pulumi cluster added to a replication group is its read replica: the group's settings apply, and it is judged.
  const props = propsOf(fact, ELASTICACHE_CLUSTER);
  if (props.has('replicationGroupId')) return [notApplicable('a cluster in replicationGroupId is encrypted as its replication group is')];
  const engine = props.str('engine');
  if (isUnknown(engine)) return [unknown(engine)];
  if (engine === undefined) return [{ ...unknown(new Unknown('engine')), message: "engine is absent (required outside a replication group), so the cluster's encryption cannot be judged" }];
  if (engine === 'memcached') {
    return [
      mustBeTrue(
        props,
        'transitEncryptionEnabled',
        false,
        'set transitEncryptionEnabled to true (Memcached 1.6.12 or later, in a VPC); Memcached stores nothing on disk, so in transit is its only switch',
      ),
    ];
  }
  return [
    fail(
      `a ${engine} cache cluster cannot be encrypted at rest or in transit; create it as a replication group instead (aws.elasticache.ReplicationGroup / AWS::ElastiCache::ReplicationGroup) with atRestEncryptionEnabled and transitEncryptionEnabled true`,
    ),
  ];
}

const TLS12_POLICY = /^Policy-Min-TLS-1-[23]-/;

function openSearchDomain(fact: Fact): Verdict[] {
  const props = propsOf(fact, OPENSEARCH_DOMAIN);
  const atRest = mustBeTrue(props, 'encryptAtRest.enabled', false, 'set encryptAtRest { enabled: true }', 'encryptAtRest');
  const nodeToNode = mustBeTrue(props, 'nodeToNodeEncryption.enabled', false, 'set nodeToNodeEncryption { enabled: true }', 'nodeToNodeEncryption');
  const fix = 'set domainEndpointOptions { enforceHttps: true, tlsSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" }';
  let endpoint: Verdict;
  const options = props.obj('domainEndpointOptions');
  if (isUnknown(options)) endpoint = unknown(options, 'domainEndpointOptions');
  else if (options === undefined)
    endpoint = fail(`domainEndpointOptions is absent, so the service's defaults apply (the Policy-Min-TLS-1-0-2019-07 policy allows TLS 1.0); ${fix}`, 'domainEndpointOptions');
  else {
    // Inside the block the provider defaults enforceHttps to true.
    const https = mustBeTrue(props, 'domainEndpointOptions.enforceHttps', true, fix, 'domainEndpointOptions');
    const policy = props.str('domainEndpointOptions.tlsSecurityPolicy');
    if (https.status !== 'pass') endpoint = https;
    else if (isUnknown(policy)) endpoint = unknown(policy, 'domainEndpointOptions');
    else if (policy !== undefined && TLS12_POLICY.test(policy)) endpoint = pass(`HTTPS is enforced with ${policy}`, 'domainEndpointOptions');
    else endpoint = fail(`domainEndpointOptions.tlsSecurityPolicy is ${policy ?? 'absent (the service may apply Policy-Min-TLS-1-0-2019-07, which allows TLS 1.0)'}; ${fix}`, 'domainEndpointOptions');
  }
  return [atRest, nodeToNode, endpoint];
}

/** A KMS key setting whose presence alone means encrypted (any key, even one not known until deployment). */
function keyPresent<P>(props: TypedProps<P>, path: PathOf<P>, absent: () => Verdict): Verdict[] {
  const key = props.get(path);
  if (!namesKey(key)) return [absent()];
  return [pass(`${path} is set${isUnknown(key) || typeof key !== 'string' ? '' : ` (${key})`}`)];
}

function ebsVolume(fact: Fact): Verdict {
  const props = propsOf(fact, EBS_VOLUME);
  return switchWithKey({ flag: 'encrypted', on: props.bool('encrypted'), key: props.get('kmsKeyId'), absent: { means: false, shown: 'default false' } });
}

export const DATA4: Rule = {
  id: 'DATA4',
  resource: {
    kinds: [
      'rds:Instance',
      'rds:Cluster',
      'dynamodb:Table',
      'ebs:Volume',
      'ec2:LaunchTemplate',
      'autoscaling:LaunchConfiguration',
      'efs:FileSystem',
      'elasticache:ReplicationGroup',
      'elasticache:ServerlessCache',
      'elasticache:Cluster',
      'opensearch:Domain',
      'sns:Topic',
      'sqs:Queue',
      'cloudwatch:LogGroup',
      'redshift:Cluster',
    ],
    check(fact) {
      switch (fact.kind) {
        case 'rds:Instance':
          return rdsInstance(fact);
        case 'rds:Cluster':
          return rdsCluster(fact);
        case 'dynamodb:Table':
          return dynamodbTable(fact);
        case 'ebs:Volume':
          // Absent = unencrypted, unless the account turned on EBS encryption by default (not visible to the stack).
          return [ebsVolume(fact)];
        case 'ec2:LaunchTemplate':
          return launchTemplate(fact);
        case 'autoscaling:LaunchConfiguration':
          return launchConfiguration(fact);
        case 'efs:FileSystem':
          // The CreateFileSystem API default is unencrypted (only the console defaults to encrypted).
          return [mustBeTrue(propsOf(fact, EFS_FILE_SYSTEM), 'encrypted', false, 'set encrypted to true (with kmsKeyId for a customer-managed key)')];
        case 'elasticache:ReplicationGroup':
          return replicationGroup(fact);
        case 'elasticache:Cluster':
          return cacheCluster(fact);
        case 'elasticache:ServerlessCache':
          return [pass('ElastiCache Serverless always encrypts data at rest and in transit')];
        case 'opensearch:Domain':
          return openSearchDomain(fact);
        case 'sns:Topic':
          // SNS topics are not encrypted at rest unless a KMS key is named (alias/aws/sns is the AWS-managed one).
          return keyPresent(propsOf(fact, SNS_TOPIC), 'kmsMasterKeyId', () =>
            fail('kmsMasterKeyId is absent, so messages are stored unencrypted; set kmsMasterKeyId to a KMS key (alias/aws/sns or a customer-managed key)'),
          );
        case 'sqs:Queue': {
          const props = propsOf(fact, SQS_QUEUE);
          if (namesKey(props.get('kmsMasterKeyId'))) return [pass('kmsMasterKeyId is set (SSE-KMS)')];
          // An empty kmsMasterKeyId is no key: the queue is judged on SSE-SQS alone, the default for new
          // queues (since October 2022), which only an explicit sqsManagedSseEnabled false turns off.
          const sse = mustBeTrue(props, 'sqsManagedSseEnabled', true, 'remove sqsManagedSseEnabled: false (SSE-SQS) or set kmsMasterKeyId to a KMS key (SSE-KMS)');
          if (props.get('kmsMasterKeyId') !== '') return [sse];
          return [{ ...sse, message: `kmsMasterKeyId is "" (no key, so not SSE-KMS) and ${sse.message}${sse.status === 'pass' ? ' (SSE-SQS)' : ''}` }];
        }
        case 'redshift:Cluster':
          // "In Amazon Redshift, your database is encrypted by default" (Redshift management guide, Amazon
          // Redshift database encryption; the @pulumi/aws v7 `encrypted` input: "Default is true"), with an
          // AWS-owned key unless kmsKeyId names one; only an explicit false leaves a new cluster unencrypted.
          return [mustBeTrue(propsOf(fact, REDSHIFT_CLUSTER), 'encrypted', true, 'remove encrypted: false or set it to true (with kmsKeyId for a customer-managed key)')];
        case 'cloudwatch:LogGroup':
          // Log groups are always encrypted by the service; a customer-managed key is the advisory part.
          return keyPresent(propsOf(fact, CLOUDWATCH_LOG_GROUP), 'kmsKeyId', () =>
            advisory('kmsKeyId is absent, so the log group is encrypted with a CloudWatch Logs service key; set kmsKeyId to a customer-managed KMS key'),
          );
        default:
          return [];
      }
    },
  },
};
