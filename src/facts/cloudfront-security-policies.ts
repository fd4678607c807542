/**
 * CloudFront viewer security policies (`MinimumProtocolVersion`), from the AWS CloudFront Developer
 * Guide, "Supported protocols and ciphers between viewers and CloudFront". A distribution using the
 * default *.cloudfront.net certificate is held at TLSv1 whatever it sets.
 */
export interface CloudFrontSecurityPolicy {
  /** Lowest TLS version a viewer may negotiate. */
  minimumTls: '1.0' | '1.1' | '1.2' | '1.3' | 'SSLv3';
  /** True when the policy still offers CBC-mode or SHA-1-MAC ciphers. */
  offersCbcOrSha1: boolean;
}

export const CLOUDFRONT_SECURITY_POLICIES: Readonly<Record<string, CloudFrontSecurityPolicy>> = {
  SSLv3: { minimumTls: 'SSLv3', offersCbcOrSha1: true },
  TLSv1: { minimumTls: '1.0', offersCbcOrSha1: true },
  TLSv1_2016: { minimumTls: '1.0', offersCbcOrSha1: true },
  'TLSv1.1_2016': { minimumTls: '1.1', offersCbcOrSha1: true },
  'TLSv1.2_2018': { minimumTls: '1.2', offersCbcOrSha1: true },
  'TLSv1.2_2019': { minimumTls: '1.2', offersCbcOrSha1: true },
  'TLSv1.2_2021': { minimumTls: '1.2', offersCbcOrSha1: false },
  'TLSv1.2_2025': { minimumTls: '1.2', offersCbcOrSha1: false },
  'TLSv1.3_2025': { minimumTls: '1.3', offersCbcOrSha1: false },
};

/** What CloudFront applies when `MinimumProtocolVersion` is absent. */
export const CLOUDFRONT_DEFAULT_SECURITY_POLICY = 'TLSv1';
/** The policy remediation sets: the oldest one without CBC ciphers, so the widest client support that passes TLS1 and TLS2. */
export const CLOUDFRONT_RECOMMENDED_SECURITY_POLICY = 'TLSv1.2_2021';
