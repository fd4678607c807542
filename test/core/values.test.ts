import { Ref, Unknown, firstUnknown, isRef, isUnknown } from '../../src/core/values';

describe('values', () => {
  it('tells unknowns and references from plain values', () => {
    expect(isUnknown(new Unknown('p'))).toBe(true);
    expect(isUnknown({ property: 'p' })).toBe(false);
    expect(isRef(new Ref('Key'))).toBe(true);
    expect(isRef({ target: 'Key' })).toBe(false);
  });

  it('finds the first unknown among several values', () => {
    const a = new Unknown('a');
    const b = new Unknown('b');
    expect(firstUnknown('x', undefined, a, b)).toBe(a);
    expect(firstUnknown('x', 1, new Ref('Key'))).toBeUndefined();
    expect(firstUnknown()).toBeUndefined();
  });
});
