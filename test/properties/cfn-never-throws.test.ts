/**
 * Every rule, through the CloudFormation reader, intrinsic resolver and adapter, on arbitrary
 * templates (nested and malformed intrinsics, dangling references, parameters with and without
 * defaults, unknown types), written as JSON and as YAML: nothing throws, and no check throws. The
 * rules of one area share a property (their kinds overlap), so each template is read once for all of them.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { evaluate } from '../../src/core/engine';
import { factsFromTemplate } from '../../src/cfn/facts';
import { parseTemplate } from '../../src/cfn/template-source';
import { RULES } from '../../src/rules';
import { cfnTemplate, kindsOf, pulumiPathsFor, rulesByArea } from './arbitraries';
import { expectWellFormed } from './well-formed';

describe('every rule through the CloudFormation adapter on arbitrary templates', () => {
  it.each(rulesByArea(RULES))('%s rules never throw and always yield a check status', (_area, rules) => {
    const paths = [...new Set(rules.flatMap(pulumiPathsFor))];
    fc.assert(
      fc.property(cfnTemplate(kindsOf(...rules), paths), fc.boolean(), (template, asYaml) => {
        const json = JSON.stringify(template);
        // The YAML reader builds a whole document tree: templates with huge arrays go through JSON only, to keep runs short.
        const yaml = asYaml && json.length < 20_000;
        const { stack } = factsFromTemplate(parseTemplate(yaml ? stringify(template) : json, yaml ? 'template.yaml' : 'template.json'));
        expectWellFormed(evaluate(stack, rules));
        for (const rule of rules) for (const fact of stack.ofKind(...kindsOf(rule))) rule.remediate?.(fact);
      }),
      { numRuns: 100 },
    );
  });
});
