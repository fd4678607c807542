/**
 * Every rule, through the Pulumi adapter, on arbitrary and malformed props of its own kinds (and of
 * other and unknown types): nothing throws out of the adapter or the engine, and no check throws (an
 * `error` finding). A check runs during `pulumi preview` on whatever the program sends.
 */
import fc from 'fast-check';
import { evaluate } from '../../src/core/engine';
import { RULES } from '../../src/rules';
import { pulumiFacts } from '../support/pulumi-stack';
import { kindsOf, pulumiPathsFor, pulumiStack } from './arbitraries';
import { expectWellFormed } from './well-formed';

describe('every rule through the Pulumi adapter on arbitrary props', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s never throws and always yields a check status', (_id, rule) => {
    fc.assert(
      fc.property(pulumiStack(kindsOf(rule), pulumiPathsFor(rule)), (resources) => {
        const stack = pulumiFacts(resources);
        expectWellFormed(evaluate(stack, [rule]));
        // The pack calls remediate on the resources it judges; it must not throw either.
        for (const fact of stack.ofKind(...kindsOf(rule))) rule.remediate?.(fact);
      }),
      { numRuns: 100 },
    );
  });
});
