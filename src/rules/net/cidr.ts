/**
 * CIDR arithmetic for the security-group checks: parse IPv4/IPv6 CIDRs, test containment, and
 * classify a destination or source as private address space, a narrow public block, or "the internet".
 */

export interface Cidr {
  version: 4 | 6;
  /** The network address with host bits cleared. */
  network: bigint;
  prefix: number;
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let out = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    out = (out << 8n) | BigInt(n);
  }
  return out;
}

function parseIpv6(text: string): bigint | undefined {
  let address = text;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hextets.
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (v4) {
    const n = parseIpv4(v4[2]);
    if (n === undefined) return undefined;
    address = `${v4[1]}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] === '' ? [] : halves[0].split(':');
  const tail = halves.length === 2 ? (halves[1] === '' ? [] : halves[1].split(':')) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let out = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    out = (out << 16n) | BigInt(parseInt(g, 16));
  }
  return out;
}

/** Parses `a.b.c.d/n` or an IPv6 CIDR; an address without a prefix is a single host. Undefined when malformed. */
export function parseCidr(text: string): Cidr | undefined {
  const trimmed = text.trim();
  const [address, prefixText, extra] = trimmed.split('/');
  if (extra !== undefined) return undefined;
  const version: 4 | 6 = address.includes(':') ? 6 : 4;
  const bits = version === 4 ? 32 : 128;
  const value = version === 4 ? parseIpv4(address) : parseIpv6(address);
  if (value === undefined) return undefined;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  return { version, network: (value >> hostBits) << hostBits, prefix };
}

/** Whether `inner` lies entirely inside `outer`. */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  if (inner.version !== outer.version || inner.prefix < outer.prefix) return false;
  const bits = BigInt((inner.version === 4 ? 32 : 128) - outer.prefix);
  return inner.network >> bits === outer.network >> bits;
}

/**
 * Address space that is not reachable from the internet: RFC 1918, carrier-grade NAT (RFC 6598),
 * link-local, loopback, "this network", multicast and reserved class E (which holds 255.255.255.255/32,
 * the destination CDK writes in its "Disallow all traffic" placeholder rule when `allowAllOutbound` is
 * false), IPv6 unique-local, link-local and multicast.
 */
const PRIVATE_RANGES: readonly Cidr[] = [
  '10.0.0.0/8',
  '0.0.0.0/8',
  '224.0.0.0/4',
  '240.0.0.0/4',
  'ff00::/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '169.254.0.0/16',
  '127.0.0.0/8',
  'fc00::/7',
  'fe80::/10',
  '::1/128',
].map((c) => parseCidr(c) as Cidr);

/**
 * A public block broader than this spans many organisations' networks, so it counts as the internet
 * (0.0.0.0/1 + 128.0.0.0/1 is 0.0.0.0/0 written twice): IPv4 broader than a /16, IPv6 broader than a /32
 * (the usual allocation to one provider).
 */
const INTERNET_WIDE_PREFIX = { 4: 16, 6: 32 } as const;

/**
 * `internet`: 0.0.0.0/0, ::/0 or a public block as wide as a large part of it; `public`: a narrower
 * public block (one organisation's addresses); `private`: not routable from the internet.
 * A malformed CIDR (which AWS rejects anyway) is treated as the internet, so it can never pass silently.
 */
export type CidrClass = 'internet' | 'public' | 'private';

export function classifyCidr(text: string): CidrClass {
  const cidr = parseCidr(text);
  if (!cidr) return 'internet';
  if (PRIVATE_RANGES.some((range) => cidrWithin(cidr, range))) return 'private';
  return cidr.prefix < INTERNET_WIDE_PREFIX[cidr.version] ? 'internet' : 'public';
}

/**
 * The class of a set of CIDRs taken together (an allowlist whose entries are alternatives, as the values
 * of an `aws:SourceIp` condition are): `internet` when one entry is, or when the public addresses they
 * cover add up to more than an internet-wide block (`INTERNET_WIDE_PREFIX`), so many narrow blocks are
 * judged as the one wide block they amount to; `private` when every entry is; else `public`. Overlapping
 * entries count once. Empty is `private`: it admits no public address.
 */
export function classifyCidrUnion(texts: readonly string[]): CidrClass {
  const publicBlocks: Record<4 | 6, Cidr[]> = { 4: [], 6: [] };
  for (const text of texts) {
    const cls = classifyCidr(text);
    if (cls === 'internet') return 'internet';
    if (cls === 'public') {
      const cidr = parseCidr(text) as Cidr;
      publicBlocks[cidr.version].push(cidr);
    }
  }
  let anyPublic = false;
  for (const version of [4, 6] as const) {
    const blocks = publicBlocks[version];
    if (blocks.length === 0) continue;
    anyPublic = true;
    const bits = version === 4 ? 32 : 128;
    // Widest first, so a block inside an earlier one is skipped and the rest are disjoint (CIDRs either nest or do not meet).
    const disjoint: Cidr[] = [];
    for (const b of [...blocks].sort((x, y) => x.prefix - y.prefix)) if (!disjoint.some((outer) => cidrWithin(b, outer))) disjoint.push(b);
    const addresses = disjoint.reduce((sum, b) => sum + (1n << BigInt(bits - b.prefix)), 0n);
    if (addresses > 1n << BigInt(bits - INTERNET_WIDE_PREFIX[version])) return 'internet';
  }
  return anyPublic ? 'public' : 'private';
}

/** Whether `text` lies inside one of `allowed` (allowlist entries as wide as the internet are ignored). */
export function withinAllowed(text: string, allowed: readonly string[]): boolean {
  const cidr = parseCidr(text);
  if (!cidr) return false;
  return allowed.some((entry) => {
    if (classifyCidr(entry) === 'internet') return false;
    const outer = parseCidr(entry);
    return outer !== undefined && cidrWithin(cidr, outer);
  });
}
