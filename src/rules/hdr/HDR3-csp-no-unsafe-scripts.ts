import { Fact, StackFacts } from '../../core/facts';
import { Props } from '../../core/props';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { customHeader, judgeBehaviors, judgeResponseHeadersPolicy } from './cloudfront-behaviors';
import { judgeScriptSources } from './content-security-policy';
import { judgeInternetFacingListeners } from './load-balancers';
import { ResponseHeadersPolicyProps, SecurityHeadersConfigProps } from '../../kinds/cloudfront-response-headers-policy';
import { LB_LISTENER } from '../../kinds/lb-listener';
import { propsOf, typed } from '../../kinds/typed-props';

const EXAMPLE = "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'self'";
const CF_FIX = `attach a response headers policy whose securityHeadersConfig.contentSecurityPolicy sets a policy such as "${EXAMPLE}" (no 'unsafe-inline', 'unsafe-eval' or 'unsafe-hashes' for scripts) with override true`;

function judgeCsp(value: string, where: string, fix: string): Verdict {
  const judgement = judgeScriptSources(value);
  if (!judgement.ok) return fail(`${where} ${judgement.reason}; ${fix}`);
  return pass(`${where} restricts scripts through ${judgement.directive} without unsafe keywords`);
}

function judgePolicy(policy: Props, policyName: string): Verdict {
  const csp = typed<ResponseHeadersPolicyProps>(policy).obj('securityHeadersConfig.contentSecurityPolicy');
  if (isUnknown(csp)) return unknown(csp);
  if (csp !== undefined) {
    const value = typed<NonNullable<SecurityHeadersConfigProps['contentSecurityPolicy']>>(csp).str('contentSecurityPolicy');
    if (isUnknown(value)) return unknown(value);
    return judgeCsp(value ?? '', `${policyName} securityHeadersConfig.contentSecurityPolicy`, CF_FIX);
  }
  const custom = customHeader(policy, 'Content-Security-Policy');
  if (isUnknown(custom)) return unknown(custom);
  if (custom === undefined) return fail(`${policyName} sets no Content-Security-Policy header; ${CF_FIX}`);
  if (isUnknown(custom.value)) return unknown(custom.value);
  return judgeCsp(custom.value ?? '', `${policyName} ${custom.path} (Content-Security-Policy)`, CF_FIX);
}

function judgeListener(listener: Fact): Verdict {
  const property = 'routingHttpResponseContentSecurityPolicyHeaderValue';
  const value = propsOf(listener, LB_LISTENER).str(property);
  if (isUnknown(value)) return unknown(value);
  const fix = `set ${property} to a policy such as "${EXAMPLE}"`;
  if (value === undefined) return fail(`${property} is absent, so the load balancer adds no Content-Security-Policy header (unless the app sends one); ${fix}`);
  return judgeCsp(value, property, fix);
}

export const HDR3: Rule = {
  id: 'HDR3',
  stack: {
    kinds: ['cloudfront:Distribution', 'lb:Listener'],
    check(stack: StackFacts) {
      return [...judgeBehaviors(stack, (b) => judgeResponseHeadersPolicy(stack, b, judgePolicy, CF_FIX)), ...judgeInternetFacingListeners(stack, { protocols: ['HTTPS'], judge: judgeListener })];
    },
  },
};
