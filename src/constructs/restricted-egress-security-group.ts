import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

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

export interface RestrictedEgressSecurityGroupProps {
  /** The VPC of the security group. */
  readonly vpc: ec2.IVpc;
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
  /**
   * Physical name.
   * @default generated
   */
  readonly securityGroupName?: string;
}

const INTERNET = new Set(['0.0.0.0/0', '::/0']);

/**
 * A security group with no allow-all outbound rule (NET1): CDK's default `allowAllOutbound: true`
 * lets a compromised workload send data anywhere. Egress is what `egress` lists, nothing else; more
 * rules can be added later with `securityGroup.addEgressRule` or `connections.allowTo`.
 */
export class RestrictedEgressSecurityGroup extends Construct {
  /** The security group (use its `connections` as usual). */
  readonly securityGroup: ec2.SecurityGroup;
  private readonly internetPorts: readonly number[];

  constructor(scope: Construct, id: string, props: RestrictedEgressSecurityGroupProps) {
    super(scope, id);
    this.internetPorts = props.internetPorts ?? [443];
    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: props.description,
      securityGroupName: props.securityGroupName,
      allowAllOutbound: false,
      allowAllIpv6Outbound: false,
    });
    for (const rule of props.egress ?? []) this.allowEgress(rule);
  }

  /** Adds an allowed outbound destination, refusing internet egress on all traffic or on a port outside `internetPorts`. */
  allowEgress(rule: EgressRule): void {
    const json = rule.port.toRuleJson() as { ipProtocol?: string; fromPort?: number; toPort?: number };
    if (INTERNET.has(rule.peer.uniqueId)) {
      const tcp = json.ipProtocol === 'tcp';
      const single = json.fromPort !== undefined && json.fromPort === json.toPort;
      if (!tcp || !single || !this.internetPorts.includes(json.fromPort as number)) {
        throw new Error(
          `RestrictedEgressSecurityGroup ${this.node.path}: egress to ${rule.peer.uniqueId} on ${rule.port.toString()} is not allowed; ` +
            `to the internet only TCP ${this.internetPorts.join(', ')} (name narrower destinations, or add the port to internetPorts)`,
        );
      }
    }
    this.securityGroup.addEgressRule(rule.peer, rule.port, rule.description ?? `to ${rule.peer.uniqueId} on ${rule.port.toString()}`);
  }
}
