import * as glob from '../../src/core/glob';
import { ExemptionError, findExemption, validateExemption } from '../../src/core/exemptions';

describe('validateExemption', () => {
  it('keeps the four fields of a valid exemption', () => {
    expect(validateExemption({ requirement: 'TLS1', resource: 'cdn', reason: 'legacy', until: '2026-12-31' }, 'policy.json')).toEqual({
      requirement: 'TLS1',
      resource: 'cdn',
      reason: 'legacy',
      until: '2026-12-31',
    });
    expect(validateExemption({ requirement: 'TLS1', resource: 'cdn', reason: 'legacy' }, 'policy.json').until).toBeUndefined();
  });

  it.each([
    [{ resource: 'cdn', reason: 'x' }, 'policy.json: an exemption needs a "requirement"'],
    [{ requirement: 7, resource: 'cdn', reason: 'x' }, 'policy.json: an exemption needs a "requirement"'],
    [{ requirement: 'TLS1', reason: 'x' }, 'policy.json: the exemption for TLS1 needs a "resource"'],
    [{ requirement: 'TLS1', resource: ['cdn'], reason: 'x' }, 'policy.json: the exemption for TLS1 needs a "resource"'],
    [{ requirement: 'TLS1', resource: 'cdn' }, 'policy.json: the exemption for TLS1 on cdn needs a "reason"'],
    [{ requirement: 'TLS1', resource: 'cdn', reason: '   ' }, 'policy.json: the exemption for TLS1 on cdn needs a "reason"'],
    [{ requirement: 'TLS1', resource: 'cdn', reason: 5 }, 'policy.json: the exemption for TLS1 on cdn needs a "reason"'],
    [{ requirement: 'TLS1', resource: 'cdn', reason: 'x', until: 'soon' }, 'policy.json: the exemption for TLS1 on cdn has an "until" that is not a date'],
    [{ requirement: 'TLS1', resource: 'cdn', reason: 'x', until: 20261231 }, 'policy.json: the exemption for TLS1 on cdn has an "until" that is not a date'],
    // A number that would parse as a year is still not the YYYY-MM-DD text a reviewer reads.
    [{ requirement: 'TLS1', resource: 'cdn', reason: 'x', until: 2026 }, 'policy.json: the exemption for TLS1 on cdn has an "until" that is not a date'],
    // Date.parse reads both (the first as a US date, the second rolled over to March 2): neither is a day written YYYY-MM-DD.
    [{ requirement: 'TLS1', resource: 'cdn', reason: 'x', until: '03/31/2027' }, 'policy.json: the exemption for TLS1 on cdn has an "until" that is not a date (YYYY-MM-DD)'],
    [{ requirement: 'TLS1', resource: 'cdn', reason: 'x', until: '2027-02-30' }, 'policy.json: the exemption for TLS1 on cdn has an "until" that is not a date (YYYY-MM-DD)'],
    [{ requirement: 'TLS1', resource: 'cdn', reason: 'x', until: '31/03/2027' }, 'policy.json: the exemption for TLS1 on cdn has an "until" that is not a date (YYYY-MM-DD)'],
  ])('refuses %j in one line naming where it was written', (e, message) => {
    const run = () => validateExemption(e as never, 'policy.json');
    expect(run).toThrow(ExemptionError);
    expect(run).toThrow(message);
  });
});

