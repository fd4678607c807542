import { DATA5 } from '../../src/rules/data/DATA5-stores-not-public';
import { runCfn } from '../support/cfn-stack';
import { parity } from '../support/parity';
import { UNKNOWN, statuses } from '../support/pulumi-stack';
import { IMPORTED, LATER, cfnResource as cfn, pulumiResource as pulumi, withLater } from './s3-fixtures';

const P = {
  instance: 'aws:rds/instance:Instance',
  clusterInstance: 'aws:rds/clusterInstance:ClusterInstance',
  cluster: 'aws:rds/cluster:Cluster',
  redshift: 'aws:redshift/cluster:Cluster',
  openSearch: 'aws:opensearch/domain:Domain',
  subnet: 'aws:ec2/subnet:Subnet',
};
const policy = (principal: unknown, extra: Record<string, unknown> = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: 'es:ESHttp*', Resource: 'arn:aws:es:us-east-1:123456789012:domain/search/*', ...extra }],
});

describe('DATA5 parity: data stores not publicly reachable', () => {
  parity(DATA5, [
    {
      name: 'RDS instances: private, public, unknown',
      pulumi: [pulumi(P.instance, 'Private', { publiclyAccessible: false }), pulumi(P.instance, 'Public', { publiclyAccessible: true }), pulumi(P.instance, 'Later', { publiclyAccessible: UNKNOWN })],
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
      name: 'OpenSearch: a public endpoint whose policy pins the caller\'s IP range, and one without a policy',
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
  ]);

  it('CloudFormation: an RDS instance or Multi-AZ cluster without PubliclyAccessible is unknown (RDS makes it public when its VPC has an internet gateway; Pulumi sends false)', () => {
    const f = runCfn(DATA5, {
      Instance: cfn('AWS::RDS::DBInstance', { Engine: 'postgres' }),
      MultiAz: cfn('AWS::RDS::DBCluster', { Engine: 'postgres', DBClusterInstanceClass: 'db.m6gd.large' }),
      MultiAzPrivate: cfn('AWS::RDS::DBCluster', { Engine: 'postgres', DBClusterInstanceClass: 'db.m6gd.large', PubliclyAccessible: false }),
    });
    expect(statuses(f)).toEqual(['Instance: unknown', 'MultiAz: unknown', 'MultiAzPrivate: pass']);
    expect(f[0].message).toContain('internet gateway');
  });

  it('CloudFormation: the access policy keeps IAM\'s own keys (Statement, Principal) while the domain\'s are camelCased', () => {
    const f = runCfn(DATA5, { Open: cfn('AWS::OpenSearchService::Domain', { AccessPolicies: policy({ AWS: '*' }), VPCOptions: { SecurityGroupIds: ['sg-1'] } }) });
    expect(statuses(f)).toEqual(['Open: fail']);
    expect(f[0].message).toContain('Statement[0]');
  });
});
