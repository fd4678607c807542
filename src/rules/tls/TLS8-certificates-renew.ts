import { Fact } from '../../core/facts';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { ACM_CERTIFICATE } from '../../kinds/acm-certificate';
import { propsOf } from '../../kinds/typed-props';

/**
 * ACM renews the certificates it issues by itself only when it can revalidate them unattended: DNS
 * validation (the CNAME stays in place) does; EMAIL validation needs someone to click a link before
 * expiry. ACM's RequestCertificate uses EMAIL when no validation method is given. Imported
 * certificates (`certificateBody`/`privateKey` in the program) are never renewed by ACM, and their
 * private key sits in the IaC. Private-CA certificates (`certificateAuthorityArn`) renew without validation.
 */
function certificateVerdict(fact: Fact): Verdict {
  const problems: string[] = [];
  let firstUnknown: Unknown | undefined;
  const props = propsOf(fact, ACM_CERTIFICATE);

  const imported = (['privateKey', 'privateKeyWo', 'certificateBody'] as const).filter((k) => props.has(k));
  if (imported.length > 0) {
    problems.push(
      `${imported.join(' and ')} ${imported.length > 1 ? 'are' : 'is'} set: an imported certificate, which ACM never renews and whose private key sits in the infrastructure code; request the certificate from ACM with validationMethod DNS instead`,
    );
  }

  const ct = props.str('options.certificateTransparencyLoggingPreference');
  if (isUnknown(ct)) firstUnknown ??= ct;
  else if (ct?.toUpperCase() === 'DISABLED') {
    problems.push('options.certificateTransparencyLoggingPreference is DISABLED, which hides mis-issued certificates for your domain; remove it or set it to ENABLED');
  }

  if (imported.length === 0) {
    const ca = props.get('certificateAuthorityArn');
    if (ca === undefined) {
      const method = props.str('validationMethod');
      if (isUnknown(method)) firstUnknown ??= method;
      else if (method?.toUpperCase() !== 'DNS') {
        problems.push(
          `validationMethod is ${method ?? 'absent (ACM default EMAIL)'}, so renewal waits for someone to approve an email; set validationMethod to DNS and keep the validation CNAME records`,
        );
      }
    }
  }

  if (problems.length > 0) return fail(problems.join('; '));
  if (firstUnknown) return unknown(firstUnknown);
  if (props.has('certificateAuthorityArn')) return pass('a private certificate issued by ACM Private CA, which ACM renews automatically');
  return pass('validationMethod is DNS: ACM renews the certificate automatically');
}

export const TLS8: Rule = {
  id: 'TLS8',
  resource: {
    kinds: ['acm:Certificate', 'iam:ServerCertificate'],
    check(fact) {
      if (fact.kind === 'iam:ServerCertificate') {
        return [
          fail(
            'an IAM server certificate is uploaded with its private key in the infrastructure code and is never renewed automatically; ' + 'use an ACM certificate with validationMethod DNS instead',
          ),
        ];
      }
      return [certificateVerdict(fact)];
    },
  },
};
