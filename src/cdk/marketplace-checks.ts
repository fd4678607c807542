/**
 * `MarketplaceChecks`: the marketplace requirements as a cdk-nag 3 pack, a CDK policy-validation plugin
 * that fails `cdk synth` on mandatory violations:
 *
 *   Validations.of(app).addPlugins(new MarketplaceChecks(app));
 *
 * The pack judges the stack's resolved template (escape-hatch overrides included: at synth the template
 * CDK has just written, through `validateScope` the stack's elements resolved as synth resolves them) with
 * the same facts, rules and engine as `marketplace-guardrails scan`, once per stack; each resource then
 * only looks up its own findings. cdk-nag's own packs run their rules per resource and several of them scan the whole
 * stack each time, which grows with the square of the stack's size.
 *
 * Rule IDs, for `Validations.of(construct).acknowledge({ id, reason })` on the resource, any parent or
 * the stack:
 * - `Marketplace-<ID>`: a failure (error when the requirement is mandatory, warning when advisory);
 * - `Marketplace-<ID>-Unknown`: a value not known at synth (a parameter without a default, an import),
 *   a warning, never reported as a failure;
 * - `[<detail>]` is appended when the finding names a part of the resource
 *   (`Marketplace-HDR1[orderedCacheBehaviors[0]]`); acknowledging the ID without it covers every part;
 * - findings about the whole stack (no audit trail, no monitoring) are reported on the stack's first
 *   resource as `Marketplace-<ID>[stack]`; acknowledge them on the stack.
 * Exemptions written in resource Metadata (`marketplace-guardrails`, or cdk-nag's `rules_to_suppress`)
 * apply as they do for `scan`. Only errors fail validation: warnings are reported, as the CLI reports
 * advisory findings without failing.
 */
import * as fs from 'node:fs';
import { CfnResource, IPolicyValidationContext, PolicyValidationPluginReport, PolicyViolatingResource, PolicyViolation, Stack, Validations } from 'aws-cdk-lib';
import { NagMessageLevel, NagPack, NagPackProps, NagRuleCompliance } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { requirement } from '../catalog';
import { EngineConfig } from '../core/engine';
import { Finding } from '../core/findings';
import { templateFindings } from '../cfn/template-findings';
import { expandTemplate, invisibleFindings } from '../cfn/transforms';
import { NAG_RULE_PREFIX } from '../cfn/metadata-exemptions';
import { RULES } from '../rules';
import { engineConfigFromFile, findPolicyConfigFile, policyConfigOf, readPolicyConfigFile } from '../config/config-file';
import { elementsOf, resolvedTemplate } from './resolved-template';

export interface MarketplaceChecksProps extends NagPackProps {
  /**
   * The policy config: a file's path, or the file's content as an object (the JSON it stands for), read
   * as the Pulumi CLI and the pack read it (src/config). Default: `marketplace-guardrails.config.json`
   * at the repository root when there is one, else the catalog's defaults.
   */
  policyConfig?: string | Record<string, unknown>;
  /** The date date-dependent checks compare with (tests pin it). */
  now?: Date;
}

/** Props of earlier versions, now given in `policyConfig`: refused by name rather than ignored. */
const REPLACED_PROPS = ['enforcement', 'params', 'paramsByRequirement', 'exemptions'];

/** The engine's config from the props, through the same reader as `scan`; one error line otherwise. */
function configOf(props: MarketplaceChecksProps): EngineConfig {
  const replaced = REPLACED_PROPS.find((k) => Object.prototype.hasOwnProperty.call(props, k));
  if (replaced !== undefined) throw new Error(`MarketplaceChecks: "${replaced}" is not a prop: give levels, settings and exemptions in policyConfig, as in the policy config file`);
  if (props.now !== undefined && !(props.now instanceof Date && !Number.isNaN(props.now.getTime()))) throw new Error('MarketplaceChecks: "now" must be a valid Date');
  const given = props.policyConfig;
  if (given !== undefined && typeof given !== 'string' && (typeof given !== 'object' || given === null || Array.isArray(given)))
    throw new Error('MarketplaceChecks: "policyConfig" must be a file path or the config as an object');
  try {
    const file = typeof given === 'string' ? given : given === undefined ? findPolicyConfigFile() : undefined;
    const source = file !== undefined ? readPolicyConfigFile(file) : given !== undefined && typeof given !== 'string' ? policyConfigOf(given) : undefined;
    return { ...engineConfigFromFile(source), now: props.now };
  } catch (e) {
    throw new Error(`MarketplaceChecks: ${(e as Error).message}`);
  }
}

