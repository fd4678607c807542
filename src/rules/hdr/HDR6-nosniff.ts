import { Fact, StackFacts } from '../../core/facts';
import { Props } from '../../core/props';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { customHeader, judgeBehaviors, judgeResponseHeadersPolicy } from './cloudfront-behaviors';
import { judgeInternetFacingListeners } from './load-balancers';
import { ResponseHeadersPolicyProps } from '../../kinds/cloudfront-response-headers-policy';
import { LB_LISTENER } from '../../kinds/lb-listener';
import { propsOf, typed } from '../../kinds/typed-props';

const CF_FIX = 'attach a response headers policy with securityHeadersConfig.contentTypeOptions { override: true } (X-Content-Type-Options: nosniff)';

function judgePolicy(policy: Props, policyName: string): Verdict {
  // contentTypeOptions has no value: its presence makes CloudFront send X-Content-Type-Options: nosniff.
  const cto = typed<ResponseHeadersPolicyProps>(policy).obj('securityHeadersConfig.contentTypeOptions');
  if (isUnknown(cto)) return unknown(cto);
  if (cto !== undefined) return pass(`${policyName} sends X-Content-Type-Options: nosniff (securityHeadersConfig.contentTypeOptions)`);
  const custom = customHeader(policy, 'X-Content-Type-Options');
  if (isUnknown(custom)) return unknown(custom);
  if (custom === undefined) return fail(`${policyName} sets no X-Content-Type-Options header; ${CF_FIX}`);
  if (isUnknown(custom.value)) return unknown(custom.value);
  if (custom.value?.trim().toLowerCase() !== 'nosniff') return fail(`${policyName} ${custom.path} sets X-Content-Type-Options to "${custom.value ?? ''}", not nosniff; ${CF_FIX}`);
  return pass(`${policyName} ${custom.path} sends X-Content-Type-Options: nosniff`);
}

function judgeListener(listener: Fact): Verdict {
  const property = 'routingHttpResponseXContentTypeOptionsHeaderValue';
  const value = propsOf(listener, LB_LISTENER).str(property);
  if (isUnknown(value)) return unknown(value);
  const fix = `set ${property} to "nosniff"`;
  if (value === undefined) return fail(`${property} is absent, so the load balancer adds no X-Content-Type-Options header; ${fix}`);
  if (value.trim().toLowerCase() !== 'nosniff') return fail(`${property} is "${value}", not nosniff; ${fix}`);
  return pass(`${property} is nosniff`);
}

export const HDR6: Rule = {
  id: 'HDR6',
  stack: {
    kinds: ['cloudfront:Distribution', 'lb:Listener'],
    check(stack: StackFacts) {
      return [...judgeBehaviors(stack, (b) => judgeResponseHeadersPolicy(stack, b, judgePolicy, CF_FIX)), ...judgeInternetFacingListeners(stack, { protocols: ['HTTPS'], judge: judgeListener })];
    },
  },
};
