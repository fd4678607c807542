import { Fact } from '../../core/facts';
import { Rule, StackVerdict, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isRef, isUnknown } from '../../core/values';
import { CLOUDTRAIL_TRAIL, TrailProps } from '../../kinds/cloudtrail-trail';
import { PathOf, TypedProps, propsOf } from '../../kinds/typed-props';

/**
 * LOG1: admin actions, user changes and new instances are recorded by a CloudTrail trail.
 *
 * Resource part (mandatory): every trail is
 * - multi-region (`isMultiRegionTrail`, default false: activity in other regions, e.g. an attacker
 *   starting instances elsewhere, would go unrecorded),
 * - validated (`enableLogFileValidation`, default false: log files could be edited or deleted unnoticed),
 * - KMS-encrypted (`kmsKeyId`, default none: SSE-S3 only, readable by anyone who can read the bucket),
 * - logging (`enableLogging`, default true: false stops the trail).
 * Stack part (advisory, stack-level): the stack declares a trail, unless the config says the audit
 * trail is managed elsewhere (an AWS Organizations trail in the management account is the usual case).
 */

interface TrailFlag {
  prop: PathOf<TrailProps>;
  /** The value when the property is absent (the CloudTrail / provider default). */
  absent: boolean;
  why: string;
}

const FLAGS: readonly TrailFlag[] = [
  { prop: 'isMultiRegionTrail', absent: false, why: 'records only this region' },
  { prop: 'enableLogFileValidation', absent: false, why: 'log files can be altered unnoticed' },
  { prop: 'enableLogging', absent: true, why: 'the trail is stopped' },
];

function failingFlags(props: TypedProps<TrailProps>): { off: TrailFlag[]; blocker?: Unknown } {
  const off: TrailFlag[] = [];
  let blocker: Unknown | undefined;
  for (const flag of FLAGS) {
    const v = props.bool(flag.prop);
    if (isUnknown(v)) blocker ??= v;
    else if ((v ?? flag.absent) !== true) off.push(flag);
  }
  return { off, blocker };
}

function judgeTrail(fact: Fact): Verdict {
  const props = propsOf(fact, CLOUDTRAIL_TRAIL);
  const { off, blocker: flagBlocker } = failingFlags(props);
  let blocker = flagBlocker;
  const problems = off.map((f) => `${f.prop} is ${props.bool(f.prop) === false ? 'false' : `absent (default ${f.absent})`} (${f.why})`);
  const key = props.get('kmsKeyId');
  // A key of this stack (a CloudFormation Ref, or a Pulumi output computed from another resource) counts as set.
  const keyOfStack = isRef(key) || (isUnknown(key) && (fact.dependsOn?.kmsKeyId?.length ?? 0) > 0);
  if (!keyOfStack) {
    if (isUnknown(key)) blocker ??= key;
    else if (typeof key !== 'string' || key === '') problems.push('kmsKeyId is absent (log files are only SSE-S3 encrypted)');
  }
  if (problems.length > 0) {
    return fail(`${problems.join('; ')}: set isMultiRegionTrail, enableLogFileValidation and enableLogging to true and kmsKeyId to a customer-managed KMS key ARN`);
  }
  if (blocker) return unknown(blocker);
  return pass('the trail is multi-region, validated, KMS-encrypted and logging');
}

export const LOG1: Rule = {
  id: 'LOG1',
  params: ['auditTrailManagedElsewhere'],
  resource: {
    kinds: ['cloudtrail:Trail'],
    check(fact) {
      return [judgeTrail(fact)];
    },
  },
  stack: {
    stackLevel: true,
    kinds: ['cloudtrail:Trail'],
    check(stack, ctx): StackVerdict[] {
      const trails = stack.ofKind('cloudtrail:Trail');
      if (trails.length > 0) {
        return [{ ...pass(`the stack declares the CloudTrail trail ${trails.map((t) => t.name).join(', ')}`), enforcement: 'advisory' }];
      }
      if (ctx.params.auditTrailManagedElsewhere) {
        return [{ ...pass('no trail in this stack; auditTrailManagedElsewhere says the audit trail is managed elsewhere'), enforcement: 'advisory' }];
      }
      return [
        {
          ...fail(
            'the stack declares no CloudTrail trail: add an aws.cloudtrail.Trail (multi-region, log file validation, KMS key), ' +
              'or set the auditTrailManagedElsewhere config parameter if an organization trail covers this account',
          ),
          enforcement: 'advisory',
        },
      ];
    },
  },
  /** Turns on the three switches; the KMS key needs a key of the user's, so a trail missing only that is left alone. */
  remediate(fact) {
    if (fact.kind !== 'cloudtrail:Trail') return undefined;
    const { off } = failingFlags(propsOf(fact, CLOUDTRAIL_TRAIL));
    if (off.length === 0) return undefined;
    const fixed: Record<string, boolean> = {};
    for (const flag of off) fixed[flag.prop] = true;
    return { ...fact.props, ...fixed };
  },
};
