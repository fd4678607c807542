/**
 * The pack's policies, built from the rules. Kept apart from `policies/index.js` because constructing a
 * `PolicyPack` starts its gRPC server: only that entry may do it, tests and the CLI import this module.
 *
 * Each rule part becomes a policy at the requirement's enforcement (`TLS1`; a stack part is `TLS1-stack`
 * when the rule also has a resource part) plus an advisory companion (`TLS1-advisory`) that carries what
 * must never block a deployment: unknown values during preview and the advisory parts of a mandatory
 * requirement. The companion follows its main policy's config and is silent when the main one is disabled.
 */
import type { PolicyResource, ReportViolation, ResourceValidationPolicy, StackValidationPolicy } from '@pulumi/policy';
import { requirement } from '../../catalog';
import { findExemption } from '../../core/exemptions';
import { Fact, StackFacts } from '../../core/facts';
import { Finding } from '../../core/findings';
import { CheckContext, Rule, StackVerdict, Verdict } from '../../core/rule';
import { kindOfPulumiType } from '../../facts/kinds';
import { RULES } from '../../rules';
import { PolicyConfig, configSchemaFor, exemptionsOf, paramsOf } from './config';
import { ADVISORY_SUFFIX, STACK_SUFFIX, exemptionReason, violationMessage } from './diagnostics';
import { factFromPulumi, remediatedPulumiProps } from './facts';

type Policy = ResourceValidationPolicy | StackValidationPolicy;

/** `@pulumi/policy` wraps props in a proxy that throws on unknowns; this key returns the raw object so checks can report unknowns themselves. */
const RAW_PROPS_KEY = '__getSpecialProxyTarget';

/** Unwraps every proxy layer (the Remediate RPC adds a secrets-preserving proxy under the unknown-checking one). */
function rawProps(props: Record<string, unknown>): unknown {
  let current: unknown = props;
  for (let depth = 0; depth < 5; depth++) {
    const inner = (current as Record<string, unknown>)[RAW_PROPS_KEY];
    if (inner === undefined || inner === current) break;
    current = inner;
  }
  return current;
}

export interface PackOptions {
  /** The date checks compare against (Lambda runtime deprecation); tests pin it. */
  now?: () => Date;
}

/**
 * What a main policy saw on its last run, so its companion (which runs right after it in the same
 * Analyze call, in policy order) uses the same config and stays silent when the main policy did not run.
 */
const lastMainRun = new Map<string, { subject: string; config: PolicyConfig }>();

/** Stack facts are built once per AnalyzeStack, not once per stack policy. */
let stackCache: { fingerprint: string; facts: StackFacts } | undefined;

function stackFactsOf(resources: PolicyResource[]): StackFacts {
  const fingerprint = resources.map((r) => r.urn).join('\n');
  if (stackCache?.fingerprint === fingerprint) return stackCache.facts;
  const facts: Fact[] = [];
  for (const r of resources) {
    const propertyDependencies: Record<string, string[]> = {};
    for (const [prop, deps] of Object.entries(r.propertyDependencies ?? {})) propertyDependencies[prop] = deps.map((d) => d.urn);
    const fact = factFromPulumi({ type: r.type, urn: r.urn, name: r.name, props: rawProps(r.props), propertyDependencies });
    if (fact) facts.push(fact);
  }
  stackCache = { fingerprint, facts: new StackFacts(facts) };
  return stackCache.facts;
}

interface Split {
  /** Verdicts the main policy reports (at its enforcement). */
  main: Verdict[];
  /** Verdicts the advisory companion reports. */
  companion: Verdict[];
}

function split(verdicts: Verdict[]): Split {
  const out: Split = { main: [], companion: [] };
  for (const v of verdicts) {
    if (v.status === 'fail' && v.enforcement !== 'advisory') out.main.push(v);
    else if (v.status === 'fail' || v.status === 'unknown') out.companion.push(v);
  }
  return out;
}

function errorMessage(e: unknown): string {
  return violationMessage({ status: 'error', message: `the check failed to run: ${e instanceof Error ? e.message : String(e)}` });
}

/**
 * Reports the verdicts for one subject; exempted ones are collected instead, so the caller can
 * declare them through `notApplicable` (the only channel for them in the protocol).
 */
function report(
  id: string,
  verdicts: Verdict[],
  subject: { name: string; key?: string },
  config: PolicyConfig,
  now: Date,
  reportViolation: ReportViolation,
  exempted: Pick<Finding, 'resource' | 'exemption'>[],
): void {
  const exemptions = exemptionsOf(id, config);
  for (const v of verdicts) {
    const exemption = findExemption(exemptions, id, subject, now);
    if (exemption) {
      exempted.push({ resource: { type: '', name: subject.name, key: subject.key }, exemption: { reason: exemption.reason, until: exemption.until } });
      continue;
    }
    reportViolation(violationMessage(v), subject.key);
  }
}

function context(config: PolicyConfig, options: PackOptions): CheckContext {
  return { params: paramsOf(config), now: options.now ? options.now() : new Date() };
}

