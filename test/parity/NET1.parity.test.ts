import { parseTemplate } from '../../src/cfn/template-source';
import { NET1 } from '../../src/rules/net/NET1-restricted-egress';
import { NET1_CASES, cfnSg } from '../cases/NET1.cases';
import { CfnTestTemplate, runCfn } from '../support/cfn-stack';
import { parityOf } from '../support/parity';
import { statuses } from '../support/pulumi-stack';

parityOf(NET1_CASES);

describe('NET1 on CloudFormation alone', () => {
  // AWS adds an allow-all egress rule to a group that lists none; Pulumi's provider deletes it (a Pulumi
  // group without egress passes, test/rules/NET1.test.ts), so these cases have no Pulumi twin.
  const DEFAULT_EGRESS =
    'the group has no egress rule (SecurityGroupEgress is absent or empty, and no AWS::EC2::SecurityGroupEgress targets it), ' +
    'so AWS adds its default allow-all egress rule (all protocols to 0.0.0.0/0, and to ::/0 in a VPC with IPv6); ' +
    'write explicit egress rules limited to allowedEgressPorts (CDK: allowAllOutbound: false)';

  it.each([
    ['no SecurityGroupEgress', { Sg: cfnSg({ SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' }] }) }],
    ['an empty SecurityGroupEgress list', { Sg: cfnSg({ SecurityGroupEgress: [] }) }],
    [
      'a separate egress rule whose Condition is false (not created, so the default stays)',
      {
        Conditions: { Never: { 'Fn::Equals': ['a', 'b'] } },
        Resources: {
          Sg: cfnSg(),
          Https: { Type: 'AWS::EC2::SecurityGroupEgress', Condition: 'Never', Properties: { GroupId: { Ref: 'Sg' }, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' } },
        },
      },
    ],
  ])('fails a group with %s on AWS default allow-all egress, quoting no egress rule the template lacks', (_name, template) => {
    const f = runCfn(NET1, template as CfnTestTemplate);
    expect(statuses(f)).toEqual(['Sg: fail']);
    expect(f[0].message).toBe(DEFAULT_EGRESS);
    expect(f[0].message).not.toContain('egress[0]');
  });

  it('reports unknown when the only separate egress rule has a Condition that cannot be evaluated', () => {
    const f = runCfn(NET1, {
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: {
        Sg: cfnSg(),
        Https: { Type: 'AWS::EC2::SecurityGroupEgress', Condition: 'IsProd', Properties: { GroupId: { Ref: 'Sg' }, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' } },
      },
    });
    expect(statuses(f)).toEqual(['Sg: unknown', 'Https: pass']);
    expect(f[0].message).toContain('Https');
  });

  it('follows a separate rule naming its group through YAML short forms and Fn::Sub', () => {
    const yaml = `
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: app
      VpcId: vpc-1
  Other:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: other
      VpcId: vpc-1
  Https:
    Type: AWS::EC2::SecurityGroupEgress
    Properties:
      GroupId: !GetAtt Sg.GroupId
      IpProtocol: tcp
      FromPort: 443
      ToPort: 443
      CidrIp: 0.0.0.0/0
  Smtp:
    Type: AWS::EC2::SecurityGroupEgress
    Properties:
      GroupId: !Sub '\${Other.GroupId}'
      IpProtocol: -1
      CidrIp: 10.0.0.0/8
`;
    const f = runCfn(NET1, parseTemplate(yaml, 'net1.yaml').template as unknown as CfnTestTemplate);
    expect(statuses(f)).toEqual(['Sg: pass', 'Other: pass', 'Https: pass', 'Smtp: pass']);
  });
});
