import { Fact } from '../../core/facts';
import { bool, get, obj, strings } from '../../core/props';
import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { describeStatement, findPublicAllow, readPolicy } from './policy-statements';

/** `publiclyAccessible`: the @pulumi/aws provider default is false for RDS instances, cluster instances and Redshift clusters. */
function notPubliclyAccessible(fact: Fact): Verdict {
  const v = bool(fact.props, 'publiclyAccessible');
  if (isUnknown(v)) return unknown(v);
  if (v === true) return fail('publiclyAccessible is true, which gives the database a public DNS name reachable from the internet; set publiclyAccessible to false and reach it from inside the VPC');
  return pass(`publiclyAccessible is ${v === false ? 'false' : 'absent (default false)'}`);
}

function openSearchDomain(fact: Fact): Verdict {
  const vpc = obj(fact.props, 'vpcOptions');
  if (isUnknown(vpc)) return unknown(vpc);
  const subnets = vpc === undefined ? undefined : strings(vpc, 'subnetIds');
  if (isUnknown(subnets)) return unknown(subnets);
  // A domain with VPC subnets has only a VPC endpoint: not reachable from the internet.
  if (subnets !== undefined && subnets.length > 0) return pass('the domain is in a VPC (vpcOptions.subnetIds)');
  const doc = readPolicy(get(fact.props, 'accessPolicies'), 'accessPolicies');
  if (doc.kind === 'unknown') return unknown(doc.unknown);
  // No resource policy: only identities of the account with IAM permissions can call the public endpoint.
  if (doc.kind === 'absent') return pass('the domain has a public endpoint but no access policy, so only IAM identities of the account can call it');
  if (doc.kind === 'malformed') return fail('accessPolicies is not a JSON policy document; put the domain in a VPC (vpcOptions) or write an access policy that names its principals');
  const j = findPublicAllow(doc.statements, 'accessPolicies', { sourceIpRestricts: true });
  if (j.kind === 'unknown') return unknown(j.unknown);
  if (j.kind === 'public') {
    return fail(
      `${describeStatement(j, 'accessPolicies')} allows principal * from anywhere on a public endpoint; put the domain in a VPC (vpcOptions.subnetIds) or restrict the statement to named principals or an aws:SourceIp allowlist`,
    );
  }
  return pass('the access policy grants nothing to principal * without a restricting condition');
}

export const DATA5: Rule = {
  id: 'DATA5',
  resource: {
    kinds: ['rds:Instance', 'rds:ClusterInstance', 'rds:Cluster', 'redshift:Cluster', 'opensearch:Domain'],
    check(fact) {
      switch (fact.kind) {
        case 'rds:Instance':
        case 'rds:ClusterInstance':
        case 'redshift:Cluster':
          return [notPubliclyAccessible(fact)];
        case 'rds:Cluster':
          // Aurora sets public access per cluster instance; CloudFormation Multi-AZ DB clusters set it on the cluster.
          return get(fact.props, 'publiclyAccessible') === undefined ? [notApplicable('public access is set on the cluster instances')] : [notPubliclyAccessible(fact)];
        case 'opensearch:Domain':
          return [openSearchDomain(fact)];
        default:
          return [];
      }
    },
  },
};
