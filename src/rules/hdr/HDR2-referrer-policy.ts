import { StackFacts } from '../../core/facts';
import { Props } from '../../core/props';
import { Rule, StackVerdict, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { customHeader, judgeBehaviors, judgeResponseHeadersPolicy } from './cloudfront-behaviors';
import { exposureOf, loadBalancersBehindCloudFront } from './load-balancers';
import { ResponseHeadersPolicyProps, SecurityHeadersConfigProps } from '../../kinds/cloudfront-response-headers-policy';
import { typed } from '../../kinds/typed-props';

/** The two policies the Atlassian requirement names: both send the full URL (path and query, e.g. a JWT) to other sites. */
export const LEAKING_REFERRER_POLICIES: readonly string[] = ['no-referrer-when-downgrade', 'unsafe-url'];

const CF_FIX = "attach a response headers policy whose securityHeadersConfig.referrerPolicy has referrerPolicy 'strict-origin' (or 'no-referrer', 'origin') and override true";

function judgeValue(value: string, where: string): Verdict {
  // A header may list several policies; browsers apply the last one they understand.
  const tokens = value
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '');
  const effective = tokens[tokens.length - 1];
  if (effective === undefined) return fail(`${where} is empty; ${CF_FIX}`);
  if (LEAKING_REFERRER_POLICIES.includes(effective)) return fail(`${where} is ${effective}, which sends full URLs (including tokens in them) to other sites; ${CF_FIX}`);
  return pass(`${where} is ${effective}`);
}

function judgePolicy(policy: Props, policyName: string): Verdict {
  const rp = typed<ResponseHeadersPolicyProps>(policy).obj('securityHeadersConfig.referrerPolicy');
  if (isUnknown(rp)) return unknown(rp);
  if (rp !== undefined) {
    const value = typed<NonNullable<SecurityHeadersConfigProps['referrerPolicy']>>(rp).str('referrerPolicy');
    if (isUnknown(value)) return unknown(value);
    if (value === undefined) return fail(`${policyName} securityHeadersConfig.referrerPolicy.referrerPolicy is absent; ${CF_FIX}`);
    return judgeValue(value, `${policyName} securityHeadersConfig.referrerPolicy.referrerPolicy`);
  }
  const custom = customHeader(policy, 'Referrer-Policy');
  if (isUnknown(custom)) return unknown(custom);
  if (custom === undefined) return fail(`${policyName} sets no Referrer-Policy header; ${CF_FIX}`);
  if (isUnknown(custom.value)) return unknown(custom.value);
  return judgeValue(custom.value ?? '', `${policyName} ${custom.path} (Referrer-Policy)`);
}

/**
 * An Application Load Balancer cannot add Referrer-Policy (its header attributes cover HSTS, CSP,
 * X-Content-Type-Options, X-Frame-Options and CORS only), so for an internet-facing ALB that no
 * CloudFront distribution of the stack fronts, the app itself must send it: an advisory.
 */
function judgeLoadBalancers(stack: StackFacts): StackVerdict[] {
  const lbs = stack.ofKind('lb:LoadBalancer');
  if (lbs.length === 0) return [];
  const fronting = loadBalancersBehindCloudFront(stack);
  return lbs.map((lb): StackVerdict => {
    const advisory = (v: Verdict): StackVerdict => ({ ...v, enforcement: 'advisory', subject: lb });
    const exposure = exposureOf(lb);
    if (exposure !== 'internet-facing') return advisory(exposure);
    const behind = fronting.behind.get(lb.key);
    if (behind) {
      return advisory(notApplicable(`served through CloudFront distribution ${behind.join(', ')}, whose behaviors are checked for Referrer-Policy`));
    }
    const maybe = [...(fronting.maybe.get(lb.key) ?? []), ...fronting.unresolved.map((d) => d.name)];
    if (maybe.length > 0) {
      return advisory({
        ...unknown(new Unknown('origins')),
        message: `the origins of CloudFront distribution ${maybe.join(', ')} are not known until deployment, so whether this load balancer is served through CloudFront (which can add Referrer-Policy) cannot be checked now`,
      });
    }
    return advisory(
      fail(
        'an Application Load Balancer cannot add a Referrer-Policy header: the app behind it must send Referrer-Policy: strict-origin ' +
          '(or no-referrer, origin) on every response, or serve it through CloudFront with a response headers policy that sets it',
      ),
    );
  });
}

export const HDR2: Rule = {
  id: 'HDR2',
  stack: {
    kinds: ['cloudfront:Distribution', 'lb:LoadBalancer'],
    check(stack: StackFacts) {
      return [...judgeBehaviors(stack, (b) => judgeResponseHeadersPolicy(stack, b, judgePolicy, CF_FIX)), ...judgeLoadBalancers(stack)];
    },
  },
};
