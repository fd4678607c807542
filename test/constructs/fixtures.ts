/** Pieces several construct tests need around the construct under test. */
import { Stack } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as route53 from 'aws-cdk-lib/aws-route53';
import { SecureBucket } from '../../src/constructs';

export const DOMAIN = 'app.example.com';
export const ORIGIN_DOMAIN = 'origin.app.example.com';

export function hostedZone(stack: Stack): route53.IHostedZone {
  return route53.HostedZone.fromHostedZoneAttributes(stack, 'Zone', { hostedZoneId: 'Z0123456789EXAMPLEZONE', zoneName: DOMAIN });
}

/** A DNS-validated ACM certificate for the app domain and its origin name. */
export function certificate(stack: Stack, zone = hostedZone(stack)): acm.Certificate {
  return new acm.Certificate(stack, 'Certificate', { domainName: DOMAIN, subjectAlternativeNames: [ORIGIN_DOMAIN], validation: acm.CertificateValidation.fromDns(zone) });
}

export function logBucket(stack: Stack): SecureBucket {
  return new SecureBucket(stack, 'Logs', { logDelivery: true });
}

/** A two-AZ VPC with public and private subnets and one NAT gateway; flow logs to `flowLogs` when given. */
export function vpc(stack: Stack, flowLogs?: SecureBucket): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 1,
    flowLogs: flowLogs ? { s3: { destination: ec2.FlowLogDestination.toS3(flowLogs, 'vpc-flow-logs/') } } : undefined,
  });
}

/**
 * A Route 53 alias to the load balancer's DNS name. CDK's `LoadBalancerTarget` writes
 * `dualstack.<DNSName>`, which HDR2's CloudFront-origin-to-ALB lookup does not strip yet (reported);
 * both names reach the same load balancer.
 */
export function loadBalancerAlias(lb: elbv2.ILoadBalancerV2 & { loadBalancerDnsName: string; loadBalancerCanonicalHostedZoneId: string }): route53.RecordTarget {
  return route53.RecordTarget.fromAlias({ bind: () => ({ dnsName: lb.loadBalancerDnsName, hostedZoneId: lb.loadBalancerCanonicalHostedZoneId }) });
}
