/**
 * Classic Load Balancers. CloudFormation writes the listeners inline with their `PolicyNames`, and the
 * balancer's policies inline (`Policies`, each with the `LoadBalancerPorts` it applies to); Pulumi has
 * the policies and what attaches them to a port as separate resources (./elb-load-balancer-policy.ts,
 * ./elb-listener-policy.ts, ./elb-ssl-negotiation-policy.ts).
 */
import { PropValue } from '../core/props';
import { Ref, isUnknown } from '../core/values';
import { camelCaseProps, isProps } from '../cfn/mappings/common';
import { Renames, Writable, defined, omit, renamed } from '../cfn/mappings/shape';
import { CfnMapping, MappedFact } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface ClassicListenerProps {
  lbPort?: number;
  /** `HTTP`, `HTTPS`, `TCP` or `SSL`. */
  lbProtocol?: string;
  instancePort?: number;
  instanceProtocol?: string;
  sslCertificateId?: string;
}

export interface ClassicLoadBalancerProps {
  name?: string;
  listeners?: ClassicListenerProps[];
}

/** A CloudFormation listener's names as Pulumi's `listeners[]` items. */
export const CLASSIC_LISTENER_RENAMES: Renames = { LoadBalancerPort: 'lbPort', Protocol: 'lbProtocol', SSLCertificateId: 'sslCertificateId' };

/**
 * A Classic Load Balancer: its listeners as Pulumi's `listeners[]` (`lbPort`, `lbProtocol`), its inline
 * `Policies` as `aws.elb.LoadBalancerPolicy` side facts, and what attaches them to a port (a listener's
 * `PolicyNames`, a policy's `LoadBalancerPorts`) as `aws.elb.ListenerPolicy` side facts, each naming the
 * balancer by `Ref`. Policies that cannot be resolved leave every listener's policy names unknown.
 */
const classicLoadBalancer: CfnMapping = (r) => {
  const { Listeners, Policies, ...rest } = r.props;
  const loadBalancerName = new Ref(r.logicalId);
  const out: Writable = renamed(rest);
  const sides: MappedFact[] = [];
  const attach = (suffix: string, loadBalancerPort: PropValue | undefined, policyNames: PropValue | undefined) =>
    sides.push({ kind: 'elb:ListenerPolicy', suffix, props: defined({ loadBalancerName, loadBalancerPort, policyNames }) });
  if (isUnknown(Listeners)) out.listeners = Listeners;
  else if (Array.isArray(Listeners)) {
    out.listeners = Listeners.map((l, i) => {
      if (!isProps(l)) return l;
      if (l.PolicyNames !== undefined || isUnknown(Policies)) attach(`Listeners[${i}].PolicyNames`, l.LoadBalancerPort, isUnknown(Policies) ? Policies : l.PolicyNames);
      return renamed(omit(l, ['PolicyNames']), CLASSIC_LISTENER_RENAMES);
    });
  }
  (Array.isArray(Policies) ? Policies : []).forEach((p, i) => {
    if (!isProps(p)) {
      sides.push({ kind: 'elb:LoadBalancerPolicy', suffix: `Policies[${i}]`, props: { loadBalancerName, policyName: isUnknown(p) ? p : null } });
      return;
    }
    const policy = { loadBalancerName, policyName: p.PolicyName, policyTypeName: p.PolicyType, policyAttributes: camelCaseProps(p.Attributes ?? null) };
    sides.push({ kind: 'elb:LoadBalancerPolicy', suffix: `Policies[${i}]`, props: defined(policy) });
    const ports = p.LoadBalancerPorts;
    if (isUnknown(ports)) attach(`Policies[${i}].LoadBalancerPorts`, ports, [p.PolicyName ?? null]);
    else if (Array.isArray(ports)) ports.forEach((port, j) => attach(`Policies[${i}].LoadBalancerPorts[${j}]`, port, [p.PolicyName ?? null]));
  });
  return [{ props: out }, ...sides];
};

export const ELB_LOAD_BALANCER = defineKind<ClassicLoadBalancerProps>()({
  kind: 'elb:LoadBalancer',
  pulumi: ['aws:elb/loadBalancer:LoadBalancer'],
  cfn: { 'AWS::ElasticLoadBalancing::LoadBalancer': classicLoadBalancer },
  pathNames: CLASSIC_LISTENER_RENAMES,
});
