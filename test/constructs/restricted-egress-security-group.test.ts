import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { RestrictedEgressSecurityGroup } from '../../src/constructs';
import { itIsCompliant, testStack } from './evaluate';
import { vpc } from './fixtures';

describe('RestrictedEgressSecurityGroup', () => {
  describe('HTTPS to the internet and PostgreSQL to the VPC', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const network = vpc(stack);
      const sg = new RestrictedEgressSecurityGroup(stack, 'AppSg', {
        vpc: network,
        description: 'app function',
        egress: [
          { peer: ec2.Peer.anyIpv4(), port: ec2.Port.tcp(443) },
          { peer: ec2.Peer.ipv4(network.vpcCidrBlock), port: ec2.Port.tcp(5432) },
        ],
      });
      return { app, stack, subject: sg };
    });
  });

  describe('no egress at all', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const sg = new RestrictedEgressSecurityGroup(stack, 'Isolated', { vpc: vpc(stack), description: 'isolated' });
      return { app, stack, subject: sg };
    });
  });

  it('writes no allow-all egress rule', () => {
    const { stack } = testStack();
    new RestrictedEgressSecurityGroup(stack, 'Isolated', { vpc: vpc(stack), description: 'isolated' });
    const groups = Object.values(Template.fromStack(stack).findResources('AWS::EC2::SecurityGroup'));
    expect(groups[0].Properties.SecurityGroupEgress).toEqual([expect.objectContaining({ CidrIp: '255.255.255.255/32', IpProtocol: 'icmp' })]);
  });

  it('refuses all traffic, or ports outside internetPorts, to the internet', () => {
    const { stack } = testStack();
    const network = vpc(stack);
    const sg = new RestrictedEgressSecurityGroup(stack, 'Sg', { vpc: network, description: 'x' });
    expect(() => sg.allowEgress({ peer: ec2.Peer.anyIpv4(), port: ec2.Port.allTraffic() })).toThrow(/not allowed; to the internet only TCP 443/);
    expect(() => sg.allowEgress({ peer: ec2.Peer.anyIpv6(), port: ec2.Port.tcp(80) })).toThrow(/::\/0/);
    expect(() => sg.allowEgress({ peer: ec2.Peer.anyIpv4(), port: ec2.Port.tcpRange(1, 65535) })).toThrow(/not allowed/);
    expect(() => sg.allowEgress({ peer: ec2.Peer.ipv4('10.0.0.0/16'), port: ec2.Port.allTraffic() })).not.toThrow();
    const wider = new RestrictedEgressSecurityGroup(stack, 'Smtp', { vpc: network, description: 'mail', internetPorts: [443, 587] });
    expect(() => wider.allowEgress({ peer: ec2.Peer.anyIpv4(), port: ec2.Port.tcp(587) })).not.toThrow();
  });

  it('passes ec2.SecurityGroupProps through to the template', () => {
    const { stack } = testStack();
    new RestrictedEgressSecurityGroup(stack, 'AppSg', {
      vpc: vpc(stack),
      description: 'app',
      securityGroupName: 'app-function',
      disableInlineRules: true,
      egress: [{ peer: ec2.Peer.anyIpv4(), port: ec2.Port.tcp(443) }],
    });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::EC2::SecurityGroup', { GroupName: 'app-function', GroupDescription: 'app' });
    t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443, IpProtocol: 'tcp' });
  });

  it('refuses all outbound traffic, also when added later through connections', () => {
    const { stack } = testStack();
    const network = vpc(stack);
    expect(() => new RestrictedEgressSecurityGroup(stack, 'Open', { vpc: network, description: 'x', allowAllOutbound: true })).toThrow(
      /RestrictedEgressSecurityGroup Open: allowAllOutbound breaks NET1/,
    );
    expect(() => new RestrictedEgressSecurityGroup(stack, 'Open6', { vpc: network, description: 'x', allowAllIpv6Outbound: true })).toThrow(/allowAllIpv6Outbound breaks NET1/);
    const sg = new RestrictedEgressSecurityGroup(stack, 'Sg', { vpc: network, description: 'x' });
    expect(() => sg.connections.allowTo(ec2.Peer.anyIpv4(), ec2.Port.allTraffic())).toThrow(/egress breaks NET1: egress to 0.0.0.0\/0/);
    expect(() => sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(22))).toThrow(/breaks NET1/);
  });

  it('is accepted where CDK expects an ISecurityGroup', () => {
    const { stack } = testStack();
    const network = vpc(stack);
    const sg: ec2.ISecurityGroup = new RestrictedEgressSecurityGroup(stack, 'AppSg', { vpc: network, description: 'app', egress: [{ peer: ec2.Peer.anyIpv4(), port: ec2.Port.tcp(443) }] });
    new lambda.Function(stack, 'Fn', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => {};'),
      vpc: network,
      securityGroups: [sg],
    });
    sg.connections.allowTo(ec2.Peer.ipv4(network.vpcCidrBlock), ec2.Port.tcp(5432), 'PostgreSQL');
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::Lambda::Function', { VpcConfig: { SecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^AppSg'), 'GroupId'] }] } });
    t.hasResourceProperties('AWS::EC2::SecurityGroup', { SecurityGroupEgress: Match.arrayWith([Match.objectLike({ FromPort: 5432, Description: 'PostgreSQL' })]) });
  });
});
