import { cfnFacts } from '../support/cfn-stack';
import { Ref } from '../../src/core/values';

describe('CloudFormation network mappings', () => {
  it('maps a record set alias into Pulumi aliases', () => {
    const stack = cfnFacts({
      Cdn: { Type: 'AWS::CloudFront::Distribution', Properties: {} },
      Rec: {
        Type: 'AWS::Route53::RecordSet',
        Properties: { Name: 'www.example.com.', Type: 'A', HostedZoneId: 'Z1', AliasTarget: { DNSName: { 'Fn::GetAtt': ['Cdn', 'DomainName'] }, HostedZoneId: 'Z2FDTNDATAQYW2' } },
      },
      Txt: { Type: 'AWS::Route53::RecordSet', Properties: { Name: 'x.example.com.', Type: 'CNAME', HostedZoneName: 'example.com.', TTL: '300', ResourceRecords: ['a.github.io'] } },
    });
    expect(stack.byKey('Rec')?.props).toEqual({ name: 'www.example.com.', type: 'A', zoneId: 'Z1', aliases: [{ name: new Ref('Cdn'), zoneId: 'Z2FDTNDATAQYW2', evaluateTargetHealth: false }] });
    expect(stack.byKey('Txt')?.props).toEqual({ name: 'x.example.com.', type: 'CNAME', hostedZoneName: 'example.com.', ttl: 300, records: ['a.github.io'] });
  });

  it('maps security groups and their rule resources into the Pulumi shapes', () => {
    const stack = cfnFacts({
      Lb: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: 'lb',
          GroupName: 'lb',
          VpcId: 'vpc-1',
          SecurityGroupEgress: [{ IpProtocol: 'tcp', FromPort: '8080', ToPort: '8080', DestinationSecurityGroupId: 'sg-app', Description: 'to app' }],
        },
      },
      App: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: 'app',
          SecurityGroupIngress: [
            { IpProtocol: -1, SourceSecurityGroupId: { Ref: 'Lb' } },
            { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv6: '::/0', SourcePrefixListId: 'pl-1' },
          ],
        },
      },
      FromLb: {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: { GroupId: { 'Fn::GetAtt': ['App', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 80, ToPort: 80, SourceSecurityGroupId: { 'Fn::GetAtt': ['Lb', 'GroupId'] } },
      },
      ToList: { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: 'sg-1', IpProtocol: 'tcp', FromPort: 443, ToPort: 443, DestinationPrefixListId: 'pl-2' } },
    });
    expect(stack.byKey('Lb')?.props).toEqual({
      description: 'lb',
      name: 'lb',
      vpcId: 'vpc-1',
      egress: [{ protocol: 'tcp', fromPort: 8080, toPort: 8080, securityGroups: ['sg-app'], description: 'to app' }],
    });
    expect(stack.byKey('App')?.props).toEqual({
      description: 'app',
      ingress: [
        { protocol: '-1', securityGroups: [new Ref('Lb')] },
        { protocol: 'tcp', fromPort: 443, toPort: 443, ipv6CidrBlocks: ['::/0'], prefixListIds: ['pl-1'] },
      ],
      defaultAllowAllEgress: true,
    });
    expect(stack.byKey('FromLb')).toMatchObject({
      kind: 'vpc:SecurityGroupIngressRule',
      props: { securityGroupId: new Ref('App'), ipProtocol: 'tcp', fromPort: 80, toPort: 80, referencedSecurityGroupId: new Ref('Lb') },
    });
    expect(stack.byKey('ToList')).toMatchObject({ kind: 'vpc:SecurityGroupEgressRule', props: { securityGroupId: 'sg-1', prefixListId: 'pl-2' } });
  });

  it('maps instances and Elastic Beanstalk environments into the Pulumi names', () => {
    const stack = cfnFacts({
      Web: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', SecurityGroupIds: ['sg-1'], LaunchTemplate: { LaunchTemplateName: 'web', Version: '3' } } },
      Env: {
        Type: 'AWS::ElasticBeanstalk::Environment',
        Properties: { ApplicationName: 'app', EnvironmentName: 'prod', CNAMEPrefix: 'acme-app', OptionSettings: [{ Namespace: 'aws:elbv2:listener:443', OptionName: 'Protocol', Value: 'HTTPS' }] },
      },
    });
    expect(stack.byKey('Web')?.props).toEqual({ ami: 'ami-1', vpcSecurityGroupIds: ['sg-1'], launchTemplate: { name: 'web', version: '3' } });
    expect(stack.byKey('Env')?.props).toEqual({ application: 'app', name: 'prod', cnamePrefix: 'acme-app', settings: [{ namespace: 'aws:elbv2:listener:443', name: 'Protocol', value: 'HTTPS' }] });
  });
});
