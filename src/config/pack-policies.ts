/**
 * The policies the Pulumi pack declares, as GetAnalyzerInfo lists them (name, default level, config
 * schema), computed from the rules without building the pack: `scan` and `MarketplaceChecks` reconcile a
 * config file against this list exactly as the CLI reconciles it against the running pack's answer.
 * test/config/pack-policies.test.ts holds it equal to what the built pack declares.
 *
 * Per rule part: the main policy at the requirement's level (`TLS1`; a stack part is `TLS1-stack` when
 * the rule also has a resource part, else the ID), and its advisory companion (`<name>-advisory`). So a
 * requirement's ID always names one of its policies, its main one. Last, `shared-exemptions`: a
 * configuration-only policy (it validates nothing) that exists so the CLI treats its key as a policy
 * object and shared exemptions have a place in the file the CLI accepts.
 */
import type { PolicyConfigSchema } from '@pulumi/policy';
import type { PolicyConfigJSONSchema } from '@pulumi/policy/schema';
import { REQUIREMENTS, requirement } from '../catalog';
import { Exemption } from '../core/exemptions';
import { DEFAULT_PARAMS, PARAM_SCHEMAS, Params } from '../core/params';
import { Rule } from '../core/rule';
import { RULES } from '../rules';
import { ADVISORY_SUFFIX, STACK_SUFFIX } from '../pulumi/pack/diagnostics';
import { AnalyzerPolicyInfo } from './policy-pack-config';

export const SHARED_EXEMPTIONS_POLICY = 'shared-exemptions';
export const EXEMPTIONS_KEY = 'exemptions';

/** An exemption as a policy's config holds it: under a requirement the requirement is that one's. */
export interface PolicyExemption {
  resource: string;
  reason: string;
  until?: string;
  requirement?: string;
}

export interface PolicyConfig extends Partial<Params> {
  exemptions?: PolicyExemption[];
}

const EXEMPTION_PROPERTIES = {
  resource: { type: 'string', minLength: 1, description: 'Resource name, URN or logical ID; * matches any characters.' },
  reason: { type: 'string', minLength: 1, description: 'Why the requirement does not apply (audit evidence for the marketplace review).' },
  until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day the exemption applies (YYYY-MM-DD).' },
} as const;

/** Under a requirement: `requirement` is optional and, when given, must be that requirement (checked at Configure). */
const EXEMPTIONS_SCHEMA: PolicyConfigJSONSchema = {
  type: 'array',
  description: 'Resources this requirement does not apply to, each with the reason.',
  items: {
    type: 'object',
    properties: { ...EXEMPTION_PROPERTIES, requirement: { type: 'string', description: 'The requirement ID (optional: it is this policy’s own).' } },
    required: ['resource', 'reason'],
    additionalProperties: false,
  },
  default: [],
};

/** Under `shared-exemptions`: each names its requirement, one of the catalog's IDs. */
const SHARED_EXEMPTIONS_SCHEMA: PolicyConfigJSONSchema = {
  type: 'array',
  description: 'Exemptions for several requirements, each naming its requirement.',
  items: {
    type: 'object',
    properties: { requirement: { type: 'string', enum: REQUIREMENTS.map((r) => r.id) }, ...EXEMPTION_PROPERTIES },
    required: ['requirement', 'resource', 'reason'],
    additionalProperties: false,
  },
  default: [],
};

/**
 * A main policy's schema: its exemptions and the parameters its rule reads, with their defaults.
 * @internal typed with @pulumi/policy, an optional peer: kept out of the published declarations (stripInternal).
 */
export function configSchemaFor(rule: Rule): PolicyConfigSchema {
  const properties: PolicyConfigSchema['properties'] = { [EXEMPTIONS_KEY]: EXEMPTIONS_SCHEMA };
  for (const param of rule.params ?? []) {
    properties[param] = { ...PARAM_SCHEMAS[param], default: DEFAULT_PARAMS[param] } as PolicyConfigJSONSchema;
  }
  return { properties };
}

/** @internal typed with @pulumi/policy, an optional peer: kept out of the published declarations (stripInternal). */
export const SHARED_EXEMPTIONS_CONFIG_SCHEMA: PolicyConfigSchema = { properties: { [EXEMPTIONS_KEY]: SHARED_EXEMPTIONS_SCHEMA } };
export const SHARED_EXEMPTIONS_DESCRIPTION = 'Exemptions shared by several requirements (configuration only: this policy reports nothing itself).';

export interface PackPolicyInfo extends AnalyzerPolicyInfo {
  /** The requirement the policy belongs to; absent for `shared-exemptions`. */
  requirement?: string;
  /** The policy it follows (its requirement's main policy, named by the ID); absent for main policies. */
  follows?: string;
  /** An advisory companion: it reports at `advisory` whatever its main policy's level. */
  companion: boolean;
}

/** The pack's policy names for one rule, in the pack's order, with what each follows. */
export function policiesOfRule(rule: Rule): PackPolicyInfo[] {
  const req = requirement(rule.id);
  const parts: { name: string }[] = [];
  if (rule.resource) parts.push({ name: rule.id });
  if (rule.stack) parts.push({ name: rule.resource ? rule.id + STACK_SUFFIX : rule.id });
  return parts.flatMap(({ name }) => {
    const main: PackPolicyInfo = { name, enforcementLevel: req.enforcement, configSchema: configSchemaFor(rule) as PackPolicyInfo['configSchema'], requirement: rule.id, companion: false };
    if (name !== rule.id) main.follows = rule.id;
    const companion: PackPolicyInfo = { name: name + ADVISORY_SUFFIX, enforcementLevel: 'advisory', requirement: rule.id, follows: rule.id, companion: true };
    return [main, companion];
  });
}

/** Every policy of the pack, in its order. */
export function packPolicyInfos(rules: readonly Rule[] = RULES): PackPolicyInfo[] {
  return [
    ...rules.flatMap(policiesOfRule),
    { name: SHARED_EXEMPTIONS_POLICY, enforcementLevel: 'advisory', configSchema: SHARED_EXEMPTIONS_CONFIG_SCHEMA as PackPolicyInfo['configSchema'], companion: false },
  ];
}

export function paramsOf(config: PolicyConfig): Params {
  const params: Params = { ...DEFAULT_PARAMS };
  for (const key of Object.keys(DEFAULT_PARAMS) as (keyof Params)[]) {
    if (config[key] !== undefined) (params as unknown as Record<string, unknown>)[key] = config[key];
  }
  return params;
}

/** A main policy's exemptions as the engine takes them (shared ones were put there at Configure). */
export function exemptionsOf(requirementId: string, config: PolicyConfig): Exemption[] {
  return (config.exemptions ?? [])
    .filter((e) => e.requirement === undefined || e.requirement === requirementId)
    .map((e) => ({ requirement: requirementId, resource: e.resource, reason: e.reason, ...(e.until ? { until: e.until } : {}) }));
}
