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
 * the stack (honoured exactly as `scan cdk.out` honours them, src/cfn/acknowledgements.ts: a reason is
 * required, and an acknowledgement above the stack, which the cloud assembly does not record, is not
 * honoured; the finding says why):
 * - `Marketplace-<ID>`: a failure (error when the requirement is mandatory, warning when advisory);
 * - `Marketplace-<ID>-Unknown`: a value not known at synth (a parameter without a default, an import),
 *   a warning, never reported as a failure;
 * - `[<detail>]` is appended when the finding names a part of the resource
 *   (`Marketplace-HDR1[orderedCacheBehaviors[0]]`); acknowledging the ID without it covers every part;
 * - findings about the whole stack (no audit trail, no monitoring) are reported on the Stack construct
 *   as `Marketplace-<ID>[stack]`; acknowledge them on the stack.
 * Exemptions written in resource Metadata (`marketplace-guardrails`, or cdk-nag's `rules_to_suppress`)
 * apply as they do for `scan`. Violations are built here rather than through cdk-nag's `applyRule`, whose
 * own acknowledgement check (any ancestor, no reason needed) would hide what `scan` still reports.
 * Only errors fail validation: warnings are reported, as the CLI reports advisory findings without failing.
 */
import * as fs from 'node:fs';
import { CfnResource, IPolicyValidationContext, NestedStack, PolicyValidationPluginReport, PolicyViolation, Stack, Validations } from 'aws-cdk-lib';
import { NagPack, NagPackProps } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { requirement } from '../catalog';
import { EngineConfig } from '../core/engine';
import { Finding } from '../core/findings';
import { Acknowledgement, RecordedAcknowledgements, acknowledgementsIn, ruleSuffixOf } from '../cfn/acknowledgements';
import { judgedTemplate } from '../cfn/judged-template';
import { fixFor } from '../catalog/fix-for';
import { expandTemplate } from '../cfn/transforms';
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
/** Every prop the pack reads (ours and cdk-nag's NagPackProps): any other is a typo, refused. */
const KNOWN_PROPS: ReadonlySet<string> = new Set(['policyConfig', 'now', 'verbose', 'writeSuppressionsToCloudFormation']);

/** The engine's config from the props, through the same reader as `scan`; one error line otherwise. */
function configOf(props: MarketplaceChecksProps): EngineConfig {
  const replaced = REPLACED_PROPS.find((k) => Object.prototype.hasOwnProperty.call(props, k));
  if (replaced !== undefined) throw new Error(`MarketplaceChecks: "${replaced}" is not a prop: give levels, settings and exemptions in policyConfig, as in the policy config file`);
  const unknown = Object.keys(props).find((k) => !KNOWN_PROPS.has(k));
  if (unknown !== undefined) throw new Error(`MarketplaceChecks: "${unknown}" is not a prop (the props are ${[...KNOWN_PROPS].join(', ')})`);
  if (props.now !== undefined && !(props.now instanceof Date && !Number.isNaN(props.now.getTime()))) throw new Error('MarketplaceChecks: "now" must be a valid Date');
  for (const flag of ['verbose', 'writeSuppressionsToCloudFormation'] as const)
    if (props[flag] !== undefined && typeof props[flag] !== 'boolean') throw new Error(`MarketplaceChecks: "${flag}" must be true or false`);
  const given = props.policyConfig;
  if (given !== undefined && typeof given !== 'string' && (typeof given !== 'object' || given === null || Array.isArray(given)))
    throw new Error('MarketplaceChecks: "policyConfig" must be a file path or the config as an object');
  try {
    const file = typeof given === 'string' ? given : given === undefined ? findPolicyConfigFile() : undefined;
    const source = file !== undefined ? readPolicyConfigFile(file) : given !== undefined && typeof given !== 'string' ? policyConfigOf(given) : undefined;
    return { ...engineConfigFromFile(source), now: props.now };
  } catch (e) {
    throw new Error(`MarketplaceChecks: ${(e as Error).message}`, { cause: e });
  }
}

const PACK_NAME = NAG_RULE_PREFIX.replace(/-$/, '');
const REPORTED: ReadonlySet<Finding['status']> = new Set(['fail', 'error', 'unknown']);

interface StackFindings {
  byLogicalId: Map<string, Finding[]>;
  /** Construct path to logical ID, from the template's `aws:cdk:path` metadata: a map read instead of a token resolution per resource. */
  logicalIdByPath: Map<string, string>;
  /** Findings about the stack as a whole, reported on the Stack construct. */
  stackLevel: Finding[];
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

/** The stack whose cloud assembly artifact holds this one's constructs: itself, or a NestedStack's parent. */
function topLevelStackOf(stack: Stack): Stack {
  let top = stack;
  while (top.nested && top.nestedStackParent) top = top.nestedStackParent;
  return top;
}

/**
 * The template file of each NestedStack directly in `stack`, by its AWS::CloudFormation::Stack logical ID:
 * CDK validates each as a stack, so it is not invisible to the parent even when the template was written
 * without `aws:asset:path` Metadata (an app synthesized outside the CDK CLI).
 */
function nestedTemplatesOf(stack: Stack): Map<string, string> {
  const byLogicalId = new Map<string, string>();
  for (const c of stack.node.findAll()) {
    if (!NestedStack.isNestedStack(c) || c.nestedStackParent !== stack || c.nestedStackResource === undefined) continue;
    byLogicalId.set(stack.resolve(c.nestedStackResource.logicalId) as string, c.templateFile);
  }
  return byLogicalId;
}

/** Every stack at or under `scope`, NestedStacks included (CDK validates each as a stack). */
function stacksUnder(scope: IConstruct): Stack[] {
  return scope.node.findAll().filter((c): c is Stack => Stack.isStack(c));
}

/**
 * What the cloud assembly will record for `top`'s constructs (src/cfn/cloud-assembly.ts reads it back):
 * acknowledgements on the stack and every construct under it, except other top-level stacks'; and,
 * flagged, those above it, which it will not record.
 */
function recordedAcknowledgements(top: Stack): Map<string, Acknowledgement[]> {
  const byPath = new Map<string, Acknowledgement[]>();
  const record = (c: IConstruct, aboveStack: boolean) => {
    for (const entry of c.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      const acks = acknowledgementsIn(entry.data, c.node.path, aboveStack);
      if (acks.length > 0) byPath.set(c.node.path, [...(byPath.get(c.node.path) ?? []), ...acks]);
    }
  };
  const pending: IConstruct[] = [top];
  for (let c = pending.pop(); c !== undefined; c = pending.pop()) {
    record(c, false);
    for (const child of c.node.children) if (!(Stack.isStack(child) && !child.nested)) pending.push(child);
  }
  for (let c = top.node.scope; c !== undefined; c = c.node.scope) record(c, true);
  return byPath;
}

export { ruleSuffixOf };

export class MarketplaceChecks extends NagPack {
  override readonly name = PACK_NAME;
  override readonly ruleIds = RULES.map((r) => `${NAG_RULE_PREFIX}${r.id}`);
  private readonly config: EngineConfig;
  private readonly verboseText: boolean;
  private byStack = new WeakMap<Stack, StackFindings>();
  private recordedByTopStack = new WeakMap<Stack, Map<string, Acknowledgement[]>>();
  /** This validation's violations, one per rule ID, level and message (see `report`). */
  private found = new Map<string, PolicyViolation>();
  /** During a validation at synth: the template CDK has just written, per stack construct path. */
  private synthesized = new Map<string, string>();

  constructor(scope?: IConstruct, props: MarketplaceChecksProps = {}) {
    const config = configOf(props);
    super(scope, props);
    this.packName = PACK_NAME;
    this.config = config;
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
    this.recordedByTopStack = new WeakMap();
    this.found = new Map();
    super.validateScope(scope);
    for (const stack of stacksUnder(scope)) for (const finding of this.findingsOf(stack).stackLevel) this.report(finding, stack);
    const violations = [...this.found.values()];
    return { violations, success: violations.every((v) => v.severity !== 'error') };
  }

  protected checkResource(node: CfnResource): void {
    const stack = Stack.of(node);
    const results = this.findingsOf(stack);
    const logicalId = results.logicalIdByPath.get(node.node.path) ?? (stack.resolve(node.logicalId) as string);
    for (const finding of results.byLogicalId.get(logicalId) ?? []) this.report(finding, node);
  }

  /**
   * cdk-nag would group violations by rule ID with the level and text of the first resource. One of
   * our IDs can be mandatory on one resource and advisory on another (DATA4: an unencrypted store
   * fails, a table on the AWS-owned key is advisory), and each finding has its own message: grouped by
   * ID, level and message, so that no advisory finding is shown (and fails synth) as an error.
   */
  private report(finding: Finding, construct: CfnResource | Stack): void {
    const { full } = ruleSuffixOf(finding);
    const req = requirement(finding.requirement);
    const unknown = finding.status === 'unknown';
    const info = `${req.title}: ${unknown ? 'cannot be checked at synth: ' : ''}${finding.message}`;
    const fix = fixFor(req, finding.resource.type, 'cdk');
    const description = this.verboseText ? `${info} ${req.rationale} Fix (CDK): ${fix}` : info;
    const severity = !unknown && finding.enforcement === 'mandatory' ? 'error' : 'warning';
    const ruleName = `${NAG_RULE_PREFIX}${full}`;
    const key = `${ruleName}\n${severity}\n${description}\n${fix}`;
    // As cdk-nag locates a resource's violations; a stack's concern no one place in the template.
    const resource = { constructPath: construct.node.path, locations: Stack.isStack(construct) ? [] : ['Properties'] };
    const group = this.found.get(key);
    if (group) group.violatingResources.push(resource);
    else this.found.set(key, { ruleName, description, severity, fix, violatingResources: [resource] });
  }

  private recordedFor(stack: Stack, resources: readonly CfnResource[], logicalIdByPath: ReadonlyMap<string, string>): RecordedAcknowledgements {
    const top = topLevelStackOf(stack);
    const byPath = this.recordedByTopStack.get(top) ?? recordedAcknowledgements(top);
    this.recordedByTopStack.set(top, byPath);
    // Resources without `aws:cdk:path` metadata (the app turned it off): their logical ID resolved once.
    const pathByLogicalId = new Map<string, string>();
    for (const r of resources) if (!logicalIdByPath.has(r.node.path)) pathByLogicalId.set(stack.resolve(r.logicalId) as string, r.node.path);
    return { byPath, pathByLogicalId, stackPath: stack.node.path };
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
    const expanded = expandTemplate({ file, template, positions: new Map() }, { cdkNestedTemplates: nestedTemplatesOf(stack) });
    const logicalIdByPath = logicalIdsByPath(template);
    const { findings } = judgedTemplate(expanded, this.config, {}, this.recordedFor(stack, resources, logicalIdByPath));
    const results: StackFindings = { byLogicalId: new Map(), logicalIdByPath, stackLevel: [] };
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
