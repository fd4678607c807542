/**
 * Exemptions, one model for every engine: a requirement, a resource (name or key glob) and a reason.
 * A reason is required because the exemption is audit evidence for a marketplace review; an `until`
 * date makes the finding fail again once passed.
 */
import { GlobMatcher, compileGlob } from './glob';

export interface Exemption {
  requirement: string;
  /** A resource name or key (Pulumi URN), `*` matching any run of characters. */
  resource: string;
  reason: string;
  /** ISO date (YYYY-MM-DD): the last day the exemption applies. */
  until?: string;
  /**
   * `resource` is one resource's name taken literally, never a pattern: an exemption written on the
   * resource itself (template Metadata) exempts that resource only, even one whose logical ID is `*`.
   */
  exact?: boolean;
}

export class ExemptionError extends Error {}

/**
 * `YYYY-MM-DD` naming a day that exists: `Date.parse` also reads `03/31/2027` (a US date, refused by
 * the config schema) and rolls `2027-02-30` over to March 2, so one validator holds every entry alike.
 */
function isCalendarDay(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

export function validateExemption(e: Partial<Exemption>, where: string): Exemption {
  if (!e.requirement || typeof e.requirement !== 'string') throw new ExemptionError(`${where}: an exemption needs a "requirement"`);
  if (!e.resource || typeof e.resource !== 'string') throw new ExemptionError(`${where}: the exemption for ${e.requirement} needs a "resource"`);
  if (!e.reason || typeof e.reason !== 'string' || e.reason.trim() === '') throw new ExemptionError(`${where}: the exemption for ${e.requirement} on ${e.resource} needs a "reason"`);
  if (e.until !== undefined && !isCalendarDay(e.until)) throw new ExemptionError(`${where}: the exemption for ${e.requirement} on ${e.resource} has an "until" that is not a date (YYYY-MM-DD)`);
  const valid: Exemption = { requirement: e.requirement, resource: e.resource, reason: e.reason, until: e.until };
  if (e.exact === true) valid.exact = true;
  return valid;
}

const DAY_MS = 24 * 60 * 60 * 1000;

interface CompiledExemption {
  exemption: Exemption;
  /** Position in the list: the first exemption in force that matches is the one reported. */
  index: number;
  /** Last millisecond it applies (end of the `until` day), or Infinity. */
  lastMs: number;
  matches: GlobMatcher;
}

/**
 * Exemptions by requirement, each pattern compiled once. Built once per exemption list (the engine
 * passes one list for a whole run) and kept beside it, so a run of many findings compiles nothing.
 */
type ExemptionIndex = Map<string, CompiledExemption[]>;

const INDEXES = new WeakMap<readonly Exemption[], ExemptionIndex>();

function indexOf(exemptions: readonly Exemption[]): ExemptionIndex {
  const cached = INDEXES.get(exemptions);
  if (cached) return cached;
  const index: ExemptionIndex = new Map();
  exemptions.forEach((exemption, i) => {
    const resource = exemption.resource;
    const compiled: CompiledExemption = {
      exemption,
      index: i,
      lastMs: exemption.until === undefined ? Infinity : Date.parse(exemption.until) + DAY_MS - 1,
      matches: exemption.exact ? (value) => value === resource : compileGlob(resource),
    };
    const list = index.get(exemption.requirement);
    if (list) list.push(compiled);
    else index.set(exemption.requirement, [compiled]);
  });
  INDEXES.set(exemptions, index);
  return index;
}

/** The exemption in force for this requirement and resource at `now`, if any. */
export function findExemption(exemptions: readonly Exemption[], requirement: string, resource: { name: string; key?: string }, now: Date): Exemption | undefined {
  const t = now.getTime();
  const found = indexOf(exemptions)
    .get(requirement)
    ?.find((c) => t <= c.lastMs && (c.matches(resource.name) || (!c.exemption.exact && resource.key !== undefined && c.matches(resource.key))));
  return found?.exemption;
}
