/**
 * The policies attached to a Classic Load Balancer port (`aws.elb.ListenerPolicy`). CloudFormation has
 * no type of its own for it: a listener's `PolicyNames`, or a policy's `LoadBalancerPorts`, which the
 * balancer's mapping (./elb-load-balancer.ts) writes as these side facts.
 */
import { defineKind } from './kind-module';

export interface ListenerPolicyProps {
  loadBalancerName?: string;
  loadBalancerPort?: number;
  policyNames?: string[];
}

export const ELB_LISTENER_POLICY = defineKind<ListenerPolicyProps>()({
  kind: 'elb:ListenerPolicy',
  pulumi: ['aws:elb/listenerPolicy:ListenerPolicy'],
  cfn: {},
  inline: { type: 'AWS::ElasticLoadBalancing::LoadBalancer', property: 'Listeners' },
});
