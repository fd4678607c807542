/**
 * Runs one rule over resources written the way a Pulumi program's engine would send them (type token,
 * name, wire-format props, property dependencies), through the real Pulumi adapter and the in-process
 * engine. Rule tests use it so the adapter's mapping is exercised with every case.
 */
import { EngineConfig, evaluate } from '../../src/core/engine';
import { Fact, StackFacts } from '../../src/core/facts';
import { Finding } from '../../src/core/findings';
import { Rule } from '../../src/core/rule';
import { factFromPulumi } from '../../src/pulumi/pack/facts';
import { SECRET_SIG, SPECIAL_SIG_KEY } from '../../src/pulumi/pack/wire-format';

/** The sentinel the Pulumi engine sends for a value not known during preview. */
export const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

/** A secret not known during preview, as the wire format carries it: a `secure:` config value offline, a secret output. */
export const SECRET_UNKNOWN = { [SPECIAL_SIG_KEY]: SECRET_SIG, value: UNKNOWN };

export interface TestResource {
  type: string;
  name: string;
  props: Record<string, unknown>;
  /** Property name to the *names* of resources of the same test stack it was computed from. */
  dependsOn?: Record<string, string[]>;
}

export const urnOf = (r: { type: string; name: string }): string => `urn:pulumi:test::app::${r.type}::${r.name}`;

export function pulumiFacts(resources: TestResource[]): StackFacts {
  const byName = new Map(resources.map((r) => [r.name, r]));
  const facts = resources.map((r) => {
    const propertyDependencies: Record<string, string[]> = {};
    for (const [prop, names] of Object.entries(r.dependsOn ?? {})) {
      propertyDependencies[prop] = names.map((n) => {
        const target = byName.get(n);
        if (!target) throw new Error(`test stack has no resource named ${n}`);
        return urnOf(target);
      });
    }
    return factFromPulumi({ type: r.type, name: r.name, urn: urnOf(r), props: r.props, propertyDependencies });
  });
  return new StackFacts(facts.filter((f): f is Fact => f !== undefined));
}

/** Findings of one rule for the given resources. */
export function runPulumi(rule: Rule, resources: TestResource[], config: EngineConfig = {}): Finding[] {
  return evaluate(pulumiFacts(resources), [rule], config);
}

/** `name: status` of each finding (with `/detail` when set), for compact assertions. */
export function statuses(findings: Finding[]): string[] {
  return findings.map((f) => `${f.resource.name}${f.detail ? `/${f.detail}` : ''}: ${f.status}`);
}