const PACK_NAME = NAG_RULE_PREFIX.replace(/-$/, '');
const STACK_SUFFIX = 'stack';
const UNKNOWN_SUFFIX = '-Unknown';
const REPORTED: ReadonlySet<Finding['status']> = new Set(['fail', 'error', 'unknown']);

/** What one reported finding looks like, kept per rule ID and construct path (see `validateScope`). */
interface Reported {
  severity: 'error' | 'warning';
  description: string;
  fix: string;
}

interface StackFindings {
  byLogicalId: Map<string, Finding[]>;
  /** Construct path to logical ID, from the template's `aws:cdk:path` metadata: a map read instead of a token resolution per resource. */
  logicalIdByPath: Map<string, string>;
  /** Findings about the stack as a whole, reported on `anchor`. */
  stackLevel: Finding[];
  anchor?: CfnResource;
}

/** The rule ID a finding is reported under, without the pack prefix. */
export function ruleSuffixOf(finding: Finding): { base: string; full: string } {
  const base = finding.status === 'unknown' ? `${finding.requirement}${UNKNOWN_SUFFIX}` : finding.requirement;
  const part = finding.detail ?? (finding.resource.key === undefined ? STACK_SUFFIX : undefined);
  return { base, full: part === undefined ? base : `${base}[${part}]` };
}

/** `aws:cdk:path` metadata to logical ID (absent when the app turned path metadata off: callers then resolve the ID). */
function logicalIdsByPath(template: Record<string, unknown>): Map<string, string> {
  const byPath = new Map<string, string>();
  const resources = template.Resources;
  if (typeof resources !== 'object' || resources === null) return byPath;
  for (const [logicalId, resource] of Object.entries(resources as Record<string, { Metadata?: Record<string, unknown> }>)) {
    const cdkPath = resource?.Metadata?.['aws:cdk:path'];
    if (typeof cdkPath === 'string') byPath.set(cdkPath, logicalId);
  }
  return byPath;
}

/** IDs acknowledged on the construct or any of its parents, without CDK's `Annotation::` namespace. */
function acknowledgedIds(construct: IConstruct): Set<string> {
  const ids = new Set<string>();
  for (let c: IConstruct | undefined = construct; c; c = c.node.scope) {
    for (const entry of c.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY || typeof entry.data !== 'object' || entry.data === null) continue;
      for (const id of Object.keys(entry.data as Record<string, unknown>)) ids.add(id.replace(/^annotation::/i, ''));
    }
  }
  return ids;
}

export class MarketplaceChecks extends NagPack {
  override readonly name = PACK_NAME;
  override readonly ruleIds = RULES.map((r) => `${NAG_RULE_PREFIX}${r.id}`);
  private readonly config: EngineConfig;
  private readonly verboseText: boolean;
  private byStack = new WeakMap<Stack, StackFindings>();
  private reported = new Map<string, Reported[]>();
  /** During a validation at synth: the template CDK has just written, per stack construct path. */
  private synthesized = new Map<string, string>();

  constructor(scope?: IConstruct, props: MarketplaceChecksProps = {}) {
    super(scope, props);
    this.packName = PACK_NAME;
    this.config = configOf(props);
    this.verboseText = props.verbose ?? false;
  }

