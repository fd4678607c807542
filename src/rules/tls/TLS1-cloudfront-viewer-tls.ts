import { Fact } from '../../core/facts';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { CLOUDFRONT_DEFAULT_SECURITY_POLICY, CLOUDFRONT_RECOMMENDED_SECURITY_POLICY, CLOUDFRONT_SECURITY_POLICIES } from '../../facts/cloudfront-security-policies';
import { CLOUDFRONT_DISTRIBUTION } from '../../kinds/cloudfront-distribution';
import { propsOf } from '../../kinds/typed-props';

/** A custom certificate is what lets a distribution choose its minimum protocol at all. */
function certificateVerdict(fact: Fact): Verdict | 'custom' {
  const props = propsOf(fact, CLOUDFRONT_DISTRIBUTION);
  const cert = props.obj('viewerCertificate');
  if (isUnknown(cert)) return unknown(cert);
  const usesDefault = props.bool('viewerCertificate.cloudfrontDefaultCertificate');
  if (isUnknown(usesDefault)) return unknown(usesDefault);
  // Any value names a certificate: an ARN, a reference to one in the stack, or one not known yet.
  const hasCustom = cert !== undefined && (props.has('viewerCertificate.acmCertificateArn') || props.has('viewerCertificate.iamCertificateId'));
  if (usesDefault === true || !hasCustom) {
    return fail(
      'viewerCertificate uses the default *.cloudfront.net certificate, which lets viewers connect with TLSv1; ' +
        `set acmCertificateArn to an ACM certificate for your domain and minimumProtocolVersion to ${CLOUDFRONT_RECOMMENDED_SECURITY_POLICY}`,
    );
  }
  return 'custom';
}

export const TLS1: Rule = {
  id: 'TLS1',
  resource: {
    kinds: ['cloudfront:Distribution'],
    check(fact) {
      const certificate = certificateVerdict(fact);
      if (certificate !== 'custom') return [certificate];
      const version = propsOf(fact, CLOUDFRONT_DISTRIBUTION).str('viewerCertificate.minimumProtocolVersion');
      if (isUnknown(version)) return [unknown(version)];
      const policy = Object.hasOwn(CLOUDFRONT_SECURITY_POLICIES, version ?? CLOUDFRONT_DEFAULT_SECURITY_POLICY)
        ? CLOUDFRONT_SECURITY_POLICIES[version ?? CLOUDFRONT_DEFAULT_SECURITY_POLICY]
        : undefined;
      const shown = version ?? `absent (CloudFront default ${CLOUDFRONT_DEFAULT_SECURITY_POLICY})`;
      if (!policy) {
        // CloudFront's values are an exact, case-sensitive list: anything else is refused by the API, so the
        // minimum TLS it would mean cannot be read from it.
        return [
          fail(
            `viewerCertificate.minimumProtocolVersion is ${shown}, which is not a valid value (CloudFront accepts ${Object.keys(CLOUDFRONT_SECURITY_POLICIES).join(', ')}); ` +
              `set it to ${CLOUDFRONT_RECOMMENDED_SECURITY_POLICY}`,
          ),
        ];
      }
      if (policy.minimumTls === '1.2' || policy.minimumTls === '1.3') return [pass(`viewerCertificate.minimumProtocolVersion is ${shown}`)];
      return [fail(`viewerCertificate.minimumProtocolVersion is ${shown}, which allows TLS below 1.2; set it to ${CLOUDFRONT_RECOMMENDED_SECURITY_POLICY}`)];
    },
  },
  remediate(fact) {
    if (certificateVerdict(fact) !== 'custom') return undefined;
    const cert = propsOf(fact, CLOUDFRONT_DISTRIBUTION).obj('viewerCertificate');
    if (cert === undefined || isUnknown(cert)) return undefined;
    return { ...fact.props, viewerCertificate: { ...cert, minimumProtocolVersion: CLOUDFRONT_RECOMMENDED_SECURITY_POLICY } };
  },
};
