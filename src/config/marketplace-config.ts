/**
 * What a policy config means to us, on top of the CLI's semantics (./policy-pack-config.ts). One
 * function, `followMainPolicies`, takes the config the CLI reconciled (every policy present, defaults
 * filled in) and returns the one the policies run under:
 *
 * - a requirement is configured by its ID, which names its main policy; its other policies (`-stack`,
 *   `-advisory` companions) follow it whatever the CLI filled in for them: a `-stack` part takes the
 *   main policy's level and settings; a companion reports at `advisory`, or is disabled with its main;
 * - `shared-exemptions` holds exemptions naming their requirement; each joins its requirement's own;
 * - refused, with one line: a key that names no policy of the pack (a typo), settings under `all` (the
 *   CLI applies only its level), a setting a policy does not have (the CLI's schema check lets unknown
 *   keys through), a level or setting given to a policy that follows another, an exemption whose date
 *   is not a day, or that names another requirement.
 *
 * The pack runs it at Configure (../pulumi/pack/config.ts), so under the real CLI the policies see the
 * same config as `scan` and `MarketplaceChecks`, which run it in-process (`engineConfigOf`).
 */
import { isDeepStrictEqual } from 'node:util';
import { EngineConfig, EnforcementSetting } from '../core/engine';
import { Exemption, ExemptionError, validateExemption } from '../core/exemptions';
import { Params } from '../core/params';
import { EXEMPTIONS_KEY, PackPolicyInfo, PolicyConfig, PolicyExemption, SHARED_EXEMPTIONS_POLICY, exemptionsOf, packPolicyInfos, paramsOf } from './pack-policies';
import { ALL_KEY, EnforcementLevel, createConfigWithDefaults, isValidLevel } from './policy-pack-config';

/** A config as Configure carries it: every entry with a valid level. */
export type ConfigureRequest = Record<string, { enforcementLevel: EnforcementLevel; properties: Record<string, unknown> }>;

/** A config our pack refuses: one line, the same whether the pack, `scan` or `MarketplaceChecks` reads it. */
export class MarketplaceConfigError extends Error {}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function checkExemptions(policy: string, requirementId: string | undefined, items: unknown): PolicyExemption[] {
  if (items === undefined) return [];
  // The CLI's schema check has already held the shape (an array of objects with strings).
  return (items as PolicyExemption[]).map((item, i) => {
    const requirement = item.requirement ?? requirementId;
    if (requirementId !== undefined && requirement !== requirementId)
      throw new MarketplaceConfigError(`${policy}: exemptions.${i} names requirement ${requirement}: put it under "${requirement}" or in "${SHARED_EXEMPTIONS_POLICY}"`);
    try {
      validateExemption({ ...item, requirement }, `${policy}: exemptions.${i}`);
    } catch (e) {
      if (e instanceof ExemptionError) throw new MarketplaceConfigError(e.message);
      throw e;
    }
    return item;
  });
}

/**
 * The config the policies run under, from the one Configure received (see the module comment).
 * `policies` is the pack's own list; entries it does not name are refused, except `all`.
 */
export function followMainPolicies(request: ConfigureRequest, policies: readonly PackPolicyInfo[] = packPolicyInfos()): ConfigureRequest {
  const byName = new Map(policies.map((p) => [p.name, p]));
  const defaults = createConfigWithDefaults(policies);
  const all = has(request, ALL_KEY) ? request[ALL_KEY] : undefined;
  for (const [name, entry] of Object.entries(request)) {
    if (name === ALL_KEY) {
      if (Object.keys(entry.properties).length > 0)
        throw new MarketplaceConfigError(`"all" takes an enforcement level only (the Pulumi CLI applies no settings from it): give settings under each requirement's ID`);
      continue;
    }
    const policy = byName.get(name);
    if (!policy) throw new MarketplaceConfigError(`"${name}" is not a policy of this pack: configure a requirement by its ID (marketplace-guardrails requirements lists them)`);
    if (policy.follows !== undefined) {
      // What the CLI fills in when the user did not name this policy: its default level, or `all`'s.
      const expectedLevel = all && isValidLevel(all.enforcementLevel) ? all.enforcementLevel : defaults[name].enforcementLevel;
      if (entry.enforcementLevel !== expectedLevel || !isDeepStrictEqual(entry.properties, defaults[name].properties ?? {}))
        throw new MarketplaceConfigError(`"${name}" follows "${policy.follows}": configure the requirement by its ID, "${policy.follows}"`);
      continue;
    }
    const allowed = Object.keys(policy.configSchema?.properties ?? {});
    for (const key of Object.keys(entry.properties)) {
      if (!allowed.includes(key)) throw new MarketplaceConfigError(`${name}: unknown setting "${key}" (${name} takes ${allowed.join(', ')})`);
    }
    checkExemptions(name, policy.requirement, entry.properties[EXEMPTIONS_KEY]);
  }

  const shared = has(request, SHARED_EXEMPTIONS_POLICY) ? checkExemptions(SHARED_EXEMPTIONS_POLICY, undefined, request[SHARED_EXEMPTIONS_POLICY].properties[EXEMPTIONS_KEY]) : [];
  const out: ConfigureRequest = {};
  const mainOf = (id: string) => {
    const main = request[id] ?? { enforcementLevel: defaults[id].enforcementLevel as EnforcementLevel, properties: defaults[id].properties ?? {} };
    const extra = shared.filter((e) => e.requirement === id).map(({ requirement: _, ...e }) => e);
    if (extra.length === 0) return main;
    const own = (main.properties[EXEMPTIONS_KEY] as PolicyExemption[] | undefined) ?? [];
    return { ...main, properties: { ...main.properties, [EXEMPTIONS_KEY]: [...own, ...extra] } };
  };
  for (const policy of policies) {
    if (!has(request, policy.name) && policy.follows === undefined && policy.requirement === undefined) continue;
    if (policy.requirement === undefined) {
      out[policy.name] = request[policy.name];
      continue;
    }
    const main = mainOf(policy.requirement);
    if (policy.companion) out[policy.name] = { enforcementLevel: main.enforcementLevel === 'disabled' ? 'disabled' : 'advisory', properties: main.properties };
    else out[policy.name] = main;
  }
  if (all) out[ALL_KEY] = all;
  return out;
}

/** The engine's config (for `scan` and `MarketplaceChecks`) from the policies' config: each requirement's main policy. */
export function engineConfigOf(config: ConfigureRequest, policies: readonly PackPolicyInfo[] = packPolicyInfos()): EngineConfig {
  const enforcement: Record<string, EnforcementSetting> = {};
  const paramsByRequirement: Record<string, Params> = {};
  const exemptions: Exemption[] = [];
  for (const policy of policies) {
    if (policy.requirement === undefined || policy.name !== policy.requirement) continue;
    const entry = config[policy.name];
    if (!entry) continue;
    enforcement[policy.requirement] = entry.enforcementLevel;
    paramsByRequirement[policy.requirement] = paramsOf(entry.properties as PolicyConfig);
    exemptions.push(...exemptionsOf(policy.requirement, entry.properties as PolicyConfig));
  }
  return { enforcement, paramsByRequirement, exemptions };
}

/** Requirements whose policies do not run: their main policy is disabled. */
export function disabledRequirements(config: ConfigureRequest, policies: readonly PackPolicyInfo[] = packPolicyInfos()): string[] {
  return policies.filter((p) => p.requirement !== undefined && p.name === p.requirement && config[p.name]?.enforcementLevel === 'disabled').map((p) => p.name);
}
