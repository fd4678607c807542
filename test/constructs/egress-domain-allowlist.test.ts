import { Template } from 'aws-cdk-lib/assertions';
import { EgressDomainAllowlist } from '../../src/constructs';
import { itIsCompliant, testStack } from './evaluate';
import { logBucket, vpc } from './fixtures';

describe('EgressDomainAllowlist', () => {
  describe('a VPC with a NAT gateway', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const network = vpc(stack, logBucket(stack));
      const allowlist = new EgressDomainAllowlist(stack, 'DnsFirewall', { vpc: network, allowedDomains: ['api.atlassian.com', '*.atlassian.net', 'api.miro.com', 'api.trello.com'] });
      // NET4 reports on the VPC whose egress the allowlist filters: both are under test.
      return { app, stack, subject: [allowlist, network] };
    });
  });

  it('allows the listed domains (and the AWS endpoints), then blocks everything, on the VPC', () => {
    const { stack } = testStack();
    new EgressDomainAllowlist(stack, 'DnsFirewall', { vpc: vpc(stack), allowedDomains: ['api.trello.com'] });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::Route53Resolver::FirewallDomainList', { Domains: ['api.trello.com', 'amazonaws.com', '*.amazonaws.com'] });
    t.hasResourceProperties('AWS::Route53Resolver::FirewallDomainList', { Domains: ['*'] });
    const group = Object.values(t.findResources('AWS::Route53Resolver::FirewallRuleGroup'))[0];
    expect(group.Properties.FirewallRules.map((r: { Action: string; Priority: number }) => [r.Action, r.Priority])).toEqual([
      ['ALLOW', 100],
      ['BLOCK', 200],
    ]);
    t.hasResourceProperties('AWS::Route53Resolver::FirewallRuleGroupAssociation', { Priority: 101 });
  });

  it('refuses an empty or wildcard allowlist', () => {
    const { stack } = testStack();
    const network = vpc(stack);
    expect(() => new EgressDomainAllowlist(stack, 'A', { vpc: network, allowedDomains: [], allowAwsServiceDomains: false })).toThrow(/empty/);
    expect(() => new EgressDomainAllowlist(stack, 'B', { vpc: network, allowedDomains: ['*'] })).toThrow(/every domain/);
  });
});
