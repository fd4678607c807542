/**
 * API Gateway security policies (`SecurityPolicy` of DomainName / RestApi), from the API Gateway
 * API Reference (DomainName, CreateRestApi: valid values) and the Developer Guide, "Security
 * policies for REST APIs in API Gateway". `TLS_1_0` and `TLS_1_2` are the legacy policies;
 * every `SecurityPolicy_*` name is an enhanced policy (TLS 1.2 minimum, or TLS 1.3 only).
 * A custom domain created without a policy gets `TLS_1_0`; the default execute-api endpoint of
 * edge-optimized and Regional REST APIs accepts TLS 1.0 too (private APIs: TLS 1.2).
 */

/** The policies whose minimum is TLS 1.2 or newer: what TLS6 accepts. */
export const APIGATEWAY_ACCEPTED_SECURITY_POLICIES: readonly string[] = [
  'TLS_1_2',
  'SecurityPolicy_TLS13_1_3_2025_09',
  'SecurityPolicy_TLS13_1_3_FIPS_2025_09',
  'SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09',
  'SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09',
  'SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09',
  'SecurityPolicy_TLS13_1_2_PQ_2025_09',
  'SecurityPolicy_TLS13_1_2_2021_06',
  'SecurityPolicy_TLS13_2025_EDGE',
  'SecurityPolicy_TLS12_PFS_2025_EDGE',
  'SecurityPolicy_TLS12_2018_EDGE',
];

/** The policies that still accept TLS 1.0. */
export const APIGATEWAY_LEGACY_TLS10_POLICIES: readonly string[] = ['TLS_1_0'];

/** What API Gateway applies to a custom domain name created without `securityPolicy`. */
export const APIGATEWAY_DEFAULT_SECURITY_POLICY = 'TLS_1_0';
/** The policy fix messages name: works for every endpoint type and every API type. */
export const APIGATEWAY_RECOMMENDED_SECURITY_POLICY = 'TLS_1_2';

/**
 * True for a policy TLS6 accepts: a listed one, or an enhanced `SecurityPolicy_TLS13_*` /
 * `SecurityPolicy_TLS12_*` policy newer than the list (enhanced policies never allow TLS 1.0/1.1).
 */
export function isAcceptedApiGatewayPolicy(name: string): boolean {
  return APIGATEWAY_ACCEPTED_SECURITY_POLICIES.includes(name) || /^SecurityPolicy_TLS1[23]_/.test(name);
}
