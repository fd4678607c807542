/**
 * The pieces of each requirement agree (CONTRIBUTING.md, "Anatomy of a requirement"): every catalog ID
 * has a rule, cases (test/cases/<ID>.cases.ts) with a resource of every kind its rule covers in each
 * engine that kind exists in, and a docs section with a compliant and a non-compliant example.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REQUIREMENTS } from '../src/catalog';
import { FIELD_COMPARISON } from '../src/catalog/field-comparison';
import { Rule } from '../src/core/rule';
import { KINDS, Kind, kindOfCfnType, kindOfPulumiType } from '../src/facts/kinds';
import { RULES, ruleFor } from '../src/rules';
import { docExamples } from './cases/examples';
import { loadAllCases } from './cases/index';
import { RequirementCases } from './cases/types';
import { CfnInput, CfnTestResource } from './support/cfn-stack';

const ALL_CASES = loadAllCases();
const EXAMPLES = docExamples(ALL_CASES);
const DOC = fs.readFileSync(path.join(__dirname, '..', 'docs', 'requirements.md'), 'utf8');
const SECTIONS = new Map(
  DOC.split('\n## ')
    .slice(1)
    .map((s) => [s.split('\n')[0], s]),
);

function kindsOf(rule: Rule): Kind[] {
  return [...new Set([...(rule.resource?.kinds ?? []), ...(rule.stack?.kinds ?? [])])];
}

function resourcesOf(input: CfnInput): CfnTestResource[] {
  const template = 'Resources' in input && typeof input.Resources === 'object' && !('Type' in input.Resources) ? input.Resources : input;
  return Object.values(template as Record<string, CfnTestResource>);
}

/** The kinds the cases write, per engine (a one-engine case, `only`, covers its engine only: the other side is empty). */
function coveredKinds(cases: RequirementCases): { pulumi: Set<Kind>; cfn: Set<Kind> } {
  const all = cases.groups.flatMap((g) => g.cases);
  const pulumi = new Set(all.flatMap((c) => c.pulumi.map((r) => kindOfPulumiType(r.type))).filter((k): k is Kind => k !== undefined));
  const cfn = new Set(all.flatMap((c) => resourcesOf(c.cfn).map((r) => kindOfCfnType(r.Type))).filter((k): k is Kind => k !== undefined));
  return { pulumi, cfn };
}

/** `engine kind` entries a requirement's cases lack: a kind of its rule that exists in that engine and no case writes. */
function missingKinds(rule: Rule, cases: RequirementCases | undefined): string[] {
  const covered = cases ? coveredKinds(cases) : { pulumi: new Set<Kind>(), cfn: new Set<Kind>() };
  return kindsOf(rule).flatMap((kind) => [
    ...(KINDS[kind].pulumi.length > 0 && !covered.pulumi.has(kind) ? [`pulumi ${kind}`] : []),
    ...(KINDS[kind].cfn.length > 0 && !covered.cfn.has(kind) ? [`cloudformation ${kind}`] : []),
  ]);
}

/**
 * Kinds whose cases are still to be written. The test fails for any other missing kind, and for an entry
 * here that is no longer missing, so the list only shrinks; it is empty now: every kind has cases.
 */
const KNOWN_GAPS: Readonly<Record<string, readonly string[]>> = {};

describe('conformance: catalog, rules, cases and docs agree', () => {
  it.each(REQUIREMENTS.map((r) => [r.id]))('%s has a rule', (id) => {
    expect(ruleFor(id)?.id).toBe(id);
  });

  it('every rule is a catalog requirement', () => {
    expect(RULES.map((r) => r.id).filter((id) => !REQUIREMENTS.some((r) => r.id === id))).toEqual([]);
  });

  it.each(REQUIREMENTS.map((r) => [r.id]))('%s has cases for every resource kind its rule covers, in each engine the kind exists in', (id) => {
    const rule = ruleFor(id);
    expect(ALL_CASES.has(id) ? [] : [`no test/cases/${id}.cases.ts`]).toEqual([]);
    if (rule) expect(missingKinds(rule, ALL_CASES.get(id))).toEqual(KNOWN_GAPS[id] ?? []);
  });

  it.each(REQUIREMENTS.map((r) => [r.id]))('%s has a docs section with a compliant and a non-compliant example from its cases', (id) => {
    const section = SECTIONS.get(id) ?? '';
    expect(section).not.toBe('');
    const examples = EXAMPLES.get(id);
    expect({ compliant: examples?.compliant !== undefined, nonCompliant: examples?.nonCompliant !== undefined }).toEqual({ compliant: true, nonCompliant: true });
    expect(section).toContain(`*Compliant*: ${examples?.compliant?.caseName}`);
    expect(section).toContain(`*Non-compliant*: ${examples?.nonCompliant?.caseName}`);
  });

  it('the field comparison names only catalog requirements, and says what differs and why', () => {
    for (const [id, differences] of Object.entries(FIELD_COMPARISON)) {
      expect(REQUIREMENTS.some((r) => r.id === id)).toBe(true);
      for (const d of differences)
        expect({ id, scanners: d.scanners.length > 0, difference: d.difference.length > 0, why: d.why.length > 0 }).toEqual({ id, scanners: true, difference: true, why: true });
    }
  });

  it('every case file holds the cases of the rule it is named after, each group with distinct case names', () => {
    for (const [id, cases] of ALL_CASES) {
      expect(cases.rule).toBe(ruleFor(id));
      for (const g of cases.groups) {
        const names = g.cases.map((c) => c.name);
        expect({ id, group: g.titles, repeated: names.filter((n, i) => names.indexOf(n) !== i) }).toEqual({ id, group: g.titles, repeated: [] });
      }
    }
  });
});
