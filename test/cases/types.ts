/**
 * A requirement's cases as data: each case is one stack written for both engines (Pulumi resources named
 * like the template's logical IDs, and the CloudFormation template) with the verdicts both must give.
 * The parity tests run them (test/support/parity.ts `parityOf`), the conformance test checks that they
 * cover every resource kind of the rule, and docs/requirements.md shows a compliant and a non-compliant
 * example of each engine taken from them.
 */
import { Rule } from '../../src/core/rule';
import { ParityCase } from '../support/parity';

export interface CaseGroup {
  /** The describe titles the group's cases run under, outermost first. */
  titles: string[];
  cases: ParityCase[];
}

export interface RequirementCases {
  rule: Rule;
  groups: CaseGroup[];
}
