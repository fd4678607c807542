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
import { EngineConfig, RuleParts, errorFinding, evaluate } from '../../core/engine';
import { Fact, StackFacts } from '../../core/facts';
import { Finding, STACK_RESOURCE } from '../../core/findings';
import { Rule } from '../../core/rule';
import { kindOfPulumiType } from '../../facts/kinds';
import { RULES } from '../../rules';
import { PolicyConfig, configSchemaFor, exemptionsOf, paramsOf } from './config';

// The pack entry (policies/index.js) takes these through the bundle: shared exemptions' holder, the Configure rule.
export { sharedExemptionsPolicy, withPackConfigure } from './config';
export { missingPackRuntime } from './runtime';
import { ADVISORY_SUFFIX, STACK_SUFFIX, exemptionText, violationText } from './diagnostics';
import { factFromPulumi, remediatedPulumiProps } from './facts';
import { trackWireSecrets, withSecretsRedacted } from './secrets';

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
 * What the policies of one pack share, created by `buildPolicies` (never module state: two packs built
 * in one process, as tests and the benchmark do, do not see each other's runs).
 *
 * A main policy judges its subject once and hands the findings its companion reports to the companion,
 * which the runner calls right after it for the same subject: `makeAnalyzeRpcFun` and
 * `makeAnalyzeStackRpcFun` (sdk/nodejs/policy/server.ts, pulumi-policy 805bcbc) run the policies one at
 * a time in the pack's order, and the companion follows the main policy in that order. The companion so
 * reports under the main policy's config, whatever the engine configured for the companion itself, and
 * finds nothing to report when the main policy is disabled.
 */
class PackRun {
  private readonly handoffs = new Map<string, { subject: string; findings: Finding[] }>();
  /** Stack facts are built once per AnalyzeStack, not once per stack policy. */
  private stack: { fingerprint: string; facts: StackFacts } | undefined;

  give(policy: string, subject: string, findings: Finding[]): void {
    this.handoffs.set(policy, { subject, findings });
  }

  /** The findings the main policy `policy` left for this subject, once. */
  take(policy: string, subject: string): Finding[] {
    const handoff = this.handoffs.get(policy);
    this.handoffs.delete(policy);
    return handoff?.subject === subject ? handoff.findings : [];
  }

  stackFacts(resources: PolicyResource[]): StackFacts {
    const fingerprint = resources.map((r) => r.urn).join('\n');
    if (this.stack?.fingerprint === fingerprint) return this.stack.facts;
    const facts: Fact[] = [];
    for (const r of resources) {
      const propertyDependencies: Record<string, string[]> = {};
      for (const [prop, deps] of Object.entries(r.propertyDependencies ?? {})) propertyDependencies[prop] = deps.map((d) => d.urn);
      const fact = factFromPulumi({ type: r.type, urn: r.urn, name: r.name, props: rawProps(r.props), propertyDependencies });
      if (fact) facts.push(fact);
    }
    this.stack = { fingerprint, facts: new StackFacts(facts) };
    return this.stack.facts;
  }
}

/** The findings of a main policy's run, split by the policy that reports them. */
interface Judged {
  /** Failures at the policy's level and errors: the main policy reports them. */
  main: Finding[];
  /** Advisory parts and unknown values: the companion reports them. */
  companion: Finding[];
  /** Exempted findings: the main policy declares them as not applicable. */
  exempt: Finding[];
}

/**
 * One rule part over the subject, through the engine. The engine, not the pack, applies each policy's
 * configured level (the runner stamps it on every diagnostic), so the requirement runs here at
 * `mandatory`: a finding left `advisory` is then exactly a verdict's advisory part.
 */
function judge(rule: Rule, parts: RuleParts, facts: () => StackFacts | undefined, config: PolicyConfig, options: PackOptions): Judged {
  const engineConfig: EngineConfig = {
    enforcement: { [rule.id]: 'mandatory' },
    params: paramsOf(config),
    exemptions: exemptionsOf(rule.id, config),
    now: options.now ? options.now() : new Date(),
  };
  let findings: Finding[];
  try {
    const stack = facts();
    findings = stack ? evaluate(stack, [rule], engineConfig, parts) : [];
  } catch (e) {
    // The adapter threw before a check ran (the engine catches the checks' own errors).
    findings = [errorFinding(rule.id, 'mandatory', STACK_RESOURCE, e)];
  }
  const judged: Judged = { main: [], companion: [], exempt: [] };
  for (const f of findings) {
    if (f.status === 'exempt') judged.exempt.push(f);
    else if (f.status === 'error' || (f.status === 'fail' && f.enforcement === 'mandatory')) judged.main.push(f);
    else if (f.status === 'fail' || f.status === 'unknown') judged.companion.push(f);
  }
  return judged;
}

/** Reports findings; the subject's own URN for resource policies, each finding's resource for stack policies. */
function report(findings: readonly Finding[], reportViolation: ReportViolation, urn?: string): void {
  for (const f of findings) {
    if (f.status === 'fail' || f.status === 'unknown' || f.status === 'error') reportViolation(violationText({ ...f, status: f.status }), urn ?? f.resource.key);
  }
}

function resourcePolicies(rule: Rule, options: PackOptions, run: PackRun): Policy[] {
  const check = rule.resource;
  if (!check) return [];
  const req = requirement(rule.id);
  const name = rule.id;
  const kinds = new Set(check.kinds);
  /** The resource as a one-fact stack; undefined when the rule does not cover its type (checked before its props are read). */
  const factsOf = (type: string, urn: string, resourceName: string, props: Record<string, unknown>) => (): StackFacts | undefined => {
    const kind = kindOfPulumiType(type);
    if (!kind || !kinds.has(kind)) return undefined;
    const fact = factFromPulumi({ type, urn, name: resourceName, props: rawProps(props) });
    return fact ? new StackFacts([fact]) : undefined;
  };

  const main: ResourceValidationPolicy = {
    name,
    description: `${req.id}: ${req.title}`,
    // The pack's policies are Pulumi's: the Pulumi fix, sent in GetAnalyzerInfo (PolicyInfo remediation_steps).
    remediationSteps: req.fix.pulumi,
    enforcementLevel: req.enforcement,
    configSchema: configSchemaFor(rule),
    validateResource: (args, reportViolation) => {
      const judged = judge(rule, 'resource', factsOf(args.type, args.urn, args.name, args.props), args.getConfig<PolicyConfig>(), options);
      run.give(name, args.urn, judged.companion);
      report(judged.main, reportViolation, args.urn);
      if (judged.exempt.length) args.notApplicable(exemptionText(judged.exempt));
    },
  };
  if (rule.remediate) {
    const remediate = rule.remediate;
    main.remediateResource = (args) => {
      const raw = rawProps(args.props);
      const facts = factsOf(args.type, args.urn, args.name, args.props)();
      const fact = facts?.byKey(args.urn) ?? facts?.facts[0];
      if (!fact) return undefined;
      // Only what fails (not exempted, not unknown) is fixed.
      if (!judge(rule, 'resource', () => facts, args.getConfig<PolicyConfig>(), options).main.some((f) => f.status === 'fail')) return undefined;
      const fixed = remediate(fact);
      return fixed ? (remediatedPulumiProps(raw, fact.props, fixed) as Record<string, unknown>) : undefined;
    };
  }

  const companion: ResourceValidationPolicy = {
    name: name + ADVISORY_SUFFIX,
    description: `${req.id} (advisory part and values unknown during preview): ${req.title}`,
    enforcementLevel: 'advisory',
    validateResource: (args, reportViolation) => report(run.take(name, args.urn), reportViolation, args.urn),
  };
  return [main, companion];
}

function stackPolicies(rule: Rule, options: PackOptions, run: PackRun): Policy[] {
  if (!rule.stack) return [];
  const req = requirement(rule.id);
  const name = rule.resource ? rule.id + STACK_SUFFIX : rule.id;
  const subjectOf = (resources: PolicyResource[]) => `${resources.length}:${resources[0]?.urn ?? ''}`;

  const main: StackValidationPolicy = {
    name,
    description: `${req.id}: ${req.title}`,
    // The pack's policies are Pulumi's: the Pulumi fix, sent in GetAnalyzerInfo (PolicyInfo remediation_steps).
    remediationSteps: req.fix.pulumi,
    enforcementLevel: req.enforcement,
    configSchema: configSchemaFor(rule),
    validateStack: (args, reportViolation) => {
      const judged = judge(rule, 'stack', () => run.stackFacts(args.resources), args.getConfig<PolicyConfig>(), options);
      run.give(name, subjectOf(args.resources), judged.companion);
      report(judged.main, reportViolation);
      if (judged.exempt.length) args.notApplicable(exemptionText(judged.exempt));
    },
  };
  const companion: StackValidationPolicy = {
    name: name + ADVISORY_SUFFIX,
    description: `${req.id} (advisory part and values unknown during preview): ${req.title}`,
    enforcementLevel: 'advisory',
    validateStack: (args, reportViolation) => report(run.take(name, subjectOf(args.resources)), reportViolation),
  };
  return [main, companion];
}

/** Every policy of the pack, in catalog order. */
export function buildPolicies(rules: readonly Rule[] = RULES, options: PackOptions = {}): Policy[] {
  trackWireSecrets();
  const run = new PackRun();
  return rules.flatMap((rule) => [...resourcePolicies(rule, options, run), ...stackPolicies(rule, options, run)]).map(withSecretsRedacted);
}

/** The policy names that carry a requirement, for expanding config given per requirement ID. */
export function policyNamesOf(rule: Rule): string[] {
  return buildPolicies([rule]).map((p) => p.name);
}
