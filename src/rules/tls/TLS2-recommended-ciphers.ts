import { Fact } from '../../core/facts';
import { str } from '../../core/props';
import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { CLOUDFRONT_DEFAULT_SECURITY_POLICY, CLOUDFRONT_RECOMMENDED_SECURITY_POLICY, CLOUDFRONT_SECURITY_POLICIES } from '../../facts/cloudfront-security-policies';
import { ELB_DEFAULT_SECURITY_POLICY, ELB_RECOMMENDED_SECURITY_POLICY, ELB_SECURITY_POLICIES } from '../../facts/elb-security-policies';
import { CLOUDFRONT_DISTRIBUTION } from '../../kinds/cloudfront-distribution';
import { propsOf } from '../../kinds/typed-props';
import { listenerProtocol } from './listener-protocol';

/**
 * CloudFront: only TLSv1.2_2021 and newer drop the CBC and SHA-1 ciphers. The default
 * *.cloudfront.net certificate holds a distribution at TLSv1, with all of them.
 */
function distributionVerdict(fact: Fact): Verdict {
  const props = propsOf(fact, CLOUDFRONT_DISTRIBUTION);
  const cert = props.obj('viewerCertificate');
  if (isUnknown(cert)) return unknown(cert);
  const usesDefault = props.bool('viewerCertificate.cloudfrontDefaultCertificate');
  if (isUnknown(usesDefault)) return unknown(usesDefault);
  // Any value names a certificate: an ARN, a reference to one in the stack, or one not known yet.
  const hasCustom = cert !== undefined && (props.has('viewerCertificate.acmCertificateArn') || props.has('viewerCertificate.iamCertificateId'));
  if (usesDefault === true || !hasCustom) {
    return fail(
      'viewerCertificate uses the default *.cloudfront.net certificate, which holds viewers at TLSv1 with CBC and SHA-1 ciphers; ' +
        `set acmCertificateArn to an ACM certificate and minimumProtocolVersion to ${CLOUDFRONT_RECOMMENDED_SECURITY_POLICY} or newer`,
    );
  }
  const version = props.str('viewerCertificate.minimumProtocolVersion');
  if (isUnknown(version)) return unknown(version);
  const shown = version ?? `absent (CloudFront default ${CLOUDFRONT_DEFAULT_SECURITY_POLICY})`;
  const policy = CLOUDFRONT_SECURITY_POLICIES[version ?? CLOUDFRONT_DEFAULT_SECURITY_POLICY];
  if (policy && !policy.offersCbcOrSha1) return pass(`viewerCertificate.minimumProtocolVersion is ${shown}: AES-GCM/ChaCha20 ciphers with SHA-256+ only`);
  return fail(`viewerCertificate.minimumProtocolVersion is ${shown}, which still offers CBC or SHA-1 ciphers; set it to ${CLOUDFRONT_RECOMMENDED_SECURITY_POLICY} or newer`);
}

/** ELB: only the no-CBC policy families (the table's `recommended`) pass. */
function listenerVerdict(fact: Fact): Verdict {
  const protocol = listenerProtocol(fact);
  if (isUnknown(protocol)) return unknown(protocol);
  if (protocol.value !== 'HTTPS' && protocol.value !== 'TLS') return notApplicable(`protocol is ${protocol.shown}: the load balancer negotiates no TLS on this listener`);
  const policy = str(fact.props, 'sslPolicy');
  if (isUnknown(policy)) return unknown(policy);
  const name = policy ?? ELB_DEFAULT_SECURITY_POLICY;
  const shown = policy ?? `absent (AWS default ${ELB_DEFAULT_SECURITY_POLICY})`;
  if (ELB_SECURITY_POLICIES[name]?.recommended) return pass(`sslPolicy is ${shown}: AES-GCM ciphers with SHA-256+ only`);
  return fail(
    `sslPolicy is ${shown}, which ${ELB_SECURITY_POLICIES[name] ? 'offers CBC or SHA-1 ciphers' : 'is not one of the no-CBC security policies'}; ` +
      `set sslPolicy to ${ELB_RECOMMENDED_SECURITY_POLICY} (or its 1-3, FIPS-2023-04 or PQ-2025-09 variant, or ELBSecurityPolicy-FS-1-2-Res-2020-10)`,
  );
}

export const TLS2: Rule = {
  id: 'TLS2',
  resource: {
    kinds: ['cloudfront:Distribution', 'lb:Listener'],
    check(fact) {
      return [fact.kind === 'cloudfront:Distribution' ? distributionVerdict(fact) : listenerVerdict(fact)];
    },
  },
};
