import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ELB_SECURITY_POLICIES } from '../facts/elb-security-policies';
import { HSTS_MIN_MAX_AGE, HSTS_VALUE, parseHsts } from '../rules/hdr/HDR1-hsts';
import { acknowledge } from './acknowledgements';
import { assertSafeScriptSources, buildContentSecurityPolicy } from './content-security-policy';
import { RequirementViolation } from './refuse';

const NAME = 'SecureLoadBalancer';

/** The header values the listener adds (a {@link SecurityHeaders} has both). */
export interface ListenerHeaderValues {
  /** Content-Security-Policy (`'unsafe-*'` script sources are refused). */
  readonly contentSecurityPolicy: string;
  /** Strict-Transport-Security, max-age of at least a year and includeSubDomains. */
  readonly strictTransportSecurity: string;
}

export interface AccessLogs {
  /** The log bucket; AWS delivers ALB access logs only to SSE-S3 buckets (a {@link SecureBucket} with `logDelivery: true`). */
  readonly bucket: s3.IBucket;
  /**
   * Key prefix of the logs.
   * @default 'alb'
   */
  readonly prefix?: string;
}

/**
 * Every `elbv2.ApplicationLoadBalancerProps` prop passes through (`idleTimeout`, `http2Enabled`,
 * `desyncMitigationMode`, `loadBalancerName`, ...); a security group allowing all outbound traffic is refused.
 */
export interface SecureLoadBalancerProps extends elbv2.ApplicationLoadBalancerProps {
  /** The certificate of the HTTPS listener (ACM, DNS-validated). */
  readonly certificate: acm.ICertificate;
  /** Where access logs go (LOG2). */
  readonly accessLogs: AccessLogs;
  /**
   * The HTTPS listener's security policy: one with TLS >= 1.2 and no CBC or SHA-1 ciphers (TLS2, TLS5).
   * @default SslPolicy.TLS13_RES (ELBSecurityPolicy-TLS13-1-2-Res-2021-06)
   */
  readonly sslPolicy?: elbv2.SslPolicy;
  /**
   * Security headers added to every response of the HTTPS listener (HDR1, HDR3, HDR6); pass the
   * {@link SecurityHeaders} of the distribution in front to send the same values.
   * @default HSTS one year with includeSubDomains, and buildContentSecurityPolicy({})
   */
  readonly headers?: ListenerHeaderValues;
  /**
   * Internet-facing (the default, e.g. as a CloudFront origin) or internal.
   * @default true
   */
  readonly internetFacing?: boolean;
  /**
   * Subnets of the load balancer.
   * @default public subnets when internet-facing, else private ones
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * The load balancer's security group; one allowing all outbound traffic is refused (NET1).
   * @default a new group without egress but to the targets (CDK adds those as targets are added)
   */
  readonly securityGroup?: ec2.ISecurityGroup;
  /**
   * Who may connect on 443 (and on 80, to be redirected).
   * @default Peer.anyIpv4() when internet-facing, the VPC CIDR when internal
   */
  readonly ingressPeer?: ec2.IPeer;
  /**
   * What the HTTPS listener does with requests no rule or target matches.
   * @default a fixed 404 response (add targets with `httpsListener.addTargets`)
   */
  readonly defaultAction?: elbv2.ListenerAction;
  /**
   * Deletion protection.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Drop header fields that are not valid HTTP header names (request smuggling through odd headers).
   * @default true
   */
  readonly dropInvalidHeaderFields?: boolean;
}

/**
 * An Application Load Balancer meeting TLS2, TLS5, HDR1, HDR3, HDR5, HDR6 and LOG2: an HTTPS listener
 * with a no-CBC TLS 1.2+ policy and HSTS / CSP / nosniff header attributes, an HTTP listener that only
 * redirects to HTTPS, a rule answering TRACE with 405, invalid header fields dropped, access logs on,
 * and a security group without open egress.
 *
 * It is an `elbv2.ApplicationLoadBalancer`: pass it wherever CDK takes an `IApplicationLoadBalancer`;
 * `httpsListener` is an `IApplicationListener` for targets and rules.
 */
export class SecureLoadBalancer extends elbv2.ApplicationLoadBalancer {
  /** The HTTPS listener: add targets here. */
  readonly httpsListener: elbv2.ApplicationListener;
  /** The HTTP listener, which only redirects to HTTPS. */
  readonly httpListener: elbv2.ApplicationListener;
  /** The load balancer's security group (no egress but to its targets). */
  readonly securityGroup: ec2.ISecurityGroup;

