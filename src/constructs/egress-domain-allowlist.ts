import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as route53resolver from 'aws-cdk-lib/aws-route53resolver';
import { Construct } from 'constructs';

/** The AWS API endpoints (regional service names end in amazonaws.com). */
export const AWS_SERVICE_DOMAINS = ['amazonaws.com', '*.amazonaws.com'];

export interface EgressDomainAllowlistProps {
  /** The VPC whose DNS queries are filtered. */
  readonly vpc: ec2.IVpc;
  /** Domains the workloads may resolve, e.g. `api.atlassian.com`, `*.atlassian.net`, `api.miro.com`, `api.trello.com`. */
  readonly allowedDomains: string[];
  /**
   * Also allow the AWS API endpoints ({@link AWS_SERVICE_DOMAINS}), which SDK calls from the VPC need
   * unless every service is reached through a VPC endpoint. Note that `*.amazonaws.com` includes
   * every S3 bucket's name, also other accounts' buckets.
   * @default true
   */
  readonly allowAwsServiceDomains?: boolean;
  /**
   * Priority of the rule group association on the VPC (101-9900).
   * @default 101
   */
  readonly associationPriority?: number;
  /**
   * Name prefix of the domain lists, rule group and association.
   * @default the construct's node id
   */
  readonly name?: string;
}

/**
 * Deny-by-default egress by domain (NET4): a Route 53 Resolver DNS Firewall rule group that allows the
 * listed domains and then blocks `*` (answering NODATA), associated with the VPC. Pair it with
 * {@link RestrictedEgressSecurityGroup}s: DNS filtering stops name lookups, security groups stop
 * connections to IP addresses.
 */
export class EgressDomainAllowlist extends Construct {
  /** The rule group: allow the listed domains, then block everything. */
  readonly ruleGroup: route53resolver.CfnFirewallRuleGroup;
  /** The rule group's association with the VPC. */
  readonly association: route53resolver.CfnFirewallRuleGroupAssociation;

  constructor(scope: Construct, id: string, props: EgressDomainAllowlistProps) {
    super(scope, id);
    const name = props.name ?? id;
    const domains = [...props.allowedDomains, ...((props.allowAwsServiceDomains ?? true) ? AWS_SERVICE_DOMAINS : [])];
    if (domains.length === 0) throw new Error(`EgressDomainAllowlist ${id}: allowedDomains is empty (everything would be blocked)`);
    const wildcard = domains.find((d) => d.trim() === '*' || d.trim() === '*.');
    if (wildcard !== undefined) throw new Error(`EgressDomainAllowlist ${id}: allowedDomains contains "${wildcard}", which allows every domain`);
    const allowed = new route53resolver.CfnFirewallDomainList(this, 'Allowed', { name: `${name}-allowed`, domains });
    const everything = new route53resolver.CfnFirewallDomainList(this, 'Everything', { name: `${name}-everything`, domains: ['*'] });
    this.ruleGroup = new route53resolver.CfnFirewallRuleGroup(this, 'RuleGroup', {
      name: `${name}-egress-allowlist`,
      firewallRules: [
        { priority: 100, action: 'ALLOW', firewallDomainListId: allowed.attrId },
        { priority: 200, action: 'BLOCK', blockResponse: 'NODATA', firewallDomainListId: everything.attrId },
      ],
    });
    this.association = new route53resolver.CfnFirewallRuleGroupAssociation(this, 'Association', {
      name: `${name}-egress-allowlist`,
      vpcId: props.vpc.vpcId,
      firewallRuleGroupId: this.ruleGroup.attrId,
      priority: props.associationPriority ?? 101,
      mutationProtection: 'ENABLED',
    });
  }
}
