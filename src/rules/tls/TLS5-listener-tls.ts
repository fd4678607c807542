import { Fact, StackFacts } from '../../core/facts';
import { Props, isProps } from '../../core/props';
import { Rule, StackVerdict, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { ELB_DEFAULT_SECURITY_POLICY, ELB_RECOMMENDED_SECURITY_POLICY, elbMinimumTls, tlsAtLeast } from '../../facts/elb-security-policies';
import { LB_LISTENER } from '../../kinds/lb-listener';
import { LB_LISTENER_RULE } from '../../kinds/lb-listener-rule';
import { ActionProps } from '../../kinds/shared/load-balancers';
import { propsOf, typed } from '../../kinds/typed-props';
import { classicListenerVerdicts } from './classic-listeners';
import { listenerProtocol } from './listener-protocol';

/** An HTTPS/TLS listener: its policy (absent = ELBSecurityPolicy-2016-08, TLS 1.0) must start at TLS 1.2. */
function tlsListenerVerdict(fact: Fact): Verdict {
  const policy = propsOf(fact, LB_LISTENER).str('sslPolicy');
  if (isUnknown(policy)) return unknown(policy);
  const name = policy ?? ELB_DEFAULT_SECURITY_POLICY;
  const shown = policy ?? `absent (AWS default ${ELB_DEFAULT_SECURITY_POLICY})`;
  const min = elbMinimumTls(name);
  if (!min) return fail(`sslPolicy is ${shown}, which is not a known Elastic Load Balancing security policy; set it to ${ELB_RECOMMENDED_SECURITY_POLICY}`);
  if (tlsAtLeast(min.minimumTls, '1.2')) return pass(`sslPolicy is ${shown}: minimum TLS ${min.minimumTls}`);
  return fail(`sslPolicy is ${shown}, which accepts TLS ${min.minimumTls}; set it to ${ELB_RECOMMENDED_SECURITY_POLICY}`);
}

/** A terminal action decides the response: forward, fixed-response or redirect (authenticate-* run before one). */
const TERMINAL: readonly string[] = ['forward', 'fixed-response', 'redirect'];

/** A plain HTTP listener passes only when its default action redirects to HTTPS. */
function httpListenerVerdict(fact: Fact, shown: string): Verdict {
  const actions = propsOf(fact, LB_LISTENER).list('defaultActions');
  if (isUnknown(actions)) return unknown(actions);
  const terminal: { action: Props; index: number; type: string }[] = [];
  for (const [i, action] of (actions ?? []).entries()) {
    if (isUnknown(action)) return unknown(action);
    if (!isProps(action)) continue;
    const type = typed<ActionProps>(action).str('type');
    if (isUnknown(type)) return unknown(new Unknown(`defaultActions[${i}].type`));
    if (type !== undefined && TERMINAL.includes(type)) terminal.push({ action, index: i, type });
  }
  const fix = 'make the default action a redirect with redirect.protocol HTTPS (statusCode HTTP_301), or serve HTTPS on this listener';
  if (terminal.length === 0) return fail(`protocol is ${shown} and the listener has no default action that redirects to HTTPS; ${fix}`);
  for (const { action, index, type } of terminal) {
    if (type !== 'redirect') {
      // A fixed response is the template's own text, not the app, but it still leaves browsers on plain HTTP.
      const why = type === 'forward' ? 'which serves the app over plain HTTP' : 'which answers over plain HTTP instead of sending browsers to HTTPS';
      return fail(`protocol is ${shown} and defaultActions[${index}] is ${type}, ${why}; ${fix}`);
    }
    const protocol = typed<ActionProps>(action).str('redirect.protocol');
    if (isUnknown(protocol)) return unknown(new Unknown(`defaultActions[${index}].redirect.protocol`));
    if (protocol?.toUpperCase() !== 'HTTPS') {
      return fail(`protocol is ${shown} and defaultActions[${index}] redirects with redirect.protocol ${protocol ?? 'absent (#{protocol}, i.e. HTTP again)'}; ${fix}`);
    }
  }
  return pass(`protocol is ${shown} and the default action redirects to HTTPS`);
}

/**
 * What a listener rule does with the requests it matches: `forward` hands them to the app's targets, so
 * on a plain-HTTP listener the app answers over HTTP whatever the default action is. A fixed response
 * is text the template wrote (HDR5's TRACE rule), never the app's; a redirect sends the browser to
 * another URL, judged where that URL is served. ALB accepts authenticate-* only on HTTPS listeners.
 */
function forwardingAction(rule: Fact): string | undefined | Unknown {
  const actions = propsOf(rule, LB_LISTENER_RULE).list('actions');
  if (isUnknown(actions)) return actions;
  for (const [i, action] of (actions ?? []).entries()) {
    if (isUnknown(action)) return new Unknown(`actions[${i}]`);
    const type = typed<ActionProps>(action).str('type');
    if (isUnknown(type)) return new Unknown(`actions[${i}].type`);
    if (type === 'forward') return `actions[${i}] is forward`;
  }
  return undefined;
}

/** One listener's rules, judged from their forwarding actions (each rule's computed once per stack). */
function judgeListenerRules(rules: readonly Fact[], mayBeAttached: readonly Fact[], forwarding: (rule: Fact) => string | undefined | Unknown): Verdict | undefined {
  // A rule whose listener is not known matters only if it could serve the app.
  const mayForward = mayBeAttached.filter((rule) => forwarding(rule) !== undefined);
  if (rules.length === 0 && mayForward.length === 0) return undefined;
  const undetermined: string[] = [];
  for (const rule of rules) {
    const forwards = forwarding(rule);
    if (typeof forwards === 'string') {
      return fail(
        `protocol is HTTP and listener rule ${rule.name} forwards (${forwards}), so the app is served over plain HTTP whatever the default action does; ` +
          'make the rule redirect to HTTPS or move it to the HTTPS listener',
      );
    }
    if (isUnknown(forwards)) undetermined.push(`listener rule ${rule.name} (${forwards.property})`);
  }
  for (const rule of mayForward) undetermined.push(`listener rule ${rule.name} (listenerArn), which may forward`);
  if (undetermined.length > 0) {
    return {
      ...unknown(new Unknown('listenerRules')),
      message: `protocol is HTTP and ${undetermined.join(', ')} is not known until deployment, so whether a rule forwards over plain HTTP cannot be checked now`,
    };
  }
  return pass(`protocol is HTTP and no listener rule forwards (${rules.map((r) => r.name).join(', ')} redirect or answer with a fixed response)`);
}

/** Plain-HTTP listeners that have listener rules: each judged on whether one of them forwards. */
function listenerRuleVerdicts(stack: StackFacts): StackVerdict[] {
  const byRule = new Map<Fact, string | undefined | Unknown>();
  const forwarding = (rule: Fact): string | undefined | Unknown => {
    if (!byRule.has(rule)) byRule.set(rule, forwardingAction(rule));
    return byRule.get(rule);
  };
  const out: StackVerdict[] = [];
  for (const listener of stack.ofKind('lb:Listener')) {
    const protocol = listenerProtocol(listener);
    if (isUnknown(protocol) || protocol.value !== 'HTTP') continue;
    // The index of rules by listener is built once per stack (StackFacts.referrers).
    const rules = stack.referrers(listener, 'lb:ListenerRule', 'listenerArn');
    const v = judgeListenerRules(rules.facts, rules.unresolved, forwarding);
    if (v) out.push({ ...v, detail: 'listenerRules', subject: listener });
  }
  return out;
}

function verdict(fact: Fact): Verdict {
  const protocol = listenerProtocol(fact);
  if (isUnknown(protocol)) return unknown(protocol);
  if (protocol.value === 'HTTPS' || protocol.value === 'TLS') return tlsListenerVerdict(fact);
  if (protocol.value === 'HTTP') return httpListenerVerdict(fact, protocol.shown);
  // TCP, UDP, TCP_UDP, QUIC, GENEVE: the load balancer passes the bytes through; any TLS is the target's.
  return notApplicable(`protocol is ${protocol.shown}: the load balancer terminates no TLS or HTTP on this listener`);
}

export const TLS5: Rule = {
  id: 'TLS5',
  resource: {
    kinds: ['lb:Listener'],
    check(fact) {
      return [verdict(fact)];
    },
  },
  /**
   * A plain-HTTP listener's rules are separate resources (ListenerArn), and so are a Classic Load
   * Balancer's negotiation policies in Pulumi: both judged with the stack.
   */
  stack: {
    kinds: ['lb:Listener', 'elb:LoadBalancer'],
    check: (stack) => [...listenerRuleVerdicts(stack), ...classicListenerVerdicts(stack)],
  },
  /** An HTTPS/TLS listener without a policy, or with one below TLS 1.2, gets the recommended TLS 1.2+ policy. */
  remediate(fact) {
    const protocol = listenerProtocol(fact);
    if (isUnknown(protocol) || (protocol.value !== 'HTTPS' && protocol.value !== 'TLS')) return undefined;
    const policy = propsOf(fact, LB_LISTENER).str('sslPolicy');
    if (isUnknown(policy)) return undefined;
    const min = elbMinimumTls(policy ?? ELB_DEFAULT_SECURITY_POLICY);
    if (min && tlsAtLeast(min.minimumTls, '1.2')) return undefined;
    return { ...fact.props, sslPolicy: ELB_RECOMMENDED_SECURITY_POLICY };
  },
};
