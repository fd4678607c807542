import { bool, deepUnknown, get, isProps, list, num, obj, str, strings } from '../../src/core/props';
import { Ref, Unknown } from '../../src/core/values';

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

describe('prop readers on every shape', () => {
  const u = new Unknown('tags');
  const ref = new Ref('Key');

  it('read nothing through scalars, references, null or absent props, and no inherited keys', () => {
    expect(get({ a: 'text' }, 'a.length')).toBeUndefined();
    expect(get({ a: ref }, 'a.target')).toBeUndefined();
    expect(get({ a: null }, 'a.b')).toBeUndefined();
    expect(get(undefined, 'a')).toBeUndefined();
    expect(get({}, 'toString')).toBeUndefined();
    expect(get({ a: [1, 2] }, 'a.length')).toBeUndefined();
    expect(get({ a: [1, 2] }, 'a.1.5')).toBeUndefined();
    expect(get({ a: ['x'] }, 'a.0')).toBe('x');
    expect(get({ a: ref }, 'a')).toBe(ref);
    expect(get({ a: u }, 'a')).toBe(u);
    expect(get({ a: 0 }, 'a')).toBe(0);
    expect(get({ 'a.b': 1, a: { b: 2 } }, 'a.b')).toBe(2);
  });

  it('read strings, and numbers as their text', () => {
    expect(str({ a: 'x' }, 'a')).toBe('x');
    expect(str({ a: '' }, 'a')).toBe('');
    expect(str({ a: 0 }, 'a')).toBe('0');
    expect(str({ a: u }, 'a')).toBe(u);
    expect(str({ a: true }, 'a')).toBeUndefined();
    expect(str({ a: ['x'] }, 'a')).toBeUndefined();
    expect(str({ a: ref }, 'a')).toBeUndefined();
  });

  it('read booleans, and only the exact strings "true" and "false" as booleans', () => {
    expect(bool({ a: false }, 'a')).toBe(false);
    expect(bool({ a: 'false' }, 'a')).toBe(false);
    expect(bool({ a: 'true' }, 'a')).toBe(true);
    expect(bool({ a: u }, 'a')).toBe(u);
    expect(bool({ a: 'TRUE' }, 'a')).toBeUndefined();
    expect(bool({ a: 'yes' }, 'a')).toBeUndefined();
    expect(bool({ a: 1 }, 'a')).toBeUndefined();
  });

  it('read finite numbers and numeric strings only', () => {
    expect(num({ a: 0 }, 'a')).toBe(0);
    expect(num({ a: -1.5 }, 'a')).toBe(-1.5);
    expect(num({ a: u }, 'a')).toBe(u);
    expect(num({ a: Infinity }, 'a')).toBeUndefined();
    expect(num({ a: NaN }, 'a')).toBeUndefined();
    expect(num({ a: ' 8443 ' }, 'a')).toBe(8443);
    expect(num({ a: '' }, 'a')).toBeUndefined();
    expect(num({ a: '   ' }, 'a')).toBeUndefined();
    expect(num({ a: 'Infinity' }, 'a')).toBeUndefined();
    expect(num({ a: true }, 'a')).toBeUndefined();
  });

  it('read lists as they are, an unknown as unknown and absent as absent', () => {
    const items = [1, 2];
    expect(list({ a: items }, 'a')).toBe(items);
    expect(list({ a: u }, 'a')).toBe(u);
    expect(list({}, 'a')).toBeUndefined();
    expect(list({ a: 'x' }, 'a')).toEqual(['x']);
  });

  it('read objects, and nothing else as an object', () => {
    const inner = { b: 1 };
    expect(obj({ a: inner }, 'a')).toBe(inner);
    expect(obj({ a: u }, 'a')).toBe(u);
    expect(obj({ a: [inner] }, 'a')).toBeUndefined();
    expect(obj({ a: ref }, 'a')).toBeUndefined();
    expect(obj({ a: 'x' }, 'a')).toBeUndefined();
    expect(obj({}, 'a')).toBeUndefined();
  });

  it('tell props from lists, null, unknowns and references', () => {
    expect(isProps({})).toBe(true);
    expect(isProps([])).toBe(false);
    expect(isProps(null)).toBe(false);
    expect(isProps(u)).toBe(false);
    expect(isProps(ref)).toBe(false);
    expect(isProps('x')).toBe(false);
  });

  it('read the strings of a value, a list or the props themselves, numbers as text and other items skipped', () => {
    expect(strings({ a: ['x', 7, true, null, { b: 1 }] }, 'a')).toEqual(['x', '7']);
    expect(strings({ a: 7 }, 'a')).toEqual(['7']);
    expect(strings(['x', 'y'], '')).toEqual(['x', 'y']);
    expect(strings('x', '')).toEqual(['x']);
    expect(strings({ a: null }, 'a')).toBeUndefined();
    expect(strings({}, 'a')).toBeUndefined();
    expect(strings(undefined, '')).toBeUndefined();
    expect(strings(null, '')).toBeUndefined();
    expect(strings({ a: u }, 'a')).toBe(u);
    expect(strings({ a: [] }, 'a')).toEqual([]);
  });

  it('find the first unknown in lists and objects, in order, at any depth', () => {
    const first = new Unknown('first');
    expect(deepUnknown(u)).toBe(u);
    expect(deepUnknown([1, [2, first], u])).toBe(first);
    expect(deepUnknown({ a: 1, b: { c: [first] }, d: u })).toBe(first);
    expect(deepUnknown({ a: 1, b: { c: [2] } })).toBeUndefined();
    expect(deepUnknown([ref, 'x', null])).toBeUndefined();
    expect(deepUnknown(undefined)).toBeUndefined();
  });
});
