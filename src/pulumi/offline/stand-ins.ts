/**
 * The pieces offline stand-ins are made of: the fake account, the region the program configured,
 * and deterministic random-looking runs of characters in the alphabets AWS uses for its identifiers
 * (`vpc-` and 17 hex digits, a CloudFront `E` and 13 upper-case characters, a secret's 6-character
 * suffix). The same program always gets the same values, and they are recognisably fake: the account
 * is 123456789012, the one AWS documentation uses.
 */
import { createHash } from 'node:crypto';

export const OFFLINE_ACCOUNT = '123456789012';
const DEFAULT_REGION = 'us-east-1';

/** The program's `aws:region` config (as the Pulumi runtime reads it from PULUMI_CONFIG), else us-east-1. */
export function offlineRegion(config: Readonly<Record<string, string>> = programConfig()): string {
  const region = config['aws:region'];
  return typeof region === 'string' && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : DEFAULT_REGION;
}

function programConfig(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(process.env.PULUMI_CONFIG ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The partition and DNS suffix of a region (aws, aws-cn, aws-us-gov). */
export function partitionOf(region: string): { partition: string; dnsSuffix: string; reverseDnsPrefix: string } {
  if (region.startsWith('cn-')) return { partition: 'aws-cn', dnsSuffix: 'amazonaws.com.cn', reverseDnsPrefix: 'cn.com.amazonaws' };
  if (region.startsWith('us-gov-')) return { partition: 'aws-us-gov', dnsSuffix: 'amazonaws.com', reverseDnsPrefix: 'com.amazonaws' };
  return { partition: 'aws', dnsSuffix: 'amazonaws.com', reverseDnsPrefix: 'com.amazonaws' };
}

const DIRECTIONS: Readonly<Record<string, string>> = { east: 'e', west: 'w', north: 'n', south: 's', central: 'c', northeast: 'ne', southeast: 'se', northwest: 'nw', southwest: 'sw' };

/** The short form AWS uses in zone IDs and ElastiCache endpoints: us-east-1 -> use1, ap-southeast-2 -> apse2. */
export function regionCode(region: string): string {
  const [area, direction, number] = region.split('-');
  return `${area}${DIRECTIONS[direction] ?? direction}${number ?? ''}`;
}

const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

/** Characters drawn from a seed: each call continues the same stream, so one seed yields distinct runs. */
export class StandIn {
  private counter = 0;
  constructor(private readonly seed: string) {}

  private run(alphabet: string, length: number): string {
    let out = '';
    while (out.length < length) {
      const bytes = createHash('sha256').update(`${this.seed}\u0000${this.counter++}`).digest();
      for (const b of bytes) if (out.length < length) out += alphabet[b % alphabet.length];
    }
    return out;
  }

  hex(length: number): string {
    return this.run(HEX, length);
  }
  upper(length: number): string {
    return this.run(UPPER, length);
  }
  lower(length: number): string {
    return this.run(LOWER, length);
  }
  letters(length: number): string {
    return this.run(LETTERS, length);
  }
  digits(length: number): string {
    return this.run(DIGITS, length);
  }
  /** A version-4 UUID, lower case. */
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  /** An EC2-style identifier: `prefix-` and 17 hex digits (vpc-, subnet-, sg-, i-, vol-, ami-...). */
  ec2Id(prefix: string): string {
    return `${prefix}-${this.hex(17)}`;
  }
  /** Pulumi's auto-name: the resource name, a hyphen and 7 random hex digits. */
  autoName(name: string): string {
    return `${name}-${this.hex(7)}`;
  }
}

const ZONE_LETTERS = ['a', 'b', 'c'];

/** The default VPC of the region: AWS gives it 172.31.0.0/16 and one /20 default subnet per zone. */
export function defaultVpc(region: string) {
  const s = new StandIn(`default-vpc::${region}`);
  const vpcId = s.ec2Id('vpc');
  const subnets = ZONE_LETTERS.map((letter, i) => ({
    id: s.ec2Id('subnet'),
    availabilityZone: `${region}${letter}`,
    availabilityZoneId: `${regionCode(region)}-az${i + 1}`,
    cidrBlock: `172.31.${i * 16}.0/20`,
  }));
  return { vpcId, cidrBlock: '172.31.0.0/16', subnets };
}
