import { Fact } from '../../core/facts';
import { PropValue, Props, isProps } from '../../core/props';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { CLOUDFRONT_DISTRIBUTION, CacheBehaviorProps } from '../../kinds/cloudfront-distribution';
import { propsOf, typed } from '../../kinds/typed-props';

const SECURE: readonly string[] = ['redirect-to-https', 'https-only'];
const FIX = 'redirect-to-https';

/** One behavior's viewer protocol policy. Absent reads as `allow-all`, the CloudFormation and CDK default. */
function behaviorVerdict(behavior: Props | Unknown | undefined, where: string): Verdict {
  if (isUnknown(behavior)) return unknown(behavior, where);
  const policy = typed<CacheBehaviorProps>(behavior).str('viewerProtocolPolicy');
  if (isUnknown(policy)) return unknown(policy, where);
  if (policy !== undefined && SECURE.includes(policy)) return pass(`${where}.viewerProtocolPolicy is ${policy}`, where);
  const shown = policy ?? 'absent (CloudFormation/CDK default allow-all)';
  return fail(`${where}.viewerProtocolPolicy is ${shown}, which serves viewers over plain HTTP; set it to ${FIX} (or https-only)`, where);
}

function orderedBehaviors(fact: Fact): PropValue[] | Unknown | undefined {
  return propsOf(fact, CLOUDFRONT_DISTRIBUTION).list('orderedCacheBehaviors');
}

/** True when the behavior would be fixed: allow-all or absent (never an unknown). */
function needsFix(behavior: PropValue | undefined): behavior is Props {
  if (!isProps(behavior)) return false;
  const policy = typed<CacheBehaviorProps>(behavior).str('viewerProtocolPolicy');
  return !isUnknown(policy) && (policy === undefined || policy === 'allow-all');
}

export const TLS3: Rule = {
  id: 'TLS3',
  resource: {
    kinds: ['cloudfront:Distribution'],
    check(fact) {
      const out: Verdict[] = [behaviorVerdict(propsOf(fact, CLOUDFRONT_DISTRIBUTION).obj('defaultCacheBehavior'), 'defaultCacheBehavior')];
      const ordered = orderedBehaviors(fact);
      if (isUnknown(ordered)) out.push(unknown(ordered, 'orderedCacheBehaviors'));
      else (ordered ?? []).forEach((b, i) => out.push(behaviorVerdict(isUnknown(b) ? b : isProps(b) ? b : {}, `orderedCacheBehaviors[${i}]`)));
      return out;
    },
  },
  /** allow-all (or absent) becomes redirect-to-https on each behavior; everything else stays as it is. */
  remediate(fact) {
    let changed = false;
    const props: Record<string, PropValue | undefined> = { ...fact.props };
    const distribution = propsOf(fact, CLOUDFRONT_DISTRIBUTION);
    const def = distribution.get('defaultCacheBehavior');
    if (needsFix(def)) {
      props.defaultCacheBehavior = { ...def, viewerProtocolPolicy: FIX };
      changed = true;
    }
    const ordered = distribution.get('orderedCacheBehaviors');
    if (Array.isArray(ordered) && ordered.some(needsFix)) {
      props.orderedCacheBehaviors = ordered.map((b) => (needsFix(b) ? { ...b, viewerProtocolPolicy: FIX } : b));
      changed = true;
    }
    return changed ? props : undefined;
  },
};
