/**
 * Exemptions, one model for every engine: a requirement, a resource (name or key glob) and a reason.
 * A reason is required because the exemption is audit evidence for a marketplace review; an `until`
 * date makes the finding fail again once passed.
 */
export interface Exemption {
  requirement: string;
  /** A resource name or key (Pulumi URN), `*` matching any run of characters. */
  resource: string;
  reason: string;
  /** ISO date (YYYY-MM-DD): the last day the exemption applies. */
  until?: string;
}

export class ExemptionError extends Error {}

export function validateExemption(e: Partial<Exemption>, where: string): Exemption {
  if (!e.requirement || typeof e.requirement !== 'string') throw new ExemptionError(`${where}: an exemption needs a "requirement"`);
  if (!e.resource || typeof e.resource !== 'string') throw new ExemptionError(`${where}: the exemption for ${e.requirement} needs a "resource"`);
  if (!e.reason || typeof e.reason !== 'string' || e.reason.trim() === '')
    throw new ExemptionError(`${where}: the exemption for ${e.requirement} on ${e.resource} needs a "reason"`);
  if (e.until !== undefined && (typeof e.until !== 'string' || Number.isNaN(Date.parse(e.until))))
    throw new ExemptionError(`${where}: the exemption for ${e.requirement} on ${e.resource} has an "until" that is not a date`);
  return { requirement: e.requirement, resource: e.resource, reason: e.reason, until: e.until };
}

const DAY_MS = 24 * 60 * 60 * 1000;

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** The exemption in force for this requirement and resource at `now`, if any. */
export function findExemption(
  exemptions: readonly Exemption[],
  requirement: string,
  resource: { name: string; key?: string },
  now: Date,
): Exemption | undefined {
  return exemptions.find((e) => {
    if (e.requirement !== requirement) return false;
    if (e.until !== undefined && Date.parse(e.until) + DAY_MS <= now.getTime()) return false;
    const pattern = globToRegExp(e.resource);
    return pattern.test(resource.name) || (resource.key !== undefined && pattern.test(resource.key));
  });
}
