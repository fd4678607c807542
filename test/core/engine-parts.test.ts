/** `evaluate` runs a rule's resource part, its stack part or both: the Pulumi pack runs one per policy. */
import { evaluate } from '../../src/core/engine';
import { Fact, StackFacts } from '../../src/core/facts';
import { Rule, fail } from '../../src/core/rule';

const distribution: Fact = { key: 'urn:d', kind: 'cloudfront:Distribution', type: 'aws:cloudfront/distribution:Distribution', name: 'cdn', props: {} };
const stack = new StackFacts([distribution]);
const rule: Rule = {
  id: 'HDR1',
  resource: { kinds: ['cloudfront:Distribution'], check: () => [fail('from the resource part')] },
  stack: { kinds: ['cloudfront:Distribution'], check: () => [{ ...fail('from the stack part'), subject: distribution }] },
};

it.each([
  ['all', ['from the resource part', 'from the stack part']],
  ['resource', ['from the resource part']],
  ['stack', ['from the stack part']],
] as const)('parts %s', (parts, messages) => {
  expect(evaluate(stack, [rule], {}, parts).map((f) => f.message)).toEqual(messages);
});

it('reports a stack part that throws as one error finding about the stack', () => {
  const throwing: Rule = {
    id: 'LOG4',
    stack: {
      kinds: [],
      stackLevel: true,
      check: () => {
        throw new Error('boom');
      },
    },
  };
  expect(evaluate(stack, [throwing], {}, 'stack')).toEqual([
    { requirement: 'LOG4', status: 'error', enforcement: 'advisory', resource: { type: 'stack', name: 'stack' }, message: 'the check failed to run: boom' },
  ]);
});
