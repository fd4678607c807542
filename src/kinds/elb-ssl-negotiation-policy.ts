/**
 * A Classic Load Balancer SSL negotiation policy on one port (`aws.elb.SslNegotiationPolicy`). Pulumi
 * only: CloudFormation writes the same policy as an inline `Policies` item of type
 * `SSLNegotiationPolicyType`, which is an elb:LoadBalancerPolicy (./elb-load-balancer-policy.ts).
 */
import { defineKind } from './kind-module';
import { PolicyAttributeProps } from './shared/classic-policies';

export interface SslNegotiationPolicyProps {
  loadBalancer?: string;
  lbPort?: number;
  attributes?: PolicyAttributeProps[];
}

export const ELB_SSL_NEGOTIATION_POLICY = defineKind<SslNegotiationPolicyProps>()({
  kind: 'elb:SslNegotiationPolicy',
  pulumi: ['aws:elb/sslNegotiationPolicy:SslNegotiationPolicy'],
  cfn: {},
});
