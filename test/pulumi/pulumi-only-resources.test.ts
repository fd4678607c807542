/**
 * Resources only Pulumi writes apart from what they configure (CloudFormation writes these settings on
 * the resource itself, so they have no parity cases): a KMS key's policy (aws.kms.KeyPolicy), an
 * OpenSearch domain's access policy (aws.opensearch.DomainPolicy), and a VPC's adopted default security
 * group (aws.ec2.DefaultSecurityGroup).
 */
import { DATA5 } from '../../src/rules/data/DATA5-stores-not-public';
import { NET1 } from '../../src/rules/net/NET1-restricted-egress';
import { NET2 } from '../../src/rules/net/NET2-restricted-ingress';
import { SEC3 } from '../../src/rules/sec/SEC3-kms-key';
import { TLS5 } from '../../src/rules/tls/TLS5-listener-tls';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const r = (type: string, name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({ type, name, props, dependsOn });
const statement = (principal: unknown, condition?: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: '*', Resource: '*', ...(condition ? { Condition: condition } : {}) }] });

describe('aws.kms.KeyPolicy: judged as its key\u2019s policy (SEC3)', () => {
  const keyPolicy = (name: string, policy: unknown) => r('aws:kms/keyPolicy:KeyPolicy', name, { keyId: UNKNOWN, policy }, { keyId: ['key'] });
  it('principal * without a condition fails; the account as principal passes; a policy not known during preview is unknown', () => {
    const f = runPulumi(SEC3, [
      r('aws:kms/key:Key', 'key', { enableKeyRotation: true }),
      keyPolicy('public', statement('*')),
      keyPolicy('account', statement({ AWS: 'arn:aws:iam::123456789012:root' })),
      keyPolicy('later', UNKNOWN),
    ]).filter((x) => x.resource.name !== 'key');
    expect(statuses(f)).toEqual(['public/policy: fail', 'account/policy: pass', 'later/policy: unknown']);
    expect(f[0].message).toContain('principal *');
  });
});

describe('aws.opensearch.DomainPolicy: judged with the domain it names (DATA5)', () => {
  const domain = (name: string, props: Record<string, unknown> = {}) => r('aws:opensearch/domain:Domain', name, { domainName: name, ...props });
  const domainPolicy = (name: string, domainName: string, accessPolicies: unknown, dependsOn?: string[]) =>
    r('aws:opensearch/domainPolicy:DomainPolicy', name, { domainName: dependsOn ? UNKNOWN : domainName, accessPolicies }, dependsOn ? { domainName: dependsOn } : undefined);
  it('a public policy on a public domain fails; on a VPC domain passes; a source-IP allowlist passes; a domain outside the stack leaves a public policy unknown', () => {
    const f = runPulumi(DATA5, [
      domain('open'),
      domain('private', { vpcOptions: { subnetIds: ['subnet-1'] } }),
      domainPolicy('open-policy', 'open', statement('*'), ['open']),
      domainPolicy('private-policy', 'private', statement('*'), ['private']),
      domainPolicy('allowlisted', 'open', statement('*', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } }), ['open']),
      domainPolicy('elsewhere', 'search-prod', statement('*')),
      // Named by the domain's literal domainName rather than its output: still that domain.
      domainPolicy('by-name', 'private', statement('*')),
    ]).filter((x) => x.resource.type === 'aws:opensearch/domainPolicy:DomainPolicy');
    expect(statuses(f)).toEqual(['open-policy: fail', 'private-policy: pass', 'allowlisted: pass', 'elsewhere: unknown', 'by-name: pass']);
    expect(f[1].message).toContain('domain private');
    expect(f[3].message).toContain('unless its domain');
  });
});

describe('aws.ec2.DefaultSecurityGroup: its inline rules are judged as a security group\u2019s (NET1, NET2)', () => {
  const group = (name: string, props: Record<string, unknown>) => r('aws:ec2/defaultSecurityGroup:DefaultSecurityGroup', name, { vpcId: 'vpc-1', ...props });
  const allTraffic = { protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] };
  it('egress: all traffic to the internet fails, 443 passes; none written passes (the provider removes every rule on adoption); unknown', () => {
    const f = runPulumi(NET1, [
      group('open', { egress: [allTraffic] }),
      group('https', { egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }] }),
      group('adopted', {}),
      group('later', { egress: UNKNOWN }),
    ]);
    expect(statuses(f)).toEqual(['open/egress[0]: fail', 'https/egress[0]: pass', 'adopted: pass', 'later: unknown']);
  });

  it('ingress: SSH from the internet fails, none written passes', () => {
    const f = runPulumi(NET2, [group('ssh', { ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] }] }), group('closed', {})]);
    expect(statuses(f)).toEqual(['ssh/ingress[0]: fail', 'closed: pass']);
  });
});

describe('aws.elb.ListenerPolicy naming its Classic Load Balancer by its literal name (TLS5)', () => {
  it('finds the balancer and judges the policy it attaches', () => {
    const f = runPulumi(TLS5, [
      r('aws:elb/loadBalancer:LoadBalancer', 'web', { name: 'web-elb', listeners: [{ lbPort: 443, lbProtocol: 'https', instancePort: 80, instanceProtocol: 'http', sslCertificateId: 'arn:cert' }] }),
      r('aws:elb/loadBalancerPolicy:LoadBalancerPolicy', 'tls', {
        loadBalancerName: 'web-elb',
        policyName: 'tls',
        policyTypeName: 'SSLNegotiationPolicyType',
        policyAttributes: [{ name: 'Reference-Security-Policy', value: 'ELBSecurityPolicy-TLS-1-1-2017-01' }],
      }),
      r('aws:elb/listenerPolicy:ListenerPolicy', 'attach', { loadBalancerName: 'web-elb', loadBalancerPort: 443, policyNames: ['tls'] }),
    ]);
    expect(statuses(f)).toEqual(['web/listeners[0]: fail']);
    expect(f[0].message).toContain('TLS 1.1');
  });
});
