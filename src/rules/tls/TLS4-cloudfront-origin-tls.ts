import { Props, isProps } from '../../core/props';
import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { CLOUDFRONT_DISTRIBUTION, CustomOriginConfigProps, OriginProps } from '../../kinds/cloudfront-distribution';
import { propsOf, typed } from '../../kinds/typed-props';

const ALLOWED_ORIGIN_PROTOCOLS: readonly string[] = ['TLSv1.2'];

/**
 * One custom origin (any origin with `customOriginConfig`, S3 website endpoints included): CloudFront
 * must reach it over HTTPS only and with TLSv1.2 only. S3 REST origins (`s3OriginConfig` or origin
 * access control) and VPC origins are reached inside AWS and have no such settings here.
 */
function originVerdict(config: Props | Unknown, where: string): Verdict {
  if (isUnknown(config)) return unknown(config, where);
  const custom = typed<CustomOriginConfigProps>(config);
  const policy = custom.str('originProtocolPolicy');
  if (isUnknown(policy)) return unknown(policy, where);
  const protocols = custom.strings('originSslProtocols');
  if (isUnknown(protocols)) return unknown(protocols, where);
  const problems: string[] = [];
  if (policy !== 'https-only') {
    problems.push(`${where}.customOriginConfig.originProtocolPolicy is ${policy ?? 'absent'}, so CloudFront may reach the origin over plain HTTP; set it to https-only`);
  }
  const weak = (protocols ?? []).filter((p) => !ALLOWED_ORIGIN_PROTOCOLS.includes(p));
  if (protocols === undefined || protocols.length === 0) {
    problems.push(`${where}.customOriginConfig.originSslProtocols is absent; set it to ["TLSv1.2"]`);
  } else if (weak.length > 0) {
    problems.push(`${where}.customOriginConfig.originSslProtocols allows ${weak.join(', ')}; set it to ["TLSv1.2"] only`);
  }
  if (problems.length > 0) return fail(problems.join('; '), where);
  return pass(`${where}: https-only with TLSv1.2 only`, where);
}

export const TLS4: Rule = {
  id: 'TLS4',
  resource: {
    kinds: ['cloudfront:Distribution'],
    check(fact) {
      const origins = propsOf(fact, CLOUDFRONT_DISTRIBUTION).list('origins');
      if (isUnknown(origins)) return [unknown(origins, 'origins')];
      const out: Verdict[] = [];
      (origins ?? []).forEach((origin, i) => {
        const where = `origins[${i}]`;
        if (isUnknown(origin)) {
          out.push(unknown(origin, where));
          return;
        }
        if (!isProps(origin)) return;
        const config = typed<OriginProps>(origin).obj('customOriginConfig');
        if (config !== undefined) out.push(originVerdict(config, where));
      });
      if (out.length === 0) return [notApplicable('the distribution has no custom origins (S3 REST and VPC origins are reached inside AWS)')];
      return out;
    },
  },
};
