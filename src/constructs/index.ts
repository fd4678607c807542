/**
 * Hardened CDK constructs: compliant with the marketplace requirements by default
 * (`marketplace-guardrails/constructs`). aws-cdk-lib and constructs are optional peer dependencies.
 */
export * from './audit-trail';
export * from './content-security-policy';
export * from './egress-domain-allowlist';
export * from './restricted-egress-security-group';
export * from './secure-bucket';
export * from './secure-distribution';
export * from './secure-load-balancer';
export * from './security-headers';
export * from './shared-secret';
export * from './refuse';
