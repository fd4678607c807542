/**
 * Judging a stack whose values depend on choices made only at deployment: a condition the template
 * cannot settle, a parameter with several allowed values. The adapter resolves the stack once per
 * combination of those choices (an alternative); every rule judges every alternative as it would one
 * stack, and the verdicts on each (requirement, resource, detail) are combined here, so no rule needs
 * code of its own for it:
 *
 * - alternatives that differ only in conditions: all fail -> fail; all pass -> pass; otherwise
 *   unknown, naming the conditions it depends on;
 * - alternatives that differ in a parameter's value: the deployer picks the value, so one failing
 *   value fails, naming the parameter (and the value, unless the parameter is NoEcho);
 * - a finding only some alternatives have (its resource exists under a condition) says when it applies.
 */
import { EngineConfig, evaluate } from './engine';
import { StackFacts } from './facts';
import { Finding, FindingStatus } from './findings';
import { Rule } from './rule';

export type ChoiceValue = string | number | boolean;

/** One choice an alternative assumes. */
export interface Assumption {
  kind: 'condition' | 'parameter';
  name: string;
  /** The condition's truth, or the parameter's value. */
  value: ChoiceValue;
  /** A NoEcho parameter: its value is never written. */
  secret?: boolean;
}

export interface Alternative {
  assumptions: readonly Assumption[];
  stack: StackFacts;
  /**
   * Resources (by key) that exist only when something this alternative does not settle holds, with
   * that text (`condition IsProd holds`): their findings say so.
   */
  conditional?: ReadonlyMap<string, string>;
}

export function describeAssumption(a: Assumption): string {
  if (a.kind === 'condition') return `condition ${a.name} ${a.value === true ? 'holds' : 'does not hold'}`;
  return a.secret ? `NoEcho parameter ${a.name} has one of its allowed values` : `parameter ${a.name} is ${JSON.stringify(a.value)}`;
}

const sameChoice = (a: Assumption, b: Assumption) => a.kind === b.kind && a.name === b.name && a.value === b.value;
const holdsIn = (a: Assumption, alt: Alternative) => alt.assumptions.some((b) => sameChoice(a, b));

/** The assumptions of `alt` that some of `others` do not share: what sets it apart. */
function distinguishing(alt: Alternative, others: readonly Alternative[]): Assumption[] {
  return alt.assumptions.filter((a) => others.some((o) => !holdsIn(a, o)));
}

/** `other` makes the other choice for `a` and, among the choices of `a`'s kind both make, only that one. */
function flipsOnly(alt: Alternative, other: Alternative, a: Assumption): boolean {
  const theirs = other.assumptions.find((b) => b.kind === a.kind && b.name === a.name);
  if (!theirs || theirs.value === a.value) return false;
  return alt.assumptions.every((mine) => mine.kind !== a.kind || mine.name === a.name || other.assumptions.every((b) => b.kind !== a.kind || b.name !== mine.name || b.value === mine.value));
}

/**
 * The choices of `kind` that decide `chosen`'s verdict: those whose other value alone gives one of
 * `better` (a parameter that only names things is not among them), else all that set it apart.
 */
function deciding(chosen: Alternative, better: readonly Alternative[], kind: Assumption['kind']): Assumption[] {
  const mine = chosen.assumptions.filter((a) => a.kind === kind);
  const flips = mine.filter((a) => better.some((o) => flipsOnly(chosen, o, a)));
  return flips.length > 0 ? flips : distinguishing(chosen, better).filter((a) => a.kind === kind);
}

const and = (assumptions: readonly Assumption[]) => assumptions.map(describeAssumption).join(' and ');

interface Judged {
  alt: Alternative;
  finding: Finding;
}

/** Fail first, then unknown, pass, not applicable: the order in which a verdict weighs. */
const WEIGHT: Record<FindingStatus, number> = { error: 0, exempt: 1, fail: 2, unknown: 3, pass: 4, 'not-applicable': 5 };

function worst(judged: readonly Judged[]): Judged {
  return judged.reduce((w, j) => (WEIGHT[j.finding.status] < WEIGHT[w.finding.status] ? j : w));
}

