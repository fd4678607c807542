/**
 * The deploy-time choices a template leaves open, enumerated. A condition that compares values known
 * only at deployment (`!Equals [!Ref AWS::Region, us-east-1]`) may hold or not; a parameter with
 * `AllowedValues` may take any of them. The resolver asks a `World` for each such choice when it first
 * needs it; the world answers from its assignment, or takes the first value and records it. After a
 * whole template has been resolved in one world, `nextWorld` backtracks to the last choice with values
 * left: a depth-first walk over exactly the choices the template's values depend on (choices in the
 * branch of an `Fn::If` not taken are never asked for).
 *
 * The walk is bounded: a choice that would take the number of worlds on its path past the budget is
 * left open (the resolver then treats it as unknown, as it did before enumeration), so a template with
 * many independent choices costs at most `budget` resolutions and evaluations.
 */
import { Assumption, ChoiceValue } from '../core/alternatives';

/** The most worlds one template is judged in. */
export const MAX_WORLDS = 32;

/**
 * Resources resolved and judged over all worlds of one template: a large template gets fewer worlds
 * (at least two, so one open condition is still judged both ways), keeping a hostile template with
 * many conditions within a few times the cost of one resolution.
 */
export const MAX_RESOURCE_WORLDS = 40_000;

export function worldBudget(resources: number): number {
  return Math.max(2, Math.min(MAX_WORLDS, Math.floor(MAX_RESOURCE_WORLDS / Math.max(1, resources))));
}

/** What a choice is about, without its value. */
export type ChoiceSubject = Omit<Assumption, 'value'>;

interface TrailEntry {
  key: string;
  subject: ChoiceSubject;
  domain: readonly ChoiceValue[];
  index: number;
}

export class World {
  private readonly trail: TrailEntry[] = [];
  private readonly chosen = new Map<string, number>();
  private readonly open = new Set<string>();
  private worlds = 1;
  /** Each condition's truth in this world once evaluated (`evaluating` meanwhile: met again, it is a loop). */
  readonly conditions = new Map<string, boolean | 'unknown' | 'evaluating'>();
  /** How many condition bodies were evaluated: once per condition per world, whatever refers to them. */
  conditionEvaluations = 0;
  /** How many conditions are being evaluated at this moment (each inside the previous one's body). */
  conditionNesting = 0;
  /** Counts values produced that are known only at deployment (pseudo parameters, parameter and resource identities). */
  deployTimeValues = 0;

  constructor(
    private readonly forced: ReadonlyMap<string, number> = new Map(),
    private readonly budget: number = MAX_WORLDS,
  ) {}

  /** The value this world takes for the choice, or `undefined` when the choice is left open. */
  choose(subject: ChoiceSubject, domain: readonly ChoiceValue[]): ChoiceValue | undefined {
    const key = `${subject.kind}\u0000${subject.name}`;
    const known = this.chosen.get(key);
    if (known !== undefined) return domain[known];
    if (this.open.has(key) || domain.length === 0) return undefined;
    const forced = this.forced.get(key);
    if (forced === undefined && this.worlds * domain.length > this.budget) {
      this.open.add(key);
      return undefined;
    }
    const index = forced ?? 0;
    this.worlds *= domain.length;
    this.trail.push({ key, subject, domain, index });
    this.chosen.set(key, index);
    return domain[index];
  }

  /** The choices this world made, in the order they were asked for. */
  assumptions(): Assumption[] {
    return this.trail.map((t) => ({ ...t.subject, value: t.domain[t.index] }));
  }

  /** The next world of the walk, or `undefined` after the last one. */
  nextWorld(): World | undefined {
    for (let i = this.trail.length - 1; i >= 0; i--) {
      const entry = this.trail[i];
      if (entry.index + 1 >= entry.domain.length) continue;
      const forced = new Map<string, number>();
      for (const earlier of this.trail.slice(0, i)) forced.set(earlier.key, earlier.index);
      forced.set(entry.key, entry.index + 1);
      return new World(forced, this.budget);
    }
    return undefined;
  }
}

/** Runs `resolve` once per world of the walk. */
export function inEveryWorld<T>(resolve: (world: World) => T, budget: number = MAX_WORLDS): { world: World; result: T }[] {
  const out: { world: World; result: T }[] = [];
  for (let world: World | undefined = new World(new Map(), budget); world; world = world.nextWorld()) out.push({ world, result: resolve(world) });
  return out;
}
