import { REQUIREMENTS, requirement } from '../../src/catalog';
import { effectiveEnforcement, evaluate, resourceOf } from '../../src/core/engine';
import { Fact, StackFacts } from '../../src/core/facts';
import { STACK_RESOURCE } from '../../src/core/findings';
import { Rule, fail, notApplicable, pass } from '../../src/core/rule';
import { validateExemption } from '../../src/core/exemptions';

const distribution: Fact = { key: 'urn:d', kind: 'cloudfront:Distribution', type: 'aws:cloudfront/distribution:Distribution', name: 'cdn', props: {} };
const stack = new StackFacts([distribution]);
const throwing: Rule = {
  id: 'TLS1',
  resource: {
    kinds: ['cloudfront:Distribution'],
    check() {
      throw new Error('boom');
    },
  },
};

describe('engine', () => {
  it('turns a check that throws into an error finding for its requirement', () => {
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

describe('engine: stack checks, parameters and findings', () => {
  const bucket: Fact = { key: 'urn:b', kind: 's3:Bucket', type: 'aws:s3/bucket:Bucket', name: 'logs', props: {} };
  const two = new StackFacts([distribution, bucket]);

  it('runs resource checks only on their kinds, and stack checks once, with or without a subject', () => {
    const rule: Rule = {
      id: 'LOG1',
      resource: { kinds: ['s3:Bucket'], check: (f) => [pass(`saw ${f.name}`, 'd')] },
      stack: { kinds: ['s3:Bucket'], check: (s) => [{ ...fail('whole stack') }, { ...pass('bucket'), subject: s.ofKind('s3:Bucket')[0] }] },
    };
    const findings = evaluate(two, [rule], { enforcement: { LOG1: 'mandatory' } });
    expect(findings).toEqual([
      { requirement: 'LOG1', status: 'pass', enforcement: 'mandatory', resource: { type: 'aws:s3/bucket:Bucket', name: 'logs', key: 'urn:b' }, message: 'saw logs', detail: 'd' },
      { requirement: 'LOG1', status: 'fail', enforcement: 'mandatory', resource: STACK_RESOURCE, message: 'whole stack' },
      { requirement: 'LOG1', status: 'pass', enforcement: 'mandatory', resource: { type: 'aws:s3/bucket:Bucket', name: 'logs', key: 'urn:b' }, message: 'bucket' },
    ]);
    expect('detail' in findings[1]).toBe(false);
  });

  it('turns a stack check that throws into one error finding about the stack', () => {
    const rule: Rule = {
      id: 'LOG1',
      stack: {
        kinds: [],
        check() {
          throw 'not an Error';
        },
      },
    };
    const exemptions = [{ requirement: 'LOG1', resource: '*', reason: 'r' }];
    expect(evaluate(two, [rule], { exemptions })).toEqual([
      { requirement: 'LOG1', status: 'error', enforcement: effectiveEnforcement('LOG1', undefined), resource: STACK_RESOURCE, message: 'the check failed to run: not an Error' },
    ]);
  });

  it('does not exempt a check that failed to run', () => {
    const [finding] = evaluate(stack, [throwing], { exemptions: [{ requirement: 'TLS1', resource: '*', reason: 'r' }] });
    expect(finding.status).toBe('error');
    expect(finding.message).toBe('the check failed to run: boom');
    expect(finding.exemption).toBeUndefined();
  });

  it('gives checks the defaults, overridden by shared parameters, overridden per requirement, and the run time', () => {
    const seen: unknown[] = [];
    const now = new Date('2026-01-02T00:00:00Z');
    const rule = (id: string): Rule => ({
      id,
      resource: {
        kinds: ['cloudfront:Distribution'],
        check: (_f, ctx) => {
          seen.push({ days: ctx.params.maxRotationDays, ports: ctx.params.allowedEgressPorts, sseS3: ctx.params.acceptSseS3, now: ctx.now });
          return [];
        },
      },
    });
    evaluate(stack, [rule('SEC2'), rule('TLS1')], { params: { maxRotationDays: 30 }, paramsByRequirement: { SEC2: { maxRotationDays: 7 } }, now });
    expect(seen).toEqual([
      { days: 7, ports: [443], sseS3: false, now },
      { days: 30, ports: [443], sseS3: false, now },
    ]);
    const before = Date.now();
    evaluate(stack, [rule('TLS1')]);
    expect((seen[2] as { now: Date }).now.getTime()).toBeGreaterThanOrEqual(before);
    expect((seen[2] as { days: number }).days).toBe(90);
  });

  it('exempts unknown verdicts too, keeping an exemption without `until` without one, but never passes', () => {
    const rule: Rule = { id: 'TLS1', resource: { kinds: ['cloudfront:Distribution'], check: () => [{ status: 'unknown', message: 'u' }, pass('p'), notApplicable('n')] } };
    const findings = evaluate(stack, [rule], { exemptions: [{ requirement: 'TLS1', resource: 'cdn', reason: 'legacy' }] });
    expect(findings.map((f) => f.status)).toEqual(['exempt', 'pass', 'not-applicable']);
    expect(findings[0].exemption).toEqual({ reason: 'legacy' });
    expect('until' in findings[0].exemption!).toBe(false);
  });

  it('runs a remediate setting as mandatory and otherwise the catalog enforcement', () => {
    expect(effectiveEnforcement('TLS1', 'remediate')).toBe('mandatory');
    expect(effectiveEnforcement('TLS1', 'advisory')).toBe('advisory');
    expect(effectiveEnforcement('TLS1', 'disabled')).toBe('disabled');
    expect(effectiveEnforcement('TLS1', undefined)).toBe(requirement('TLS1').enforcement);
    const advisory = REQUIREMENTS.find((r) => r.enforcement === 'advisory');
    expect(advisory && effectiveEnforcement(advisory.id, undefined)).toBe('advisory');
    // A verdict cannot raise an advisory requirement to mandatory.
    const rule: Rule = { id: 'TLS1', resource: { kinds: ['cloudfront:Distribution'], check: () => [{ ...fail('x'), enforcement: 'mandatory' }] } };
    expect(evaluate(stack, [rule], { enforcement: { TLS1: 'advisory' } })[0].enforcement).toBe('advisory');
  });

  it('names a stack-level finding after the stack stand-in', () => {
    expect(resourceOf(undefined)).toBe(STACK_RESOURCE);
    expect(STACK_RESOURCE).toEqual({ type: 'stack', name: 'stack' });
    expect(resourceOf(bucket)).toEqual({ type: 'aws:s3/bucket:Bucket', name: 'logs', key: 'urn:b' });
  });
});
