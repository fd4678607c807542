import { Fact, StackFacts } from '../../core/facts';
import { Props } from '../../core/props';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { allOf, customHeader, judgeBehaviors, judgeResponseHeadersPolicy } from './cloudfront-behaviors';
import { judgeInternetFacingListeners } from './load-balancers';
import { ResponseHeadersPolicyProps, SecurityHeadersConfigProps } from '../../kinds/cloudfront-response-headers-policy';
import { LB_LISTENER } from '../../kinds/lb-listener';
import { propsOf, typed } from '../../kinds/typed-props';

/** One year, the minimum max-age the marketplaces ask for. */
export const HSTS_MIN_MAX_AGE = 31536000;
export const HSTS_VALUE = `max-age=${HSTS_MIN_MAX_AGE}; includeSubDomains`;

const CF_FIX = `attach a response headers policy whose securityHeadersConfig.strictTransportSecurity has accessControlMaxAgeSec >= ${HSTS_MIN_MAX_AGE}, ` + 'includeSubdomains true and override true';

export interface HstsValue {
  maxAge?: number;
  includeSubDomains: boolean;
  preload: boolean;
  /** Why the value does not conform to RFC 6797 section 6.1; browsers then ignore the whole header (6.1 item 4). */
  invalid?: string;
}

/** RFC 2616 section 2.2 `token`: any CHAR but CTLs and separators (RFC 6797 section 6.1 takes its grammar from RFC 2616). */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** RFC 2616 `quoted-string`: qdtext or backslash-escaped characters between double quotes. */
const QUOTED_STRING = /^"((?:[^"\\\x00-\x08\x0a-\x1f\x7f]|\\[\x00-\x7f])*)"$/;

/**
 * The `;`-separated parts of a header value, `;` inside a quoted-string kept (a quoted-string may hold
 * any text); undefined when a quoted-string is not closed. One linear pass: header values come from
 * templates anyone may write.
 */
function directiveTexts(value: string): string[] | undefined {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  if (quoted) return undefined;
  parts.push(value.slice(start));
  return parts;
}

/**
 * Parses a Strict-Transport-Security header value by RFC 6797 section 6.1: `[ directive ] *( ";" [ directive ] )`,
 * directives in any order (item 1), each at most once (item 2: "All directives MUST appear only once"),
 * names case-insensitive (item 3), values a token or a quoted-string; unknown directives are ignored
 * (item 5). `max-age` is REQUIRED and its value is delta-seconds, optionally quoted (6.1.1);
 * `includeSubDomains` takes no value (6.1.2). `preload` is the hstspreload.org directive, not RFC 6797.
 * A value that does not conform is ignored by browsers as a whole (6.1 item 4; curl's lib/hsts.c also
 * rejects a repeated max-age or includeSubDomains): it is returned with `invalid` and no directives.
 */
export function parseHsts(value: string): HstsValue {
  const ignored = (invalid: string): HstsValue => ({ includeSubDomains: false, preload: false, invalid });
  const out: HstsValue = { includeSubDomains: false, preload: false };
  const seen = new Set<string>();
  const texts = directiveTexts(value);
  if (!texts) return ignored('has a quoted-string that is not closed (RFC 6797 section 6.1)');
  for (const text of texts) {
    // `directive-name [ "=" directive-value ]`, with optional white space around the parts (RFC 2616 implied *LWS).
    const eq = text.indexOf('=');
    const rawName = (eq < 0 ? text : text.slice(0, eq)).trim();
    const rawValue = eq < 0 ? undefined : text.slice(eq + 1).trim();
    if (rawName === '' && rawValue === undefined) continue;
    if (!TOKEN.test(rawName)) return ignored(`has a directive name "${rawName}" that is not a token (RFC 6797 section 6.1)`);
    const name = rawName.toLowerCase();
    if (seen.has(name)) return ignored(`repeats the directive ${rawName} (RFC 6797 section 6.1: "All directives MUST appear only once")`);
    seen.add(name);
    let arg: string | undefined;
    if (rawValue !== undefined) {
      const quoted = QUOTED_STRING.exec(rawValue);
      if (quoted) arg = quoted[1].replace(/\\(.)/g, '$1');
      else if (TOKEN.test(rawValue)) arg = rawValue;
      else return ignored(`gives ${rawName} the value "${rawValue}", which is neither a token nor a quoted-string (RFC 6797 section 6.1)`);
    }
    if (name === 'max-age') {
      if (arg === undefined || !/^\d+$/.test(arg)) return ignored(`has max-age ${arg === undefined ? 'without a value' : `"${arg}"`}, not delta-seconds (RFC 6797 section 6.1.1)`);
      out.maxAge = Number(arg);
    } else if (name === 'includesubdomains') {
      if (arg !== undefined) return ignored(`gives includeSubDomains a value, which it does not take (RFC 6797 section 6.1.2)`);
      out.includeSubDomains = true;
    } else if (name === 'preload') out.preload = true;
  }
  return out;
}

function judgeHstsValue(value: string, where: string, fix: string): Verdict {
  const hsts = parseHsts(value);
  if (hsts.invalid) return fail(`${where} "${value}" ${hsts.invalid}, so browsers ignore the header; ${fix}`);
  const problems: string[] = [];
  if (hsts.maxAge === undefined) problems.push('has no max-age');
  else if (hsts.maxAge < HSTS_MIN_MAX_AGE) problems.push(`has max-age ${hsts.maxAge}, less than one year (${HSTS_MIN_MAX_AGE})`);
  if (!hsts.includeSubDomains) problems.push('has no includeSubDomains');
  if (problems.length > 0) return fail(`${where} "${value}" ${problems.join(' and ')}; ${fix}`);
  return pass(`${where} is "${value}"`);
}

/** HSTS from a response headers policy: the security header, or failing that a custom Strict-Transport-Security header. */
function judgePolicy(policy: Props, policyName: string): Verdict {
  const sts = typed<ResponseHeadersPolicyProps>(policy).obj('securityHeadersConfig.strictTransportSecurity');
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
  const hsts = typed<NonNullable<SecurityHeadersConfigProps['strictTransportSecurity']>>(sts);
  const maxAge = hsts.num('accessControlMaxAgeSec');
  const includeSubdomains = hsts.bool('includeSubdomains');
  const override = hsts.bool('override');
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
  const value = propsOf(listener, LB_LISTENER).str(property);
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
      return [...judgeBehaviors(stack, (b) => judgeResponseHeadersPolicy(stack, b, judgePolicy, CF_FIX)), ...judgeInternetFacingListeners(stack, { protocols: ['HTTPS'], judge: judgeListener })];
    },
  },
};
