/**
 * CloudFront side of the HDR rules: a distribution's cache behaviors, the response headers policy each
 * one is attached to (a policy of the stack, an AWS managed one, or one this stack cannot see), and the
 * headers a policy sets. CloudFront adds response headers only through the response headers policy of
 * the behavior that served the request, so every behavior is judged on its own.
 */
import { Fact, StackFacts } from '../../core/facts';
import { Props, isProps } from '../../core/props';
import { StackVerdict, Verdict, combineCandidates, fail, pass, unknown } from '../../core/rule';
import { Unknown, Value, isUnknown } from '../../core/values';
import { MANAGED_RESPONSE_HEADERS_POLICIES } from '../../facts/cloudfront-managed-policies';
import { CLOUDFRONT_DISTRIBUTION } from '../../kinds/cloudfront-distribution';
import { CustomHeaderProps, ResponseHeadersPolicyProps } from '../../kinds/cloudfront-response-headers-policy';
import { propsOf, typed } from '../../kinds/typed-props';

export interface Behavior {
  distribution: Fact;
  /** Dotted path for `get` / `stack.resolve`: `defaultCacheBehavior`, `orderedCacheBehaviors.1`. */
  path: string;
  /** For verdicts and messages: `defaultCacheBehavior`, `orderedCacheBehaviors[1]`. */
  detail: string;
  props: Props;
}

/** The behaviors of a distribution; an unknown behavior (or list of them) yields an unknown verdict in its place. */
export function behaviorsOf(distribution: Fact): Array<Behavior | StackVerdict> {
  const out: Array<Behavior | StackVerdict> = [];
  const props = propsOf(distribution, CLOUDFRONT_DISTRIBUTION);
  const def = props.get('defaultCacheBehavior');
  if (isUnknown(def)) out.push({ ...unknown(def, 'defaultCacheBehavior'), subject: distribution });
  // A distribution always has a default behavior; a malformed one reads as one with nothing set.
  else out.push({ distribution, path: 'defaultCacheBehavior', detail: 'defaultCacheBehavior', props: isProps(def) ? def : {} });
  const ordered = props.list('orderedCacheBehaviors');
  if (isUnknown(ordered)) {
    out.push({ ...unknown(ordered, 'orderedCacheBehaviors'), subject: distribution });
  } else {
    (ordered ?? []).forEach((item, i) => {
      const detail = `orderedCacheBehaviors[${i}]`;
      if (isUnknown(item)) out.push({ ...unknown(item, detail), subject: distribution });
      else out.push({ distribution, path: `orderedCacheBehaviors.${i}`, detail, props: isProps(item) ? item : {} });
    });
  }
  return out;
}

export function isBehavior(b: Behavior | StackVerdict): b is Behavior {
  return 'distribution' in b;
}

/** Runs `judge` on every behavior of every distribution of the stack; one verdict per behavior, `detail` naming it. */
export function judgeBehaviors(stack: StackFacts, judge: (b: Behavior) => Verdict): StackVerdict[] {
  const out: StackVerdict[] = [];
  for (const distribution of stack.ofKind('cloudfront:Distribution')) {
    for (const b of behaviorsOf(distribution)) {
      if (!isBehavior(b)) out.push(b);
      else out.push({ ...judge(b), detail: b.detail, subject: distribution });
    }
  }
  return out;
}

/** A response headers policy's props and how to name it in messages. */
export type PolicyJudge = (policy: Props, policyName: string) => Verdict;

/**
 * Judges the response headers policy a behavior is attached to. No policy means CloudFront adds no
 * headers at all: that fails with `absentMessage`. An ID that is neither a policy of this stack nor an
 * AWS managed one cannot be seen, so it is unknown.
 */
export function judgeResponseHeadersPolicy(stack: StackFacts, b: Behavior, judge: PolicyJudge, absentMessage: string): Verdict {
  const property = `${b.detail}.responseHeadersPolicyId`;
  const r = stack.resolve(b.distribution, `${b.path}.responseHeadersPolicyId`, ['cloudfront:ResponseHeadersPolicy']);
  switch (r.to) {
    case 'absent':
      return fail(`${property} is absent, so CloudFront adds no response headers: ${absentMessage}`);
    case 'unknown':
      return unknown(r.unknown);
    case 'external': {
      const managed = MANAGED_RESPONSE_HEADERS_POLICIES[r.value];
      if (managed) return judge(managed.config, `the AWS managed response headers policy ${managed.name}`);
      return {
        status: 'unknown',
        message: `${property} is ${r.value}, a response headers policy that is neither in this stack nor AWS managed, so its headers cannot be checked`,
      };
    }
    case 'resources':
      return combineCandidates(
        r.facts.map((f) => judge(f.props, `response headers policy ${f.name}`)),
        property,
      );
  }
}

/** A header from a policy's `customHeadersConfig.items` (names compare case-insensitively). */
export interface CustomHeader {
  value: Value<string>;
  override: Value<boolean>;
  /** `customHeadersConfig.items[2]` */
  path: string;
}

/** The custom header `name` of a policy, undefined when it sets none, Unknown when the items cannot be read. */
export function customHeader(policy: Props, name: string): CustomHeader | Unknown | undefined {
  const items = typed<ResponseHeadersPolicyProps>(policy).list('customHeadersConfig.items');
  if (isUnknown(items)) return items;
  let undetermined: Unknown | undefined;
  for (const [i, item] of (items ?? []).entries()) {
    const path = `customHeadersConfig.items[${i}]`;
    if (isUnknown(item)) {
      undetermined ??= new Unknown(path);
      continue;
    }
    const custom = typed<CustomHeaderProps>(item);
    const header = custom.str('header');
    if (isUnknown(header)) {
      undetermined ??= new Unknown(`${path}.header`);
      continue;
    }
    if (header?.toLowerCase() === name.toLowerCase()) {
      return { value: custom.str('value'), override: custom.bool('override'), path };
    }
  }
  return undetermined;
}

/** The verdicts of several independent conditions as one: any fail fails (messages joined), else any unknown, else pass. */
export function allOf(verdicts: Verdict[]): Verdict {
  const fails = verdicts.filter((v) => v.status === 'fail');
  if (fails.length > 0) return fail(fails.map((v) => v.message).join('; '));
  const unknowns = verdicts.find((v) => v.status === 'unknown');
  if (unknowns) return unknowns;
  return pass(verdicts.map((v) => v.message).join('; '));
}
