import { evaluate } from '../../src/core/engine';
import { Fact, StackFacts } from '../../src/core/facts';
import { Rule, fail, pass } from '../../src/core/rule';
import { validateExemption } from '../../src/core/exemptions';

const distribution: Fact = { key: 'urn:d', kind: 'cloudfront:Distribution', type: 'aws:cloudfront/distribution:Distribution', name: 'cdn', props: {} };
const stack = new StackFacts([distribution]);

describe('engine', () => {
  it('turns a check that throws into an error finding for its requirement', () => {
    const throwing: Rule = {
      id: 'TLS1',
      resource: {
        kinds: ['cloudfront:Distribution'],
        check() {
          throw new Error('boom');
        },
      },
    };
    const [finding] = evaluate(stack, [throwing]);
    expect(finding).toMatchObject({ requirement: 'TLS1', status: 'error', enforcement: 'mandatory', resource: { name: 'cdn' } });
    expect(finding.message).toContain('boom');
  });

  it('applies enforcement settings, advisory verdicts and exemptions with until dates', () => {
    const rule: Rule = {
      id: 'TLS1',
      resource: { kinds: ['cloudfront:Distribution'], check: () => [fail('bad'), { ...fail('minor'), enforcement: 'advisory' }, pass('fine')] },
    };
    expect(evaluate(stack, [rule]).map((f) => `${f.status}/${f.enforcement}`)).toEqual(['fail/mandatory', 'fail/advisory', 'pass/mandatory']);
    expect(evaluate(stack, [rule], { enforcement: { TLS1: 'advisory' } })[0].enforcement).toBe('advisory');
    expect(evaluate(stack, [rule], { enforcement: { TLS1: 'disabled' } })).toEqual([]);
    const now = new Date('2026-11-24T12:00:00Z');
    const exemption = { requirement: 'TLS1', resource: 'cd*', reason: 'legacy', until: '2026-11-24' };
    expect(evaluate(stack, [rule], { exemptions: [exemption], now })[0]).toMatchObject({ status: 'exempt', exemption: { reason: 'legacy', until: '2026-11-24' } });
    const lapsed = { ...exemption, until: '2026-11-23' };
    expect(evaluate(stack, [rule], { exemptions: [lapsed], now })[0].status).toBe('fail');
  });

  it('refuses exemptions without a reason', () => {
    expect(() => validateExemption({ requirement: 'TLS1', resource: 'cdn' }, 'config')).toThrow('needs a "reason"');
    expect(() => validateExemption({ requirement: 'TLS1', resource: 'cdn', reason: 'x', until: 'soon' }, 'config')).toThrow('not a date');
  });
});
