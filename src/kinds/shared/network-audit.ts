/**
 * Shape helpers of the network kinds' CloudFormation mappings: security group rules (inline on the group
 * and as rule resources) and Route 53 records both take numbers CloudFormation accepts as text.
 */
import { PropValue, Props } from '../../core/props';
import { defined } from '../../cfn/mappings/shape';

/** A numeric string as a number (CloudFormation accepts `FromPort: "443"`, `TTL: "300"`; Pulumi's inputs are numbers). */
export function numeric(v: PropValue | undefined): PropValue | undefined {
  return typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
}

/** A protocol as text (YAML reads `IpProtocol: -1` or `6` as a number; Pulumi's input is a string). */
export function protocolText(v: PropValue | undefined): PropValue | undefined {
  return typeof v === 'number' ? String(v) : v;
}

export const listOf = (v: PropValue | undefined): PropValue[] | undefined => (v === undefined ? undefined : [v]);

export type Direction = 'ingress' | 'egress';

/** The non-CIDR peer of a rule in each direction (the default VPC also names source groups by name). */
const PEERS: Readonly<Record<Direction, { groups: readonly string[]; prefixList: string }>> = {
  ingress: { groups: ['SourceSecurityGroupId', 'SourceSecurityGroupName'], prefixList: 'SourcePrefixListId' },
  egress: { groups: ['DestinationSecurityGroupId'], prefixList: 'DestinationPrefixListId' },
};

export const groupPeer = (rule: Props, direction: Direction): PropValue | undefined => PEERS[direction].groups.map((name) => rule[name]).find((v) => v !== undefined);

export const prefixListPeer = (rule: Props, direction: Direction): PropValue | undefined => rule[PEERS[direction].prefixList];

/**
 * `aws.vpc.SecurityGroupEgressRule` / `SecurityGroupIngressRule` inputs: one peer each (NET1, NET2 read
 * them through src/rules/net/security-group-rules.ts).
 */
export interface VpcSecurityGroupRuleProps {
  securityGroupId?: string;
  /** `-1` (all), `tcp`, `udp`, `icmp`, `icmpv6` or a protocol number. */
  ipProtocol?: string;
  fromPort?: number;
  toPort?: number;
  cidrIpv4?: string;
  cidrIpv6?: string;
  referencedSecurityGroupId?: string;
  prefixListId?: string;
  description?: string;
}

/** An `AWS::EC2::SecurityGroupIngress` / `Egress` resource as `aws.vpc.SecurityGroupIngressRule` / `EgressRule` inputs. */
export function ruleResource(props: Props, direction: Direction): Props {
  return defined({
    securityGroupId: props.GroupId ?? props.GroupName,
    ipProtocol: protocolText(props.IpProtocol),
    fromPort: numeric(props.FromPort),
    toPort: numeric(props.ToPort),
    cidrIpv4: props.CidrIp,
    cidrIpv6: props.CidrIpv6,
    referencedSecurityGroupId: groupPeer(props, direction),
    prefixListId: prefixListPeer(props, direction),
    description: props.Description,
  });
}

/** Template key -> normalized name of a rule resource (`ruleResource`); the peers of both directions. */
export const RULE_RESOURCE_NAMES = {
  GroupId: 'securityGroupId',
  GroupName: 'securityGroupId',
  CidrIp: 'cidrIpv4',
  SourceSecurityGroupId: 'referencedSecurityGroupId',
  SourceSecurityGroupName: 'referencedSecurityGroupId',
  DestinationSecurityGroupId: 'referencedSecurityGroupId',
  SourcePrefixListId: 'prefixListId',
  DestinationPrefixListId: 'prefixListId',
} as const;

type RuleResourceName = keyof typeof RULE_RESOURCE_NAMES;
const pick = (keys: readonly RuleResourceName[]): Readonly<Record<string, string>> => Object.fromEntries(keys.map((k) => [k, RULE_RESOURCE_NAMES[k]]));

/** The names each rule resource writes (AWS::EC2::SecurityGroupIngress names its peer Source*, a group by name only in the default VPC; Egress Destination*). */
export const INGRESS_RULE_NAMES = pick(['GroupId', 'GroupName', 'CidrIp', 'SourceSecurityGroupId', 'SourceSecurityGroupName', 'SourcePrefixListId']);
export const EGRESS_RULE_NAMES = pick(['GroupId', 'CidrIp', 'DestinationSecurityGroupId', 'DestinationPrefixListId']);
