/**
 * The engine: runs rules over a stack's facts and turns verdicts into findings. Every entry judges
 * through `evaluate`: the CLI's template scan and `MarketplaceChecks` over a whole template, the Pulumi
 * pack per policy (a rule's resource part over one resource, its stack part over the stack).
 */
import { requirement } from '../catalog';
import { Enforcement } from '../catalog/types';
import { Exemption, findExemption } from './exemptions';
import { Fact, StackFacts } from './facts';
import { Finding, FindingResource, STACK_RESOURCE } from './findings';
import { DEFAULT_PARAMS, Params } from './params';
import { CheckContext, Rule, Verdict } from './rule';

export type EnforcementSetting = Enforcement | 'remediate' | 'disabled';

export interface EngineConfig {
  /** Per requirement ID. `remediate` counts as mandatory when only checking. */
  enforcement?: Readonly<Record<string, EnforcementSetting>>;
  params?: Partial<Params>;
  /** Per requirement ID, over `params` (a policy config sets parameters per requirement). */
  paramsByRequirement?: Readonly<Record<string, Partial<Params>>>;
  exemptions?: readonly Exemption[];
  now?: Date;
}

export function resourceOf(fact: Fact | undefined): FindingResource {
  return fact ? { type: fact.type, name: fact.name, key: fact.key } : STACK_RESOURCE;
}

/** The enforcement a requirement runs at: the user's setting, else the catalog default. */
export function effectiveEnforcement(id: string, setting: EnforcementSetting | undefined): Enforcement | 'disabled' {
  if (setting === 'disabled') return 'disabled';
  if (setting === 'remediate') return 'mandatory';
  return setting ?? requirement(id).enforcement;
}

export function toFinding(id: string, enforcement: Enforcement, resource: FindingResource, verdict: Verdict, exemptions: readonly Exemption[], now: Date): Finding {
  const finding: Finding = {
    requirement: id,
    status: verdict.status,
    // A verdict may only lower enforcement: a user who made a requirement advisory keeps it advisory.
    enforcement: verdict.enforcement === 'advisory' ? 'advisory' : enforcement,
    resource,
    message: verdict.message,
  };
  if (verdict.detail !== undefined) finding.detail = verdict.detail;
  if (verdict.status === 'fail' || verdict.status === 'unknown') {
    const exemption = findExemption(exemptions, id, resource, now);
    if (exemption) {
      finding.status = 'exempt';
      finding.exemption = exemption.until ? { reason: exemption.reason, until: exemption.until } : { reason: exemption.reason };
    }
  }
  return finding;
}

/** The finding for a check (or the adapter feeding it) that threw: an error, never a pass, never exempted. */
export function errorFinding(id: string, enforcement: Enforcement, resource: FindingResource, e: unknown): Finding {
  return { requirement: id, status: 'error', enforcement, resource, message: `the check failed to run: ${e instanceof Error ? e.message : String(e)}` };
}

/** Which parts of each rule run: the Pulumi pack runs a rule's resource part per resource and its stack part per stack. */
export type RuleParts = 'resource' | 'stack' | 'all';

/** Runs every enabled rule over the stack. A check that throws yields one `error` finding for its requirement. */
export function evaluate(stack: StackFacts, rules: readonly Rule[], config: EngineConfig = {}, parts: RuleParts = 'all'): Finding[] {
  const now = config.now ?? new Date();
  const shared: Params = { ...DEFAULT_PARAMS, ...config.params };
  const exemptions = config.exemptions ?? [];
  const findings: Finding[] = [];
  for (const rule of rules) {
    const enforcement = effectiveEnforcement(rule.id, config.enforcement?.[rule.id]);
    if (enforcement === 'disabled') continue;
    const ctx: CheckContext = { params: { ...shared, ...config.paramsByRequirement?.[rule.id] }, now };
    if (rule.resource && parts !== 'stack') {
      for (const fact of stack.ofKind(...rule.resource.kinds)) {
        const resource = resourceOf(fact);
        try {
          for (const verdict of rule.resource.check(fact, ctx)) findings.push(toFinding(rule.id, enforcement, resource, verdict, exemptions, now));
        } catch (e) {
          findings.push(errorFinding(rule.id, enforcement, resource, e));
        }
      }
    }
    if (rule.stack && parts !== 'resource') {
      try {
        for (const verdict of rule.stack.check(stack, ctx)) findings.push(toFinding(rule.id, enforcement, resourceOf(verdict.subject), verdict, exemptions, now));
      } catch (e) {
        findings.push(errorFinding(rule.id, enforcement, STACK_RESOURCE, e));
      }
    }
  }
  return findings;
}
