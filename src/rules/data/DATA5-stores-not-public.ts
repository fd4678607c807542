import { Fact, StackFacts } from '../../core/facts';
import { PropValue } from '../../core/props';
import { Rule, StackVerdict, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isRef, isUnknown } from '../../core/values';
import { OPENSEARCH_DOMAIN } from '../../kinds/opensearch-domain';
import { OPENSEARCH_DOMAIN_POLICY } from '../../kinds/opensearch-domain-policy';
import { RDS_CLUSTER } from '../../kinds/rds-cluster';
import { RDS_CLUSTER_INSTANCE } from '../../kinds/rds-cluster-instance';
import { RDS_INSTANCE } from '../../kinds/rds-instance';
import { REDSHIFT_CLUSTER } from '../../kinds/redshift-cluster';
import { TypedProps, propsOf } from '../../kinds/typed-props';
import { publicAllowStatements, readPolicyDocument, statementLabel } from '../policy-document';

/** `publiclyAccessible`: the @pulumi/aws provider default is false for RDS instances, cluster instances and Redshift clusters. */
function notPubliclyAccessible(props: TypedProps<{ publiclyAccessible?: boolean }>): Verdict {
  const v = props.bool('publiclyAccessible');
  if (isUnknown(v)) return unknown(v);
  if (v === true) return fail('publiclyAccessible is true, which gives the database a public DNS name reachable from the internet; set publiclyAccessible to false and reach it from inside the VPC');
  return pass(`publiclyAccessible is ${v === false ? 'false' : 'absent (default false)'}`);
}

/** A pass when the domain is in a VPC, its unknown, or undefined when it has a public endpoint. */
function inVpc(domain: Fact): Verdict | undefined {
  const props = propsOf(domain, OPENSEARCH_DOMAIN);
  const vpc = props.obj('vpcOptions');
  if (isUnknown(vpc)) return unknown(vpc);
  const subnets = vpc === undefined ? undefined : props.list('vpcOptions.subnetIds');
  if (isUnknown(subnets)) return unknown(subnets);
  const unknownSubnet = subnets?.find(isUnknown);
  if (unknownSubnet) return unknown(unknownSubnet);
  // A domain with VPC subnets (IDs, or CloudFormation references to subnets of the stack) has only a
  // VPC endpoint: not reachable from the internet.
  if ((subnets ?? []).some((s) => (typeof s === 'string' && s !== '') || isRef(s))) return pass('the domain is in a VPC (vpcOptions.subnetIds)');
  return undefined;
}

function openSearchDomain(fact: Fact): Verdict {
  return inVpc(fact) ?? accessPolicyVerdict(propsOf(fact, OPENSEARCH_DOMAIN).get('accessPolicies'));
}

/** The access policy of a domain with a public endpoint. */
function accessPolicyVerdict(policy: PropValue | undefined): Verdict {
  const doc = readPolicyDocument(policy, 'accessPolicies');
  if (doc.status === 'unknown') return unknown(doc.unknown);
  // No resource policy: only identities of the account with IAM permissions can call the public endpoint.
  if (doc.status === 'absent') return pass('the domain has a public endpoint but no access policy, so only IAM identities of the account can call it');
  if (doc.status === 'error') return fail(`${doc.message}; put the domain in a VPC (vpcOptions) or write an access policy that names its principals`);
  const { publicStatements, unknown: undecided } = publicAllowStatements(doc.statements);
  if (publicStatements.length > 0) {
    return fail(
      `accessPolicies ${publicStatements.map(statementLabel).join(', ')} allows principal * from anywhere on a public endpoint; put the domain in a VPC (vpcOptions.subnetIds) or restrict the statement to named principals, an aws:SourceIp allowlist or a fixed aws:PrincipalOrgID / aws:PrincipalAccount`,
    );
  }
  if (undecided) return unknown(undecided);
  return pass('the access policy grants nothing to principal * without a condition that pins the caller');
}

/**
 * An `aws.opensearch.DomainPolicy` sets its domain's access policy apart from the domain: judged as the
 * domain's policy, with the domain it names (`domainName`). A policy that would make a public endpoint
 * public, on a domain the stack cannot show, is unknown: that domain may be in a VPC.
 */
function domainPolicies(stack: StackFacts): StackVerdict[] {
  return stack.ofKind('opensearch:DomainPolicy').map((policy): StackVerdict => {
    const target = stack.resolve(policy, 'domainName', ['opensearch:Domain']);
    const domain = target.to === 'resources' && target.facts.length === 1 ? target.facts[0] : undefined;
    const placement = domain ? inVpc(domain) : undefined;
    if (placement) return { ...placement, message: `domain ${domain?.name}: ${placement.message}`, subject: policy };
    const verdict = accessPolicyVerdict(propsOf(policy, OPENSEARCH_DOMAIN_POLICY).get('accessPolicies'));
    if (domain || verdict.status !== 'fail') return { ...verdict, subject: policy };
    return { ...unknown(new Unknown('domainName')), message: `${verdict.message}, unless its domain (domainName, not in this stack or not known until deployment) is in a VPC`, subject: policy };
  });
}

export const DATA5: Rule = {
  id: 'DATA5',
  resource: {
    kinds: ['rds:Instance', 'rds:ClusterInstance', 'rds:Cluster', 'redshift:Cluster', 'opensearch:Domain'],
    check(fact) {
      switch (fact.kind) {
        case 'rds:Instance':
          return [notPubliclyAccessible(propsOf(fact, RDS_INSTANCE))];
        case 'rds:ClusterInstance':
          return [notPubliclyAccessible(propsOf(fact, RDS_CLUSTER_INSTANCE))];
        case 'redshift:Cluster':
          return [notPubliclyAccessible(propsOf(fact, REDSHIFT_CLUSTER))];
        case 'rds:Cluster': {
          // Aurora sets public access per cluster instance; CloudFormation Multi-AZ DB clusters set it on the cluster.
          const props = propsOf(fact, RDS_CLUSTER);
          return props.has('publiclyAccessible') ? [notPubliclyAccessible(props)] : [notApplicable('public access is set on the cluster instances')];
        }
        case 'opensearch:Domain':
          return [openSearchDomain(fact)];
        default:
          return [];
      }
    },
  },
  stack: {
    kinds: ['opensearch:DomainPolicy'],
    check: domainPolicies,
  },
};
