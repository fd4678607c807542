import { Fact } from '../../core/facts';
import { Rule, StackVerdict, Verdict, fail, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { RotationRulesProps, SECRETSMANAGER_SECRET_ROTATION } from '../../kinds/secretsmanager-secret-rotation';
import { propsOf, typed } from '../../kinds/typed-props';
import { describeHours, rotationInterval } from './rotation-schedule';

/** One rotation resource's schedule against the longest allowed interval. */
function rotationVerdict(rotation: Fact, maxDays: number): Verdict {
  const props = propsOf(rotation, SECRETSMANAGER_SECRET_ROTATION);
  const enabled = props.bool('rotationEnabled');
  if (isUnknown(enabled)) return unknown(enabled);
  if (enabled === false) return fail(`rotation ${rotation.name} has rotationEnabled false; enable it with rotationRules.automaticallyAfterDays <= ${maxDays}`);
  const given = props.obj('rotationRules');
  if (isUnknown(given)) return unknown(given);
  const rules = typed<RotationRulesProps>(given);
  const days = rules.num('automaticallyAfterDays');
  if (isUnknown(days)) return unknown(days);
  if (days !== undefined) {
    return days <= maxDays
      ? pass(`rotation ${rotation.name} rotates every ${days} days (at most ${maxDays})`)
      : fail(`rotation ${rotation.name} has rotationRules.automaticallyAfterDays ${days}, more than ${maxDays}; set it to ${maxDays} or less`);
  }
  const schedule = rules.str('scheduleExpression');
  if (isUnknown(schedule)) return unknown(schedule);
  if (schedule !== undefined) {
    const interval = rotationInterval(schedule);
    if (interval.kind === 'invalid') {
      return { status: 'unknown', message: `rotation ${rotation.name} has rotationRules.scheduleExpression "${schedule}", which this check cannot read: ${interval.reason}` };
    }
    if (interval.kind === 'never') {
      return fail(
        `rotation ${rotation.name} has rotationRules.scheduleExpression ${schedule}, which matches no day of the calendar, so the secret never rotates; rotate at least every ${maxDays} days`,
      );
    }
    const every = describeHours(interval.hours);
    return interval.hours <= maxDays * 24
      ? pass(`rotation ${rotation.name} rotates on ${schedule}, at least every ${every} (at most ${maxDays} days)`)
      : fail(
          `rotation ${rotation.name} has rotationRules.scheduleExpression ${schedule}, which goes up to ${every} between rotations, more than ${maxDays} days; rotate at least every ${maxDays} days`,
        );
  }
  return fail(`rotation ${rotation.name} has no rotationRules schedule; set rotationRules.automaticallyAfterDays to ${maxDays} or less`);
}

/**
 * SEC2: every secret has a rotation schedule no longer than `maxRotationDays`. A stack check: in
 * Pulumi the schedule is a separate SecretRotation whose `secretId` points at the secret. Secrets
 * issued by someone else (a marketplace host's shared secret) cannot rotate here and are exempted per
 * resource with a reason.
 */
export const SEC2: Rule = {
  id: 'SEC2',
  params: ['maxRotationDays'],
  stack: {
    kinds: ['secretsmanager:Secret', 'secretsmanager:SecretRotation'],
    check(stack, ctx) {
      const maxDays = ctx.params.maxRotationDays;
      return stack.ofKind('secretsmanager:Secret').map((secret): StackVerdict => {
        const { facts, unresolved } = stack.referrers(secret, 'secretsmanager:SecretRotation', 'secretId');
        if (facts.length === 0) {
          if (unresolved.length > 0) {
            return {
              status: 'unknown',
              message: `no rotation names this secret for sure, but the secretId of ${unresolved.map((f) => f.name).join(', ')} is not known until deployment`,
              subject: secret,
            };
          }
          return {
            ...fail(
              `the secret has no rotation; add an aws.secretsmanager.SecretRotation with secretId set to this secret and rotationRules.automaticallyAfterDays <= ${maxDays} (or exempt a secret issued by someone else, with the reason)`,
            ),
            subject: secret,
          };
        }
        const verdicts = facts.map((r) => rotationVerdict(r, maxDays));
        const chosen = verdicts.find((v) => v.status === 'fail') ?? verdicts.find((v) => v.status === 'unknown') ?? verdicts[0];
        return { ...chosen, subject: secret };
      });
    },
  },
};
