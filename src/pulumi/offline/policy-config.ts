/**
 * The user's policy config, merged as the Pulumi engine merges it before Configure: each policy's
 * schema defaults, overlaid with the user's values, validated against the schema. Keys are policy
 * names as in `pulumi preview --policy-pack-config`; a requirement ID (`NET1`) is also accepted and
 * applies to every policy of that requirement (`NET1`, `NET1-stack`).
 */
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { isRequirementId } from '../../catalog';
import { readBoundedText } from '../../cli/bounded-read';
import { UsageError } from '../../cli/errors';
import { Exemption, validateExemption } from '../../core/exemptions';
import { EnforcementName, PolicyInfo } from './analyzer-client';
import { ADVISORY_SUFFIX, requirementOfPolicy } from '../pack/diagnostics';
import { EngineConfig, EnforcementSetting } from '../../core/engine';
import { Params } from '../../core/params';
import { PolicyConfig, exemptionsOf, paramsOf } from '../pack/config';
import { buildPolicies } from '../pack/policies';

export type UserPolicyConfig = Record<string, unknown>;
export type FinalPolicyConfig = Record<string, { enforcement: EnforcementName; properties: Record<string, unknown> }>;

const LEVELS: readonly string[] = ['advisory', 'mandatory', 'remediate', 'disabled'];