  constructor(scope: Construct, id: string, props: SecureLoadBalancerProps) {
    const sslPolicy = props.sslPolicy ?? elbv2.SslPolicy.TLS13_RES;
    const known = ELB_SECURITY_POLICIES[sslPolicy];
    if (!known || !known.recommended) {
      throw new RequirementViolation(
        NAME,
        id,
        'sslPolicy',
        'TLS2',
        `${sslPolicy} ${known ? 'still offers CBC or SHA-1 ciphers or TLS < 1.2' : 'is not a known ELB security policy'}; ` +
          'use SslPolicy.TLS13_RES, TLS13_13, FORWARD_SECRECY_TLS12_RES_GCM or their FIPS / PQ Res variants',
      );
    }
    const headers = props.headers ?? { contentSecurityPolicy: buildContentSecurityPolicy(), strictTransportSecurity: HSTS_VALUE };
    assertSafeScriptSources(headers.contentSecurityPolicy, `${NAME} ${id}: headers.contentSecurityPolicy`);
    const hsts = parseHsts(headers.strictTransportSecurity);
    if ((hsts.maxAge ?? 0) < HSTS_MIN_MAX_AGE || !hsts.includeSubDomains) {
      throw new RequirementViolation(NAME, id, 'headers.strictTransportSecurity', 'HDR1', `"${headers.strictTransportSecurity}" needs max-age >= ${HSTS_MIN_MAX_AGE} and includeSubDomains`);
    }
    if (props.securityGroup?.allowAllOutbound) {
      throw new RequirementViolation(NAME, id, 'securityGroup', 'NET1', 'the group allows all outbound traffic; give a RestrictedEgressSecurityGroup, or leave it unset');
    }
    const internetFacing = props.internetFacing ?? true;
    super(scope, id, {
      ...props,
      vpcSubnets: props.vpcSubnets ?? { subnetType: internetFacing ? ec2.SubnetType.PUBLIC : ec2.SubnetType.PRIVATE_WITH_EGRESS },
      internetFacing,
      dropInvalidHeaderFields: props.dropInvalidHeaderFields ?? true,
      deletionProtection: props.deletionProtection ?? true,
    });
    // ApplicationLoadBalancer creates its group with allowAllOutbound false (aws-cdk-lib 2.276 application-load-balancer.ts).
    this.securityGroup = this.connections.securityGroups[0];
    const peer = props.ingressPeer ?? (internetFacing ? ec2.Peer.anyIpv4() : ec2.Peer.ipv4(props.vpc.vpcCidrBlock));
    this.securityGroup.addIngressRule(peer, ec2.Port.tcp(443), 'HTTPS');
    this.securityGroup.addIngressRule(peer, ec2.Port.tcp(80), 'HTTP, redirected to HTTPS');
    if (internetFacing && props.ingressPeer === undefined) {
      acknowledge(this.securityGroup, 'AwsSolutions-EC23', 'internet-facing load balancer: browsers and CloudFront reach it from the internet, on 443 and on 80 only to be redirected to HTTPS');
    }
    this.logAccessLogs(props.accessLogs.bucket, props.accessLogs.prefix ?? 'alb');

    this.httpsListener = this.addListener('Https', {
      port: 443,
      protocol: elbv2.ApplicationProtocol.HTTPS,
      sslPolicy,
      certificates: [elbv2.ListenerCertificate.fromCertificateManager(props.certificate)],
      defaultAction: props.defaultAction ?? elbv2.ListenerAction.fixedResponse(404, { contentType: 'text/plain', messageBody: 'Not Found' }),
      open: false,
    });
    this.httpsListener.setAttribute('routing.http.response.strict_transport_security.header_value', headers.strictTransportSecurity);
    this.httpsListener.setAttribute('routing.http.response.content_security_policy.header_value', headers.contentSecurityPolicy);
    this.httpsListener.setAttribute('routing.http.response.x_content_type_options.header_value', 'nosniff');
    this.httpsListener.setAttribute('routing.http.response.server.enabled', 'false');
    // TRACE echoes the request (cookies, Authorization) back: answer it before any target sees it.
    new elbv2.ApplicationListenerRule(this, 'RejectTrace', {
      listener: this.httpsListener,
      priority: 1,
      conditions: [elbv2.ListenerCondition.httpRequestMethods(['TRACE'])],
      action: elbv2.ListenerAction.fixedResponse(405, { contentType: 'text/plain', messageBody: 'Method Not Allowed' }),
    });

    this.httpListener = this.addListener('Http', {
      port: 80,
      protocol: elbv2.ApplicationProtocol.HTTP,
      defaultAction: elbv2.ListenerAction.redirect({ protocol: 'HTTPS', port: '443', permanent: true }),
      open: false,
    });
  }

  /**
   * The load balancer itself.
   * @deprecated a SecureLoadBalancer is an `elbv2.ApplicationLoadBalancer`: use it directly.
   */
  get loadBalancer(): elbv2.ApplicationLoadBalancer {
    return this;
  }
}
