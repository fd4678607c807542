/**
 * CloudFormation network and DNS types into the Pulumi input shapes NET1-NET4, DNS1 and HDR2 read:
 * security groups and their rule resources, instances and launch templates, Route 53 Resolver DNS
 * Firewall rule groups (whose inline rules are separate resources in Pulumi), gateway attachments,
 * Elastic Beanstalk environments and Route 53 record sets.
 */
import { PropValue, Props } from '../../core/props';
import { Ref, Unknown, isUnknown } from '../../core/values';
import { TemplateContext, resolveProperties, resourceCondition } from '../intrinsics';
import { camelCased, isProps } from './common';
import { CfnMapping, CfnResource, MappedFact } from './types';

/** `props` without its absent values. */
function compact(props: Record<string, PropValue | undefined>): Props {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Props;
}

/** A numeric string as a number (CloudFormation accepts `FromPort: "443"`, `TTL: "300"`; Pulumi's inputs are numbers). */
function numeric(v: PropValue | undefined): PropValue | undefined {
  return typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
}

/** A protocol as text (YAML reads `IpProtocol: -1` or `6` as a number; Pulumi's input is a string). */
function protocolText(v: PropValue | undefined): PropValue | undefined {
  return typeof v === 'number' ? String(v) : v;
}

const listOf = (v: PropValue | undefined): PropValue[] | undefined => (v === undefined ? undefined : [v]);

// ---------------------------------------------------------------------------------------------------
// Security groups

type Direction = 'ingress' | 'egress';

/** The non-CIDR peer of a rule in each direction (the default VPC also names source groups by name). */
const PEERS: Readonly<Record<Direction, { groups: readonly string[]; prefixList: string }>> = {
  ingress: { groups: ['SourceSecurityGroupId', 'SourceSecurityGroupName'], prefixList: 'SourcePrefixListId' },
  egress: { groups: ['DestinationSecurityGroupId'], prefixList: 'DestinationPrefixListId' },
};

const groupPeer = (rule: Props, direction: Direction): PropValue | undefined => PEERS[direction].groups.map((name) => rule[name]).find((v) => v !== undefined);

/** One inline `SecurityGroupIngress` / `SecurityGroupEgress` item as a Pulumi `ingress` / `egress` item. */
function inlineRule(rule: PropValue, direction: Direction): PropValue {
  if (!isProps(rule)) return rule;
  return compact({
    protocol: protocolText(rule.IpProtocol),
    fromPort: numeric(rule.FromPort),
    toPort: numeric(rule.ToPort),
    cidrBlocks: listOf(rule.CidrIp),
    ipv6CidrBlocks: listOf(rule.CidrIpv6),
    securityGroups: listOf(groupPeer(rule, direction)),
    prefixListIds: listOf(rule[PEERS[direction].prefixList]),
    description: rule.Description,
  });
}

