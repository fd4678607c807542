/**
 * The parameters REQUIREMENTS.md lets users set. Each rule names the ones it reads; a policy's config
 * schema offers exactly those. Defaults are the catalog's.
 */
export interface Params {
  /** NET1: ports allowed for egress to the internet. */
  allowedEgressPorts: number[];
  /** NET1: destination CIDRs (other than the internet) that egress on any port may reach. */
  allowedEgressCidrs: string[];
  /** NET2: ports allowed for ingress from the internet. */
  allowedIngressPorts: number[];
  /** SEC2: the longest allowed rotation interval, in days. */
  maxRotationDays: number;
  /** HDR4: path patterns of static assets that may be cached. */
  staticPathPatterns: string[];
  /** DNS1: hosts outside the stack that the team owns and may point records at. */
  ownedExternalHosts: string[];
  /** DATA3: accept SSE-S3 (AES256) default encryption instead of SSE-KMS. */
  acceptSseS3: boolean;
  /** LOG1: the audit trail is managed outside this stack (e.g. an organization trail). */
  auditTrailManagedElsewhere: boolean;
  /** LOG4: monitoring (GuardDuty, Config, Security Hub) is managed outside this stack. */
  monitoringManagedElsewhere: boolean;
}

export type ParamName = keyof Params;

export const DEFAULT_PARAMS: Readonly<Params> = Object.freeze({
  allowedEgressPorts: [443],
  allowedEgressCidrs: [],
  allowedIngressPorts: [80, 443],
  maxRotationDays: 90,
  staticPathPatterns: ['/static/*', '/assets/*', '*.js', '*.css', '*.png', '*.jpg', '*.svg', '*.woff2', '*.ico'],
  ownedExternalHosts: [],
  acceptSseS3: false,
  auditTrailManagedElsewhere: false,
  monitoringManagedElsewhere: false,
});

/** JSON-schema fragments for each parameter, for the policy config schema. */
export const PARAM_SCHEMAS: Record<ParamName, { type: string; items?: { type: string }; description: string; minimum?: number }> = {
  allowedEgressPorts: { type: 'array', items: { type: 'integer' }, description: 'Ports allowed for egress to the internet.' },
  allowedEgressCidrs: { type: 'array', items: { type: 'string' }, description: 'Non-internet destination CIDRs egress may reach on any port.' },
  allowedIngressPorts: { type: 'array', items: { type: 'integer' }, description: 'Ports allowed for ingress from the internet.' },
  maxRotationDays: { type: 'integer', minimum: 1, description: 'Longest allowed secret rotation interval, in days.' },
  staticPathPatterns: { type: 'array', items: { type: 'string' }, description: 'CloudFront path patterns of static assets that may be cached.' },
  ownedExternalHosts: { type: 'array', items: { type: 'string' }, description: 'Hosts outside the stack that DNS records may point at (exact or *.suffix).' },
  acceptSseS3: { type: 'boolean', description: 'Accept SSE-S3 (AES256) bucket encryption instead of SSE-KMS.' },
  auditTrailManagedElsewhere: { type: 'boolean', description: 'The CloudTrail audit trail is managed outside this stack.' },
  monitoringManagedElsewhere: { type: 'boolean', description: 'GuardDuty / AWS Config / Security Hub are managed outside this stack.' },
};
