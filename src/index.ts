/**
 * The package's main entry: the requirement catalog, the engine-neutral rules and engine, and the
 * template scan. The CDK pack and constructs have entries of their own (`marketplace-guardrails/cdk`,
 * `marketplace-guardrails/constructs`) so that this one never loads aws-cdk-lib, an optional peer.
 */
export { REQUIREMENTS, requirement, isRequirementId } from './catalog';
export type { Area, Enforcement, Marketplace, Requirement, SourceRef } from './catalog/types';
export { RULES, ruleFor } from './rules';
export { evaluate } from './core/engine';
export type { EngineConfig, EnforcementSetting } from './core/engine';
export { summarize } from './core/findings';
export type { Finding, FindingStatus, Summary } from './core/findings';
export type { Exemption } from './core/exemptions';
export type { Params } from './core/params';
export type { Report } from './core/report';
export { runScan } from './cfn/scan';
export type { ScanOptions } from './cfn/scan';
