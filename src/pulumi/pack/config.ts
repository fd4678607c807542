/**
 * Per-policy configuration: the parameters a rule reads and its exemptions. The Pulumi engine
 * validates a user's config against this schema and merges the defaults in before Configure.
 */
import type { PolicyConfigSchema } from '@pulumi/policy';
import type { PolicyConfigJSONSchema } from '@pulumi/policy/schema';
import { Exemption } from '../../core/exemptions';
import { DEFAULT_PARAMS, PARAM_SCHEMAS, Params } from '../../core/params';
import { Rule } from '../../core/rule';

/** An exemption as written in a policy's config: the requirement is the policy's own. */
export interface PolicyExemption {
  resource: string;
  reason: string;
  until?: string;
  requirement?: string;
}

export interface PolicyConfig extends Partial<Params> {
  exemptions?: PolicyExemption[];
}

const EXEMPTIONS_SCHEMA: PolicyConfigJSONSchema = {
  type: 'array',
  description: 'Resources this requirement does not apply to, each with the reason (audit evidence for the marketplace review).',
  items: {
    type: 'object',
    properties: {
      resource: { type: 'string', minLength: 1, description: 'Resource name or URN; * matches any characters.' },
      reason: { type: 'string', minLength: 1, description: 'Why the requirement does not apply.' },
      until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day the exemption applies (YYYY-MM-DD).' },
      requirement: { type: 'string', description: 'The requirement ID (optional here: it is the policy’s own).' },
    },
    required: ['resource', 'reason'],
    additionalProperties: false,
  },
  default: [],
};

export function configSchemaFor(rule: Rule): PolicyConfigSchema {
  const properties: PolicyConfigSchema['properties'] = { exemptions: EXEMPTIONS_SCHEMA };
  for (const param of rule.params ?? []) {
    properties[param] = { ...PARAM_SCHEMAS[param], default: DEFAULT_PARAMS[param] } as PolicyConfigJSONSchema;
  }
  return { properties };
}

export function paramsOf(config: PolicyConfig): Params {
  const params: Params = { ...DEFAULT_PARAMS };
  for (const key of Object.keys(DEFAULT_PARAMS) as (keyof Params)[]) {
    if (config[key] !== undefined) (params as unknown as Record<string, unknown>)[key] = config[key];
  }
  return params;
}

export function exemptionsOf(requirement: string, config: PolicyConfig): Exemption[] {
  return (config.exemptions ?? [])
    .filter((e) => e.requirement === undefined || e.requirement === requirement)
    .map((e) => ({ requirement, resource: e.resource, reason: e.reason, ...(e.until ? { until: e.until } : {}) }));
}
