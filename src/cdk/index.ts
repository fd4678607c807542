/**
 * `marketplace-guardrails/cdk`: the CDK side. Kept apart from the package's main entry because it loads
 * aws-cdk-lib and cdk-nag, optional peers that Pulumi users do not install.
 */
export { MarketplaceChecks, ruleSuffixOf } from './marketplace-checks';
export type { MarketplaceChecksProps } from './marketplace-checks';
