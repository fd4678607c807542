/** NET2's cases, written once for both engines: the parity test (test/parity/NET2.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { NET2 } from '../../src/rules/net/NET2-restricted-ingress';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const SG = 'aws:ec2/securityGroup:SecurityGroup';
const INGRESS = 'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule';

const sg = (props: Record<string, unknown>, name = 'Sg'): TestResource => ({ type: SG, name, props: { vpcId: 'vpc-1', description: 'app', ...props } });
const cfnSg = (props: Record<string, unknown> = {}) => ({ Type: 'AWS::EC2::SecurityGroup', Properties: { VpcId: 'vpc-1', GroupDescription: 'app', ...props } });
const ingressResource = (props: Record<string, unknown>) => ({ Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: 'sg-1', ...props } });
const noDefault = { Parameters: { OfficeCidr: { Type: 'String' } } };

const groupRule = (props: Record<string, unknown>): TestResource => ({ type: 'aws:ec2/securityGroupRule:SecurityGroupRule', name: 'Rule', props: { securityGroupId: 'sg-1', ...props } });
export const NET2_CASES: RequirementCases = {
  rule: NET2,
  groups: [
    {
      titles: ['NET2 parity'],
      cases: [
        {
          name: 'compliant: no ingress, HTTPS from the internet, SSH from a security group (Ref) and from a specific CIDR',
          pulumi: [
            sg({}, 'Quiet'),
            sg({
              ingress: [
                { protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'], ipv6CidrBlocks: ['::/0'] },
                { protocol: 'tcp', fromPort: 22, toPort: 22, securityGroups: [UNKNOWN] },
                { protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['203.0.113.10/32'] },
              ],
            }),
          ],
          cfn: {
            Quiet: cfnSg(),
            Sg: cfnSg({
              SecurityGroupIngress: [
                { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' },
                { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, SourceSecurityGroupId: { Ref: 'Quiet' } },
                { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '203.0.113.10/32' },
              ],
            }),
          },
          expected: ['Quiet: pass', 'Sg/ingress[0]: pass', 'Sg/ingress[1]: pass', 'Sg/ingress[2]: pass'],
        },
        {
          name: 'non-compliant: SSH and all protocols from the internet (IPv4 and IPv6)',
          pulumi: [
            sg({
              ingress: [
                { protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] },
                { protocol: '-1', fromPort: 0, toPort: 0, ipv6CidrBlocks: ['::/0'] },
              ],
            }),
          ],
          cfn: {
            Sg: cfnSg({
              SecurityGroupIngress: [
                { IpProtocol: 'tcp', FromPort: '22', ToPort: '22', CidrIp: '0.0.0.0/0' },
                { IpProtocol: -1, CidrIpv6: '::/0' },
              ],
            }),
          },
          expected: ['Sg/ingress[0]: fail', 'Sg/ingress[1]: fail'],
        },
        {
          name: 'unknown: the source CIDR is a parameter without a default',
          pulumi: [sg({ ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: [UNKNOWN] }] })],
          cfn: { ...noDefault, Resources: { Sg: cfnSg({ SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: { Ref: 'OfficeCidr' } }] }) } },
          expected: ['Sg/ingress[0]: unknown'],
        },
        {
          name: 'separate SecurityGroupIngress resources: pass, fail, unknown',
          pulumi: [
            sg({}),
            { type: INGRESS, name: 'FromPrefixList', props: { securityGroupId: UNKNOWN, ipProtocol: '-1', prefixListId: 'pl-123' }, dependsOn: { securityGroupId: ['Sg'] } },
            {
              type: INGRESS,
              name: 'FromLb',
              props: { securityGroupId: UNKNOWN, ipProtocol: 'tcp', fromPort: 8080, toPort: 8080, referencedSecurityGroupId: UNKNOWN },
              dependsOn: { securityGroupId: ['Sg'], referencedSecurityGroupId: ['Sg'] },
            },
            { type: INGRESS, name: 'Postgres', props: { securityGroupId: 'sg-1', ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, cidrIpv4: '0.0.0.0/0' } },
            { type: INGRESS, name: 'Office', props: { securityGroupId: 'sg-1', ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv4: UNKNOWN } },
          ],
          cfn: {
            ...noDefault,
            Resources: {
              Sg: cfnSg(),
              FromPrefixList: ingressResource({ GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, IpProtocol: '-1', SourcePrefixListId: 'pl-123' }),
              FromLb: ingressResource({ GroupId: { Ref: 'Sg' }, IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, SourceSecurityGroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] } }),
              Postgres: ingressResource({ IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '0.0.0.0/0' }),
              Office: ingressResource({ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, CidrIp: { Ref: 'OfficeCidr' } }),
            },
          },
          expected: ['Sg: pass', 'FromPrefixList: pass', 'FromLb: pass', 'Postgres: fail', 'Office: unknown'],
        },
        {
          name: 'unknown: the whole ingress list is imported from another stack',
          pulumi: [sg({ ingress: UNKNOWN })],
          cfn: { Sg: cfnSg({ SecurityGroupIngress: { 'Fn::ImportValue': 'shared-ingress' } }) },
          expected: ['Sg: unknown'],
        },
      ],
    },
    {
      titles: ['NET2 Pulumi only: aws.ec2.SecurityGroupRule (CloudFormation writes AWS::EC2::SecurityGroupIngress)'],
      cases: [
        {
          name: 'compliant: a SecurityGroupRule for SSH from the VPC range only',
          pulumi: [groupRule({ type: 'ingress', protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['10.0.0.0/16'] })],
          cfn: {},
          expected: ['Rule: pass'],
          only: 'pulumi',
        },
        {
          name: 'non-compliant: a SecurityGroupRule for SSH from the internet',
          pulumi: [groupRule({ type: 'ingress', protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] })],
          cfn: {},
          expected: ['Rule: fail'],
          only: 'pulumi',
        },
        {
          name: 'unknown: a SecurityGroupRule whose cidrBlocks are not known during preview',
          pulumi: [groupRule({ type: 'ingress', protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: UNKNOWN })],
          cfn: {},
          expected: ['Rule: unknown'],
          only: 'pulumi',
        },
      ],
    },
  ],
};
