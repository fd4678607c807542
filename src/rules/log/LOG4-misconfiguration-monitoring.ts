import { Rule, StackVerdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { GUARDDUTY_DETECTOR } from '../../kinds/guardduty-detector';
import { propsOf } from '../../kinds/typed-props';

/**
 * LOG4 (advisory, stack-level): something watches the account for misconfigurations ("Monitor and
 * alert on misconfigurations in the cloud infrastructure ... open S3 buckets, lax security groups,
 * dangling domains, and MFA disabled"): a GuardDuty detector that is enabled (`enable`, default true),
 * an AWS Config rule, or Security Hub. These are per account and region and are often run centrally
 * (delegated administrator), so the `monitoringManagedElsewhere` parameter stands in for them.
 */
export const LOG4: Rule = {
  id: 'LOG4',
  params: ['monitoringManagedElsewhere'],
  stack: {
    stackLevel: true,
    kinds: ['guardduty:Detector', 'cfg:Rule', 'securityhub:Account'],
    check(stack, ctx): StackVerdict[] {
      const present: string[] = [];
      let pending: Unknown | undefined;
      const disabled: string[] = [];
      for (const detector of stack.ofKind('guardduty:Detector')) {
        const enable = propsOf(detector, GUARDDUTY_DETECTOR).bool('enable');
        if (isUnknown(enable)) pending ??= enable;
        else if (enable === false) disabled.push(detector.name);
        else present.push(`GuardDuty detector ${detector.name}`);
      }
      for (const rule of stack.ofKind('cfg:Rule')) present.push(`AWS Config rule ${rule.name}`);
      for (const hub of stack.ofKind('securityhub:Account')) present.push(`Security Hub ${hub.name}`);

      if (present.length > 0) return [pass(`misconfigurations are monitored by ${present.join(', ')}`)];
      if (ctx.params.monitoringManagedElsewhere) return [pass('monitoringManagedElsewhere says GuardDuty / AWS Config / Security Hub are managed outside this stack')];
      if (pending) return [unknown(pending)];
      const off = disabled.length > 0 ? ` (GuardDuty detector ${disabled.join(', ')} has enable false)` : '';
      return [
        fail(
          `nothing in the stack monitors for misconfigurations${off}: add an aws.guardduty.Detector, aws.securityhub.Account or aws.cfg.Rule ` +
            '(e.g. S3_BUCKET_PUBLIC_READ_PROHIBITED, RESTRICTED_INCOMING_TRAFFIC, IAM_USER_MFA_ENABLED) with alerting, ' +
            'or set the monitoringManagedElsewhere config parameter if they run centrally',
        ),
      ];
    },
  },
};
