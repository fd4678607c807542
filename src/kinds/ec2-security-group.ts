/**
 * EC2 security groups (NET1 egress, NET2 ingress), with their inline rules. A VPC's default group adopted
 * by Pulumi has the same inline rules; the provider "immediately removes all ingress and egress rules" on
 * adoption and creates only those written (aws.ec2.DefaultSecurityGroup docs), as it removes AWS's default
 * egress rule from a new SecurityGroup.
 */
import { PropValue } from '../core/props';
import { Ref, Unknown, isUnknown } from '../core/values';
import { TemplateContext, resolveProperties, resourceCondition } from '../cfn/intrinsics';
import { camelCased, isProps } from '../cfn/mappings/common';
import { defined } from '../cfn/mappings/shape';
import { CfnMapping, CfnResource } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { Direction, groupPeer, listOf, numeric, prefixListPeer, protocolText } from './shared/network-audit';

/** One inline `ingress` / `egress` item of a group (and the fields `aws.ec2.SecurityGroupRule` shares). */
export interface SecurityGroupRuleItem {
  /** `-1` (all), `tcp`, `udp`, `icmp`, `icmpv6` or a protocol number. */
  protocol?: string;
  fromPort?: number;
  toPort?: number;
  cidrBlocks?: string[];
  ipv6CidrBlocks?: string[];
  securityGroups?: string[];
  prefixListIds?: string[];
  self?: boolean;
  description?: string;
}

export interface SecurityGroupProps {
  name?: string;
  description?: string;
  vpcId?: string;
  /** Absent: a new group allows no inbound traffic (AWS, CloudFormation and Pulumi alike). */
  ingress?: SecurityGroupRuleItem[];
  /** Absent in Pulumi: no egress (the provider deletes AWS's default allow-all rule). */
  egress?: SecurityGroupRuleItem[];
  /** Set by the CloudFormation mapping only: no egress rule is written, so AWS adds its default allow-all one. */
  defaultAllowAllEgress?: boolean;
}

/** One inline `SecurityGroupIngress` / `SecurityGroupEgress` item as a Pulumi `ingress` / `egress` item. */
function inlineRule(rule: PropValue, direction: Direction): PropValue {
  if (!isProps(rule)) return rule;
  return defined({
    protocol: protocolText(rule.IpProtocol),
    fromPort: numeric(rule.FromPort),
    toPort: numeric(rule.ToPort),
    cidrBlocks: listOf(rule.CidrIp),
    ipv6CidrBlocks: listOf(rule.CidrIpv6),
    securityGroups: listOf(groupPeer(rule, direction)),
    prefixListIds: listOf(prefixListPeer(rule, direction)),
    description: rule.Description,
  });
}

/** The group a rule resource's `GroupId` names: `Ref`/`GetAtt` as a whole value, or quoted in a string (`{Sg.GroupId}`). */
function groupOf(groupId: PropValue | undefined): string | undefined {
  if (groupId instanceof Ref) return groupId.target;
  if (typeof groupId !== 'string') return undefined;
  return /^\{([^.{}]+)(?:\.GroupId)?\}$/.exec(groupId)?.[1];
}

/**
 * Groups of the template that separate `AWS::EC2::SecurityGroupEgress` resources target: `true`, or an
 * Unknown when the only such rules have conditions that cannot be evaluated. Creating such a rule removes
 * the group's default allow-all egress rule: the resource revokes allow-all rules before adding its own,
 * which is why CDK keeps egress rules inline while allowAllOutbound is true (aws/aws-cdk#987, #998, #22140).
 * Built once per template.
 */
const EGRESS_TARGETS = new WeakMap<TemplateContext, ReadonlyMap<string, true | Unknown>>();

function separateEgressTargets(ctx: TemplateContext | undefined): ReadonlyMap<string, true | Unknown> {
  if (!ctx) return new Map();
  const cached = EGRESS_TARGETS.get(ctx);
  if (cached) return cached;
  const targets = new Map<string, true | Unknown>();
  for (const [logicalId, entry] of Object.entries(ctx.resources)) {
    if (entry?.Type !== 'AWS::EC2::SecurityGroupEgress') continue;
    const created = resourceCondition((entry as { Condition?: unknown }).Condition, ctx);
    if (created === false) continue;
    const group = groupOf(resolveProperties(entry.Properties, ctx).GroupId);
    if (group === undefined) continue;
    if (created === true) targets.set(group, true);
    else if (!targets.has(group)) {
      targets.set(group, new Unknown(`SecurityGroupEgress (AWS's default allow-all egress rule stays unless ${logicalId}, whose Condition is not known, is created)`));
    }
  }
  EGRESS_TARGETS.set(ctx, targets);
  return targets;
}

/**
 * The group's egress rules as deployed: the listed ones, none (a separate rule removed AWS's default), or
 * AWS's default, which AWS adds to a new security group that lists none: all protocols to 0.0.0.0/0 ("if you
 * do not add egress rules, we add egress rules that allow all outbound IPv4 and IPv6 traffic", CloudFormation
 * reference, AWS::EC2::SecurityGroup). That rule is not in the template, so it is not written as an `egress`
 * item (NET1 would quote an `egress[0]` the template does not have): `defaultAllowAllEgress` says AWS adds it.
 * Pulumi (the Terraform provider) deletes this rule, so a Pulumi group never has the flag.
 */
function egressOf(r: CfnResource): { egress?: PropValue; defaultAllowAllEgress?: true } {
  const listed = r.props.SecurityGroupEgress;
  if (isUnknown(listed)) return { egress: listed };
  if (Array.isArray(listed) && listed.length > 0) return { egress: listed.map((rule) => inlineRule(rule, 'egress')) };
  const separate = separateEgressTargets(r.template).get(r.logicalId);
  if (separate === true) return {};
  return separate ? { egress: separate } : { defaultAllowAllEgress: true };
}

const GROUP_RENAMES = { GroupDescription: 'description', GroupName: 'name' };

const securityGroup: CfnMapping = (r) => {
  const { SecurityGroupIngress: ingress, SecurityGroupEgress: _egress, ...rest } = r.props;
  const props = defined({
    ...camelCased(rest, GROUP_RENAMES),
    ingress: Array.isArray(ingress) ? ingress.map((rule) => inlineRule(rule, 'ingress')) : ingress,
    ...egressOf(r),
  });
  return [{ props }];
};

export const EC2_SECURITY_GROUP = defineKind<SecurityGroupProps>()({
  kind: 'ec2:SecurityGroup',
  pulumi: ['aws:ec2/securityGroup:SecurityGroup', 'aws:ec2/defaultSecurityGroup:DefaultSecurityGroup'],
  cfn: { 'AWS::EC2::SecurityGroup': securityGroup },
  pathNames: {
    ...GROUP_RENAMES,
    SecurityGroupIngress: 'ingress',
    SecurityGroupEgress: 'egress',
    // The inline items (`inlineRule`).
    IpProtocol: 'protocol',
    CidrIp: 'cidrBlocks',
    CidrIpv6: 'ipv6CidrBlocks',
    SourceSecurityGroupId: 'securityGroups',
    SourceSecurityGroupName: 'securityGroups',
    DestinationSecurityGroupId: 'securityGroups',
    SourcePrefixListId: 'prefixListIds',
    DestinationPrefixListId: 'prefixListIds',
  },
});
