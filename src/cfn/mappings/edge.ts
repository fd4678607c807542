/**
 * The "edge" of an app, CloudFormation -> the Pulumi input shape: CloudFront distributions and their
 * response headers and cache policies, certificates, Elastic Load Balancing v2 load balancers,
 * listeners and listener rules. (API Gateway and Lambda: their kind modules, src/kinds/.)
 *
 * Where CloudFormation wraps what Pulumi writes flat (`DistributionConfig`, `ResponseHeadersPolicyConfig`,
 * `CachePolicyConfig`) the wrapper is unwrapped; a wrapper that cannot be resolved (`Fn::ImportValue`,
 * an `Fn::If` on an unknown condition) makes every input of the resource unknown, never absent, since an
 * absent value would read as the AWS default. Maps whose keys are data (environment variables, stage
 * variables, route keys) keep their keys as written.
 */
import { PropValue, Props } from '../../core/props';
import { Ref, Unknown, isUnknown } from '../../core/values';
import { camelCase } from '../names';
import { camelCaseProps, camelCased, isProps } from './common';
import { CfnMapping, MappedFact } from './types';
import { Renames, Writable, allUnknown, defined, eachItem, itemsOf, omit, renamed, single, unwrapped, wrapItems } from './shape';

// ---------------------------------------------------------------------------------------------------
// Elastic Load Balancing v2

export interface Attribute {
  /** Dotted Pulumi path: `accessLogs.bucket`, `dropInvalidHeaderFields`. */
  path: string;
  type: 'boolean' | 'number' | 'string';
}

/** Load balancer attribute keys (ELB API `LoadBalancerAttribute.Key`) to the Pulumi inputs that set them. */
export const LOAD_BALANCER_ATTRIBUTES: Readonly<Record<string, Attribute>> = {
  'access_logs.s3.enabled': { path: 'accessLogs.enabled', type: 'boolean' },
  'access_logs.s3.bucket': { path: 'accessLogs.bucket', type: 'string' },
  'access_logs.s3.prefix': { path: 'accessLogs.prefix', type: 'string' },
  'connection_logs.s3.enabled': { path: 'connectionLogs.enabled', type: 'boolean' },
  'connection_logs.s3.bucket': { path: 'connectionLogs.bucket', type: 'string' },
  'connection_logs.s3.prefix': { path: 'connectionLogs.prefix', type: 'string' },
  'health_check_logs.s3.enabled': { path: 'healthCheckLogs.enabled', type: 'boolean' },
  'health_check_logs.s3.bucket': { path: 'healthCheckLogs.bucket', type: 'string' },
  'health_check_logs.s3.prefix': { path: 'healthCheckLogs.prefix', type: 'string' },
  'deletion_protection.enabled': { path: 'enableDeletionProtection', type: 'boolean' },
  'idle_timeout.timeout_seconds': { path: 'idleTimeout', type: 'number' },
  'client_keep_alive.seconds': { path: 'clientKeepAlive', type: 'number' },
  'routing.http.desync_mitigation_mode': { path: 'desyncMitigationMode', type: 'string' },
  'routing.http.drop_invalid_header_fields.enabled': { path: 'dropInvalidHeaderFields', type: 'boolean' },
  'routing.http.preserve_host_header.enabled': { path: 'preserveHostHeader', type: 'boolean' },
  'routing.http.x_amzn_tls_version_and_cipher_suite.enabled': { path: 'enableTlsVersionAndCipherSuiteHeaders', type: 'boolean' },
  'routing.http.xff_client_port.enabled': { path: 'enableXffClientPort', type: 'boolean' },
  'routing.http.xff_header_processing.mode': { path: 'xffHeaderProcessingMode', type: 'string' },
  'routing.http2.enabled': { path: 'enableHttp2', type: 'boolean' },
  'waf.fail_open.enabled': { path: 'enableWafFailOpen', type: 'boolean' },
  'load_balancing.cross_zone.enabled': { path: 'enableCrossZoneLoadBalancing', type: 'boolean' },
  'dns_record.client_routing_policy': { path: 'dnsRecordClientRoutingPolicy', type: 'string' },
  'zonal_shift.config.enabled': { path: 'enableZonalShift', type: 'boolean' },
  'secondary_ips.auto_assigned.per_subnet': { path: 'secondaryIpsAutoAssignedPerSubnet', type: 'number' },
};

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

