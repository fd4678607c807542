import { Match, Template } from 'aws-cdk-lib/assertions';
import { Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as route53Targets from 'aws-cdk-lib/aws-route53-targets';
import { RestrictedEgressSecurityGroup, SecureDistribution, SecureLoadBalancer, SecurityHeaders } from '../../src/constructs';
import { itIsCompliant, testStack } from './evaluate';
import { DOMAIN, ORIGIN_DOMAIN, certificate, hostedZone, loadBalancerAlias, logBucket, vpc } from './fixtures';

describe('SecureLoadBalancer', () => {
  describe('internet-facing, the origin of a distribution through a Route 53 alias', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const zone = hostedZone(stack);
      const cert = certificate(stack, zone);
      const logs = logBucket(stack);
      const headers = new SecurityHeaders(stack, 'Headers');
      const lb = new SecureLoadBalancer(stack, 'Alb', { vpc: vpc(stack), certificate: cert, accessLogs: { bucket: logs }, headers });
      new route53.ARecord(stack, 'OriginRecord', { zone, recordName: ORIGIN_DOMAIN, target: loadBalancerAlias(lb) });
      new SecureDistribution(stack, 'Cdn', {
        certificate: cert,
        domainNames: [DOMAIN],
        defaultOrigin: SecureDistribution.httpsOrigin(ORIGIN_DOMAIN),
        logBucket: logs,
        securityHeaders: headers,
      });
      return { app, stack, subject: lb };
    });
  });

  function listeners(props: Partial<ConstructorParameters<typeof SecureLoadBalancer>[2]> = {}) {
    const { stack } = testStack();
    new SecureLoadBalancer(stack, 'Alb', { vpc: vpc(stack), certificate: certificate(stack), accessLogs: { bucket: logBucket(stack) }, ...props });
    return Template.fromStack(stack);
  }

  it('passes elbv2.ApplicationLoadBalancerProps through to the template', () => {
    const t = listeners({ idleTimeout: Duration.seconds(120), loadBalancerName: 'app-alb', desyncMitigationMode: elbv2.DesyncMitigationMode.STRICTEST });
    t.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
      Name: 'app-alb',
      LoadBalancerAttributes: Match.arrayWith([
        { Key: 'idle_timeout.timeout_seconds', Value: '120' },
        { Key: 'routing.http.desync_mitigation_mode', Value: 'strictest' },
      ]),
    });
  });

  it('refuses a security group that allows all outbound traffic, and takes a restricted one', () => {
    const { stack } = testStack();
    const network = vpc(stack);
    const base = { vpc: network, certificate: certificate(stack), accessLogs: { bucket: logBucket(stack) } };
    const open = new ec2.SecurityGroup(stack, 'Open', { vpc: network });
    expect(() => new SecureLoadBalancer(stack, 'A', { ...base, securityGroup: open })).toThrow(/SecureLoadBalancer A: securityGroup breaks NET1/);
    const restricted = new RestrictedEgressSecurityGroup(stack, 'Restricted', { vpc: network, description: 'alb' });
    expect(new SecureLoadBalancer(stack, 'B', { ...base, securityGroup: restricted }).securityGroup).toBe(restricted);
  });

  it('is accepted where CDK expects an IApplicationLoadBalancer and its listener where it expects an IApplicationListener', () => {
    const { stack } = testStack();
    const zone = hostedZone(stack);
    const secure = new SecureLoadBalancer(stack, 'Alb', { vpc: vpc(stack), certificate: certificate(stack, zone), accessLogs: { bucket: logBucket(stack) } });
    const lb: elbv2.IApplicationLoadBalancer = secure;
    const listener: elbv2.IApplicationListener = secure.httpsListener;
    new elbv2.ApplicationListenerRule(stack, 'Health', {
      listener,
      priority: 10,
      conditions: [elbv2.ListenerCondition.pathPatterns(['/health'])],
      action: elbv2.ListenerAction.fixedResponse(200, { contentType: 'text/plain', messageBody: 'ok' }),
    });
    new route53.ARecord(stack, 'Origin', { zone, recordName: ORIGIN_DOMAIN, target: route53.RecordTarget.fromAlias(new route53Targets.LoadBalancerTarget(lb)) });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::ElasticLoadBalancingV2::ListenerRule', { Priority: 10, ListenerArn: { Ref: Match.stringLikeRegexp('^AlbHttps') } });
    t.hasResourceProperties('AWS::Route53::RecordSet', { AliasTarget: { DNSName: { 'Fn::Join': ['', ['dualstack.', { 'Fn::GetAtt': [Match.stringLikeRegexp('^Alb'), 'DNSName'] }]] } } });
  });

  it('listens on HTTPS with a no-CBC TLS 1.2 policy and security header attributes, and redirects HTTP', () => {
    const t = listeners();
    t.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      Protocol: 'HTTPS',
      SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
      ListenerAttributes: [
        { Key: 'routing.http.response.strict_transport_security.header_value', Value: 'max-age=31536000; includeSubDomains' },
        { Key: 'routing.http.response.content_security_policy.header_value', Value: Match.stringLikeRegexp("script-src 'self'") },
        { Key: 'routing.http.response.x_content_type_options.header_value', Value: 'nosniff' },
        { Key: 'routing.http.response.server.enabled', Value: 'false' },
      ],
    });
    t.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      Protocol: 'HTTP',
      DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
    });
    t.hasResourceProperties('AWS::ElasticLoadBalancingV2::ListenerRule', {
      Conditions: [{ Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['TRACE'] } }],
      Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '405', ContentType: 'text/plain', MessageBody: 'Method Not Allowed' } }],
    });
    t.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
      LoadBalancerAttributes: Match.arrayWith([
        { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
        { Key: 'access_logs.s3.enabled', Value: 'true' },
      ]),
    });
  });

  it('refuses TLS policies that allow CBC ciphers or TLS < 1.2', () => {
    expect(() => listeners({ sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS })).toThrow(/still offers CBC/);
    expect(() => listeners({ sslPolicy: elbv2.SslPolicy.TLS12 })).toThrow(/still offers CBC/);
    expect(() => listeners({ sslPolicy: elbv2.SslPolicy.FORWARD_SECRECY_TLS12_RES_GCM })).not.toThrow();
  });

  it('refuses weak HSTS or an unsafe CSP for the listener', () => {
    expect(() => listeners({ headers: { strictTransportSecurity: 'max-age=600', contentSecurityPolicy: "default-src 'self'" } })).toThrow(/max-age >= 31536000/);
    expect(() => listeners({ headers: { strictTransportSecurity: 'max-age=31536000; includeSubDomains', contentSecurityPolicy: "script-src 'unsafe-eval'" } })).toThrow(/'unsafe-eval' in script-src/);
  });
});