function resourcePolicies(rule: Rule, options: PackOptions): Policy[] {
  const check = rule.resource;
  if (!check) return [];
  const req = requirement(rule.id);
  const name = rule.id;
  const kinds = new Set(check.kinds);
  const verdictsOf = (type: string, urn: string, resourceName: string, props: Record<string, unknown>, config: PolicyConfig): Verdict[] | undefined => {
    const kind = kindOfPulumiType(type);
    if (!kind || !kinds.has(kind)) return undefined;
    const fact = factFromPulumi({ type, urn, name: resourceName, props: rawProps(props) });
    return fact ? check.check(fact, context(config, options)) : undefined;
  };

  const main: ResourceValidationPolicy = {
    name,
    description: `${req.id}: ${req.title}`,
    enforcementLevel: req.enforcement,
    configSchema: configSchemaFor(rule),
    validateResource: (args, reportViolation) => {
      const config = args.getConfig<PolicyConfig>();
      lastMainRun.set(name, { subject: args.urn, config });
      let verdicts: Verdict[] | undefined;
      try {
        verdicts = verdictsOf(args.type, args.urn, args.name, args.props, config);
      } catch (e) {
        reportViolation(errorMessage(e), args.urn);
        return;
      }
      if (!verdicts) return;
      const exempted: Pick<Finding, 'resource' | 'exemption'>[] = [];
      report(req.id, split(verdicts).main, { name: args.name, key: args.urn }, config, context(config, options).now, reportViolation, exempted);
      if (exempted.length) args.notApplicable(exemptionReason(exempted));
    },
  };
  if (rule.remediate) {
    const remediate = rule.remediate;
    main.remediateResource = (args) => {
      const kind = kindOfPulumiType(args.type);
      if (!kind || !kinds.has(kind)) return undefined;
      const raw = rawProps(args.props);
      const fact = factFromPulumi({ type: args.type, urn: args.urn, name: args.name, props: raw });
      if (!fact) return undefined;
      const config = args.getConfig<PolicyConfig>();
      const ctx = context(config, options);
      if (findExemption(exemptionsOf(req.id, config), req.id, { name: args.name, key: args.urn }, ctx.now)) return undefined;
      if (!check.check(fact, ctx).some((v) => v.status === 'fail')) return undefined;
      const fixed = remediate(fact);
      return fixed ? (remediatedPulumiProps(raw, fact.props, fixed) as Record<string, unknown>) : undefined;
    };
  }

  const companion: ResourceValidationPolicy = {
    name: name + ADVISORY_SUFFIX,
    description: `${req.id} (advisory part and values unknown during preview): ${req.title}`,
    enforcementLevel: 'advisory',
    validateResource: (args, reportViolation) => {
      const run = lastMainRun.get(name);
      if (!run || run.subject !== args.urn) return; // the main policy is disabled
      let verdicts: Verdict[] | undefined;
      try {
        verdicts = verdictsOf(args.type, args.urn, args.name, args.props, run.config);
      } catch {
        return; // reported by the main policy
      }
      if (!verdicts) return;
      const exempted: Pick<Finding, 'resource' | 'exemption'>[] = [];
      report(req.id, split(verdicts).companion, { name: args.name, key: args.urn }, run.config, context(run.config, options).now, reportViolation, exempted);
      if (exempted.length) args.notApplicable(exemptionReason(exempted));
    },
  };
  return [main, companion];
}

function stackPolicies(rule: Rule, options: PackOptions): Policy[] {
  const check = rule.stack;
  if (!check) return [];
  const req = requirement(rule.id);
  const name = rule.resource ? rule.id + STACK_SUFFIX : rule.id;

  /** Reports the picked verdicts; returns the exemptions applied, for `notApplicable`. */
  const run = (resources: PolicyResource[], config: PolicyConfig, pick: (s: Split) => Verdict[], reportViolation: ReportViolation): string | undefined => {
    const stack = stackFactsOf(resources);
    const ctx = context(config, options);
    const verdicts: StackVerdict[] = check.check(stack, ctx);
    const exempted: Pick<Finding, 'resource' | 'exemption'>[] = [];
    for (const v of verdicts) {
      const subject = v.subject ? { name: v.subject.name, key: v.subject.key } : { name: 'stack' };
      report(req.id, pick(split([v])), subject, config, ctx.now, reportViolation, exempted);
    }
    return exempted.length ? exemptionReason(exempted) : undefined;
  };
  const fingerprint = (resources: PolicyResource[]) => `${resources.length}:${resources[0]?.urn ?? ''}`;

  const main: StackValidationPolicy = {
    name,
    description: `${req.id}: ${req.title}`,
    enforcementLevel: req.enforcement,
    configSchema: configSchemaFor(rule),
    validateStack: (args, reportViolation) => {
      const config = args.getConfig<PolicyConfig>();
      lastMainRun.set(name, { subject: fingerprint(args.resources), config });
      let exempted: string | undefined;
      try {
        exempted = run(args.resources, config, (s) => s.main, reportViolation);
      } catch (e) {
        reportViolation(errorMessage(e));
      }
      if (exempted) args.notApplicable(exempted);
    },
  };
  const companion: StackValidationPolicy = {
    name: name + ADVISORY_SUFFIX,
    description: `${req.id} (advisory part and values unknown during preview): ${req.title}`,
    enforcementLevel: 'advisory',
    validateStack: (args, reportViolation) => {
      const last = lastMainRun.get(name);
      if (!last || last.subject !== fingerprint(args.resources)) return;
      let exempted: string | undefined;
      try {
        exempted = run(args.resources, last.config, (s) => s.companion, reportViolation);
      } catch {
        return; // reported by the main policy
      }
      if (exempted) args.notApplicable(exempted);
    },
  };
  return [main, companion];
}

/** Every policy of the pack, in catalog order. */
export function buildPolicies(rules: readonly Rule[] = RULES, options: PackOptions = {}): Policy[] {
  return rules.flatMap((rule) => [...resourcePolicies(rule, options), ...stackPolicies(rule, options)]);
}

/** The policy names that carry a requirement, for expanding config given per requirement ID. */
export function policyNamesOf(rule: Rule): string[] {
  return buildPolicies([rule]).map((p) => p.name);
}

