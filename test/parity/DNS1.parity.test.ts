import { DNS1 } from '../../src/rules/dns/DNS1-no-dangling-records';
import { CLOUDFRONT_ZONE, DNS1_CASES, alias, cfnAlias, cfnCname, cfnTargets, cname, pulumiTargets } from '../cases/DNS1.cases';
import { cfnFacts, runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

parityOf(DNS1_CASES);

describe('DNS1 parity: the pass message of a record whose target is declared in this stack', () => {
  // CloudFront hosts are takeover-prone: what makes these records safe is that the distribution is the
  // stack's own, which is what the message says (not that the host is "not takeover-prone").
  const DECLARED = 'points at Distribution, a resource declared in this stack';
  it('says the alias or CNAME points at a resource declared in this stack, in both engines (GetAtt, Fn::Sub, Fn::Join)', () => {
    const messages = (findings: { resource: { name: string }; message: string }[]) =>
      findings
        .filter((f) => f.resource.name !== 'Distribution')
        .map((f) => `${f.resource.name}: ${f.message}`)
        .sort();
    const pulumi = runPulumi(DNS1, [pulumiTargets[0], alias('Cdn', UNKNOWN, ['Distribution']), cname('Sub', UNKNOWN, ['Distribution']), cname('Joined', UNKNOWN, ['Distribution'])]);
    const cfn = runCfn(DNS1, {
      Distribution: cfnTargets.Distribution,
      Cdn: cfnAlias('Cdn', { 'Fn::GetAtt': ['Distribution', 'DomainName'] }),
      Sub: cfnCname('Sub', { 'Fn::Sub': '${Distribution.DomainName}' }),
      Joined: cfnCname('Joined', { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Distribution', 'DomainName'] }]] }),
    });
    const expected = [`Cdn: aliases.0.name ${DECLARED}`, `Joined: records.0 ${DECLARED}`, `Sub: records.0 ${DECLARED}`];
    expect({ pulumi: messages(pulumi), cfn: messages(cfn) }).toEqual({ pulumi: expected, cfn: expected });
  });

  it('names the literal host when it is known (a Pulumi stack after deployment; a template never knows the distribution host)', () => {
    const host = 'd111111abcdef8.cloudfront.net';
    const pulumi = runPulumi(DNS1, [{ ...pulumiTargets[0], props: { enabled: true, domainName: host } }, alias('Cdn', host)]);
    expect(pulumi.map((f) => f.message)).toEqual([`aliases.0.name ${host} ${DECLARED}`]);
  });
});

describe('DNS1 on CloudFormation alone', () => {
  it('judges each record of a RecordSetGroup, with the group zone', () => {
    const template = {
      ...cfnTargets,
      Records: {
        Type: 'AWS::Route53::RecordSetGroup',
        Properties: {
          HostedZoneName: 'example.com.',
          RecordSets: [
            { Name: 'cdn.example.com.', Type: 'A', AliasTarget: { DNSName: { 'Fn::GetAtt': ['Distribution', 'DomainName'] }, HostedZoneId: CLOUDFRONT_ZONE } },
            { Name: 'old.example.com.', Type: 'CNAME', TTL: '300', ResourceRecords: ['gone.us-east-1.elasticbeanstalk.com'] },
          ],
        },
      },
    };
    expect(statuses(runCfn(DNS1, template))).toEqual(['Records: pass', 'Records: fail']);
    expect(cfnFacts(template).byKey('Records#RecordSets[1]')?.props).toEqual({
      hostedZoneName: 'example.com.',
      name: 'old.example.com.',
      type: 'CNAME',
      ttl: 300,
      records: ['gone.us-east-1.elasticbeanstalk.com'],
    });
  });

  it('reports unknown for record sets imported from another stack', () => {
    const f = runCfn(DNS1, { Records: { Type: 'AWS::Route53::RecordSetGroup', Properties: { HostedZoneId: 'Z1', RecordSets: { 'Fn::ImportValue': 'records' } } } });
    expect(statuses(f)).toEqual(['Records: unknown']);
  });
});
