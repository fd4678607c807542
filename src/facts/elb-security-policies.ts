/**
 * Elastic Load Balancing (ALB HTTPS / NLB TLS listener) security policies, from the Elastic Load
 * Balancing User Guides, "Security policies for your Application Load Balancer" and "... Network Load
 * Balancer" (TLS, FIPS, FS, post-quantum `PQ-2025-09` and RFC 9151 tables). AWS applies
 * `ELBSecurityPolicy-2016-08` (TLS 1.0) when a listener created through the API, CloudFormation,
 * CDK or Pulumi names no policy; only the console picks a TLS 1.3 policy by default.
 *
 * `offersCbcOrSha1`: the policy still offers a CBC-mode cipher (`*-SHA256`/`*-SHA384` without GCM)
 * or a SHA-1 MAC cipher (`*-SHA`). `recommended`: the policy is one of the no-CBC families TLS2 names
 * (TLS13-1-2-Res-2021-06, TLS13-1-3-2021-06, FS-1-2-Res-2020-10, and their FIPS-2023-04 and
 * PQ-2025-09 `Res`/`1-3` variants): AES-GCM (or ChaCha20) with SHA-256+ only.
 */
export type TlsVersion = '1.0' | '1.1' | '1.2' | '1.3';

export interface ElbSecurityPolicy {
  /** Lowest TLS version a client may negotiate. */
  minimumTls: TlsVersion;
  offersCbcOrSha1: boolean;
  recommended: boolean;
}

const p = (minimumTls: TlsVersion, offersCbcOrSha1: boolean, recommended = false): ElbSecurityPolicy => ({ minimumTls, offersCbcOrSha1, recommended });

export const ELB_SECURITY_POLICIES: Readonly<Record<string, ElbSecurityPolicy>> = {
  // Legacy and TLS policies (no TLS 1.3).
  'ELBSecurityPolicy-2016-08': p('1.0', true),
  /** Listed in the Network Load Balancer table only; same protocols as 2016-08. */
  'ELBSecurityPolicy-2015-05': p('1.0', true),
  'ELBSecurityPolicy-TLS-1-0-2015-04': p('1.0', true),
  'ELBSecurityPolicy-TLS-1-1-2017-01': p('1.1', true),
  'ELBSecurityPolicy-TLS-1-2-2017-01': p('1.2', true),
  'ELBSecurityPolicy-TLS-1-2-Ext-2018-06': p('1.2', true),
  // Forward-secrecy policies.
  'ELBSecurityPolicy-FS-2018-06': p('1.0', true),
  'ELBSecurityPolicy-FS-1-1-2019-08': p('1.1', true),
  'ELBSecurityPolicy-FS-1-2-2019-08': p('1.2', true),
  'ELBSecurityPolicy-FS-1-2-Res-2019-08': p('1.2', true),
  'ELBSecurityPolicy-FS-1-2-Res-2020-10': p('1.2', false, true),
  // TLS 1.3 policies.
  'ELBSecurityPolicy-TLS13-1-0-2021-06': p('1.0', true),
  'ELBSecurityPolicy-TLS13-1-1-2021-06': p('1.1', true),
  'ELBSecurityPolicy-TLS13-1-2-2021-06': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06': p('1.2', false, true),
  'ELBSecurityPolicy-TLS13-1-3-2021-06': p('1.3', false, true),
  // FIPS policies.
  'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04': p('1.0', true),
  'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04': p('1.1', true),
  'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04': p('1.2', false, true),
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04': p('1.3', false, true),
  // Hybrid post-quantum (ML-KEM) policies; ciphers as their 2021-06 / FIPS-2023-04 counterparts.
  'ELBSecurityPolicy-TLS13-1-0-PQ-2025-09': p('1.0', true),
  'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09': p('1.2', false, true),
  'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09': p('1.3', false, true),
  'ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09': p('1.0', true),
  'ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09': p('1.2', false, true),
  'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09': p('1.3', false, true),
  // RFC 9151 (CNSA 1.0) FIPS policies: the strict ones offer AES-256-GCM only; the Ext0 and
  // INTEROP transition policies add ciphers for older clients, so they are counted as offering CBC.
  'ELBSecurityPolicy-TLS13-1-2-RFC9151-FIPS-2023-07': p('1.2', false),
  'ELBSecurityPolicy-TLS13-1-3-RFC9151-FIPS-2023-07': p('1.3', false),
  'ELBSecurityPolicy-TLS13-1-2-Ext0-RFC9151-FIPS-2023-07': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP1-FIPS-2023-07': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP2-FIPS-2023-07': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP3-FIPS-2023-07': p('1.2', true),
  'ELBSecurityPolicy-TLS13-1-2-RFC9151-INTEROP4-FIPS-2023-07': p('1.2', true),
};

/** What AWS applies to an HTTPS/TLS listener created without `SslPolicy` outside the console. */
export const ELB_DEFAULT_SECURITY_POLICY = 'ELBSecurityPolicy-2016-08';
/** The policy remediation and fix messages name: TLS 1.2 and 1.3, AES-GCM only (passes TLS2 and TLS5). */
export const ELB_RECOMMENDED_SECURITY_POLICY = 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06';

const VERSIONS: readonly TlsVersion[] = ['1.0', '1.1', '1.2', '1.3'];

/**
 * The minimum TLS version of a policy: from the table, else read from the name of a policy newer
 * than the table (`-TLS13-1-2-`, `-TLS-1-1-`, `-FS-1-2-`); undefined when neither tells.
 */
export function elbMinimumTls(name: string): { minimumTls: TlsVersion; fromTable: boolean } | undefined {
  const known = ELB_SECURITY_POLICIES[name];
  if (known) return { minimumTls: known.minimumTls, fromTable: true };
  const m = /^ELBSecurityPolicy-(?:TLS13|TLS|FS)-1-([0-3])-/.exec(name);
  if (m) return { minimumTls: VERSIONS[Number(m[1])], fromTable: false };
  return undefined;
}

/** True when TLS version `a` is at least `b`. */
export function tlsAtLeast(a: TlsVersion, b: TlsVersion): boolean {
  return VERSIONS.indexOf(a) >= VERSIONS.indexOf(b);
}
