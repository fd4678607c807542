import { StackFacts } from '../../core/facts';
import { Props } from '../../core/props';
import { CheckContext, Rule, Verdict, combineCandidates, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { CACHE_POLICY_DEFAULT_TTLS, CACHING_DISABLED_POLICY_ID, LEGACY_BEHAVIOR_DEFAULT_TTLS, MANAGED_CACHE_POLICIES } from '../../facts/cloudfront-managed-policies';
import { CLOUDFRONT_CACHE_POLICY } from '../../kinds/cloudfront-cache-policy';
import { CacheBehaviorProps } from '../../kinds/cloudfront-distribution';
import { TtlProps } from '../../kinds/shared/cloudfront';
import { TypedProps, propsOf, typed } from '../../kinds/typed-props';
import { Behavior, allOf, customHeader, judgeBehaviors, judgeResponseHeadersPolicy } from './cloudfront-behaviors';

const HEADER_FIX = "attach a response headers policy with customHeadersConfig.items [{ header: 'Cache-Control', value: 'no-cache, no-store', override: true }]";
const CACHE_FIX = `set cachePolicyId to the managed CachingDisabled policy (${CACHING_DISABLED_POLICY_ID}) or a cache policy with minTtl, defaultTtl and maxTtl 0`;

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

/** CloudFront treats `images/*` and `/images/*` alike. */
const withSlash = (p: string): string => (p.startsWith('/') ? p : `/${p}`);

/** A behavior's path pattern is static when a configured pattern covers it (`/static/*` covers `/static/img/*`; `*.js` covers `*.js`). */
export function isStaticPath(pathPattern: string, staticPatterns: readonly string[]): boolean {
  const text = withSlash(pathPattern);
  return staticPatterns.some((p) => globToRegExp(withSlash(p)).test(text));
}

/** The Cache-Control header must stop browsers and shared caches from storing the page, and replace the origin's own. */
function judgeHeaderPolicy(policy: Props, policyName: string): Verdict {
  const custom = customHeader(policy, 'Cache-Control');
  if (isUnknown(custom)) return unknown(custom);
  if (custom === undefined) return fail(`${policyName} sets no Cache-Control header; ${HEADER_FIX}`);
  if (isUnknown(custom.value)) return unknown(custom.value);
  if (isUnknown(custom.override)) return unknown(custom.override);
  const directives = (custom.value ?? '').split(',').map((d) => d.split('=')[0].trim().toLowerCase());
  const missing = ['no-cache', 'no-store'].filter((d) => !directives.includes(d));
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`its Cache-Control "${custom.value ?? ''}" lacks ${missing.join(' and ')}`);
  if (custom.override !== true) problems.push("its Cache-Control override is not true, so the origin's Cache-Control wins");
  if (problems.length > 0) return fail(`${policyName} ${custom.path}: ${problems.join(' and ')}; ${HEADER_FIX}`);
  return pass(`${policyName} sends Cache-Control: ${custom.value ?? ''}, overriding the origin`);
}

interface Ttls {
  minTtl: number;
  defaultTtl: number;
  maxTtl: number;
}

/** Reads minTtl/defaultTtl/maxTtl, applying defaults; Unknown when any is not known. */
function readTtls(props: TypedProps<TtlProps>, defaults: Ttls): Ttls | Unknown {
  const out: Ttls = { ...defaults };
  for (const key of ['minTtl', 'defaultTtl', 'maxTtl'] as const) {
    const v = props.num(key);
    if (isUnknown(v)) return v;
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function judgeTtls(ttls: Ttls, where: string): Verdict {
  const shown = `minTtl ${ttls.minTtl}, defaultTtl ${ttls.defaultTtl}, maxTtl ${ttls.maxTtl}`;
  if (ttls.minTtl === 0 && ttls.defaultTtl === 0 && ttls.maxTtl === 0) return pass(`${where} does not cache (all TTLs 0)`);
  return fail(`${where} caches responses (${shown}), so CloudFront can serve one user's page to another; ${CACHE_FIX}`);
}

function judgeCachePolicy(stack: StackFacts, b: Behavior): Verdict {
  const property = `${b.detail}.cachePolicyId`;
  const r = stack.resolve(b.distribution, `${b.path}.cachePolicyId`, ['cloudfront:CachePolicy']);
  switch (r.to) {
    case 'absent': {
      // No cache policy: the behavior's legacy TTL settings apply, with CloudFront's defaults (1 day default TTL).
      const ttls = readTtls(typed<CacheBehaviorProps>(b.props), LEGACY_BEHAVIOR_DEFAULT_TTLS);
      if (isUnknown(ttls)) return unknown(ttls);
      return judgeTtls(ttls, `${b.detail} has no cachePolicyId and its legacy TTL settings (absent ones default to minTtl 0, defaultTtl 86400, maxTtl 31536000)`);
    }
    case 'unknown':
      return unknown(r.unknown);
    case 'external': {
      const managed = MANAGED_CACHE_POLICIES[r.value];
      if (managed) return judgeTtls(managed, `the AWS managed cache policy ${managed.name}`);
      return { status: 'unknown', message: `${property} is ${r.value}, a cache policy that is neither in this stack nor AWS managed, so its TTLs cannot be checked` };
    }
    case 'resources':
      return combineCandidates(
        r.facts.map((f) => {
          const ttls = readTtls(propsOf(f, CLOUDFRONT_CACHE_POLICY), CACHE_POLICY_DEFAULT_TTLS);
          return isUnknown(ttls) ? unknown(ttls) : judgeTtls(ttls, `cache policy ${f.name}`);
        }),
        property,
      );
  }
}

export const HDR4: Rule = {
  id: 'HDR4',
  params: ['staticPathPatterns'],
  stack: {
    kinds: ['cloudfront:Distribution'],
    check(stack: StackFacts, ctx: CheckContext) {
      return judgeBehaviors(stack, (b) => {
        if (b.path !== 'defaultCacheBehavior') {
          const pattern = typed<CacheBehaviorProps>(b.props).str('pathPattern');
          if (isUnknown(pattern)) return unknown(pattern);
          if (pattern !== undefined && isStaticPath(pattern, ctx.params.staticPathPatterns)) {
            return notApplicable(`pathPattern ${pattern} is a static-asset path (staticPathPatterns), which may be cached`);
          }
        } else if (isStaticPath('*', ctx.params.staticPathPatterns)) {
          return notApplicable('the default behavior (*) is listed as a static-asset path (staticPathPatterns)');
        }
        return allOf([judgeResponseHeadersPolicy(stack, b, judgeHeaderPolicy, HEADER_FIX), judgeCachePolicy(stack, b)]);
      });
    },
  },
};
