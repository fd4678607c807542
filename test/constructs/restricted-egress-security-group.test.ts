import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
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
});
