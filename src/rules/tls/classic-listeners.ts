/**
 * TLS5 for Classic Load Balancers (`elb:LoadBalancer`). Each HTTPS/SSL listener negotiates with the SSL
 * negotiation policy attached to its port; "If you create an HTTPS/SSL listener without associating a
 * security policy, Elastic Load Balancing associates the default predefined security policy,
 * ELBSecurityPolicy-2016-08" (Classic Load Balancers guide, "Update the SSL negotiation configuration"),
 * which accepts TLS 1.0. A policy of type `SSLNegotiationPolicyType` either names a predefined policy in
 * its `Reference-Security-Policy` attribute or lists the protocols it enables (`Protocol-TLSv1.2: true`).
 *
 * Where the policy of a port is written, in the Pulumi shape (the CloudFormation adapter writes a
 * balancer's inline `Policies` and listener `PolicyNames` as the same side resources):
 * - `aws.elb.SslNegotiationPolicy` (`loadBalancer`, `lbPort`, `attributes`);
 * - `aws.elb.LoadBalancerPolicy` (`policyName`, `policyTypeName`, `policyAttributes`) attached to a port
 *   by an `aws.elb.ListenerPolicy` (`loadBalancerPort`, `policyNames`).
 * Classic Load Balancers cannot redirect, so a plain HTTP listener serves the app over HTTP; TCP
 * listeners pass bytes through and terminate no TLS.
 */
