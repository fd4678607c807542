/**
 * Builders for the edge parity tests (CloudFront, certificates, load balancers, API Gateway, Lambda):
 * the same resource as a Pulumi program sends it and as a CloudFormation template declares it.
 */
import { parseTemplate } from '../../src/cfn/template-source';
import { CfnTestResource, CfnTestTemplate } from '../support/cfn-stack';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';

/** Pulumi type tokens. */
export const T = {
  distribution: 'aws:cloudfront/distribution:Distribution',
  responseHeadersPolicy: 'aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy',
  cachePolicy: 'aws:cloudfront/cachePolicy:CachePolicy',
  certificate: 'aws:acm/certificate:Certificate',
  serverCertificate: 'aws:iam/serverCertificate:ServerCertificate',
  loadBalancer: 'aws:lb/loadBalancer:LoadBalancer',
  classicLoadBalancer: 'aws:elb/loadBalancer:LoadBalancer',
  classicPolicy: 'aws:elb/loadBalancerPolicy:LoadBalancerPolicy',
  classicListenerPolicy: 'aws:elb/listenerPolicy:ListenerPolicy',
  sslNegotiationPolicy: 'aws:elb/sslNegotiationPolicy:SslNegotiationPolicy',
  listener: 'aws:lb/listener:Listener',
  listenerRule: 'aws:lb/listenerRule:ListenerRule',
  record: 'aws:route53/record:Record',
  bucket: 'aws:s3/bucket:Bucket',
  restApi: 'aws:apigateway/restApi:RestApi',
  restDomainName: 'aws:apigateway/domainName:DomainName',
  method: 'aws:apigateway/method:Method',
  restStage: 'aws:apigateway/stage:Stage',
  methodSettings: 'aws:apigateway/methodSettings:MethodSettings',
  httpApi: 'aws:apigatewayv2/api:Api',
  v2DomainName: 'aws:apigatewayv2/domainName:DomainName',
  route: 'aws:apigatewayv2/route:Route',
  v2Stage: 'aws:apigatewayv2/stage:Stage',
  function: 'aws:lambda/function:Function',
  functionUrl: 'aws:lambda/functionUrl:FunctionUrl',
} as const;

export function resource(type: string, name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource {
  return dependsOn ? { type, name, props, dependsOn } : { type, name, props };
}

export function cfn(Type: string, Properties: Record<string, unknown> = {}): CfnTestResource {
  return { Type, Properties };
}

/** A YAML template (short-form intrinsics such as `!Ref` allowed) as the long-form object the CloudFormation side reads. */
export function yaml(text: string): CfnTestTemplate {
  return parseTemplate(text, 'test.template.yaml').template as unknown as CfnTestTemplate;
}

/** String parameters without a default: a `Ref` to one is not known until deployment. */
export function noDefault(...names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, { Type: 'String' }]));
}

export const ACM_ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';

// CloudFront ------------------------------------------------------------------------------------------

export const behavior = (extra: Record<string, unknown> = {}) => ({ targetOriginId: 'app', viewerProtocolPolicy: 'redirect-to-https', ...extra });
export const cfBehavior = (extra: Record<string, unknown> = {}) => ({ TargetOriginId: 'app', ViewerProtocolPolicy: 'redirect-to-https', ...extra });

export function distribution(name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource {
  return resource(T.distribution, name, { enabled: true, defaultCacheBehavior: behavior(), ...props }, dependsOn);
}

export function cfDistribution(config: Record<string, unknown>): CfnTestResource {
  return cfn('AWS::CloudFront::Distribution', { DistributionConfig: { Enabled: true, DefaultCacheBehavior: cfBehavior(), ...config } });
}

/** A distribution whose default behavior uses `policy`, a response headers policy of the same test stack (an output in Pulumi, a Ref in CloudFormation). */
export function siteWith(name: string, policy: string): TestResource {
  return distribution(name, { defaultCacheBehavior: behavior({ responseHeadersPolicyId: UNKNOWN }) }, { defaultCacheBehavior: [policy] });
}

export function cfSiteWith(policy: string): CfnTestResource {
  return cfDistribution({ DefaultCacheBehavior: cfBehavior({ ResponseHeadersPolicyId: { Ref: policy } }) });
}

export function headersPolicy(name: string, props: Record<string, unknown>): TestResource {
  return resource(T.responseHeadersPolicy, name, { name, ...props });
}

export function cfHeadersPolicy(config: Record<string, unknown>): CfnTestResource {
  return cfn('AWS::CloudFront::ResponseHeadersPolicy', { ResponseHeadersPolicyConfig: { Name: 'headers', ...config } });
}

// Elastic Load Balancing ------------------------------------------------------------------------------

export function loadBalancer(name: string, props: Record<string, unknown> = {}): TestResource {
  return resource(T.loadBalancer, name, { subnets: ['subnet-1', 'subnet-2'], ...props });
}

export function cfLoadBalancer(props: Record<string, unknown> = {}): CfnTestResource {
  return cfn('AWS::ElasticLoadBalancingV2::LoadBalancer', { Subnets: ['subnet-1', 'subnet-2'], ...props });
}

export const forward = { type: 'forward', targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app/1' };
export const cfForward = { Type: 'forward', TargetGroupArn: forward.targetGroupArn };

/** An HTTPS listener of `lb` (a load balancer of the same test stack; undefined: one not known until deployment). */
export function httpsListener(name: string, lb: string | undefined, props: Record<string, unknown> = {}): TestResource {
  const listener = { loadBalancerArn: UNKNOWN, port: 443, protocol: 'HTTPS', certificateArn: ACM_ARN, defaultActions: [forward], ...props };
  return resource(T.listener, name, listener, lb === undefined ? undefined : { loadBalancerArn: [lb] });
}

export function cfHttpsListener(lb: string, props: Record<string, unknown> = {}): CfnTestResource {
  return cfn('AWS::ElasticLoadBalancingV2::Listener', {
    LoadBalancerArn: { Ref: lb },
    Port: 443,
    Protocol: 'HTTPS',
    Certificates: [{ CertificateArn: ACM_ARN }],
    DefaultActions: [cfForward],
    ...props,
  });
}

/** `ListenerAttributes` from attribute key to value. */
export function listenerAttributes(attributes: Record<string, unknown>): { ListenerAttributes: Array<{ Key: string; Value: unknown }> } {
  return { ListenerAttributes: Object.entries(attributes).map(([Key, Value]) => ({ Key, Value })) };
}
