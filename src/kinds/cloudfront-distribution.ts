/**
 * CloudFront distributions (TLS1-4, HDR1-6, LOG2). CloudFormation writes everything inside
 * `DistributionConfig`, names the ordered behaviors `CacheBehaviors` and logging `Logging`, wraps origin
 * group lists as `{Quantity, Items}`, and still accepts the legacy single `CustomOrigin`/`S3Origin`.
 */
import { PropValue, Props } from '../core/props';
import { isUnknown } from '../core/values';
import { isProps } from '../cfn/mappings/common';
import { Renames, Writable, allUnknown, defined, eachItem, itemsOf, omit, renamed, unwrapped } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { TTL_RENAMES, TtlProps } from './shared/cloudfront';

/** A cache behavior: the default one or an ordered one. */
export interface CacheBehaviorProps extends TtlProps {
  /** Ordered behaviors only; the default behavior serves `*`. */
  pathPattern?: string;
  targetOriginId?: string;
  /** `allow-all`, `redirect-to-https` or `https-only`; CloudFormation and CDK default to allow-all. */
  viewerProtocolPolicy?: string;
  /** Absent: the behavior's legacy TTL settings apply (CloudFront defaults minTtl 0, defaultTtl 86400, maxTtl 31536000). */
  cachePolicyId?: string;
  /** Absent: CloudFront adds no response headers. */
  responseHeadersPolicyId?: string;
  originRequestPolicyId?: string;
}

/** Any origin CloudFront reaches over the internet, S3 website endpoints included. */
export interface CustomOriginConfigProps {
  /** `http-only`, `match-viewer` or `https-only`. */
  originProtocolPolicy?: string;
  originSslProtocols?: string[];
  httpPort?: number;
  httpsPort?: number;
}

export interface OriginProps {
  domainName?: string;
  originId?: string;
  originAccessControlId?: string;
  customOriginConfig?: CustomOriginConfigProps;
  s3OriginConfig?: { originAccessIdentity?: string };
  vpcOriginConfig?: { vpcOriginId?: string };
}

export interface DistributionProps {
  /** An output: the `*.cloudfront.net` name CloudFront gives the distribution (DNS records alias it). */
  domainName?: string;
  aliases?: string[];
  comment?: string;
  enabled?: boolean;
  defaultCacheBehavior?: CacheBehaviorProps;
  orderedCacheBehaviors?: CacheBehaviorProps[];
  origins?: OriginProps[];
  originGroups?: { originId?: string; members?: { originId?: string }[]; failoverCriteria?: { statusCodes?: number[] } }[];
  viewerCertificate?: {
    /** Without a custom certificate (ACM or IAM) CloudFront serves `*.cloudfront.net` and holds viewers at TLSv1. */
    cloudfrontDefaultCertificate?: boolean;
    acmCertificateArn?: string;
    iamCertificateId?: string;
    /** CloudFront's default with a custom certificate is TLSv1 (../facts/cloudfront-security-policies.ts). */
    minimumProtocolVersion?: string;
    sslSupportMethod?: string;
  };
  /** Standard (legacy) logging; absent: CloudFront logs nothing. */
  loggingConfig?: { bucket?: string; prefix?: string; includeCookies?: boolean };
  webAclId?: string;
}

const DISTRIBUTION_INPUTS = [
  'aliases',
  'comment',
  'continuousDeploymentPolicyId',
  'customErrorResponses',
  'defaultCacheBehavior',
  'defaultRootObject',
  'enabled',
  'httpVersion',
  'isIpv6Enabled',
  'loggingConfig',
  'orderedCacheBehaviors',
  'originGroups',
  'origins',
  'priceClass',
  'restrictions',
  'staging',
  'viewerCertificate',
  'webAclId',
] as const;

/** CloudFormation names inside `DistributionConfig` whose Pulumi name is not their camelCase. */
const DISTRIBUTION_RENAMES: Renames = {
  ...TTL_RENAMES,
  CacheBehaviors: 'orderedCacheBehaviors',
  Logging: 'loggingConfig',
  CloudFrontDefaultCertificate: 'cloudfrontDefaultCertificate',
  // Origins[].Id and OriginGroups.Items[].Id; members name theirs OriginId already.
  Id: 'originId',
  IPV6Enabled: 'isIpv6Enabled',
  WebACLId: 'webAclId',
  OriginSSLProtocols: 'originSslProtocols',
  OriginCustomHeaders: 'customHeaders',
  HeaderName: 'name',
  HeaderValue: 'value',
  ErrorCachingMinTTL: 'errorCachingMinTtl',
  FunctionARN: 'functionArn',
  LambdaFunctionARN: 'lambdaArn',
  CNAMEs: 'cnames',
};

/**
 * The legacy single origins (`CustomOrigin`, `S3Origin` with `DNSName`) as Pulumi origins, so their
 * protocol settings are judged like any other origin's.
 */
function legacyOrigins(custom: PropValue | undefined, s3: PropValue | undefined): PropValue[] | undefined {
  const origins: PropValue[] = [];
  if (isProps(custom)) origins.push(defined({ domainName: custom.dnsName, customOriginConfig: omit(custom, ['dnsName']) }));
  else if (isUnknown(custom)) origins.push(custom);
  if (isProps(s3)) origins.push(defined({ domainName: s3.dnsName, s3OriginConfig: defined({ originAccessIdentity: s3.originAccessIdentity }) }));
  else if (isUnknown(s3)) origins.push(s3);
  return origins.length > 0 ? origins : undefined;
}

/** An origin group's `{Quantity, Items}` wrappers as Pulumi's plain lists. */
function originGroup(group: Props): PropValue {
  const criteria = group.failoverCriteria;
  return defined({
    ...group,
    failoverCriteria: isProps(criteria) ? defined({ statusCodes: itemsOf(criteria.statusCodes) }) : criteria,
    members: itemsOf(group.members),
  });
}

const distribution: CfnMapping = ({ props }) => {
  const { config, others } = unwrapped(props, 'DistributionConfig');
  if (isUnknown(config)) return [{ props: { ...renamed(others), ...allUnknown(DISTRIBUTION_INPUTS, config) } }];
  const { customOrigin, s3Origin, cnames, originGroups, ...rest } = renamed(config, DISTRIBUTION_RENAMES);
  const out: Writable = { ...renamed(others), ...rest };
  if (originGroups !== undefined) out.originGroups = eachItem(itemsOf(originGroups), originGroup) ?? null;
  const legacy = out.origins === undefined ? legacyOrigins(customOrigin, s3Origin) : undefined;
  if (legacy) out.origins = legacy;
  if (out.aliases === undefined && cnames !== undefined) out.aliases = cnames;
  return [{ props: out }];
};

export const CLOUDFRONT_DISTRIBUTION = defineKind<DistributionProps>()({
  kind: 'cloudfront:Distribution',
  pulumi: ['aws:cloudfront/distribution:Distribution'],
  cfn: { 'AWS::CloudFront::Distribution': distribution },
  pathNames: DISTRIBUTION_RENAMES,
  wrapper: { key: 'DistributionConfig', inputs: DISTRIBUTION_INPUTS },
});