describe('findExemption', () => {
  const now = new Date('2026-06-15T12:00:00Z');
  const cdn = { name: 'cdn', key: 'urn:pulumi:prod::app::aws:cloudfront/distribution:Distribution::cdn' };

  it('matches the requirement and the resource name or key, `*` standing for any run of characters', () => {
    const byName = { requirement: 'TLS1', resource: 'c*n', reason: 'r' };
    expect(findExemption([byName], 'TLS1', cdn, now)).toBe(byName);
    expect(findExemption([byName], 'TLS2', cdn, now)).toBeUndefined();
    const byKey = { requirement: 'TLS1', resource: 'urn:pulumi:prod::*::cdn', reason: 'r' };
    expect(findExemption([byKey], 'TLS1', cdn, now)).toBe(byKey);
    expect(findExemption([byKey], 'TLS1', { name: 'cdn' }, now)).toBeUndefined();
    expect(findExemption([byName], 'TLS1', { name: 'api', key: 'urn:pulumi:prod::app::aws:apigateway/restApi:RestApi::api' }, now)).toBeUndefined();
    // A resource without a key is matched on its name only, never on some text standing in for the key.
    expect(findExemption([{ requirement: 'TLS1', resource: 'undefined', reason: 'r' }], 'TLS1', { name: 'cdn' }, now)).toBeUndefined();
    expect(findExemption([{ requirement: 'TLS1', resource: '*', reason: 'r' }], 'TLS1', { name: '' }, now)).toBeDefined();
  });

  it('anchors the pattern at both ends and takes its other characters literally', () => {
    const exact = { requirement: 'TLS1', resource: 'cdn', reason: 'r' };
    expect(findExemption([exact], 'TLS1', { name: 'cdn-2' }, now)).toBeUndefined();
    expect(findExemption([exact], 'TLS1', { name: 'old-cdn' }, now)).toBeUndefined();
    const dotted = { requirement: 'TLS1', resource: 'a.b+(c)?[d]{2}$^|\\', reason: 'r' };
    expect(findExemption([dotted], 'TLS1', { name: 'a.b+(c)?[d]{2}$^|\\' }, now)).toBe(dotted);
    expect(findExemption([dotted], 'TLS1', { name: 'aXb+(c)?[d]{2}$^|\\' }, now)).toBeUndefined();
    expect(findExemption([dotted], 'TLS1', { name: 'a.bb(c)[d]dd$^|\\' }, now)).toBeUndefined();
  });

  it('applies through the whole `until` day and not after it', () => {
    const e = { requirement: 'TLS1', resource: 'cdn', reason: 'r', until: '2026-06-15' };
    expect(findExemption([e], 'TLS1', cdn, new Date('2026-06-15T23:59:59.999Z'))).toBe(e);
    expect(findExemption([e], 'TLS1', cdn, new Date('2026-06-16T00:00:00Z'))).toBeUndefined();
    expect(findExemption([e], 'TLS1', cdn, new Date('2026-06-16T00:00:00.001Z'))).toBeUndefined();
  });

  it('returns the first exemption in force', () => {
    const lapsed = { requirement: 'TLS1', resource: 'cdn', reason: 'old', until: '2020-01-01' };
    const current = { requirement: 'TLS1', resource: 'cdn', reason: 'new' };
    expect(findExemption([lapsed, current], 'TLS1', cdn, now)).toBe(current);
  });

  it("takes an exact exemption's resource as a name: `*` exempts the resource called `*` only", () => {
    const exact = { requirement: 'TLS1', resource: '*', reason: 'on the resource itself', exact: true };
    expect(findExemption([exact], 'TLS1', { name: '*' }, now)).toBe(exact);
    expect(findExemption([exact], 'TLS1', { name: 'cdn', key: '*' }, now)).toBeUndefined();
    expect(findExemption([exact], 'TLS1', cdn, now)).toBeUndefined();
    expect(validateExemption(exact, 'template.json').exact).toBe(true);
  });

  it('compiles each pattern once per exemption list, however many findings it is asked about', () => {
    const spy = jest.spyOn(glob, 'compileGlob');
    try {
      const list = [
        { requirement: 'TLS1', resource: 'c*n', reason: 'r' },
        { requirement: 'TLS2', resource: 'a*i', reason: 'r' },
      ];
      for (let i = 0; i < 1000; i++) findExemption(list, i % 2 ? 'TLS1' : 'TLS2', { name: `res-${i}` }, now);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
