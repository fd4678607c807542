/**
 * Exemptions written into a template, next to the resource they exempt:
 * `Metadata: {"marketplace-guardrails": {"exempt": [{"id": "NET1", "reason": "...", "until": "2027-03-31"}]}}`,
 * naming the requirement by ID (`Marketplace-NET1` accepted too); a reason is required.
 * cdk-nag's `Metadata.cdk_nag.rules_to_suppress` holds acknowledgements, exact rule IDs: ./acknowledgements.ts.
 */
import { isRequirementId } from '../catalog';
import { UsageError } from '../cli/errors';
import { Exemption, ExemptionError, validateExemption } from '../core/exemptions';
import { TemplateResource } from './facts';

export const METADATA_KEY = 'marketplace-guardrails';
export const NAG_RULE_PREFIX = 'Marketplace-';

/** `Marketplace-NET1`, `Marketplace-NET1[defaultCacheBehavior]` and `NET1` all name NET1. */
export function requirementOfRuleId(id: string): string {
  return id.replace(/^Marketplace-/, '').replace(/\[.*\]$/, '');
}

function entries(metadata: Record<string, unknown>): { list: unknown; where: string }[] {
  const ours = metadata[METADATA_KEY];
  if (ours === undefined) return [];
  const list = typeof ours === 'object' && ours !== null && !Array.isArray(ours) ? (ours as Record<string, unknown>).exempt : undefined;
  return [{ list: list ?? ours, where: `Metadata.${METADATA_KEY}.exempt` }];
}

/** The exemptions a template's resources carry; a malformed one is one line naming file, resource and entry. */
export function metadataExemptions(file: string, resources: readonly TemplateResource[]): Exemption[] {
  const exemptions: Exemption[] = [];
  for (const r of resources) {
    for (const { list, where } of entries(r.metadata)) {
      const at = `${file}: Resources.${r.logicalId}.${where}`;
      if (list === undefined) continue;
      if (!Array.isArray(list)) throw new UsageError(`${at} must be a list of {id, reason}`);
      list.forEach((item: unknown, i) => {
        if (typeof item !== 'object' || item === null) throw new UsageError(`${at}[${i}] must be a mapping with id and reason`);
        const { id, reason, until } = item as Record<string, unknown>;
        if (typeof id !== 'string') throw new UsageError(`${at}[${i}] needs an "id" (a requirement ID such as NET1)`);
        const requirement = requirementOfRuleId(id);
        if (!isRequirementId(requirement)) throw new UsageError(`${at}[${i}]: "${id}" is not a requirement ID`);
        try {
          // exact: the exemption stands on its resource, so its logical ID is a name, not a pattern
          // (a resource named `*` must not exempt the whole template).
          const exemption = { requirement, resource: r.logicalId, reason: reason as string, until: until as string | undefined, exact: true };
          exemptions.push(validateExemption(exemption, `${at}[${i}]`));
        } catch (e) {
          throw new UsageError(e instanceof ExemptionError ? e.message : String(e));
        }
      });
    }
  }
  return exemptions;
}