import { Fact, StackFacts } from '../../core/facts';
import { PropValue } from '../../core/props';
import { StackVerdict, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { ELB_DEFAULT_SECURITY_POLICY, elbMinimumTls, tlsAtLeast } from '../../facts/elb-security-policies';
import { ClassicListenerProps, ELB_LOAD_BALANCER } from '../../kinds/elb-load-balancer';
import { ELB_LISTENER_POLICY } from '../../kinds/elb-listener-policy';
import { ELB_LOAD_BALANCER_POLICY } from '../../kinds/elb-load-balancer-policy';
import { ELB_SSL_NEGOTIATION_POLICY } from '../../kinds/elb-ssl-negotiation-policy';
import { PolicyAttributeProps } from '../../kinds/shared/classic-policies';
import { propsOf, typed } from '../../kinds/typed-props';

const RECOMMENDED = 'ELBSecurityPolicy-TLS-1-2-2017-01';
const FIX = `attach an SSL negotiation policy whose Reference-Security-Policy is ${RECOMMENDED} to the listener's port`;

/** Protocols a custom policy may enable, lowest first. */
const PROTOCOLS: readonly { attribute: string; shown: string; atLeast12: boolean }[] = [
  { attribute: 'Protocol-SSLv3', shown: 'SSLv3', atLeast12: false },
  { attribute: 'Protocol-TLSv1', shown: 'TLS 1.0', atLeast12: false },
  { attribute: 'Protocol-TLSv1.1', shown: 'TLS 1.1', atLeast12: false },
  { attribute: 'Protocol-TLSv1.2', shown: 'TLS 1.2', atLeast12: true },
];

/** An SSL negotiation policy's attributes (`[{name, value}]`) judged: the reference policy, else the lowest enabled protocol. */
function judgeAttributes(attributes: PropValue[] | Unknown | undefined, where: string, detail: string): Verdict {
  if (isUnknown(attributes)) return unknown(attributes, detail);
  const values = new Map<string, PropValue | undefined>();
  for (const a of attributes ?? []) {
    if (isUnknown(a)) return unknown(a, detail);
    const attribute = typed<PolicyAttributeProps>(a);
    const name = attribute.str('name');
    if (isUnknown(name)) return unknown(name, detail);
    if (name !== undefined) values.set(name, attribute.get('value'));
  }
  const reference = values.get('Reference-Security-Policy');
  if (isUnknown(reference)) return unknown(reference, detail);
  if (typeof reference === 'string') {
    const min = elbMinimumTls(reference);
    if (!min) return fail(`${where} references ${reference}, which is not a known Elastic Load Balancing security policy; ${FIX}`, detail);
    if (tlsAtLeast(min.minimumTls, '1.2')) return pass(`${where} references ${reference}: minimum TLS ${min.minimumTls}`, detail);
    return fail(`${where} references ${reference}, which accepts TLS ${min.minimumTls}; ${FIX}`, detail);
  }
  for (const p of PROTOCOLS) {
    const v = values.get(p.attribute);
    if (isUnknown(v)) return unknown(v, detail);
    if (v === true || v === 'true') {
      return p.atLeast12 ? pass(`${where} enables ${p.shown} and nothing older`, detail) : fail(`${where} enables ${p.shown} (${p.attribute}); ${FIX}`, detail);
    }
  }
  return fail(`${where} neither references a security policy nor enables a protocol; ${FIX}`, detail);
}

/** Side resources of one balancer, found once per balancer through the stack's referrer indexes. */
interface BalancerPolicies {
  negotiation: Fact[];
  listenerPolicies: Fact[];
  policies: Fact[];
  unresolved: Fact[];
}

function policiesOf(stack: StackFacts, balancer: Fact): BalancerPolicies {
  const negotiation = stack.referrers(balancer, 'elb:SslNegotiationPolicy', 'loadBalancer');
  const listenerPolicies = stack.referrers(balancer, 'elb:ListenerPolicy', 'loadBalancerName');
  const policies = stack.referrers(balancer, 'elb:LoadBalancerPolicy', 'loadBalancerName');
  return { negotiation: negotiation.facts, listenerPolicies: listenerPolicies.facts, policies: policies.facts, unresolved: [...negotiation.unresolved, ...listenerPolicies.unresolved] };
}

/** The verdict on one HTTPS/SSL listener's negotiation policy. */
function tlsListener(port: number, found: BalancerPolicies, detail: string): Verdict {
  const onPort = (p: number | Unknown | undefined): boolean | Unknown => (isUnknown(p) ? p : p === port);
  for (const f of found.negotiation) {
    const policy = propsOf(f, ELB_SSL_NEGOTIATION_POLICY);
    const here = onPort(policy.num('lbPort'));
    if (isUnknown(here)) return unknown(here, detail);
    if (here) return judgeAttributes(policy.list('attributes'), `SslNegotiationPolicy ${f.name}`, detail);
  }
  for (const f of found.listenerPolicies) {
    const attachment = propsOf(f, ELB_LISTENER_POLICY);
    const here = onPort(attachment.num('loadBalancerPort'));
    if (isUnknown(here)) return unknown(here, detail);
    if (!here) continue;
    const names = attachment.strings('policyNames');
    if (isUnknown(names)) return unknown(names, detail);
    const declared = (names ?? []).map((n) => found.policies.find((p) => propsOf(p, ELB_LOAD_BALANCER_POLICY).str('policyName') === n));
    if (declared.some((d) => d === undefined)) {
      return {
        ...unknown(new Unknown('policyNames'), detail),
        message: `ListenerPolicy ${f.name} attaches a policy to port ${port} that this stack does not declare, so its TLS versions cannot be checked now`,
      };
    }
    // Other policy types on the port (stickiness, proxy protocol) leave the negotiation policy as it is.
    const ssl = (declared as Fact[]).map((d) => propsOf(d, ELB_LOAD_BALANCER_POLICY)).find((d) => d.str('policyTypeName') === 'SSLNegotiationPolicyType');
    if (ssl) return judgeAttributes(ssl.list('policyAttributes'), `the policy ${String(ssl.str('policyName'))} of ListenerPolicy ${f.name}`, detail);
  }
  if (found.unresolved.length > 0) {
    return {
      ...unknown(new Unknown('loadBalancer'), detail),
      message: `${found.unresolved.map((f) => f.name).join(', ')} may set this listener's SSL negotiation policy, but its load balancer is not known until deployment`,
    };
  }
  return fail(`no SSL negotiation policy is attached to port ${port}, so the AWS default ${ELB_DEFAULT_SECURITY_POLICY} applies, which accepts TLS 1.0; ${FIX}`, detail);
}

function listenerVerdict(listener: PropValue, i: number, found: () => BalancerPolicies): Verdict {
  const detail = `listeners[${i}]`;
  if (isUnknown(listener)) return unknown(new Unknown(detail), detail);
  const props = typed<ClassicListenerProps>(listener);
  const protocol = props.str('lbProtocol');
  if (isUnknown(protocol)) return unknown(protocol, detail);
  const p = (protocol ?? '').toUpperCase();
  if (p === 'TCP') return notApplicable('lbProtocol is TCP: the load balancer terminates no TLS or HTTP on this listener', detail);
  if (p === 'HTTP') {
    return fail(
      'lbProtocol is HTTP and a Classic Load Balancer cannot redirect to HTTPS, so the app is served over plain HTTP; remove the HTTP listener or use an Application Load Balancer with an HTTP-to-HTTPS redirect',
      detail,
    );
  }
  const port = props.num('lbPort');
  if (isUnknown(port)) return unknown(port, detail);
  if (port === undefined) return { ...unknown(new Unknown(`${detail}.lbPort`)), message: `${detail}.lbPort is absent, so the listener's SSL negotiation policy cannot be found`, detail };
  return tlsListener(port, found(), detail);
}

/** Every listener of every Classic Load Balancer in the stack. */
export function classicListenerVerdicts(stack: StackFacts): StackVerdict[] {
  const out: StackVerdict[] = [];
  for (const balancer of stack.ofKind('elb:LoadBalancer')) {
    const listeners = propsOf(balancer, ELB_LOAD_BALANCER).list('listeners');
    if (isUnknown(listeners)) {
      out.push({ ...unknown(listeners, 'listeners'), subject: balancer });
      continue;
    }
    let found: BalancerPolicies | undefined;
    const lazily = (): BalancerPolicies => (found ??= policiesOf(stack, balancer));
    (listeners ?? []).forEach((l, i) => out.push({ ...listenerVerdict(l, i, lazily), subject: balancer }));
  }
  return out;
}
