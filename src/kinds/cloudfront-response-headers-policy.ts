/**
 * CloudFront response headers policies (HDR1-4, HDR6): the headers CloudFront adds to the responses of
 * the behaviors attached to the policy. CloudFormation writes them inside `ResponseHeadersPolicyConfig`.
 */
import { isUnknown } from '../core/values';
import { allUnknown, renamed, unwrapped } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

/**
 * A security header. It replaces one the origin sends only with `override` true; without it CloudFront
 * keeps the origin's header when there is one.
 */
export interface SecurityHeaderProps {
  override?: boolean;
}

export interface StrictTransportSecurityProps extends SecurityHeaderProps {
  accessControlMaxAgeSec?: number;
  includeSubdomains?: boolean;
  preload?: boolean;
}

export interface ReferrerPolicyProps extends SecurityHeaderProps {
  referrerPolicy?: string;
}

export interface ContentSecurityPolicyProps extends SecurityHeaderProps {
  contentSecurityPolicy?: string;
}

export interface SecurityHeadersConfigProps {
  strictTransportSecurity?: StrictTransportSecurityProps;
  referrerPolicy?: ReferrerPolicyProps;
  contentSecurityPolicy?: ContentSecurityPolicyProps;
  /** X-Content-Type-Options: nosniff, the header's only value. */
  contentTypeOptions?: SecurityHeaderProps;
  frameOptions?: SecurityHeaderProps & { frameOption?: string };
  xssProtection?: SecurityHeaderProps & { protection?: boolean; modeBlock?: boolean; reportUri?: string };
}

/** One header of `customHeadersConfig.items` (names compare case-insensitively). */
export interface CustomHeaderProps {
  header?: string;
  value?: string;
  override?: boolean;
}

export interface ResponseHeadersPolicyProps {
  name?: string;
  comment?: string;
  securityHeadersConfig?: SecurityHeadersConfigProps;
  customHeadersConfig?: { items?: CustomHeaderProps[] };
  removeHeadersConfig?: { items?: { header?: string }[] };
  corsConfig?: { accessControlAllowOrigins?: { items?: string[] }; accessControlAllowCredentials?: boolean; originOverride?: boolean };
}

const RESPONSE_HEADERS_POLICY_INPUTS = ['name', 'comment', 'corsConfig', 'customHeadersConfig', 'removeHeadersConfig', 'securityHeadersConfig', 'serverTimingHeadersConfig'] as const;

/** `ResponseHeadersPolicyConfig` unwrapped; inside it every Pulumi name is the camelCase of CloudFormation's. */
const responseHeadersPolicy: CfnMapping = ({ props }) => {
  const { config, others } = unwrapped(props, 'ResponseHeadersPolicyConfig');
  if (isUnknown(config)) return [{ props: { ...renamed(others), ...allUnknown(RESPONSE_HEADERS_POLICY_INPUTS, config) } }];
  return [{ props: { ...renamed(others), ...renamed(config) } }];
};

export const CLOUDFRONT_RESPONSE_HEADERS_POLICY = defineKind<ResponseHeadersPolicyProps>()({
  kind: 'cloudfront:ResponseHeadersPolicy',
  pulumi: ['aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy'],
  cfn: { 'AWS::CloudFront::ResponseHeadersPolicy': responseHeadersPolicy },
  // camelCase reads `XSSProtection` as `xssProtection`; back from it, PascalCase alone would say `XssProtection`.
  pathNames: { XSSProtection: 'xssProtection' },
  wrapper: { key: 'ResponseHeadersPolicyConfig', inputs: RESPONSE_HEADERS_POLICY_INPUTS },
});
