/**
 * A Classic Load Balancer policy (`aws.elb.LoadBalancerPolicy`). CloudFormation has no type of its own
 * for it: the balancer's inline `Policies`, which the balancer's mapping (./elb-load-balancer.ts) writes
 * as these side facts.
 */
import { defineKind } from './kind-module';
import { PolicyAttributeProps } from './shared/classic-policies';

export interface LoadBalancerPolicyProps {
  loadBalancerName?: string;
  policyName?: string;
  /** `SSLNegotiationPolicyType` for the policy that sets a listener's TLS versions and ciphers. */
  policyTypeName?: string;
  policyAttributes?: PolicyAttributeProps[];
}

export const ELB_LOAD_BALANCER_POLICY = defineKind<LoadBalancerPolicyProps>()({
  kind: 'elb:LoadBalancerPolicy',
  pulumi: ['aws:elb/loadBalancerPolicy:LoadBalancerPolicy'],
  cfn: {},
  inline: { type: 'AWS::ElasticLoadBalancing::LoadBalancer', property: 'Policies' },
  pathNames: { PolicyType: 'policyTypeName', Attributes: 'policyAttributes' },
});
