/** NET1's cases, written once for both engines: the parity test (test/parity/NET1.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { NET1 } from '../../src/rules/net/NET1-restricted-egress';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const SG = 'aws:ec2/securityGroup:SecurityGroup';
const EGRESS = 'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule';

const sg = (props: Record<string, unknown>, name = 'Sg'): TestResource => ({ type: SG, name, props: { vpcId: 'vpc-1', description: 'app', ...props } });
export const cfnSg = (props: Record<string, unknown> = {}) => ({ Type: 'AWS::EC2::SecurityGroup', Properties: { VpcId: 'vpc-1', GroupDescription: 'app', ...props } });
const allowAll = { protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] };
/** The rule CDK writes when allowAllOutbound is false: it matches no traffic. */
const CDK_DISALLOW_ALL = { CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic', FromPort: 252, IpProtocol: 'icmp', ToPort: 86 };
const noDefault = { Parameters: { EgressCidr: { Type: 'String' } } };

const groupRule = (props: Record<string, unknown>): TestResource => ({ type: 'aws:ec2/securityGroupRule:SecurityGroupRule', name: 'Rule', props: { securityGroupId: 'sg-1', ...props } });
export const NET1_CASES: RequirementCases = {
  rule: NET1,
  groups: [
    {
      titles: ['NET1 parity'],
      cases: [
        {
          name: 'compliant: inline egress to the internet on 443 only',
          pulumi: [sg({ egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }] })],
          cfn: { Sg: cfnSg({ SecurityGroupEgress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' }] }) },
          expected: ['Sg/egress[0]: pass'],
        },
        {
          name: 'non-compliant: an explicit allow-all egress rule',
          pulumi: [sg({ egress: [allowAll] })],
          cfn: { Sg: cfnSg({ SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }] }) },
          expected: ['Sg/egress[0]: fail'],
        },
        {
          name: 'unknown: the destination CIDR is a parameter without a default',
          pulumi: [sg({ egress: [{ protocol: 'tcp', fromPort: 0, toPort: 65535, cidrBlocks: [UNKNOWN] }] })],
          cfn: { ...noDefault, Resources: { Sg: cfnSg({ SecurityGroupEgress: [{ IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, CidrIp: { Ref: 'EgressCidr' } }] }) } },
          expected: ['Sg/egress[0]: unknown'],
        },
        {
          name: 'compliant: the CDK "Disallow all traffic" rule (allowAllOutbound: false) allows no egress',
          pulumi: [sg({ egress: [{ protocol: 'icmp', fromPort: 252, toPort: 86, cidrBlocks: ['255.255.255.255/32'], description: 'Disallow all traffic' }] })],
          cfn: { Sg: cfnSg({ SecurityGroupEgress: [CDK_DISALLOW_ALL] }) },
          expected: ['Sg/egress[0]: pass'],
        },
        {
          // A separate egress rule removes the group's default allow-all rule (aws/aws-cdk#987, #22140).
          name: 'compliant: a separate SecurityGroupEgress (GroupId !GetAtt Sg.GroupId) replaces the default rule',
          pulumi: [
            sg({}),
            { type: EGRESS, name: 'Https', props: { securityGroupId: UNKNOWN, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' }, dependsOn: { securityGroupId: ['Sg'] } },
          ],
          cfn: {
            Sg: cfnSg(),
            Https: { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' } },
          },
          expected: ['Sg: pass', 'Https: pass'],
        },
        {
          name: 'non-compliant: a separate SecurityGroupEgress (GroupId !Ref Sg) on all protocols',
          pulumi: [sg({}), { type: EGRESS, name: 'All', props: { securityGroupId: UNKNOWN, ipProtocol: '-1', cidrIpv6: '::/0' }, dependsOn: { securityGroupId: ['Sg'] } }],
          cfn: { Sg: cfnSg(), All: { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { Ref: 'Sg' }, IpProtocol: -1, CidrIpv6: '::/0' } } },
          expected: ['Sg: pass', 'All: fail'],
        },
        {
          name: 'compliant and unknown: separate rules to a security group, and to a CIDR parameter without a default',
          pulumi: [
            sg({ egress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, securityGroups: [UNKNOWN] }] }),
            sg({ egress: [{ protocol: 'icmp', fromPort: 252, toPort: 86, cidrBlocks: ['255.255.255.255/32'] }] }, 'Db'),
            {
              type: EGRESS,
              name: 'ToDb',
              props: { securityGroupId: 'sg-1', ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, referencedSecurityGroupId: UNKNOWN },
              dependsOn: { referencedSecurityGroupId: ['Db'] },
            },
            { type: EGRESS, name: 'Later', props: { securityGroupId: 'sg-1', ipProtocol: '-1', cidrIpv4: UNKNOWN } },
          ],
          cfn: {
            ...noDefault,
            Resources: {
              Sg: cfnSg({ SecurityGroupEgress: [{ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, DestinationSecurityGroupId: { 'Fn::GetAtt': ['Db', 'GroupId'] } }] }),
              Db: cfnSg({ SecurityGroupEgress: [CDK_DISALLOW_ALL] }),
              ToDb: {
                Type: 'AWS::EC2::SecurityGroupEgress',
                Properties: { GroupId: 'sg-1', IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, DestinationSecurityGroupId: { 'Fn::GetAtt': ['Db', 'GroupId'] } },
              },
              Later: { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: 'sg-1', IpProtocol: '-1', CidrIp: { Ref: 'EgressCidr' } } },
            },
          },
          expected: ['Sg/egress[0]: pass', 'Db/egress[0]: pass', 'ToDb: pass', 'Later: unknown'],
        },
      ],
    },
    {
      titles: ['NET1 Pulumi only: aws.ec2.SecurityGroupRule (CloudFormation writes AWS::EC2::SecurityGroupEgress)'],
      cases: [
        {
          name: 'compliant: a SecurityGroupRule for egress to the internet on 443 only',
          pulumi: [groupRule({ type: 'egress', protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] })],
          cfn: {},
          expected: ['Rule: pass'],
          only: 'pulumi',
        },
        {
          name: 'non-compliant: a SecurityGroupRule for all traffic to the internet',
          pulumi: [groupRule({ type: 'egress', protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] })],
          cfn: {},
          expected: ['Rule: fail'],
          only: 'pulumi',
        },
        {
          name: 'unknown: a SecurityGroupRule whose cidrBlocks are not known during preview',
          pulumi: [groupRule({ type: 'egress', protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: UNKNOWN })],
          cfn: {},
          expected: ['Rule: unknown'],
          only: 'pulumi',
        },
      ],
    },
  ],
};
