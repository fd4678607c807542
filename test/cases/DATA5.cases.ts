/** DATA5's cases, written once for both engines: the parity test (test/parity/DATA5.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { DATA5 } from '../../src/rules/data/DATA5-stores-not-public';
import { IMPORTED, LATER, cfnResource as cfn, pulumiResource as pulumi, withLater } from '../parity/s3-fixtures';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const P = {
  instance: 'aws:rds/instance:Instance',
  clusterInstance: 'aws:rds/clusterInstance:ClusterInstance',
  cluster: 'aws:rds/cluster:Cluster',
  redshift: 'aws:redshift/cluster:Cluster',
  openSearch: 'aws:opensearch/domain:Domain',
  subnet: 'aws:ec2/subnet:Subnet',
};
export const policy = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: 'es:ESHttp*', Resource: 'arn:aws:es:us-east-1:123456789012:domain/search/*', ...extra }],
});

/** An aws.opensearch.DomainPolicy naming its domain by the domain's output (dependsOn), or a domain outside the stack by name. */
const domainPolicy = (accessPolicies: unknown, domain?: string[]): TestResource => ({
  type: 'aws:opensearch/domainPolicy:DomainPolicy',
  name: 'SearchPolicy',
  props: { domainName: domain ? UNKNOWN : 'search-elsewhere', accessPolicies: JSON.stringify(accessPolicies) },
  dependsOn: domain ? { domainName: domain } : undefined,
});

