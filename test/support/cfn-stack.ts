/**
 * Runs one rule over a CloudFormation template written inline in a test, through the real template
 * reader, intrinsic resolver and CloudFormation adapter, and the in-process engine.
 */
import { EngineConfig, evaluate } from '../../src/core/engine';
import { StackFacts } from '../../src/core/facts';
import { Finding } from '../../src/core/findings';
import { Rule } from '../../src/core/rule';
import { factsFromTemplate } from '../../src/cfn/facts';
import { parseTemplate } from '../../src/cfn/template-source';

export interface CfnTestResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
  Condition?: string;
}

export interface CfnTestTemplate {
  Parameters?: Record<string, unknown>;
  Conditions?: Record<string, unknown>;
  Mappings?: Record<string, unknown>;
  Resources: Record<string, CfnTestResource>;
}

/** A whole template, or just its Resources. */
export type CfnInput = CfnTestTemplate | Record<string, CfnTestResource>;

function templateOf(input: CfnInput): CfnTestTemplate {
  return 'Resources' in input && typeof input.Resources === 'object' && !('Type' in input.Resources) ? (input as CfnTestTemplate) : { Resources: input as Record<string, CfnTestResource> };
}

export function cfnFacts(input: CfnInput): StackFacts {
  return factsFromTemplate(parseTemplate(JSON.stringify(templateOf(input)), 'test.template.json')).stack;
}

/** Findings of one rule for the given template (or Resources). */
export function runCfn(rule: Rule, input: CfnInput, config: EngineConfig = {}): Finding[] {
  return evaluate(cfnFacts(input), [rule], config);
}
