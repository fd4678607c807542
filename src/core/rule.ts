/**
 * What a rule is: the engine-neutral logic of one requirement. A rule has a resource part (judges one
 * resource from its own props: a Pulumi resource policy, so mandatory ones block before creation), a
 * stack part (judges resources together with the resources they reference: a Pulumi stack policy), or both.
 */
import { Enforcement } from '../catalog/types';
import { Kind } from '../facts/kinds';
import { Fact, StackFacts } from './facts';
import { ParamName, Params } from './params';
import { Props } from './props';
import { Unknown } from './values';

export type VerdictStatus = 'pass' | 'fail' | 'unknown' | 'not-applicable';

export interface Verdict {
  status: VerdictStatus;
  /** Names the property and, for a fail, the fix. */
  message: string;
  /** Tells several verdicts on one resource apart, e.g. `defaultCacheBehavior`, `orderedCacheBehaviors[1]`. */
  detail?: string;
  /** Overrides the requirement's enforcement for this verdict (e.g. an advisory part of a mandatory requirement). */
  enforcement?: Enforcement;
}

export interface CheckContext {
  params: Readonly<Params>;
  /** The time checks compare dates with (Lambda runtime deprecation). */
  now: Date;
}

export interface ResourceCheck {
  kinds: readonly Kind[];
  check(fact: Fact, ctx: CheckContext): Verdict[];
}

/** A verdict about one resource of the stack, or about the stack as a whole (`subject` absent). */
export interface StackVerdict extends Verdict {
  subject?: Fact;
}

export interface StackCheck {
  /** The kinds whose resources this check judges (or, for stack-level checks, whose presence it needs). */
  kinds: readonly Kind[];
  /** True when the check judges the stack as a whole (NET4, LOG1 presence, LOG4) and so runs on any stack. */
  stackLevel?: boolean;
  check(stack: StackFacts, ctx: CheckContext): StackVerdict[];
}

export interface Rule {
  /** The requirement ID in the catalog. */
  id: string;
  resource?: ResourceCheck;
  stack?: StackCheck;
  /** The parameters this rule reads. */
  params?: readonly ParamName[];
  /** For unambiguous fixes: the props with the fix applied, or undefined when there is nothing to fix safely. */
  remediate?(fact: Fact): Props | undefined;
}

export const pass = (message: string, detail?: string): Verdict => ({ status: 'pass', message, detail });
export const fail = (message: string, detail?: string): Verdict => ({ status: 'fail', message, detail });
export const notApplicable = (message: string, detail?: string): Verdict => ({ status: 'not-applicable', message, detail });
export const unknown = (u: Unknown, detail?: string): Verdict => ({
  status: 'unknown',
  message: `${u.property} is not known until deployment, so this cannot be checked now`,
  detail,
});

/**
 * One verdict from the verdicts on several candidate resources (a property that may point at any of
 * them): a single candidate's verdict as it is; otherwise the shared verdict when all candidates agree
 * (all pass, all fail, all not applicable), else unknown.
 */
export function combineCandidates(verdicts: Verdict[], unknownProperty: string): Verdict {
  if (verdicts.length === 0) return unknown(new Unknown(unknownProperty));
  if (verdicts.every((v) => v.status === verdicts[0].status) && verdicts[0].status !== 'unknown') return verdicts[0];
  if (verdicts.length === 1) return verdicts[0];
  return { ...unknown(new Unknown(unknownProperty)), message: `${unknownProperty} may point at any of several resources that do not agree, so this cannot be checked now` };
}
