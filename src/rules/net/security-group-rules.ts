/**
 * Security-group rules in one shape, for NET1 (egress) and NET2 (ingress). Three shapes exist:
 * - inline `egress[]` / `ingress[]` of `ec2:SecurityGroup` ({protocol, fromPort, toPort, cidrBlocks,
 *   ipv6CidrBlocks, prefixListIds, securityGroups, self});
 * - `ec2:SecurityGroupRule` (the same fields plus `type` ingress/egress, `sourceSecurityGroupId`);
 * - `vpc:SecurityGroupEgressRule` / `vpc:SecurityGroupIngressRule` (one peer each: ipProtocol, fromPort,
 *   toPort, cidrIpv4, cidrIpv6, referencedSecurityGroupId, prefixListId). CloudFormation's
 *   `AWS::EC2::SecurityGroupEgress` / `Ingress` are renamed into this shape by its adapter.
 * Peers other than CIDRs (security groups, prefix lists, `self`) are never the open internet.
 */
import { Fact } from '../../core/facts';
import { PropValue } from '../../core/props';
import { Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, Value, isUnknown } from '../../core/values';
import { SENSITIVE_PORTS, sensitivePortsIn } from '../../facts/sensitive-ports';
import { EC2_SECURITY_GROUP, SecurityGroupRuleItem } from '../../kinds/ec2-security-group';
import { EC2_SECURITY_GROUP_RULE } from '../../kinds/ec2-security-group-rule';
import { PathOf, TypedProps, propsOf, typed } from '../../kinds/typed-props';
import { VPC_SECURITY_GROUP_EGRESS_RULE } from '../../kinds/vpc-security-group-egress-rule';
import { VPC_SECURITY_GROUP_INGRESS_RULE } from '../../kinds/vpc-security-group-ingress-rule';
import { classifyCidr, withinAllowed } from './cidr';

export type Direction = 'ingress' | 'egress';

export interface SgRule {
  direction: Direction;
  /** `all` (`-1`/`all`), `tcp`, `udp`, `icmp`, `icmpv6`, or another IP protocol number as text. */
  protocol: Value<string>;
  fromPort: Value<number>;
  toPort: Value<number>;
  /** The IPv4 and IPv6 CIDR peers that are known. */
  peers: string[];
  /** The first CIDR peer not known at check time. */
  unknownPeer?: Unknown;
  /** `egress[2]` for an inline rule; absent for a rule resource. */
  detail?: string;
  /** The property holding the protocol in this shape (`protocol` or `ipProtocol`), for messages. */
  protocolProperty: string;
}