export const DATA5_CASES: RequirementCases = {
  rule: DATA5,
  groups: [
    {
      titles: ['DATA5 parity: data stores not publicly reachable'],
      cases: [
        {
          name: 'RDS instances: private, public, unknown',
          pulumi: [
            pulumi(P.instance, 'Private', { publiclyAccessible: false }),
            pulumi(P.instance, 'Public', { publiclyAccessible: true }),
            pulumi(P.instance, 'Later', { publiclyAccessible: UNKNOWN }),
          ],
          cfn: withLater({
            Private: cfn('AWS::RDS::DBInstance', { PubliclyAccessible: false }),
            Public: cfn('AWS::RDS::DBInstance', { PubliclyAccessible: 'true' }),
            Later: cfn('AWS::RDS::DBInstance', { PubliclyAccessible: LATER }),
          }),
          expected: ['Private: pass', 'Public: fail', 'Later: unknown'],
        },
        {
          name: 'Aurora: the cluster leaves public access to its members (DBInstance with DBClusterIdentifier = ClusterInstance)',
          pulumi: [pulumi(P.cluster, 'Cluster', { engine: 'aurora-mysql' }), pulumi(P.clusterInstance, 'Member', { clusterIdentifier: 'Cluster', publiclyAccessible: true })],
          cfn: { Cluster: cfn('AWS::RDS::DBCluster', { Engine: 'aurora-mysql' }), Member: cfn('AWS::RDS::DBInstance', { DBClusterIdentifier: { Ref: 'Cluster' }, PubliclyAccessible: true }) },
          expected: ['Cluster: not-applicable', 'Member: fail'],
        },
        {
          name: 'Redshift clusters: absent (default false), public, unknown',
          pulumi: [pulumi(P.redshift, 'Default'), pulumi(P.redshift, 'Public', { publiclyAccessible: true }), pulumi(P.redshift, 'Later', { publiclyAccessible: UNKNOWN })],
          cfn: {
            Default: cfn('AWS::Redshift::Cluster', { NodeType: 'ra3.xlplus', ClusterType: 'single-node' }),
            Public: cfn('AWS::Redshift::Cluster', { PubliclyAccessible: true }),
            Later: cfn('AWS::Redshift::Cluster', { PubliclyAccessible: IMPORTED }),
          },
          expected: ['Default: pass', 'Public: fail', 'Later: unknown'],
        },
        {
          name: 'OpenSearch: in a VPC (a subnet of the stack by !Ref) even with an open policy, public endpoint with a public policy, a principal imported',
          pulumi: [
            pulumi(P.subnet, 'Subnet', { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/24' }),
            pulumi(P.openSearch, 'InVpc', { vpcOptions: { subnetIds: ['subnet-0123456789abcdef0'] }, accessPolicies: policy('*') }),
            pulumi(P.openSearch, 'Open', { accessPolicies: JSON.stringify(policy('*')) }),
            pulumi(P.openSearch, 'Later', { accessPolicies: policy({ AWS: UNKNOWN }) }),
          ],
          cfn: {
            Subnet: cfn('AWS::EC2::Subnet', { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/24' }),
            InVpc: cfn('AWS::OpenSearchService::Domain', { VPCOptions: { SubnetIds: [{ Ref: 'Subnet' }] }, AccessPolicies: policy('*') }),
            Open: cfn('AWS::OpenSearchService::Domain', { AccessPolicies: policy('*') }),
            Later: cfn('AWS::OpenSearchService::Domain', { AccessPolicies: policy({ AWS: IMPORTED }) }),
          },
          expected: ['InVpc: pass', 'Open: fail', 'Later: unknown'],
        },
        {
          name: "OpenSearch: a public endpoint whose policy pins the caller's IP range, and one without a policy",
          pulumi: [pulumi(P.openSearch, 'Pinned', { accessPolicies: policy('*', { Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } }) }), pulumi(P.openSearch, 'NoPolicy')],
          cfn: {
            Pinned: cfn('AWS::Elasticsearch::Domain', { AccessPolicies: policy('*', { Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } }) }),
            NoPolicy: cfn('AWS::OpenSearchService::Domain'),
          },
          expected: ['Pinned: pass', 'NoPolicy: pass'],
        },
        {
          name: 'OpenSearch: an aws:SourceIp allowlist is judged by the breadth of its CIDRs together (halves of the address space are the internet)',
          pulumi: [
            pulumi(P.openSearch, 'Narrow', { accessPolicies: policy('*', { Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/48'] } } }) }),
            pulumi(P.openSearch, 'HalvesV4', { accessPolicies: policy('*', { Condition: { IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } } }) }),
            pulumi(P.openSearch, 'HalvesV6', { accessPolicies: policy('*', { Condition: { IpAddress: { 'aws:SourceIp': ['::/1', '8000::/1'] } } }) }),
            pulumi(P.openSearch, 'Later', { accessPolicies: policy('*', { Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', UNKNOWN] } } }) }),
          ],
          cfn: withLater({
            Narrow: cfn('AWS::OpenSearchService::Domain', { AccessPolicies: policy('*', { Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/48'] } } }) }),
            HalvesV4: cfn('AWS::OpenSearchService::Domain', { AccessPolicies: policy('*', { Condition: { IpAddress: { 'aws:SourceIp': ['0.0.0.0/1', '128.0.0.0/1'] } } }) }),
            HalvesV6: cfn('AWS::Elasticsearch::Domain', { AccessPolicies: policy('*', { Condition: { IpAddress: { 'aws:SourceIp': ['::/1', '8000::/1'] } } }) }),
            Later: cfn('AWS::OpenSearchService::Domain', { AccessPolicies: policy('*', { Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', LATER] } } }) }),
          }),
          expected: ['Narrow: pass', 'HalvesV4: fail', 'HalvesV6: fail', 'Later: unknown'],
        },
      ],
    },
    {
      titles: ['DATA5 Pulumi only: aws.opensearch.DomainPolicy, judged with the domain it names (CloudFormation writes AccessPolicies on the domain)'],
      cases: [
        {
          name: 'compliant: a policy granting principal * on a domain in a VPC',
          pulumi: [pulumi(P.openSearch, 'Search', { domainName: 'search', vpcOptions: { subnetIds: ['subnet-1'] } }), domainPolicy(policy('*'), ['Search'])],
          cfn: {},
          expected: ['Search: pass', 'SearchPolicy: pass'],
          only: 'pulumi',
        },
        {
          name: 'non-compliant: a policy granting principal * without a condition on a public domain',
          pulumi: [pulumi(P.openSearch, 'Search', { domainName: 'search' }), domainPolicy(policy('*'), ['Search'])],
          cfn: {},
          expected: ['Search: pass', 'SearchPolicy: fail'],
          only: 'pulumi',
        },
        {
          name: 'unknown: a policy granting principal * on a domain not in this stack (it may be in a VPC)',
          pulumi: [domainPolicy(policy('*'))],
          cfn: {},
          expected: ['SearchPolicy: unknown'],
          only: 'pulumi',
        },
      ],
    },
    {
      titles: ['DATA5 Pulumi only: aws.rds.ClusterInstance (CloudFormation writes an Aurora member as an AWS::RDS::DBInstance)'],
      cases: [
        {
          name: 'compliant: an Aurora cluster instance with publiclyAccessible false',
          pulumi: [pulumi(P.clusterInstance, 'Member', { clusterIdentifier: 'aurora', instanceClass: 'db.r6g.large', engine: 'aurora-postgresql', publiclyAccessible: false })],
          cfn: {},
          expected: ['Member: pass'],
          only: 'pulumi',
        },
        {
          name: 'non-compliant: an Aurora cluster instance with publiclyAccessible true',
          pulumi: [pulumi(P.clusterInstance, 'Member', { clusterIdentifier: 'aurora', instanceClass: 'db.r6g.large', engine: 'aurora-postgresql', publiclyAccessible: true })],
          cfn: {},
          expected: ['Member: fail'],
          only: 'pulumi',
        },
        {
          name: 'unknown: an Aurora cluster instance whose publiclyAccessible is not known during preview',
          pulumi: [pulumi(P.clusterInstance, 'Member', { clusterIdentifier: 'aurora', instanceClass: 'db.r6g.large', engine: 'aurora-postgresql', publiclyAccessible: UNKNOWN })],
          cfn: {},
          expected: ['Member: unknown'],
          only: 'pulumi',
        },
      ],
    },
    {
      titles: ['DATA5 CloudFormation only: an RDS instance in a subnet group (PubliclyAccessible absent is RDS\u2019s choice; Pulumi sends false)'],
      cases: [
        {
          name: 'compliant: a DB subnet group and PubliclyAccessible false',
          pulumi: [],
          cfn: { Db: cfn('AWS::RDS::DBInstance', { Engine: 'postgres', DBSubnetGroupName: 'private-db-subnets', PubliclyAccessible: false }) },
          expected: ['Db: pass'],
          only: 'cloudformation',
        },
        {
          name: 'non-compliant: a DB subnet group and PubliclyAccessible true',
          pulumi: [],
          cfn: { Db: cfn('AWS::RDS::DBInstance', { Engine: 'postgres', DBSubnetGroupName: 'private-db-subnets', PubliclyAccessible: true }) },
          expected: ['Db: fail'],
          only: 'cloudformation',
        },
        {
          name: 'unknown: a DB subnet group without PubliclyAccessible (public if the subnets\u2019 VPC has an internet gateway)',
          pulumi: [],
          cfn: { Db: cfn('AWS::RDS::DBInstance', { Engine: 'postgres', DBSubnetGroupName: 'private-db-subnets' }) },
          expected: ['Db: unknown'],
          only: 'cloudformation',
        },
      ],
    },
  ],
};
