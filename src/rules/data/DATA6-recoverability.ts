import { Fact, StackFacts } from '../../core/facts';
import { Rule, StackVerdict, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { DYNAMODB_TABLE } from '../../kinds/dynamodb-table';
import { RDS_CLUSTER } from '../../kinds/rds-cluster';
import { RDS_INSTANCE } from '../../kinds/rds-instance';
import { S3_BUCKET } from '../../kinds/s3-bucket';
import { S3_BUCKET_VERSIONING } from '../../kinds/s3-bucket-versioning';
import { RdsStorageProps } from '../../kinds/shared/data-stores';
import { TypedProps, propsOf, typed } from '../../kinds/typed-props';
import { sideResources } from './s3-bucket';

const MIN_BACKUP_DAYS = 7;

function rdsVerdicts(props: TypedProps<RdsStorageProps>): Verdict[] {
  const out: Verdict[] = [];
  const days = props.num('backupRetentionPeriod');
  if (isUnknown(days)) out.push(unknown(days, 'backupRetentionPeriod'));
  else {
    // The RDS API default is 1 day (0 turns automated backups off).
    const shown = days === undefined ? 'absent (default 1 day)' : `${days} days`;
    out.push(
      (days ?? 1) >= MIN_BACKUP_DAYS
        ? pass(`backupRetentionPeriod is ${shown}`, 'backupRetentionPeriod')
        : fail(`backupRetentionPeriod is ${shown}; set it to at least ${MIN_BACKUP_DAYS}`, 'backupRetentionPeriod'),
    );
  }
  const protection = props.bool('deletionProtection');
  if (isUnknown(protection)) out.push(unknown(protection, 'deletionProtection'));
  else if (protection === true) out.push(pass('deletionProtection is true', 'deletionProtection'));
  else out.push(fail(`deletionProtection is ${protection === false ? 'false' : 'absent (default false)'}; set deletionProtection to true`, 'deletionProtection'));
  return out;
}

function dynamodbVerdict(fact: Fact): Verdict {
  const enabled = propsOf(fact, DYNAMODB_TABLE).bool('pointInTimeRecovery.enabled');
  if (isUnknown(enabled)) return unknown(enabled);
  if (enabled === true) return pass('pointInTimeRecovery.enabled is true');
  return fail(`pointInTimeRecovery.enabled is ${enabled === false ? 'false' : 'absent (default false)'}; set pointInTimeRecovery { enabled: true }`);
}

type Versioning = { status: 'on' | 'off'; where: string } | { status: 'unknown'; unknown: Unknown } | undefined;

/** The bucket's inline versioning: v6/v7 Bucket `versioning.enabled`, v7 BucketV2 `versionings[0].enabled`, CloudFormation `versioningConfiguration.status`. */
function inlineVersioning(bucket: Fact): Versioning {
  const props = propsOf(bucket, S3_BUCKET);
  const v6 = props.bool('versioning.enabled');
  if (isUnknown(v6)) return { status: 'unknown', unknown: v6 };
  if (v6 !== undefined) return { status: v6 ? 'on' : 'off', where: `versioning.enabled is ${v6}` };
  const v7 = props.list('versionings');
  if (isUnknown(v7)) return { status: 'unknown', unknown: v7 };
  if (v7 !== undefined && v7.length > 0) {
    const enabled = typed<{ enabled?: boolean }>(v7[0]).bool('enabled');
    if (isUnknown(enabled)) return { status: 'unknown', unknown: enabled };
    return { status: enabled === true ? 'on' : 'off', where: `versionings[0].enabled is ${enabled ?? 'absent'}` };
  }
  return statusOf(bucket, props);
}

/** `versioningConfiguration.status` of a BucketVersioning, or of a bucket whose CloudFormation `VersioningConfiguration` is wholly unknown. */
function statusOf(fact: Fact, props: TypedProps<{ versioningConfiguration?: { status?: string } }>): Versioning {
  const path = 'versioningConfiguration.status';
  if (!props.has(path)) return undefined;
  const status = props.str(path);
  if (isUnknown(status)) return { status: 'unknown', unknown: status };
  return { status: status === 'Enabled' ? 'on' : 'off', where: `${fact.name}: ${path} is ${status}` };
}

function s3Verdict(stack: StackFacts, bucket: Fact): Verdict {
  const side = sideResources(stack, bucket, 's3:BucketVersioning');
  const found: Versioning[] = side.facts.length > 0 ? side.facts.map((f) => statusOf(f, propsOf(f, S3_BUCKET_VERSIONING))) : [inlineVersioning(bucket)];
  const off = found.find((v) => v?.status === 'off');
  if (off && off.status === 'off') return fail(`${off.where}; set versioningConfiguration.status to Enabled (aws.s3.BucketVersioning) so overwritten or deleted objects can be restored`);
  const u = found.find((v) => v?.status === 'unknown');
  if (u && u.status === 'unknown') return unknown(u.unknown);
  const on = found.find((v) => v?.status === 'on');
  if (on && on.status === 'on') return pass(on.where);
  if (side.unresolved.length > 0) return unknown(new Unknown(`bucket (of ${side.unresolved.map((f) => f.name).join(', ')})`));
  return fail('versioning is not configured (S3 default: off); add an aws.s3.BucketVersioning for this bucket with versioningConfiguration.status Enabled');
}

export const DATA6: Rule = {
  id: 'DATA6',
  resource: {
    kinds: ['rds:Instance', 'rds:Cluster', 'dynamodb:Table'],
    check(fact) {
      if (fact.kind === 'dynamodb:Table') return [dynamodbVerdict(fact)];
      return rdsVerdicts(fact.kind === 'rds:Cluster' ? propsOf(fact, RDS_CLUSTER) : propsOf(fact, RDS_INSTANCE));
    },
  },
  stack: {
    kinds: ['s3:Bucket'],
    check(stack) {
      return stack.ofKind('s3:Bucket').map((bucket): StackVerdict => ({ ...s3Verdict(stack, bucket), subject: bucket }));
    },
  },
};
