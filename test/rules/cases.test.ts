/**
 * Rule tests generated from the requirements' cases (test/cases/<ID>.cases.ts, issue 12: "the rule tests,
 * the parity tests and the documentation's examples are generated from them"): each case's Pulumi
 * resources (its template for a CloudFormation-only case) become facts, and the rule's own checks judge
 * them directly, without the engine's enforcement or exemptions, so a rule change that breaks a case
 * fails here too, under the rule's ID and the case's name. The hand-written test/rules/<ID>.test.ts keep
 * testing messages and edge cases.
 */
import { EngineConfig } from '../../src/core/engine';
import { StackFacts } from '../../src/core/facts';
import { STACK_RESOURCE } from '../../src/core/findings';
import { DEFAULT_PARAMS } from '../../src/core/params';
import { CheckContext, Rule, Verdict } from '../../src/core/rule';
import { loadAllCases } from '../cases/index';
import { cfnFacts } from '../support/cfn-stack';
import { ParityCase } from '../support/parity';
import { pulumiFacts } from '../support/pulumi-stack';

/** The context the engine gives a rule's checks (src/core/engine.ts `evaluate`) for a case's configuration. */
function contextOf(rule: Rule, config: EngineConfig = {}): CheckContext {
  return { params: { ...DEFAULT_PARAMS, ...config.params, ...config.paramsByRequirement?.[rule.id] }, now: config.now ?? new Date() };
}

const verdictOf = (name: string, v: Verdict): string => `${name}${v.detail ? `/${v.detail}` : ''}: ${v.status}`;

/** `name[/detail]: status` of every verdict the rule's resource and stack checks give over the stack. */
function ruleVerdicts(rule: Rule, stack: StackFacts, ctx: CheckContext): string[] {
  const fromResources = rule.resource ? stack.ofKind(...rule.resource.kinds).flatMap((fact) => rule.resource?.check(fact, ctx).map((v) => verdictOf(fact.name, v)) ?? []) : [];
  const fromStack = rule.stack ? rule.stack.check(stack, ctx).map((v) => verdictOf(v.subject?.name ?? STACK_RESOURCE.name, v)) : [];
  return [...fromResources, ...fromStack];
}

const factsOf = (c: ParityCase): StackFacts => (c.only === 'cloudformation' ? cfnFacts(c.cfn) : pulumiFacts(c.pulumi));

for (const [id, requirement] of loadAllCases()) {
  const cases = requirement.groups.flatMap((g) => g.cases.map((c) => [[...g.titles, c.name].join(' \u203a '), c] as const));
  describe(`${id}: the rule's checks over its cases`, () => {
    it.each(cases)('%s', (_name, c) => {
      expect(ruleVerdicts(requirement.rule, factsOf(c), contextOf(requirement.rule, c.config)).sort()).toEqual([...c.expected].sort());
    });
  });
}