/** An `AWS::EC2::SecurityGroupIngress` / `Egress` resource as `aws.vpc.SecurityGroupIngressRule` / `EgressRule` inputs. */
function ruleResource(props: Props, direction: Direction): Props {
  return compact({
    securityGroupId: props.GroupId ?? props.GroupName,
    ipProtocol: protocolText(props.IpProtocol),
    fromPort: numeric(props.FromPort),
    toPort: numeric(props.ToPort),
    cidrIpv4: props.CidrIp,
    cidrIpv6: props.CidrIpv6,
    referencedSecurityGroupId: groupPeer(props, direction),
    prefixListId: props[PEERS[direction].prefixList],
    description: props.Description,
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

const securityGroup: CfnMapping = (r) => {
  const { SecurityGroupIngress: ingress, SecurityGroupEgress: _egress, ...rest } = r.props;
  const props = compact({
    ...camelCased(rest, { GroupDescription: 'description', GroupName: 'name' }),
    ingress: Array.isArray(ingress) ? ingress.map((rule) => inlineRule(rule, 'ingress')) : ingress,
    ...egressOf(r),
  });
  return [{ props }];
};

// ---------------------------------------------------------------------------------------------------
// Instances and launch templates (NET3 reads metadataOptions; DATA4 a launch template's blockDeviceMappings)

export const INSTANCE_RENAMES = { ImageId: 'ami', SecurityGroupIds: 'vpcSecurityGroupIds', LaunchTemplateId: 'id', LaunchTemplateName: 'name' };

/** `LaunchTemplateData` is unwrapped: Pulumi's LaunchTemplate takes the data's fields at the top level. */
const launchTemplate: CfnMapping = (r) => {
  // The top-level TagSpecifications tag the launch template itself (Pulumi `tags`); no check reads them.
  const { LaunchTemplateData: data, LaunchTemplateName: name, TagSpecifications: _templateTags, ...rest } = r.props;
  // Data not known until deployment: every field the checks read is unknown.
  const unwrapped: Props = isUnknown(data)
    ? { metadataOptions: data, blockDeviceMappings: data }
    : camelCased(isProps(data) ? data : {}, { SecurityGroupIds: 'vpcSecurityGroupIds', SecurityGroups: 'securityGroupNames' });
  return [{ props: compact({ ...camelCased(rest), ...unwrapped, name }) }];
};

/**
 * A launch configuration's `BlockDeviceMappings` are Pulumi's `ebsBlockDevices` (each `Ebs` flattened
 * beside its `deviceName`) and `ephemeralBlockDevices` (`VirtualName`): which device is the root, Pulumi's
 * `rootBlockDevice`, depends on the AMI, so every EBS device is listed. `MetadataOptions` keeps its names.
 */
const launchConfiguration: CfnMapping = (r) => {
  const { BlockDeviceMappings: mappings, ...rest } = r.props;
  const out: Record<string, PropValue | undefined> = { ...camelCased(rest, { ImageId: 'imageId', LaunchConfigurationName: 'name' }) };
  if (isUnknown(mappings)) out.ebsBlockDevices = mappings;
  else if (Array.isArray(mappings)) {
    const ebs: PropValue[] = [];
    const ephemeral: PropValue[] = [];
    for (const m of mappings) {
      if (!isProps(m)) ebs.push(isUnknown(m) ? m : null);
      else if (m.VirtualName !== undefined) ephemeral.push(camelCased(m));
      else ebs.push(compact({ deviceName: m.DeviceName, noDevice: m.NoDevice, ...(isUnknown(m.Ebs) ? { encrypted: m.Ebs } : camelCased(isProps(m.Ebs) ? m.Ebs : {})) }));
    }
    if (ebs.length > 0) out.ebsBlockDevices = ebs;
    if (ephemeral.length > 0) out.ephemeralBlockDevices = ephemeral;
  }
  return [{ props: compact(out) }];
};

// ---------------------------------------------------------------------------------------------------
// Route 53 Resolver DNS Firewall (NET4)

/** A rule group's inline `FirewallRules` become `aws.route53.ResolverFirewallRule` side facts naming the group. */
const firewallRuleGroup: CfnMapping = (r) => {
  const { FirewallRules: rules, ...rest } = r.props;
  const group = new Ref(r.logicalId);
  const items: PropValue[] = isUnknown(rules) ? [rules] : Array.isArray(rules) ? rules : [];
  const sideFacts: MappedFact[] = items.map((rule, i) => ({
    kind: 'route53:ResolverFirewallRule',
    suffix: `FirewallRules[${i}]`,
    // A rule not known until deployment may or may not block: its action is unknown.
    props: isProps(rule) ? { ...camelCased(rule, { Qtype: 'qType' }), firewallRuleGroupId: group } : { firewallRuleGroupId: group, action: isUnknown(rule) ? rule : null },
  }));
  return [{ props: camelCased(rest) }, ...sideFacts];
};

/** Domains imported from a file in S3 (`DomainFileUrl`) are not in the template. */
const firewallDomainList: CfnMapping = (r) => {
  const { DomainFileUrl: file, ...rest } = r.props;
  const props = camelCased(rest);
  if (props.domains !== undefined || file === undefined) return [{ props }];
  const where = typeof file === 'string' ? `DomainFileUrl ${file}` : 'DomainFileUrl';
  return [{ props: { ...props, domains: new Unknown(`Domains (imported from ${where} at deployment)`) } }];
};

// ---------------------------------------------------------------------------------------------------
// Route 53 records (DNS1, HDR2)

/** `AliasTarget` (one) -> Pulumi `aliases` (a list of one); `evaluateTargetHealth` is required there and defaults to false here. */
function aliases(target: PropValue | undefined): PropValue | undefined {
  if (target === undefined) return undefined;
  if (!isProps(target)) return target;
  return [{ name: target.DNSName ?? null, zoneId: target.HostedZoneId ?? null, evaluateTargetHealth: target.EvaluateTargetHealth ?? false }];
}

/** One record set, as `aws.route53.Record` inputs. */
function record(props: Props): Props {
  const { AliasTarget, ResourceRecords, TTL, HostedZoneId, ...rest } = props;
  return compact({ ...camelCased(rest), zoneId: HostedZoneId, ttl: numeric(TTL), records: ResourceRecords, aliases: aliases(AliasTarget) });
}

/** A record set group's records, each a record fact (the first keyed by the group's logical ID); its zone applies to each. */
const recordSetGroup: CfnMapping = (r) => {
  const { RecordSets: sets, HostedZoneId, HostedZoneName } = r.props;
  if (isUnknown(sets)) return [{ props: { aliases: sets, type: sets } }];
  if (!Array.isArray(sets)) return [];
  return sets.map((set, i) => ({
    suffix: `RecordSets[${i}]`,
    props: isProps(set) ? record(compact({ HostedZoneId, HostedZoneName, ...set })) : { aliases: isUnknown(set) ? set : null },
  }));
};

export const NETWORK_MAPPINGS: Readonly<Record<string, CfnMapping>> = {
  'AWS::EC2::SecurityGroup': securityGroup,
  'AWS::EC2::SecurityGroupIngress': (r) => [{ props: ruleResource(r.props, 'ingress') }],
  'AWS::EC2::SecurityGroupEgress': (r) => [{ props: ruleResource(r.props, 'egress') }],
  'AWS::EC2::Instance': (r) => [{ props: camelCased(r.props, INSTANCE_RENAMES) }],
  'AWS::EC2::LaunchTemplate': launchTemplate,
  'AWS::AutoScaling::LaunchConfiguration': launchConfiguration,
  // A VPN gateway attachment gives no way out to the internet: only internet gateway attachments are facts.
  'AWS::EC2::VPCGatewayAttachment': (r) => (r.props.InternetGatewayId === undefined && r.props.VpnGatewayId !== undefined ? [] : [{ props: camelCased(r.props) }]),
  'AWS::Route53Resolver::FirewallRuleGroup': firewallRuleGroup,
  'AWS::Route53Resolver::FirewallDomainList': firewallDomainList,
  'AWS::ElasticBeanstalk::Environment': (r) => [{ props: camelCased(r.props, { ApplicationName: 'application', EnvironmentName: 'name', OptionSettings: 'settings', OptionName: 'name' }) }],
  'AWS::Route53::RecordSet': (r) => [{ props: record(r.props) }],
  'AWS::Route53::RecordSetGroup': recordSetGroup,
};
