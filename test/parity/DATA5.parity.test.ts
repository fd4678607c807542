import { DATA5 } from '../../src/rules/data/DATA5-stores-not-public';
import { DATA5_CASES, policy } from '../cases/DATA5.cases';
import { runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { statuses } from '../support/pulumi-stack';
import { cfnResource as cfn } from './s3-fixtures';

parityOf(DATA5_CASES);

describe('DATA5 parity: data stores not publicly reachable', () => {
  it('CloudFormation: an RDS instance or Multi-AZ cluster without PubliclyAccessible is unknown (RDS makes it public when its VPC has an internet gateway; Pulumi sends false)', () => {
    const f = runCfn(DATA5, {
      Instance: cfn('AWS::RDS::DBInstance', { Engine: 'postgres' }),
      MultiAz: cfn('AWS::RDS::DBCluster', { Engine: 'postgres', DBClusterInstanceClass: 'db.m6gd.large' }),
      MultiAzPrivate: cfn('AWS::RDS::DBCluster', { Engine: 'postgres', DBClusterInstanceClass: 'db.m6gd.large', PubliclyAccessible: false }),
    });
    expect(statuses(f)).toEqual(['Instance: unknown', 'MultiAz: unknown', 'MultiAzPrivate: pass']);
    expect(f[0].message).toContain('internet gateway');
  });

  it('CloudFormation: the unknown names where RDS looks, the default VPC without DBSubnetGroupName, else the subnet group\u2019s VPC', () => {
    const f = runCfn(DATA5, {
      DefaultVpc: cfn('AWS::RDS::DBInstance', { Engine: 'postgres' }),
      InGroup: cfn('AWS::RDS::DBInstance', { Engine: 'postgres', DBSubnetGroupName: 'private-db-subnets' }),
    });
    expect(statuses(f)).toEqual(['DefaultVpc: unknown', 'InGroup: unknown']);
    expect(f[0].message).toContain("no DBSubnetGroupName: RDS places the database in the account's default VPC");
    expect(f[1].message).toContain("the VPC of DBSubnetGroupName's subnets");
  });

  it("CloudFormation: the access policy keeps IAM's own keys (Statement, Principal) while the domain's are camelCased", () => {
    const f = runCfn(DATA5, { Open: cfn('AWS::OpenSearchService::Domain', { AccessPolicies: policy({ AWS: '*' }), VPCOptions: { SecurityGroupIds: ['sg-1'] } }) });
    expect(statuses(f)).toEqual(['Open: fail']);
    expect(f[0].message).toContain('Statement[0]');
  });
});
