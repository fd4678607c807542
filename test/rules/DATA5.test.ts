import { DATA5 } from '../../src/rules/data/DATA5-stores-not-public';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const r = (type: string, name: string, props: Record<string, unknown> = {}): TestResource => ({ type, name, props });
const run = (...resources: TestResource[]) => runPulumi(DATA5, resources);
const OS = 'aws:opensearch/domain:Domain';
const ES = 'aws:elasticsearch/domain:Domain';
const doc = (statement: Record<string, unknown>) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const open = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: 'arn:aws:es:us-east-1:123456789012:domain/d/*' };

describe('DATA5 data stores not publicly reachable', () => {
  it.each([['aws:rds/instance:Instance'], ['aws:rds/clusterInstance:ClusterInstance'], ['aws:redshift/cluster:Cluster']])(
    '%s: publiclyAccessible false or absent (provider default false) passes, true fails, unknown is unknown',
    (t) => {
      const f = run(r(t, 'private', { publiclyAccessible: false }), r(t, 'default'), r(t, 'public', { publiclyAccessible: true }), r(t, 'later', { publiclyAccessible: UNKNOWN }));
      expect(statuses(f)).toEqual(['private: pass', 'default: pass', 'public: fail', 'later: unknown']);
      expect(f[2].message).toContain('set publiclyAccessible to false');
    },
  );

  it('RDS clusters: judged only when they carry publiclyAccessible (Multi-AZ DB clusters)', () => {
    const t = 'aws:rds/cluster:Cluster';
    const f = run(r(t, 'aurora', { engine: 'aurora-postgresql' }), r(t, 'multi-az-public', { engine: 'postgres', publiclyAccessible: true }));
    expect(statuses(f)).toEqual(['aurora: not-applicable', 'multi-az-public: fail']);
  });

  it('OpenSearch: a VPC domain or a non-public access policy passes', () => {
    const f = run(
      r(OS, 'vpc', { vpcOptions: { subnetIds: ['subnet-1'] }, accessPolicies: doc(open) }),
      r(OS, 'no-policy'),
      r(OS, 'named', { accessPolicies: doc({ ...open, Principal: { AWS: 'arn:aws:iam::123456789012:role/app' } }) }),
      r(ES, 'ip-allowlist', { accessPolicies: { Version: '2012-10-17', Statement: [{ ...open, Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } }] } }),
      r(OS, 'org', { accessPolicies: doc({ ...open, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }),
      r(OS, 'source-arn', { accessPolicies: doc({ ...open, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:lambda:us-east-1:123456789012:function:indexer' } } }) }),
    );
    expect(statuses(f)).toEqual(['vpc: pass', 'no-policy: pass', 'named: pass', 'ip-allowlist: pass', 'org: pass', 'source-arn: pass']);
  });

  it('OpenSearch: a public endpoint with an open policy fails (both tokens), also with an internet-wide SourceIp, a non-restricting or wildcard condition, or an unreadable policy', () => {
    const f = run(
      r(OS, 'open', { accessPolicies: doc(open) }),
      r(ES, 'open-legacy', { accessPolicies: doc({ ...open, Principal: '*' }) }),
      r(OS, 'internet-ip', { accessPolicies: doc({ ...open, Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }) }),
      r(OS, 'empty-vpc', { vpcOptions: { subnetIds: [] }, accessPolicies: doc(open) }),
      r(OS, 'tls-only', { accessPolicies: doc({ ...open, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) }),
      r(OS, 'any-org', { accessPolicies: doc({ ...open, Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } }) }),
      r(OS, 'broken', { accessPolicies: '{not json' }),
    );
    expect(statuses(f)).toEqual(['open: fail', 'open-legacy: fail', 'internet-ip: fail', 'empty-vpc: fail', 'tls-only: fail', 'any-org: fail', 'broken: fail']);
    expect(f[0].message).toContain('accessPolicies Statement[0]');
  });

  it('OpenSearch: unknown VPC options, access policy, principal or restricting condition value is unknown', () => {
    const f = run(
      r(OS, 'vpc-later', { vpcOptions: { subnetIds: UNKNOWN } }),
      r(OS, 'policy-later', { accessPolicies: UNKNOWN }),
      r(ES, 'principal-later', { accessPolicies: { Version: '2012-10-17', Statement: [{ ...open, Principal: UNKNOWN }] } }),
      r(OS, 'ip-later', { accessPolicies: { Version: '2012-10-17', Statement: [{ ...open, Condition: { IpAddress: { 'aws:SourceIp': [UNKNOWN] } } }] } }),
    );
    expect(statuses(f)).toEqual(['vpc-later: unknown', 'policy-later: unknown', 'principal-later: unknown', 'ip-later: unknown']);
  });
});
