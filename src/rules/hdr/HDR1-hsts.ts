import { Fact, StackFacts } from '../../core/facts';
import { Props, bool, num, obj, str } from '../../core/props';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { allOf, customHeader, judgeBehaviors, judgeResponseHeadersPolicy } from './cloudfront-behaviors';
import { judgeInternetFacingListeners } from './load-balancers';

/** One year, the minimum max-age the marketplaces ask for. */
export const HSTS_MIN_MAX_AGE = 31536000;
export const HSTS_VALUE = `max-age=${HSTS_MIN_MAX_AGE}; includeSubDomains`;

const CF_FIX =
  `attach a response headers policy whose securityHeadersConfig.strictTransportSecurity has accessControlMaxAgeSec >= ${HSTS_MIN_MAX_AGE}, ` +
  'includeSubdomains true and override true';

export interface HstsValue {
  maxAge?: number;
  includeSubDomains: boolean;
  preload: boolean;
}

/** Parses a Strict-Transport-Security header value (RFC 6797: `;`-separated directives, names case-insensitive, values may be quoted). */
export function parseHsts(value: string): HstsValue {
  const out: HstsValue = { includeSubDomains: false, preload: false };
  for (const part of value.split(';')) {
    const [rawName, ...rest] = part.split('=');
    const name = rawName.trim().toLowerCase();
    const arg = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    if (name === 'max-age' && out.maxAge === undefined && /^\d+$/.test(arg)) out.maxAge = Number(arg);
    else if (name === 'includesubdomains') out.includeSubDomains = true;
    else if (name === 'preload') out.preload = true;
  }
  return out;
}

function judgeHstsValue(value: string, where: string, fix: string): Verdict {
  const hsts = parseHsts(value);
  const problems: string[] = [];
  if (hsts.maxAge === undefined) problems.push('has no max-age');
  else if (hsts.maxAge < HSTS_MIN_MAX_AGE) problems.push(`has max-age ${hsts.maxAge}, less than one year (${HSTS_MIN_MAX_AGE})`);
  if (!hsts.includeSubDomains) problems.push('has no includeSubDomains');
  if (problems.length > 0) return fail(`${where} "${value}" ${problems.join(' and ')}; ${fix}`);
  return pass(`${where} is "${value}"`);
}

/** HSTS from a response headers policy: the security header, or failing that a custom Strict-Transport-Security header. */
function judgePolicy(policy: Props, policyName: string): Verdict {
  const sts = obj(policy, 'securityHeadersConfig.strictTransportSecurity');
  if (isUnknown(sts)) return unknown(sts);
  if (sts === undefined) {
    const custom = customHeader(policy, 'Strict-Transport-Security');
    if (isUnknown(custom)) return unknown(custom);
    if (custom === undefined) return fail(`${policyName} sets no Strict-Transport-Security header; ${CF_FIX}`);
    if (isUnknown(custom.value)) return unknown(custom.value);
    if (isUnknown(custom.override)) return unknown(custom.override);
    const value = judgeHstsValue(custom.value ?? '', `${policyName} ${custom.path}`, CF_FIX);
    if (custom.override !== true) {
      return allOf([value, fail(`${policyName} ${custom.path}.override is not true, so the origin's own Strict-Transport-Security wins; ${CF_FIX}`)]);
    }
    return value;
  }
  const prefix = `${policyName} securityHeadersConfig.strictTransportSecurity`;
  const maxAge = num(sts, 'accessControlMaxAgeSec');
  const includeSubdomains = bool(sts, 'includeSubdomains');
  const override = bool(sts, 'override');
  const problems: string[] = [];
  let later: Unknown | undefined;
  if (isUnknown(maxAge)) later ??= maxAge;
  else if (maxAge === undefined || maxAge < HSTS_MIN_MAX_AGE) problems.push(`accessControlMaxAgeSec is ${maxAge ?? 'absent'} (at least ${HSTS_MIN_MAX_AGE} required)`);
  if (isUnknown(includeSubdomains)) later ??= includeSubdomains;
  else if (includeSubdomains !== true) problems.push(`includeSubdomains is ${includeSubdomains === false ? 'false' : 'absent (default false)'}`);
  if (isUnknown(override)) later ??= override;
  // Without override, CloudFront keeps the origin's Strict-Transport-Security when the origin sends one.
  else if (override !== true) problems.push(`override is ${override === false ? 'false' : 'absent'}, so the origin's header wins`);
  if (problems.length > 0) return fail(`${prefix}: ${problems.join(', ')}; ${CF_FIX}`);
  if (later) return unknown(later);
  return pass(`${prefix} sends max-age=${maxAge}; includeSubDomains, overriding the origin`);
}

function judgeListener(listener: Fact): Verdict {
  const property = 'routingHttpResponseStrictTransportSecurityHeaderValue';
  const value = str(listener.props, property);
  if (isUnknown(value)) return unknown(value);
  const fix = `set ${property} to "${HSTS_VALUE}"`;
  if (value === undefined) return fail(`${property} is absent, so the load balancer adds no Strict-Transport-Security header; ${fix}`);
  return judgeHstsValue(value, property, fix);
}

export const HDR1: Rule = {
  id: 'HDR1',
  stack: {
    kinds: ['cloudfront:Distribution', 'lb:Listener'],
    check(stack: StackFacts) {
      return [
        ...judgeBehaviors(stack, (b) => judgeResponseHeadersPolicy(stack, b, judgePolicy, CF_FIX)),
        ...judgeInternetFacingListeners(stack, { protocols: ['HTTPS'], judge: judgeListener }),
      ];
    },
  },
};
