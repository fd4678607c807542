import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { RequirementViolation } from './refuse';

/** One allowed outbound destination. */
export interface EgressRule {
  /** The destination: a CIDR, a prefix list, or another security group. */
  readonly peer: ec2.IPeer;
  /** The port (range) and protocol, e.g. `Port.tcp(443)`. */
  readonly port: ec2.Port;
  /**
   * Rule description.
   * @default 'to <peer> on <port>'
   */
  readonly description?: string;
}

/** Every `ec2.SecurityGroupProps` prop passes through; all outbound traffic (`allowAllOutbound`, `allowAllIpv6Outbound`) is refused. */
export interface RestrictedEgressSecurityGroupProps extends ec2.SecurityGroupProps {
  /** What the group is for (shown in the console). */
  readonly description: string;
  /**
   * The only outbound traffic allowed. Rules to the internet (0.0.0.0/0, ::/0) are refused on all
   * traffic and on ports outside `internetPorts`.
   * @default none: no egress at all (CDK writes its "disallow all" placeholder rule)
   */
  readonly egress?: EgressRule[];
  /**
   * TCP ports on which egress to the internet is allowed (NET1's allowed egress ports).
   * @default [443]
   */
  readonly internetPorts?: number[];
}

const INTERNET = new Set(['0.0.0.0/0', '::/0']);
const DEFAULT_INTERNET_PORTS: readonly number[] = [443];

/**
 * A security group with no allow-all outbound rule (NET1): CDK's default `allowAllOutbound: true`
 * lets a compromised workload send data anywhere. Egress is what `egress` lists, nothing else.
 *
 * It is an `ec2.SecurityGroup`: pass it wherever CDK takes an `ISecurityGroup`. Rules added later
 * (`addEgressRule`, `connections.allowTo`, `allowEgress`) get the same internet check.
 */
export class RestrictedEgressSecurityGroup extends ec2.SecurityGroup {
  private readonly internetPorts: readonly number[];

  constructor(scope: Construct, id: string, props: RestrictedEgressSecurityGroupProps) {
    const refuse = (prop: string) => new RequirementViolation('RestrictedEgressSecurityGroup', id, prop, 'NET1', 'it allows all outbound traffic; list the destinations in egress instead');
    if (props.allowAllOutbound) throw refuse('allowAllOutbound');
    if (props.allowAllIpv6Outbound) throw refuse('allowAllIpv6Outbound');
    super(scope, id, { ...props, allowAllOutbound: false, allowAllIpv6Outbound: false });
    this.internetPorts = props.internetPorts ?? DEFAULT_INTERNET_PORTS;
    for (const rule of props.egress ?? []) this.allowEgress(rule);
  }

  /** Adds an allowed outbound destination (see {@link addEgressRule}). */
  allowEgress(rule: EgressRule): void {
    this.addEgressRule(rule.peer, rule.port, rule.description ?? `to ${rule.peer.uniqueId} on ${rule.port.toString()}`);
  }

  /** Adds an egress rule, refusing internet egress on all traffic or on a port outside `internetPorts`. */
  override addEgressRule(peer: ec2.IPeer, connection: ec2.Port, description?: string, remoteRule?: boolean): void {
    const json = connection.toRuleJson() as { ipProtocol?: string; fromPort?: number; toPort?: number };
    // Called from ec2.SecurityGroup's constructor only for allowAllOutbound, which is refused above; internetPorts is set right after.
    const internetPorts = this.internetPorts ?? DEFAULT_INTERNET_PORTS;
    if (INTERNET.has(peer.uniqueId)) {
      const tcp = json.ipProtocol === 'tcp';
      const single = json.fromPort !== undefined && json.fromPort === json.toPort;
      if (!tcp || !single || !internetPorts.includes(json.fromPort as number)) {
        throw new RequirementViolation(
          'RestrictedEgressSecurityGroup',
          this.node.path,
          'egress',
          'NET1',
          `egress to ${peer.uniqueId} on ${connection.toString()} is not allowed; to the internet only TCP ${internetPorts.join(', ')} (name narrower destinations, or add the port to internetPorts)`,
        );
      }
    }
    super.addEgressRule(peer, connection, description, remoteRule);
  }
}
