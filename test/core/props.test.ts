import { bool, deepUnknown, get, list, num, str, strings } from '../../src/core/props';
import { Unknown } from '../../src/core/values';

describe('prop readers', () => {
  const u = new Unknown('viewerCertificate');
  const props = { a: { b: [{ c: 'x' }, 5] }, port: '443', flag: 'true', n: 7, u, nested: { inner: u }, nul: null };

  it('read dotted paths through objects and arrays', () => {
    expect(get(props, 'a.b.0.c')).toBe('x');
    expect(get(props, 'a.b.1')).toBe(5);
    expect(get(props, 'a.missing.deeper')).toBeUndefined();
    expect(get(props, 'a.b.x')).toBeUndefined();
    expect(get(props, 'nul')).toBeUndefined();
  });

  it('return the unknown met on the way', () => {
    expect(get(props, 'u.deeper.still')).toBe(u);
    expect(str(props, 'nested.inner')).toBe(u);
  });

  it('coerce CloudFormation-style strings and numbers, and read wrong types as absent', () => {
    expect(num(props, 'port')).toBe(443);
    expect(bool(props, 'flag')).toBe(true);
    expect(str(props, 'n')).toBe('7');
    expect(num(props, 'a')).toBeUndefined();
    expect(bool(props, 'n')).toBeUndefined();
    expect(num({ x: 'abc' }, 'x')).toBeUndefined();
  });

  it('read a single value where a list is expected as a one-element list', () => {
    expect(list(props, 'a.b.0')).toEqual([{ c: 'x' }]);
    expect(strings({ action: 's3:*' }, 'action')).toEqual(['s3:*']);
    expect(strings({ action: ['s3:GetObject', u] }, 'action')).toBe(u);
  });

  it('find an unknown anywhere in a structure', () => {
    expect(deepUnknown(props)).toBe(u);
    expect(deepUnknown({ a: [1, { b: 'c' }] })).toBeUndefined();
  });
});
