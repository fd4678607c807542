/**
 * CloudFront cache policies (HDR4): how long CloudFront keeps the responses of the behaviors attached to
 * the policy. CloudFormation writes them inside `CachePolicyConfig`, and the cookie, header and query
 * string name lists as plain lists where Pulumi wraps each as `{items}`.
 */
import { PropValue } from '../core/props';
import { isUnknown } from '../core/values';
import { isProps } from '../cfn/mappings/common';
import { Writable, allUnknown, defined, renamed, unwrapped, wrapItems } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { TTL_RENAMES, TtlProps } from './shared/cloudfront';

/** Absent TTLs: minTtl 0, defaultTtl 86400, maxTtl 31536000 (../facts/cloudfront-managed-policies.ts CACHE_POLICY_DEFAULT_TTLS). */
export interface CachePolicyProps extends TtlProps {
  name?: string;
  comment?: string;
  parametersInCacheKeyAndForwardedToOrigin?: {
    cookiesConfig?: { cookieBehavior?: string; cookies?: { items?: string[] } };
    headersConfig?: { headerBehavior?: string; headers?: { items?: string[] } };
    queryStringsConfig?: { queryStringBehavior?: string; queryStrings?: { items?: string[] } };
    enableAcceptEncodingBrotli?: boolean;
    enableAcceptEncodingGzip?: boolean;
  };
}

const CACHE_POLICY_INPUTS = ['name', 'comment', 'defaultTtl', 'maxTtl', 'minTtl', 'parametersInCacheKeyAndForwardedToOrigin'] as const;

/** `CachePolicyConfig` unwrapped; the cookie, header and query-string name lists become Pulumi's `{items}`. */
const cachePolicy: CfnMapping = ({ props }) => {
  const { config, others } = unwrapped(props, 'CachePolicyConfig');
  if (isUnknown(config)) return [{ props: { ...renamed(others), ...allUnknown(CACHE_POLICY_INPUTS, config) } }];
  const out: Writable = { ...renamed(others), ...renamed(config, TTL_RENAMES) };
  const params = out.parametersInCacheKeyAndForwardedToOrigin;
  if (isProps(params)) {
    const wrapped = (section: string, list: string): PropValue | undefined => {
      const v = params[section];
      return isProps(v) ? defined({ ...v, [list]: wrapItems(v[list]) }) : v;
    };
    out.parametersInCacheKeyAndForwardedToOrigin = defined({
      ...params,
      cookiesConfig: wrapped('cookiesConfig', 'cookies'),
      headersConfig: wrapped('headersConfig', 'headers'),
      queryStringsConfig: wrapped('queryStringsConfig', 'queryStrings'),
    });
  }
  return [{ props: out }];
};

export const CLOUDFRONT_CACHE_POLICY = defineKind<CachePolicyProps>()({
  kind: 'cloudfront:CachePolicy',
  pulumi: ['aws:cloudfront/cachePolicy:CachePolicy'],
  cfn: { 'AWS::CloudFront::CachePolicy': cachePolicy },
  pathNames: TTL_RENAMES,
  wrapper: { key: 'CachePolicyConfig', inputs: CACHE_POLICY_INPUTS },
});
