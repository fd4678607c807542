/**
 * Parity: the same case written as a Pulumi program's resources and as a CloudFormation template must
 * get the same verdicts from the same rule. Name the Pulumi resources like the template's logical IDs.
 */
import { EngineConfig } from '../../src/core/engine';
import { Rule } from '../../src/core/rule';
import { CfnInput, runCfn } from './cfn-stack';
import { TestResource, runPulumi, statuses } from './pulumi-stack';
import type { RequirementCases } from '../cases/types';

export interface ParityCase {
  /** What the case shows, e.g. 'compliant: TLSv1.2_2021 with an ACM certificate'. */
  name: string;
  pulumi: TestResource[];
  cfn: CfnInput;
  /** `name[/detail]: status` per finding, in any order; both engines must give exactly these. */
  expected: string[];
  config?: EngineConfig;
  /**
   * The one engine a case runs through, for a kind that exists in that engine only (src/facts/kinds.ts,
   * e.g. Pulumi's aws.kms.KeyPolicy, which CloudFormation writes on the key itself); the other engine's
   * side is left empty (`pulumi: []` or `cfn: {}`).
   */
  only?: 'pulumi' | 'cloudformation';
}

/** Declares one jest test per case. Call inside a `describe`. */
export function parity(rule: Rule, cases: ParityCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const expected = [...c.expected].sort();
    if (c.only === 'pulumi') {
      expect({ pulumi: statuses(runPulumi(rule, c.pulumi, c.config)).sort(), cfn: Object.keys(c.cfn) }).toEqual({ pulumi: expected, cfn: [] });
      return;
    }
    if (c.only === 'cloudformation') {
      expect({ pulumi: c.pulumi, cfn: statuses(runCfn(rule, c.cfn, c.config)).sort() }).toEqual({ pulumi: [], cfn: expected });
      return;
    }
    const fromPulumi = statuses(runPulumi(rule, c.pulumi, c.config)).sort();
    const fromCfn = statuses(runCfn(rule, c.cfn, c.config)).sort();
    expect({ pulumi: fromPulumi, cfn: fromCfn }).toEqual({ pulumi: expected, cfn: expected });
  });
}

/** Declares the parity tests of a requirement's cases (test/cases/<ID>.cases.ts), under each group's describe titles. */
export function parityOf(requirement: RequirementCases): void {
  for (const group of requirement.groups) {
    const under = (titles: string[]): void => {
      if (titles.length === 0) parity(requirement.rule, group.cases);
      else describe(titles[0], () => under(titles.slice(1)));
    };
    under(group.titles);
  }
}