export function readPolicyConfigFile(file: string): UserPolicyConfig {
  const text = readBoundedText(file, { what: 'policy config' });
  let doc: unknown;
  try {
    doc = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new UsageError(`policy config ${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new UsageError(`policy config ${file} must be a mapping of policy names to settings`);
  return doc as UserPolicyConfig;
}

/**
 * A top-level `exemptions` list, `[{requirement, resource, reason, until?}]`: the engine-neutral form,
 * spread here into the `exemptions` of each policy of the named requirement.
 */
const SHARED_EXEMPTIONS_KEY = 'exemptions';

function sharedExemptions(value: unknown, where: string): Map<string, Omit<Exemption, 'requirement'>[]> {
  const byRequirement = new Map<string, Omit<Exemption, 'requirement'>[]>();
  if (value === undefined) return byRequirement;
  if (!Array.isArray(value)) throw new UsageError(`${where}: "exemptions" must be a list`);
  value.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null) throw new UsageError(`${where}: exemptions[${i}] must be a mapping`);
    let e: Exemption;
    try {
      e = validateExemption(item as Partial<Exemption>, `${where}: exemptions[${i}]`);
    } catch (err) {
      throw new UsageError(err instanceof Error ? err.message : String(err));
    }
    if (!isRequirementId(e.requirement)) throw new UsageError(`${where}: exemptions[${i}]: "${e.requirement}" is not a requirement ID`);
    const list = byRequirement.get(e.requirement) ?? [];
    list.push({ resource: e.resource, reason: e.reason, ...(e.until ? { until: e.until } : {}) });
    byRequirement.set(e.requirement, list);
  });
  return byRequirement;
}

export function mergePolicyConfig(policies: PolicyInfo[], user: UserPolicyConfig, where = 'policy config'): FinalPolicyConfig {
  const byName = new Map(policies.map((p) => [p.name, p]));
  // Expand requirement IDs to their main policies; companions follow their main policy by themselves.
  const perPolicy = new Map<string, unknown>();
  const shared = sharedExemptions(user.exemptions, where);
  for (const [key, value] of Object.entries(user)) {
    if (key === SHARED_EXEMPTIONS_KEY) continue;
    // `LOG1` names a requirement and also its resource policy: as a requirement ID it configures every
    // policy of the requirement (`LOG1`, `LOG1-stack`), except one the user configured by its own name.
    const targets = isRequirementId(key) ? policies.filter((p) => !p.name.endsWith(ADVISORY_SUFFIX) && requirementOfPolicy(p.name) === key) : [];
    if (targets.length > 0) {
      for (const t of targets) if (t.name === key || user[t.name] === undefined) perPolicy.set(t.name, value);
      continue;
    }
    if (!byName.has(key)) throw new UsageError(`${where}: "${key}" is neither a policy of this pack nor a requirement ID`);
    perPolicy.set(key, value);
  }

  const ajv = new Ajv({ allErrors: false, useDefaults: true, strict: false });
  const final: FinalPolicyConfig = {};
  for (const policy of policies) {
    const given = perPolicy.get(policy.name);
    let enforcement = policy.enforcement;
    let properties: Record<string, unknown> = {};
    if (typeof given === 'string') {
      if (!LEVELS.includes(given)) throw new UsageError(`${where}: ${policy.name}: "${given}" is not an enforcement level (${LEVELS.join(', ')})`);
      enforcement = given as EnforcementName;
    } else if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
      const { enforcementLevel, ...rest } = given as Record<string, unknown>;
      if (enforcementLevel !== undefined) {
        if (typeof enforcementLevel !== 'string' || !LEVELS.includes(enforcementLevel))
          throw new UsageError(`${where}: ${policy.name}: enforcementLevel must be one of ${LEVELS.join(', ')}`);
        enforcement = enforcementLevel as EnforcementName;
      }
      properties = rest;
    } else if (given !== undefined) {
      throw new UsageError(`${where}: ${policy.name} must be an enforcement level or a mapping`);
    }
    const extra = shared.get(requirementOfPolicy(policy.name));
    if (extra && !policy.name.endsWith(ADVISORY_SUFFIX)) {
      const own = Array.isArray(properties.exemptions) ? (properties.exemptions as unknown[]) : [];
      properties = { ...properties, exemptions: [...own, ...extra] };
    }
    const schema = { type: 'object', properties: policy.configSchema?.properties ?? {}, required: policy.configSchema?.required ?? [], additionalProperties: false };
    const validate = ajv.compile(schema);
    const withDefaults = JSON.parse(JSON.stringify(properties)) as Record<string, unknown>;
    if (!validate(withDefaults)) {
      const err = validate.errors?.[0];
      const at = err?.instancePath ? err.instancePath.replace(/^\//, '').replace(/\//g, '.') : '';
      const detail =
        err?.keyword === 'additionalProperties'
          ? `unknown key "${(err.params as { additionalProperty: string }).additionalProperty}"${at ? ` in ${at}` : ''}`
          : `${at || 'value'} ${err?.message ?? 'is invalid'}`;
      throw new UsageError(`${where}: ${policy.name}: ${detail}`);
    }
    final[policy.name] = { enforcement, properties: withDefaults };
  }
  return final;
}

/**
 * The same policy config for the in-process engine (`scan`): merged and validated exactly as for the
 * pack, against the pack's own policy list, then read per requirement from its main policy.
 */
export function engineConfigOf(user: UserPolicyConfig, where = 'policy config'): EngineConfig {
  const policies: PolicyInfo[] = buildPolicies().map((p) => ({
    name: p.name,
    enforcement: (p.enforcementLevel ?? 'advisory') as EnforcementName,
    configSchema: { properties: (p.configSchema?.properties ?? {}) as Record<string, Record<string, unknown>>, required: p.configSchema?.required ?? [] },
  }));
  const merged = mergePolicyConfig(policies, user, where);
  const enforcement: Record<string, EnforcementSetting> = {};
  const paramsByRequirement: Record<string, Params> = {};
  const exemptions: Exemption[] = [];
  for (const [name, { enforcement: level, properties }] of Object.entries(merged)) {
    const id = requirementOfPolicy(name);
    // A requirement's companion (advisory) policy follows its main policy's config.
    if (name.endsWith(ADVISORY_SUFFIX) || enforcement[id] !== undefined) continue;
    enforcement[id] = level;
    paramsByRequirement[id] = paramsOf(properties as PolicyConfig);
    exemptions.push(...exemptionsOf(id, properties as PolicyConfig));
  }
  return { enforcement, paramsByRequirement, exemptions };
}
