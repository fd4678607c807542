/**
 * Elastic Load Balancing v2 load balancers (Application, Network and Gateway). CloudFormation sets most
 * of what Pulumi has as inputs through `LoadBalancerAttributes` (`[{Key, Value}]`), and writes
 * `Scheme`/`Type` where Pulumi has `internal`/`loadBalancerType`.
 */
import { CfnMapping } from '../cfn/mappings/types';
import { Renames, Writable, renamed } from '../cfn/mappings/shape';
import { defineKind } from './kind-module';
import { Attribute, fromAttributes } from './shared/load-balancers';

export interface LoadBalancerProps {
  name?: string;
  /** Defaults to false: an omitted value is an internet-facing load balancer. */
  internal?: boolean;
  /** `application` (the default), `network` or `gateway`. */
  loadBalancerType?: string;
  /** An output (the DNS name AWS assigns), which records and distributions refer to. */
  dnsName?: string;
  accessLogs?: {
    bucket?: string;
    /** Defaults to false, even with a bucket. */
    enabled?: boolean;
    prefix?: string;
  };
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

export const LB_LOAD_BALANCER = defineKind<LoadBalancerProps>()({
  kind: 'lb:LoadBalancer',
  pulumi: ['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer'],
  cfn: { 'AWS::ElasticLoadBalancingV2::LoadBalancer': loadBalancer },
  // `Scheme` and `Type` are left out: the mapping turns their values, not only their names (`internal` is not `Scheme`'s text).
  pathNames: SUBNET_MAPPING_RENAMES,
});
