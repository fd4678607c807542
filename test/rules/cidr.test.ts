import { classifyCidr, classifyCidrUnion } from '../../src/rules/net/cidr';

describe('CIDR breadth of a set of blocks taken together (classifyCidrUnion)', () => {
  it('is internet when one entry is, as classifyCidr judges a single block', () => {
    expect(classifyCidr('0.0.0.0/1')).toBe('internet');
    expect(classifyCidrUnion(['0.0.0.0/1', '128.0.0.0/1'])).toBe('internet');
    expect(classifyCidrUnion(['::/1', '8000::/1'])).toBe('internet');
    expect(classifyCidrUnion(['203.0.113.0/24', 'not-a-cidr'])).toBe('internet');
  });

  it('adds the public addresses of narrow blocks: more than one /16 (IPv4) or /32 (IPv6) together is internet-wide', () => {
    expect(classifyCidrUnion(['52.0.0.0/17', '52.0.128.0/17'])).toBe('public');
    expect(classifyCidrUnion(['52.0.0.0/17', '52.0.128.0/17', '52.1.0.0/24'])).toBe('internet');
    expect(classifyCidrUnion(['2001:db8::/33', '2001:db8:8000::/33'])).toBe('public');
    expect(classifyCidrUnion(['2001:db8::/33', '2001:db8:8000::/33', '2001:dc8::/48'])).toBe('internet');
    // Each version on its own: a /16 of IPv4 and a /32 of IPv6 do not add up.
    expect(classifyCidrUnion(['52.0.0.0/16', '2001:db8::/32'])).toBe('public');
  });

  it('counts overlapping blocks once and private space not at all', () => {
    expect(classifyCidrUnion(['52.0.0.0/16', '52.0.0.0/17', '52.0.1.0/24', '52.0.0.0/16'])).toBe('public');
    expect(classifyCidrUnion(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'])).toBe('private');
    expect(classifyCidrUnion(['10.0.0.0/8', '203.0.113.7'])).toBe('public');
    expect(classifyCidrUnion([])).toBe('private');
  });
});