const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { '-1': 'all', all: 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

function normalizeProtocol(p: Value<string>): Value<string> {
  if (p === undefined || isUnknown(p)) return p;
  const lower = p.trim().toLowerCase();
  return PROTOCOL_NUMBERS[lower] ?? lower;
}

function collectCidrs<P>(rule: TypedProps<P>, paths: readonly PathOf<P>[], into: SgRule): void {
  for (const path of paths) {
    const values = rule.list(path);
    if (isUnknown(values)) {
      into.unknownPeer ??= values;
      continue;
    }
    for (const v of values ?? []) {
      if (isUnknown(v)) into.unknownPeer ??= v;
      else if (typeof v === 'string' && v.trim() !== '') into.peers.push(v.trim());
    }
  }
}

/** One rule from the fields shared by inline rules and `ec2:SecurityGroupRule`. */
function fromEc2Shape(rule: TypedProps<SecurityGroupRuleItem>, direction: Direction, detail?: string): SgRule {
  const out: SgRule = {
    direction,
    protocol: normalizeProtocol(rule.str('protocol')),
    fromPort: rule.num('fromPort'),
    toPort: rule.num('toPort'),
    peers: [],
    detail,
    protocolProperty: detail ? `${detail}.protocol` : 'protocol',
  };
  collectCidrs(rule, ['cidrBlocks', 'ipv6CidrBlocks'], out);
  return out;
}

/** One rule from `vpc:SecurityGroupEgressRule` / `vpc:SecurityGroupIngressRule`. */
function fromVpcShape(fact: Fact, direction: Direction): SgRule {
  const props = propsOf(fact, direction === 'egress' ? VPC_SECURITY_GROUP_EGRESS_RULE : VPC_SECURITY_GROUP_INGRESS_RULE);
  const out: SgRule = {
    direction,
    protocol: normalizeProtocol(props.str('ipProtocol')),
    fromPort: props.num('fromPort'),
    toPort: props.num('toPort'),
    peers: [],
    protocolProperty: 'ipProtocol',
  };
  collectCidrs(props, ['cidrIpv4', 'cidrIpv6'], out);
  return out;
}

/**
 * The inline rules of an `ec2:SecurityGroup` in one direction: the rules, `absent` (no rule written;
 * empty lists count as none), or the unknown list.
 */
export function inlineRules(fact: Fact, direction: Direction): SgRule[] | 'absent' | Unknown {
  const items = propsOf(fact, EC2_SECURITY_GROUP).list(direction);
  if (isUnknown(items)) return items;
  if (items === undefined || items.length === 0) return 'absent';
  return items.map((item: PropValue, i) => fromEc2Shape(typed<SecurityGroupRuleItem>(item), direction, `${direction}[${i}]`));
}

/**
 * Whether no egress rule written means AWS's default allow-all egress applies, for a fact that says so
 * with the engine-neutral prop `defaultAllowAllEgress`. AWS adds an allow-all egress rule to a new group
 * that lists none. Pulumi (the Terraform provider) removes it, so a Pulumi group without `egress` allows
 * no egress. CloudFormation keeps it unless the group lists an egress rule or a separate
 * `AWS::EC2::SecurityGroupEgress` targets the group (creating one revokes the allow-all rule,
 * aws/aws-cdk#987); its adapter then sets `defaultAllowAllEgress` (src/kinds/ec2-security-group.ts) rather
 * than writing a rule the template does not have.
 */
export function defaultAllowAllEgress(fact: Fact): Value<boolean> {
  return propsOf(fact, EC2_SECURITY_GROUP).bool('defaultAllowAllEgress');
}

/** The rule a rule resource describes, `other` when it is of the other direction, or the unknown `type`. */
export function ruleResource(fact: Fact, direction: Direction): SgRule | 'other' | Unknown {
  if (fact.kind === 'vpc:SecurityGroupEgressRule') return direction === 'egress' ? fromVpcShape(fact, 'egress') : 'other';
  if (fact.kind === 'vpc:SecurityGroupIngressRule') return direction === 'ingress' ? fromVpcShape(fact, 'ingress') : 'other';
  const props = propsOf(fact, EC2_SECURITY_GROUP_RULE);
  const type = props.str('type');
  if (isUnknown(type)) return type;
  if (type?.toLowerCase() !== direction) return 'other';
  return fromEc2Shape(props, direction);
}

/** The property names of the rule's port range, for messages (`egress[0].fromPort to egress[0].toPort`: each a path of its own, so a template user reads `FromPort`/`ToPort`). */
const portsName = (rule: SgRule): string => (rule.detail ? `${rule.detail}.fromPort to ${rule.detail}.toPort` : 'fromPort to toPort');

/** What a rule lets through on the wire: every protocol, a port range of TCP/UDP, or a port-less protocol. */
type Reach = { all: true } | { all: false; protocol: 'tcp' | 'udp'; from: number; to: number } | { all: false; protocol: string; portless: true };

function reachOf(rule: SgRule): Reach | Unknown {
  const protocol = rule.protocol;
  if (isUnknown(protocol)) return protocol;
  // AWS requires a protocol; a missing or unreadable one is judged as the widest reading.
  if (protocol === undefined || protocol === 'all') return { all: true };
  if (protocol === 'tcp' || protocol === 'udp') {
    const { fromPort, toPort } = rule;
    if (isUnknown(fromPort)) return fromPort;
    if (isUnknown(toPort)) return toPort;
    // Missing ports or -1 read as every port (the widest reading; AWS rejects such TCP/UDP rules anyway).
    if (fromPort === undefined || toPort === undefined || fromPort < 0 || toPort < 0) return { all: false, protocol, from: 0, to: 65535 };
    return { all: false, protocol, from: Math.min(fromPort, toPort), to: Math.max(fromPort, toPort) };
  }
  return { all: false, protocol, portless: true };
}

const describeRange = (from: number, to: number): string => (from === to ? `port ${from}` : from === 0 && to === 65535 ? 'all ports' : `ports ${from}-${to}`);

/** The ports of [from, to] missing from `allowed`, summarized (a range may hold 65,536 ports). */
function disallowed(from: number, to: number, allowed: readonly number[]): string | undefined {
  const set = new Set(allowed);
  const allowedInRange = [...set].filter((p) => p >= from && p <= to).length;
  const count = to - from + 1 - allowedInRange;
  if (count <= 0) return undefined;
  const outside: number[] = [];
  for (let p = from; p <= to && outside.length < 5; p++) if (!set.has(p)) outside.push(p);
  const text = count > outside.length ? `${outside.join(', ')} and ${count - outside.length} more` : outside.join(', ');
  return `${count > 1 ? 'ports' : 'port'} ${text}`;
}

interface Policy {
  direction: Direction;
  allowedPorts: readonly number[];
  allowedPortsParam: string;
  /** NET1: non-internet CIDRs egress may reach on any port. */
  allowedCidrs: readonly string[];
  /** NET2: ports never allowed from the internet. */
  neverPorts: boolean;
}

/** Why the rule's reach is not acceptable toward the internet, or `ok`. */
function portProblem(rule: SgRule, policy: Policy): string | 'ok' | Unknown {
  const reach = reachOf(rule);
  if (isUnknown(reach)) return reach;
  const allowedText = `[${policy.allowedPorts.join(', ')}]`;
  if (reach.all) {
    return `${rule.protocolProperty} is ${rule.protocol === undefined ? 'absent (read as all)' : `"${rule.protocol}"`}: all protocols and ports`;
  }
  if ('portless' in reach) {
    return `${rule.protocolProperty} is "${reach.protocol}", which has no ports; only TCP/UDP on ${policy.allowedPortsParam} ${allowedText} may be open`;
  }
  if (policy.neverPorts) {
    const sensitive = sensitivePortsIn(reach.from, reach.to);
    if (sensitive.length > 0) {
      const named = sensitive.slice(0, 5).map((p) => `${p} (${SENSITIVE_PORTS[p]})`);
      const more = sensitive.length > 5 ? ` and ${sensitive.length - 5} more` : '';
      return `${portsName(rule)} (${reach.protocol} ${describeRange(reach.from, reach.to)}) include admin/database ${sensitive.length > 1 ? 'ports' : 'port'} ${named.join(', ')}${more}, which must never be open to the internet (even if listed in ${policy.allowedPortsParam})`;
    }
  }
  const outside = disallowed(reach.from, reach.to, policy.allowedPorts);
  if (outside === undefined) return 'ok';
  return `${portsName(rule)} (${reach.protocol} ${describeRange(reach.from, reach.to)}) include ${outside}, not in ${policy.allowedPortsParam} ${allowedText}`;
}

/** The known CIDR peers that count as the internet under the policy. */
function riskyPeers(rule: SgRule, policy: Policy): string[] {
  return rule.peers.filter((cidr) => {
    const cls = classifyCidr(cidr);
    if (cls === 'private') return false;
    if (policy.direction === 'ingress') return cls === 'internet';
    // Egress: any public destination outside allowedEgressCidrs is held to the internet's port limits.
    return !withinAllowed(cidr, policy.allowedCidrs);
  });
}

/** Judges one rule against the policy: only allowed ports may reach the internet. */
export function judgeRule(rule: SgRule, policy: Policy): Verdict {
  const toward = policy.direction === 'egress' ? 'to' : 'from';
  const risky = riskyPeers(rule, policy);
  if (risky.length === 0 && rule.unknownPeer === undefined) {
    if (rule.peers.length === 0) return pass(`${policy.direction} ${toward} security groups / prefix lists only, not the internet`, rule.detail);
    const why = policy.direction === 'egress' ? 'private or in allowedEgressCidrs' : 'not the internet';
    return pass(`${policy.direction} ${toward} ${rule.peers.join(', ')} only (${why})`, rule.detail);
  }
  const problem = portProblem(rule, policy);
  if (problem === 'ok') return pass(`${policy.direction} ${toward} the internet only on allowed ports`, rule.detail);
  if (risky.length === 0) return unknown(rule.unknownPeer as Unknown, rule.detail);
  if (isUnknown(problem)) return unknown(problem, rule.detail);
  const fix =
    policy.direction === 'egress'
      ? `limit it to ${policy.allowedPortsParam}, or send it to a security group, prefix list or a CIDR in allowedEgressCidrs`
      : `limit it to ${policy.allowedPortsParam}, or allow only a security group, prefix list or specific CIDR (e.g. a VPN or bastion)`;
  return fail(`${policy.direction} ${toward} ${risky.join(', ')}: ${problem}; ${fix}`, rule.detail);
}

export const egressPolicy = (allowedPorts: readonly number[], allowedCidrs: readonly string[]): Policy => ({
  direction: 'egress',
  allowedPorts,
  allowedPortsParam: 'allowedEgressPorts',
  allowedCidrs,
  neverPorts: false,
});

export const ingressPolicy = (allowedPorts: readonly number[]): Policy => ({
  direction: 'ingress',
  allowedPorts,
  allowedPortsParam: 'allowedIngressPorts',
  allowedCidrs: [],
  neverPorts: true,
});
