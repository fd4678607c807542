/**
 * The engine's combination of verdicts over alternatives (src/core/alternatives.ts), with a rule that
 * reads one property: conditions disagreeing -> unknown naming the condition; a parameter value that
 * fails -> fail naming it; exemptions and presence carried through.
 */
import { Alternative, Assumption, evaluateAlternatives } from '../../src/core/alternatives';
import { StackFacts } from '../../src/core/facts';
import { Rule, fail, pass } from '../../src/core/rule';

const RULE: Rule = {
  id: 'TLS1',
  resource: { kinds: ['cloudfront:Distribution'], check: (fact) => [fact.props.ok === true ? pass('ok') : fail('not ok')] },
};

const alt = (assumptions: Assumption[], ok: boolean | undefined): Alternative => ({
  assumptions,
  stack: new StackFacts(ok === undefined ? [] : [{ key: 'Cdn', kind: 'cloudfront:Distribution', type: 'AWS::CloudFront::Distribution', name: 'Cdn', props: { ok } }]),
});
const cond = (name: string, value: boolean): Assumption => ({ kind: 'condition', name, value });
const param = (name: string, value: string, secret?: boolean): Assumption => ({ kind: 'parameter', name, value, ...(secret ? { secret } : {}) });

describe('evaluateAlternatives', () => {
  it('is unknown naming the condition when conditions disagree, and agrees when they agree', () => {
    const [mixed] = evaluateAlternatives([alt([cond('A', true)], true), alt([cond('A', false)], false)], [RULE]);
    expect(mixed.status).toBe('unknown');
    expect(mixed.message).toBe('this depends on condition A, which is not known until deployment: when condition A does not hold, not ok');
    expect(evaluateAlternatives([alt([cond('A', true)], false), alt([cond('A', false)], false)], [RULE])[0].status).toBe('fail');
    expect(evaluateAlternatives([alt([cond('A', true)], true), alt([cond('A', false)], true)], [RULE])[0].status).toBe('pass');
  });

  it('fails when one parameter value fails, naming only the parameter that decides it', () => {
    const alternatives = [
      alt([param('Tls', 'new'), param('Name', 'a')], true),
      alt([param('Tls', 'new'), param('Name', 'b')], true),
      alt([param('Tls', 'old'), param('Name', 'a')], false),
      alt([param('Tls', 'old'), param('Name', 'b')], false),
    ];
    const [f] = evaluateAlternatives(alternatives, [RULE]);
    expect(f.status).toBe('fail');
    expect(f.message).toBe('not ok (when parameter Tls is "old")');
    const [secret] = evaluateAlternatives([alt([param('Key', 'x1', true)], true), alt([param('Key', 'x2', true)], false)], [RULE]);
    expect(secret.message).toBe('not ok (when NoEcho parameter Key has one of its allowed values)');
  });

  it('says when a finding applies if only some alternatives have its resource', () => {
    const [f] = evaluateAlternatives([alt([cond('Make', true)], false), alt([cond('Make', false)], undefined)], [RULE]);
    expect(f.status).toBe('fail');
    expect(f.message).toBe('not ok (applies when condition Make holds)');
  });

  it('keeps an exemption whatever the other alternatives say', () => {
    const exemptions = [{ requirement: 'TLS1', resource: 'Cdn', reason: 'legacy clients' }];
    const [f] = evaluateAlternatives([alt([cond('A', true)], true), alt([cond('A', false)], false)], [RULE], { exemptions });
    expect(f.status).toBe('exempt');
  });

  it("returns one alternative's findings as they are", () => {
    const [f] = evaluateAlternatives([alt([], false)], [RULE]);
    expect(f.message).toBe('not ok');
  });
});