/** Alternatives that differ only in conditions: one verdict if they agree, else unknown naming what it depends on. */
function overConditions(judged: readonly Judged[]): Judged {
  const bad = worst(judged);
  const statuses = new Set(judged.map((j) => j.finding.status));
  // Pass and not applicable both mean nothing to fix.
  const agree = statuses.size === 1 || (statuses.size === 2 && statuses.has('pass') && statuses.has('not-applicable'));
  if (agree || bad.finding.status === 'error' || bad.finding.status === 'exempt') return bad;
  const others = judged.filter((j) => j.finding.status !== bad.finding.status).map((j) => j.alt);
  const when = deciding(bad.alt, others, 'condition');
  const names = [...new Set(when.map((a) => `condition ${a.name}`))].join(', ');
  return {
    alt: bad.alt,
    finding: {
      ...bad.finding,
      status: 'unknown',
      message: `this depends on ${names || 'a condition'}, which is not known until deployment: when ${and(when)}, ${bad.finding.message}`,
    },
  };
}

function parameterKey(alt: Alternative): string {
  return alt.assumptions
    .filter((a) => a.kind === 'parameter')
    .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
    .join('\u0000');
}

function combine(judged: readonly Judged[], all: readonly Alternative[]): Finding {
  // Grouped by parameter values: the deployer chooses those, so the worst group is the verdict.
  const groups = new Map<string, Judged[]>();
  for (const j of judged) {
    const key = parameterKey(j.alt);
    const group = groups.get(key);
    if (group) group.push(j);
    else groups.set(key, [j]);
  }
  const perGroup = [...groups.values()].map(overConditions);
  const chosen = worst(perGroup);
  const finding = { ...chosen.finding };
  const notes: string[] = [];
  if (perGroup.some((g) => WEIGHT[g.finding.status] > WEIGHT[chosen.finding.status])) {
    const better = perGroup.filter((g) => WEIGHT[g.finding.status] > WEIGHT[chosen.finding.status]).map((g) => g.alt);
    const params = deciding(chosen.alt, better, 'parameter');
    if (params.length > 0) notes.push(`when ${and(params)}`);
  }
  // A finding some alternatives lack: its resource exists only under what those with it share.
  if (judged.length < all.length) {
    const shared = judged[0].alt.assumptions.filter((a) => judged.every((j) => holdsIn(a, j.alt)) && !all.every((alt) => holdsIn(a, alt)));
    if (shared.length > 0) notes.push(`applies when ${and(shared)}`);
  }
  if (notes.length > 0) finding.message = `${finding.message} (${notes.join('; ')})`;
  return finding;
}

function withConditionalNote(finding: Finding, alt: Alternative): Finding {
  const note = finding.resource.key === undefined ? undefined : alt.conditional?.get(finding.resource.key.split('#')[0]);
  return note === undefined ? finding : { ...finding, message: `${finding.message} (applies only if ${note}, which is not known until deployment)` };
}

/** Every rule over every alternative, one finding per (requirement, resource, detail). */
export function evaluateAlternatives(alternatives: readonly Alternative[], rules: readonly Rule[], config: EngineConfig = {}): Finding[] {
  const order: string[] = [];
  const byId = new Map<string, Judged[]>();
  for (const alt of alternatives) {
    const seen = new Map<string, number>();
    for (const raw of evaluate(alt.stack, rules, config)) {
      const finding = withConditionalNote(raw, alt);
      const base = `${finding.requirement}\u0000${finding.resource.key ?? ''}\u0000${finding.detail ?? ''}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      const id = `${base}\u0000${n}`;
      const list = byId.get(id);
      if (list) list.push({ alt, finding });
      else {
        byId.set(id, [{ alt, finding }]);
        order.push(id);
      }
    }
  }
  if (alternatives.length === 1) return order.map((id) => (byId.get(id) as Judged[])[0].finding);
  return order.map((id) => combine(byId.get(id) as Judged[], alternatives));
}
