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

describe('verdicts', () => {
  it('carry their status, message and detail', () => {
    expect(pass('ok', 'd')).toEqual({ status: 'pass', message: 'ok', detail: 'd' });
    expect(fail('bad', 'd')).toEqual({ status: 'fail', message: 'bad', detail: 'd' });
    expect(notApplicable('n/a', 'd')).toEqual({ status: 'not-applicable', message: 'n/a', detail: 'd' });
    expect(unknown(new Unknown('viewerCertificate'), 'd')).toEqual({
      status: 'unknown',
      message: 'viewerCertificate is not known until deployment, so this cannot be checked now',
      detail: 'd',
    });
  });

  it('combine several unknown candidates into one unknown naming the reference, not a candidate’s property', () => {
    const both = combineCandidates([unknown(new Unknown('a')), unknown(new Unknown('b'))], 'keyId');
    expect(both).toEqual({ status: 'unknown', message: 'keyId may point at any of several resources that do not agree, so this cannot be checked now', detail: undefined });
    expect(combineCandidates([], 'keyId')).toEqual(unknown(new Unknown('keyId')));
    expect(combineCandidates([pass('a'), pass('b'), fail('c')], 'keyId').status).toBe('unknown');
    expect(combineCandidates([pass('first'), pass('second')], 'keyId')).toEqual(pass('first'));
  });
});
