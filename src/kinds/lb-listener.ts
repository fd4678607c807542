/**
 * Elastic Load Balancing v2 listeners. CloudFormation sets the response-header and mTLS-header inputs
 * through `ListenerAttributes` (`[{Key, Value}]`), lists `Certificates` where Pulumi takes the default
 * `certificateArn`, and writes `AlpnPolicy` as a list of one.
 */
import { CfnMapping } from '../cfn/mappings/types';
import { Writable, eachItem, renamed, single } from '../cfn/mappings/shape';
import { isProps } from '../cfn/mappings/common';
import { isUnknown } from '../core/values';
import { defineKind } from './kind-module';
import { ACTION_RENAMES, ActionProps, Attribute, action, fromAttributes } from './shared/load-balancers';

export interface ListenerProps {
  loadBalancerArn?: string;
  /** Absent: HTTP, the Application Load Balancer default. */
  protocol?: string;
  port?: number;
  /** Absent on an HTTPS/TLS listener: ELBSecurityPolicy-2016-08, which accepts TLS 1.0. */
  sslPolicy?: string;
  certificateArn?: string;
  alpnPolicy?: string;
  defaultActions?: ActionProps[];
  routingHttpResponseStrictTransportSecurityHeaderValue?: string;
  routingHttpResponseContentSecurityPolicyHeaderValue?: string;
  routingHttpResponseXContentTypeOptionsHeaderValue?: string;
  routingHttpResponseXFrameOptionsHeaderValue?: string;
  routingHttpResponseServerEnabled?: boolean;
}

/**
 * Listener attribute keys. Pulumi names each after its key (`routing.http.response.server.enabled` ->
 * `routingHttpResponseServerEnabled`), so `listenerAttribute` derives the name; the list is what an
 * unknown attribute list makes unknown.
 */
export const LISTENER_ATTRIBUTE_KEYS = [
  'routing.http.response.strict_transport_security.header_value',
  'routing.http.response.content_security_policy.header_value',
  'routing.http.response.x_content_type_options.header_value',
  'routing.http.response.x_frame_options.header_value',
  'routing.http.response.access_control_allow_origin.header_value',
  'routing.http.response.access_control_allow_methods.header_value',
  'routing.http.response.access_control_allow_headers.header_value',
  'routing.http.response.access_control_allow_credentials.header_value',
  'routing.http.response.access_control_expose_headers.header_value',
  'routing.http.response.access_control_max_age.header_value',
  'routing.http.response.server.enabled',
  'routing.http.request.x_amzn_mtls_clientcert_serial_number.header_name',
  'routing.http.request.x_amzn_mtls_clientcert_issuer.header_name',
  'routing.http.request.x_amzn_mtls_clientcert_subject.header_name',
  'routing.http.request.x_amzn_mtls_clientcert_validity.header_name',
  'routing.http.request.x_amzn_mtls_clientcert_leaf.header_name',
  'routing.http.request.x_amzn_mtls_clientcert.header_name',
  'routing.http.request.x_amzn_tls_version.header_name',
  'routing.http.request.x_amzn_tls_cipher_suite.header_name',
  'tcp.idle_timeout.seconds',
] as const;

export function listenerAttribute(key: string): Attribute {
  const words = key.split(/[._]/).filter((w) => w !== '');
  const path = words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return { path, type: key.endsWith('.enabled') ? 'boolean' : key.endsWith('.seconds') ? 'number' : 'string' };
}

/** `ListenerAttributes` become the `routingHttp*` / `tcpIdleTimeoutSeconds` inputs; `Certificates` the default `certificateArn`. */
const listener: CfnMapping = ({ props }) => {
  const { ListenerAttributes, Certificates, DefaultActions, AlpnPolicy, ...rest } = props;
  const out: Writable = { ...renamed(rest), ...fromAttributes(ListenerAttributes, listenerAttribute, LISTENER_ATTRIBUTE_KEYS) };
  if (DefaultActions !== undefined) out.defaultActions = eachItem(DefaultActions, action) ?? null;
  if (AlpnPolicy !== undefined) out.alpnPolicy = single(AlpnPolicy) ?? null;
  // Pulumi's listener takes the default certificate; further ones are ListenerCertificate resources.
  const first = Array.isArray(Certificates) ? Certificates[0] : Certificates;
  if (isUnknown(first)) out.certificateArn = first;
  else if (isProps(first) && first.CertificateArn !== undefined) out.certificateArn = first.CertificateArn;
  return [{ props: out }];
};

export const LB_LISTENER = defineKind<ListenerProps>()({
  kind: 'lb:Listener',
  pulumi: ['aws:lb/listener:Listener', 'aws:alb/listener:Listener'],
  cfn: { 'AWS::ElasticLoadBalancingV2::Listener': listener },
  pathNames: ACTION_RENAMES,
});