  /**
   * At synth CDK has already resolved and written every template (escape hatches, aspects and all):
   * reading it back costs a JSON parse, where resolving the stack again would cost about what synth does.
   */
  override validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    this.synthesized = new Map(context.stackTemplates.map((t) => [t.stackConstructPath, t.templatePath]));
    try {
      return super.validate(context);
    } finally {
      this.synthesized = new Map();
    }
  }

  /** One validation: stacks are evaluated afresh (the app may have changed since the last one). */
  override validateScope(scope: IConstruct): PolicyValidationPluginReport {
    this.byStack = new WeakMap();
    this.reported = new Map();
    const violations = this.regrouped(super.validateScope(scope).violations);
    return { violations, success: violations.every((v) => v.severity !== 'error') };
  }

  /**
   * cdk-nag groups violations by rule ID and gives the group the level and text of its first resource.
   * One of our IDs can be mandatory on one resource and advisory on another (DATA4: an unencrypted
   * store fails, a table on the AWS-owned key is advisory), and each finding has its own message:
   * regroup by ID, level and message so that no advisory finding is shown (and fails synth) as an error.
   */
  private regrouped(violations: readonly PolicyViolation[]): PolicyViolation[] {
    const groups = new Map<string, { violation: PolicyViolation; resources: PolicyViolatingResource[] }>();
    for (const v of violations) {
      for (const resource of v.violatingResources) {
        const r = this.reported.get(`${v.ruleName}\n${resource.constructPath}`)?.shift();
        const severity = r?.severity ?? v.severity;
        const description = r?.description ?? v.description;
        const key = `${v.ruleName}\n${severity}\n${description}`;
        const group = groups.get(key);
        if (group) group.resources.push(resource);
        else groups.set(key, { violation: { ruleName: v.ruleName, description, severity, fix: r?.fix, violatingResources: [] }, resources: [resource] });
      }
    }
    return [...groups.values()].map((g) => ({ ...g.violation, violatingResources: g.resources }));
  }

  protected checkResource(node: CfnResource): void {
    const stack = Stack.of(node);
    const results = this.findingsOf(stack);
    const logicalId = results.logicalIdByPath.get(node.node.path) ?? (stack.resolve(node.logicalId) as string);
    const own = results.byLogicalId.get(logicalId) ?? [];
    const findings = node === results.anchor ? [...own, ...results.stackLevel] : own;
    if (findings.length === 0) return;
    const acknowledged = acknowledgedIds(node);
    for (const finding of findings) {
      const { base, full } = ruleSuffixOf(finding);
      // Acknowledging the ID without a part covers every part of the resource; cdk-nag checks the full ID.
      if (acknowledged.has(`${NAG_RULE_PREFIX}${base}`)) continue;
      const req = requirement(finding.requirement);
      const unknown = finding.status === 'unknown';
      const info = `${req.title}: ${unknown ? 'cannot be checked at synth: ' : ''}${finding.message}`;
      const explanation = `${req.rationale} Fix (CDK): ${req.fix.cdk}`;
      const error = !unknown && finding.enforcement === 'mandatory';
      const key = `${NAG_RULE_PREFIX}${full}\n${node.node.path}`;
      const list = this.reported.get(key) ?? [];
      list.push({ severity: error ? 'error' : 'warning', description: this.verboseText ? `${info} ${explanation}` : info, fix: req.fix.cdk });
      this.reported.set(key, list);
      this.applyRule({
        ruleSuffixOverride: full,
        info,
        explanation,
        level: error ? NagMessageLevel.ERROR : NagMessageLevel.WARN,
        node,
        rule: () => NagRuleCompliance.NON_COMPLIANT,
      });
    }
  }

  /** The stack's findings, evaluated on first use in this validation. */
  private findingsOf(stack: Stack): StackFindings {
    const cached = this.byStack.get(stack);
    if (cached) return cached;
    const written = this.synthesized.get(stack.node.path);
    const { template, resources } = written
      ? { template: JSON.parse(fs.readFileSync(written, 'utf8')) as Record<string, unknown>, resources: elementsOf(stack).filter((e) => CfnResource.isCfnResource(e)) }
      : resolvedTemplate(stack);
    const file = stack.templateFile;
    // Conditions and parameters are judged over every combination left open, as `scan` judges them.
    // SAM and Fn::ForEach expanded as in `scan`; CDK validates its NestedStacks as stacks of their own.
    const expanded = expandTemplate({ file, template, positions: new Map() });
    const { findings } = templateFindings(expanded.source, RULES, this.config);
    findings.push(...invisibleFindings(expanded.invisible, RULES, this.config));
    const results: StackFindings = {
      byLogicalId: new Map(),
      logicalIdByPath: logicalIdsByPath(template),
      stackLevel: [],
      // CDK adds its own metadata resource to most stacks: findings belong on one of the user's resources.
      anchor: resources.find((r) => r.cfnResourceType !== 'AWS::CDK::Metadata') ?? resources[0],
    };
    for (const finding of findings) {
      if (!REPORTED.has(finding.status)) continue;
      const key = finding.resource.key;
      // Side facts (`Bucket#encryption`) and resources SAM generates belong to the resource written in the template.
      const logicalId = key === undefined ? undefined : expanded.ownerOf(key);
      if (logicalId === undefined) {
        results.stackLevel.push(finding);
        continue;
      }
      const list = results.byLogicalId.get(logicalId);
      if (list) list.push(finding);
      else results.byLogicalId.set(logicalId, [finding]);
    }
    this.byStack.set(stack, results);
    return results;
  }
}
