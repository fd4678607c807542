/** The kind modules of Elastic Load Balancing: v2 load balancers, listeners and rules (TLS5, HDR1-6, LOG2), Classic Load Balancers and their policies (TLS5). */
import { ELB_LISTENER_POLICY } from '../elb-listener-policy';
import { ELB_LOAD_BALANCER } from '../elb-load-balancer';
import { ELB_LOAD_BALANCER_POLICY } from '../elb-load-balancer-policy';
import { ELB_SSL_NEGOTIATION_POLICY } from '../elb-ssl-negotiation-policy';
import { LB_LISTENER } from '../lb-listener';
import { LB_LISTENER_RULE } from '../lb-listener-rule';
import { LB_LOAD_BALANCER } from '../lb-load-balancer';

export const LOAD_BALANCER_KINDS = [LB_LOAD_BALANCER, LB_LISTENER, LB_LISTENER_RULE, ELB_LOAD_BALANCER, ELB_LOAD_BALANCER_POLICY, ELB_LISTENER_POLICY, ELB_SSL_NEGOTIATION_POLICY] as const;
