/**
 * What a template holds that the checks cannot see (other macros, AWS::Include, modules) is unknown
 * for the requirements whose resources it may hold, and the Markdown report never calls those
 * requirements not applicable.
 */
import { requirement } from '../../src/catalog';
import { complianceOf } from '../../src/cli/reports/markdown';
import { runScan } from '../../src/cfn/scan';
import { invisibleFindings } from '../../src/cfn/transforms/invisible';
import { RULES } from '../../src/rules';
import { tempFile } from '../support/cli';
import { scanFiles, statusesAt } from '../support/scan-files';

const bucket = { Type: 'AWS::SQS::Queue', Properties: {} };

describe('invisible parts of a template', () => {
  it('a macro in Transform makes every requirement with resource kinds unknown for the whole template', () => {
    const scan = scanFiles({ 't.json': { Transform: ['MyCompanyMacro'], Resources: { Queue: bucket } } });
    const rulesWithKinds = RULES.filter((r) => (r.resource?.kinds.length ?? 0) + (r.stack?.kinds.length ?? 0) > 0).map((r) => r.id);
    const unknownAtStack = scan.findings.filter((f) => f.resource.key === undefined && f.status === 'unknown').map((f) => f.requirement);
    expect(new Set(unknownAtStack)).toEqual(new Set(rulesWithKinds));
    expect(scan.findings.find((f) => f.resource.key === undefined && f.status === 'unknown')?.message).toContain('MyCompanyMacro');
  });

  it('the compliant twin without the macro has no such finding', () => {
    const scan = scanFiles({ 't.json': { Resources: { Queue: bucket } } });
    expect(scan.findings.some((f) => f.message.includes('cannot be seen'))).toBe(false);
  });

  it('AWS::Include in Resources, inside properties, and a module are unknown where they stand', () => {
    const scan = scanFiles({
      't.json': {
        Resources: {
          'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://bucket/snippet.yaml' } },
          Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } } },
          Vpc: { Type: 'MyOrg::Network::Vpc::MODULE', Properties: {} },
        },
      },
    });
    expect(statusesAt(scan.findings, 'NET2', undefined)).toContain('unknown');
    expect(statusesAt(scan.findings, 'NET2', 'Sg')).toContain('unknown');
    expect(statusesAt(scan.findings, 'DATA4', 'Vpc')).toEqual(['unknown']);
  });

  it('kinds narrow the requirements: a part that may hold only IAM resources is unknown for IAM1 alone', () => {
    const findings = invisibleFindings([{ key: 'X', type: 'AWS::Serverless::Connector', what: 'X', kinds: ['iam:Policy'] }], RULES);
    expect(findings.map((f) => f.requirement)).toEqual(['IAM1']);
  });

  it('a disabled requirement gets no invisible finding; an exemption applies to it like to any finding', () => {
    const part = [{ key: 'X', type: 'T', what: 'X', kinds: 'all' as const }];
    expect(invisibleFindings(part, RULES, { enforcement: { IAM1: 'disabled' } }).some((f) => f.requirement === 'IAM1')).toBe(false);
    const exempt = invisibleFindings(part, RULES, { exemptions: [{ requirement: 'IAM1', resource: 'X', reason: 'reviewed by hand' }] });
    expect(exempt.find((f) => f.requirement === 'IAM1')?.status).toBe('exempt');
  });

  it('the Markdown report calls a requirement unknown, not "not applicable", when resources of its kinds were invisible', () => {
    // A template of queues only: TLS6 (API Gateway) has nothing to judge, unless a module may hold an API.
    const plain = runScan(tempFile('plain.template.json', { Resources: { Queue: bucket } }), { now: '2026-06-01' });
    expect(complianceOf(plain, requirement('TLS6')).status).toBe('not applicable');
    const withModule = runScan(tempFile('mod.template.json', { Resources: { Queue: bucket, Api: { Type: 'MyOrg::Api::Public::MODULE' } } }), { now: '2026-06-01' });
    expect(complianceOf(withModule, requirement('TLS6'))).toMatchObject({ status: 'unknown', note: expect.stringContaining('could not be seen') });
    // Unknown values that are not an invisible part keep their own note.
    const unset = runScan(
      tempFile('p.template.json', {
        Parameters: { Cidr: { Type: 'String' } },
        Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: { Ref: 'Cidr' } }] } } },
      }),
      { now: '2026-06-01' },
    );
    expect(complianceOf(unset, requirement('NET2')).note).toBe('values not known at check time');
  });
});
