import { Fact, StackFacts } from '../../core/facts';
import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { judgeInternetFacingListeners } from './load-balancers';
import { LB_LISTENER } from '../../kinds/lb-listener';
import { ConditionProps, LB_LISTENER_RULE } from '../../kinds/lb-listener-rule';
import { ActionProps } from '../../kinds/shared/load-balancers';
import { propsOf, typed } from '../../kinds/typed-props';

const FIX =
  "add an aws.lb.ListenerRule with listenerArn set to this listener, conditions [{ httpRequestMethod: { values: ['TRACE'] } }] " +
  "and actions [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '405' } }]";

/** Conditions other than the method narrow a rule, so it would not answer every TRACE request. */
const NARROWING_CONDITIONS = ['hostHeader', 'httpHeader', 'pathPattern', 'queryStrings', 'sourceIp'] as const;

/** True when the rule answers every TRACE request with a fixed response; Unknown when its conditions or actions are not known. */
function answersTrace(rule: Fact): boolean | Unknown {
  const props = propsOf(rule, LB_LISTENER_RULE);
  const conditions = props.list('conditions');
  if (isUnknown(conditions)) return conditions;
  let matchesTrace = false;
  let narrowed = false;
  for (const [i, condition] of (conditions ?? []).entries()) {
    if (isUnknown(condition)) return condition;
    const matches = typed<ConditionProps>(condition);
    const methods = matches.strings('httpRequestMethod.values');
    if (isUnknown(methods)) return methods;
    // ALB compares methods case-sensitively; browsers and tools send TRACE in upper case.
    if (methods?.includes('TRACE')) matchesTrace = true;
    for (const key of NARROWING_CONDITIONS) {
      const v = matches.get(key);
      if (isUnknown(v)) return new Unknown(`conditions[${i}].${key}`);
      if (v !== undefined && !(Array.isArray(v) && v.length === 0)) narrowed = true;
    }
  }
  if (!matchesTrace || narrowed) return false;
  const actions = props.list('actions');
  if (isUnknown(actions)) return actions;
  for (const action of actions ?? []) {
    if (isUnknown(action)) return action;
    const type = typed<ActionProps>(action).str('type');
    if (isUnknown(type)) return type;
    if (type === 'fixed-response') return true;
  }
  return false;
}

function judgeListener(stack: StackFacts, listener: Fact): Verdict {
  const rules = stack.referrers(listener, 'lb:ListenerRule', 'listenerArn');
  const undetermined: string[] = [];
  for (const rule of rules.facts) {
    const answers = answersTrace(rule);
    if (answers === true) return pass(`listener rule ${rule.name} answers TRACE with a fixed response`);
    if (isUnknown(answers)) undetermined.push(`${rule.name} (${answers.property})`);
  }
  // A plain-HTTP listener that only redirects to HTTPS and has no rules never forwards a request.
  const props = propsOf(listener, LB_LISTENER);
  const protocol = props.str('protocol');
  const actions = props.list('defaultActions');
  if ((protocol === undefined || (typeof protocol === 'string' && protocol.toUpperCase() === 'HTTP')) && rules.facts.length === 0 && rules.unresolved.length === 0 && !isUnknown(actions)) {
    const types = (actions ?? []).map((a) => typed<ActionProps>(a).str('type'));
    if (types.length > 0 && types.every((t) => t === 'redirect')) return notApplicable('the listener redirects every request (default action redirect, no rules), so TRACE never reaches the app');
  }
  if (undetermined.length > 0 || rules.unresolved.length > 0) {
    const names = [...undetermined, ...rules.unresolved.map((r) => `${r.name} (listenerArn)`)];
    return {
      ...unknown(new Unknown('listenerArn')),
      message: `no listener rule is known to answer TRACE, and listener rule ${names.join(', ')} is not known until deployment`,
    };
  }
  return fail(`no listener rule answers TRACE, so the load balancer forwards TRACE requests to the app; ${FIX}`);
}

export const HDR5: Rule = {
  id: 'HDR5',
  resource: {
    // CloudFront does not accept TRACE from viewers (its allowed methods are at most GET, HEAD, OPTIONS,
    // PUT, POST, PATCH, DELETE), so a distribution passes by construction.
    kinds: ['cloudfront:Distribution'],
    check() {
      return [pass('CloudFront rejects TRACE requests (allowedMethods cannot include TRACE)')];
    },
  },
  stack: {
    kinds: ['lb:Listener'],
    check(stack: StackFacts) {
      return judgeInternetFacingListeners(stack, { protocols: ['HTTP', 'HTTPS'], judge: (listener) => judgeListener(stack, listener) });
    },
  },
};
