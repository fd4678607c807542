import { combineCandidates, fail, notApplicable, pass, unknown } from '../../src/core/rule';
import { Unknown } from '../../src/core/values';

describe('combineCandidates', () => {
  it('returns a single candidate’s verdict as it is, an unknown keeping its own property', () => {
    expect(combineCandidates([unknown(new Unknown('origins'))], 'policyId').message).toContain('origins');
    expect(combineCandidates([fail('bad')], 'policyId')).toEqual(fail('bad'));
  });

  it('returns the shared verdict when the candidates agree, unknown when they do not or when there are none', () => {
    expect(combineCandidates([pass('a'), pass('b')], 'p').status).toBe('pass');
    expect(combineCandidates([fail('a'), fail('b')], 'p').status).toBe('fail');
    expect(combineCandidates([notApplicable('a'), notApplicable('b')], 'p').status).toBe('not-applicable');
    const split = combineCandidates([pass('a'), fail('b')], 'keyId');
    expect(split.status).toBe('unknown');
    expect(split.message).toContain('keyId');
    expect(combineCandidates([], 'keyId').status).toBe('unknown');
  });
});
