import { cfnFacts } from '../support/cfn-stack';
import { Ref } from '../../src/core/values';

describe('CloudFormation network mappings', () => {
  it('maps a record set alias into Pulumi aliases', () => {
    const stack = cfnFacts({
      Cdn: { Type: 'AWS::CloudFront::Distribution', Properties: {} },
      Rec: { Type: 'AWS::Route53::RecordSet', Properties: { Name: 'www.example.com.', Type: 'A', HostedZoneId: 'Z1', AliasTarget: { DNSName: { 'Fn::GetAtt': ['Cdn', 'DomainName'] }, HostedZoneId: 'Z2FDTNDATAQYW2' } } },
      Txt: { Type: 'AWS::Route53::RecordSet', Properties: { Name: 'x.example.com.', Type: 'CNAME', HostedZoneName: 'example.com.', TTL: '300', ResourceRecords: ['a.github.io'] } },
    });
    expect(stack.byKey('Rec')?.props).toEqual({ name: 'www.example.com.', type: 'A', zoneId: 'Z1', aliases: [{ name: new Ref('Cdn'), zoneId: 'Z2FDTNDATAQYW2', evaluateTargetHealth: false }] });
    expect(stack.byKey('Txt')?.props).toEqual({ name: 'x.example.com.', type: 'CNAME', hostedZoneName: 'example.com.', ttl: 300, records: ['a.github.io'] });
  });
});