/** An attribute value (always text in CloudFormation) as the Pulumi input's type. */
function attributeValue(v: PropValue, type: Attribute['type']): PropValue {
  if (typeof v !== 'string') return v;
  if (type === 'boolean' && (v.toLowerCase() === 'true' || v.toLowerCase() === 'false')) return v.toLowerCase() === 'true';
  if (type === 'number' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return v;
}

function setPath(out: Writable, path: string, value: PropValue): void {
  const [head, ...tail] = path.split('.');
  if (tail.length === 0) {
    out[head] = value;
    return;
  }
  const inner = isProps(out[head]) ? { ...(out[head] as Writable) } : {};
  setPath(inner, tail.join('.'), value);
  out[head] = inner;
}

/**
 * A `[{Key, Value}]` attribute list as the Pulumi inputs it sets. An unknown list, or an item whose key
 * is unknown, could set any of them: all become unknown. Unrecognised keys are dropped.
 */
function fromAttributes(attributes: PropValue | undefined, attributeOf: (key: string) => Attribute | undefined, allKeys: readonly string[]): Writable {
  const out: Writable = {};
  const everything = (u: Unknown): Writable => allUnknown([...new Set(allKeys.map((k) => (attributeOf(k)?.path ?? '').split('.')[0]).filter((p) => p !== ''))], u);
  if (attributes === undefined || attributes === null) return out;
  if (isUnknown(attributes)) return everything(attributes);
  if (!Array.isArray(attributes)) return out;
  for (const item of attributes) {
    if (isUnknown(item)) return everything(item);
    if (!isProps(item)) continue;
    if (isUnknown(item.Key)) return everything(item.Key);
    const attribute = typeof item.Key === 'string' ? attributeOf(item.Key) : undefined;
    if (attribute && item.Value !== undefined) setPath(out, attribute.path, attributeValue(item.Value, attribute.type));
  }
  return out;
}

export const SUBNET_MAPPING_RENAMES: Renames = { PrivateIPv4Address: 'privateIpv4Address', IPv6Address: 'ipv6Address' };

/**
 * `Scheme` internal/internet-facing is Pulumi's `internal` flag (absent in both: internet-facing);
 * `Type` is `loadBalancerType`; `LoadBalancerAttributes` become the Pulumi inputs they set.
 */
const loadBalancer: CfnMapping = ({ props }) => {
  const { Scheme, Type, LoadBalancerAttributes, ...rest } = props;
  const out: Writable = { ...renamed(rest, SUBNET_MAPPING_RENAMES), ...fromAttributes(LoadBalancerAttributes, (k) => LOAD_BALANCER_ATTRIBUTES[k], Object.keys(LOAD_BALANCER_ATTRIBUTES)) };
  if (Scheme !== undefined) out.internal = typeof Scheme === 'string' ? Scheme === 'internal' : Scheme;
  if (Type !== undefined) out.loadBalancerType = Type;
  return [{ props: out }];
};

export const ACTION_RENAMES: Renames = {
  ForwardConfig: 'forward',
  RedirectConfig: 'redirect',
  FixedResponseConfig: 'fixedResponse',
  AuthenticateCognitoConfig: 'authenticateCognito',
  AuthenticateOidcConfig: 'authenticateOidc',
  JwtValidationConfig: 'jwtValidation',
  TargetGroupStickinessConfig: 'stickiness',
  DurationSeconds: 'duration',
};

/** One listener or rule action; a forward's target groups name their ARN `arn` in Pulumi. */
function action(a: Props): PropValue {
  const out = renamed(a, ACTION_RENAMES);
  const forward = out.forward;
  if (isProps(forward)) {
    out.forward = defined({ ...forward, targetGroups: eachItem(forward.targetGroups, (g) => defined({ ...omit(g, ['targetGroupArn']), arn: g.targetGroupArn })) });
  }
  // Authentication request parameters are names the identity provider defines.
  for (const [cfnName, name] of [
    ['AuthenticateCognitoConfig', 'authenticateCognito'],
    ['AuthenticateOidcConfig', 'authenticateOidc'],
  ] as const) {
    const raw = a[cfnName];
    const mapped = out[name];
    if (isProps(raw) && isProps(mapped) && raw.AuthenticationRequestExtraParams !== undefined) {
      out[name] = { ...mapped, authenticationRequestExtraParams: raw.AuthenticationRequestExtraParams };
    }
  }
  return out;
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

export const CONDITION_RENAMES: Renames = {
  HostHeaderConfig: 'hostHeader',
  HttpHeaderConfig: 'httpHeader',
  HttpRequestMethodConfig: 'httpRequestMethod',
  PathPatternConfig: 'pathPattern',
  SourceIpConfig: 'sourceIp',
};

/** The legacy `Field` + `Values` form, valid for host-header and path-pattern only. */
const LEGACY_FIELDS: Readonly<Record<string, string>> = { 'host-header': 'hostHeader', 'path-pattern': 'pathPattern' };

/**
 * One rule condition: the `*Config` object named by its Pulumi block, `QueryStringConfig.Values` as
 * `queryStrings`. A condition whose `Field` is unknown could narrow the rule in any way: it is unknown.
 */
function condition(c: Props, path: string): PropValue {
  const { Field, Values, QueryStringConfig, ...rest } = c;
  if (isUnknown(Field)) return new Unknown(`${path}.Field`);
  const out = renamed(rest, CONDITION_RENAMES);
  if (QueryStringConfig !== undefined) {
    out.queryStrings = isProps(QueryStringConfig) ? camelCaseProps(QueryStringConfig.Values ?? null) : QueryStringConfig;
  }
  const legacy = typeof Field === 'string' ? LEGACY_FIELDS[Field] : undefined;
  if (legacy && Values !== undefined && out[legacy] === undefined) out[legacy] = { values: Values };
  return out;
}

const listenerRule: CfnMapping = ({ props }) => {
  const { Conditions, Actions, ...rest } = props;
  const out: Writable = renamed(rest);
  if (Conditions !== undefined) {
    out.conditions = Array.isArray(Conditions) ? Conditions.map((c, i) => (isProps(c) ? condition(c, `Conditions[${i}]`) : c)) : Conditions;
  }
  if (Actions !== undefined) out.actions = eachItem(Actions, action) ?? null;
  return [{ props: out }];
};

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
      return renamed(omit(l, ['PolicyNames']), { LoadBalancerPort: 'lbPort', Protocol: 'lbProtocol', SSLCertificateId: 'sslCertificateId' });
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

export const EDGE_MAPPINGS: Readonly<Record<string, CfnMapping>> = {
  'AWS::ElasticLoadBalancingV2::LoadBalancer': loadBalancer,
  'AWS::ElasticLoadBalancingV2::Listener': listener,
  'AWS::ElasticLoadBalancingV2::ListenerRule': listenerRule,
  'AWS::ElasticLoadBalancing::LoadBalancer': classicLoadBalancer,
};
