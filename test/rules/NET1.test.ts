import { NET1 } from '../../src/rules/net/NET1-restricted-egress';
import { classifyCidr, parseCidr, withinAllowed } from '../../src/rules/net/cidr';
import { Fact, StackFacts } from '../../src/core/facts';
import { evaluate } from '../../src/core/engine';
import { UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const SG = 'aws:ec2/securityGroup:SecurityGroup';
const RULE = 'aws:ec2/securityGroupRule:SecurityGroupRule';
const EGRESS = 'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule';

const sg = (name: string, props: Record<string, unknown>) => ({ type: SG, name, props: { vpcId: 'vpc-1', ...props } });
const inline = (protocol: string, fromPort: number, toPort: number, peers: Record<string, unknown>) => ({ protocol, fromPort, toPort, ...peers });

describe('NET1 restricted egress', () => {
  describe('ec2:SecurityGroup inline egress', () => {
    it('passes 443 to the internet, any port to private CIDRs, security groups and prefix lists', () => {
      const f = runPulumi(NET1, [
        sg('web', {
          egress: [
            inline('tcp', 443, 443, { cidrBlocks: ['0.0.0.0/0'], ipv6CidrBlocks: ['::/0'] }),
            inline('-1', 0, 0, { cidrBlocks: ['10.0.0.0/16'] }),
            inline('tcp', 5432, 5432, { securityGroups: ['sg-123'] }),
            inline('-1', 0, 0, { prefixListIds: ['pl-123'] }),
          ],
        }),
      ]);
      expect(statuses(f)).toEqual(['web/egress[0]: pass', 'web/egress[1]: pass', 'web/egress[2]: pass', 'web/egress[3]: pass']);
    });

    it('fails all protocols to the internet, a disallowed port, a range covering one, and ICMP', () => {
      const f = runPulumi(NET1, [
        sg('open', {
          egress: [
            inline('-1', 0, 0, { cidrBlocks: ['0.0.0.0/0'] }),
            inline('all', 0, 0, { ipv6CidrBlocks: ['::/0'] }),
            inline('tcp', 80, 80, { cidrBlocks: ['0.0.0.0/0'] }),
            inline('tcp', 440, 450, { cidrBlocks: ['0.0.0.0/0'] }),
            inline('icmp', -1, -1, { cidrBlocks: ['0.0.0.0/0'] }),
            inline('6', 0, 65535, { cidrBlocks: ['0.0.0.0/1'] }),
          ],
        }),
      ]);
      expect(statuses(f)).toEqual(['open/egress[0]: fail', 'open/egress[1]: fail', 'open/egress[2]: fail', 'open/egress[3]: fail', 'open/egress[4]: fail', 'open/egress[5]: fail']);
      expect(f[0].message).toContain('all protocols and ports');
      expect(f[2].message).toContain('port 80, not in allowedEgressPorts [443]');
      expect(f[3].message).toContain('include ports 440, 441, 442, 444, 445 and 5 more, not in allowedEgressPorts [443]');
      expect(f[5].message).toContain('all ports');
    });

    it('holds a public CIDR outside allowedEgressCidrs to the internet port limits, and passes one inside', () => {
      const resources = [sg('api', { egress: [inline('tcp', 5432, 5432, { cidrBlocks: ['203.0.113.10/32'] })] })];
      expect(statuses(runPulumi(NET1, resources))).toEqual(['api/egress[0]: fail']);
      expect(statuses(runPulumi(NET1, resources, { params: { allowedEgressCidrs: ['203.0.113.0/24'] } }))).toEqual(['api/egress[0]: pass']);
      // An allowlist entry as wide as the internet is ignored.
      expect(statuses(runPulumi(NET1, resources, { params: { allowedEgressCidrs: ['0.0.0.0/0'] } }))).toEqual(['api/egress[0]: fail']);
    });

    it('reads allowedEgressPorts from config', () => {
      const resources = [sg('smtp', { egress: [inline('tcp', 587, 587, { cidrBlocks: ['0.0.0.0/0'] })] })];
      expect(statuses(runPulumi(NET1, resources))).toEqual(['smtp/egress[0]: fail']);
      expect(statuses(runPulumi(NET1, resources, { params: { allowedEgressPorts: [443, 587] } }))).toEqual(['smtp/egress[0]: pass']);
    });

    it('passes a Pulumi group without egress (the provider removes the default allow-all)', () => {
      const f = runPulumi(NET1, [sg('quiet', {}), sg('empty', { egress: [] })]);
      expect(statuses(f)).toEqual(['quiet: pass', 'empty: pass']);
    });

    it('fails a group without egress when AWS default allow-all applies (CloudFormation: defaultAllowAllEgress)', () => {
      const f = runPulumi(NET1, [sg('cfn', { defaultAllowAllEgress: true }), sg('cfn-listed', { defaultAllowAllEgress: true, egress: [inline('tcp', 443, 443, { cidrBlocks: ['0.0.0.0/0'] })] })]);
      expect(statuses(f)).toEqual(['cfn: fail', 'cfn-listed/egress[0]: pass']);
      expect(f[0].message).toContain('the group has no egress rule (SecurityGroupEgress is absent or empty');
      expect(f[0].message).toContain('so AWS adds its default allow-all egress rule');
      expect(f[0].message).not.toContain('egress[0]');
    });

    it('reports unknown for an unknown egress list, protocol, port or CIDR, but judges what is known', () => {
      const f = runPulumi(NET1, [
        sg('later', { egress: UNKNOWN }),
        sg('parts', {
          egress: [
            inline(UNKNOWN, 0, 0, { cidrBlocks: ['0.0.0.0/0'] }),
            { protocol: 'tcp', fromPort: UNKNOWN, toPort: 443, cidrBlocks: ['0.0.0.0/0'] },
            inline('tcp', 22, 22, { cidrBlocks: [UNKNOWN] }),
            // Only 443 is open: any destination is fine.
            inline('tcp', 443, 443, { cidrBlocks: [UNKNOWN] }),
            // A known internet CIDR on all protocols fails whatever the unknown one is.
            inline('-1', 0, 0, { cidrBlocks: ['0.0.0.0/0', UNKNOWN] }),
            inline('-1', 0, 0, { securityGroups: [UNKNOWN] }),
          ],
        }),
        sg('flag', { defaultAllowAllEgress: UNKNOWN }),
      ]);
      expect(statuses(f)).toEqual([
        'later: unknown',
        'parts/egress[0]: unknown',
        'parts/egress[1]: unknown',
        'parts/egress[2]: unknown',
        'parts/egress[3]: pass',
        'parts/egress[4]: fail',
        'parts/egress[5]: pass',
        'flag: unknown',
      ]);
      expect(f[0].message).toContain('egress');
      expect(f[1].message).toContain('egress[0].protocol');
      expect(f[2].message).toContain('egress[1].fromPort');
    });
  });

  describe('ec2:SecurityGroupRule', () => {
    const rule = (name: string, props: Record<string, unknown>) => ({ type: RULE, name, props: { securityGroupId: 'sg-1', ...props } });
    it('judges egress rules and leaves ingress rules to NET2', () => {
      const f = runPulumi(NET1, [
        rule('ok', { type: 'egress', protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }),
        rule('bad', { type: 'egress', protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }),
        rule('in', { type: 'ingress', protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }),
        rule('later', { type: 'egress', protocol: 'tcp', fromPort: 0, toPort: 65535, cidrBlocks: UNKNOWN }),
        rule('which', { type: UNKNOWN, protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }),
      ]);
      expect(statuses(f)).toEqual(['ok: pass', 'bad: fail', 'in: not-applicable', 'later: unknown', 'which: unknown']);
    });
  });

  describe('vpc:SecurityGroupEgressRule', () => {
    const rule = (name: string, props: Record<string, unknown>) => ({ type: EGRESS, name, props: { securityGroupId: 'sg-1', ...props } });
    it('passes, fails and reports unknown', () => {
      const f = runPulumi(NET1, [
        rule('https', { ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' }),
        rule('db', { ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, referencedSecurityGroupId: 'sg-db' }),
        rule('all4', { ipProtocol: '-1', cidrIpv4: '0.0.0.0/0' }),
        rule('all6', { ipProtocol: '-1', cidrIpv6: '::/0' }),
        rule('later', { ipProtocol: '-1', cidrIpv4: UNKNOWN }),
      ]);
      expect(statuses(f)).toEqual(['https: pass', 'db: pass', 'all4: fail', 'all6: fail', 'later: unknown']);
      expect(f[4].message).toContain('cidrIpv4');
      expect(f[2].message).toContain('ipProtocol is "all": all protocols and ports');
    });
  });

  it('judges a CloudFormation-shaped fact the same way (engine-neutral)', () => {
    const fact: Fact = { key: 'Sg', kind: 'ec2:SecurityGroup', type: 'AWS::EC2::SecurityGroup', name: 'Sg', props: { defaultAllowAllEgress: true, egress: [] } };
    const f = evaluate(new StackFacts([fact]), [NET1]);
    expect(f.map((x) => x.status)).toEqual(['fail']);
  });
});

describe('CIDR helpers', () => {
  it('parses and classifies', () => {
    expect(parseCidr('10.1.2.3/8')).toEqual({ version: 4, network: 10n << 24n, prefix: 8 });
    expect(parseCidr('2001:db8::/32')?.prefix).toBe(32);
    expect(parseCidr('::ffff:1.2.3.4/128')?.version).toBe(6);
    expect(parseCidr('300.1.1.1/8')).toBeUndefined();
    expect(parseCidr('1.1.1.1/33')).toBeUndefined();
    expect(classifyCidr('0.0.0.0/0')).toBe('internet');
    expect(classifyCidr('::/0')).toBe('internet');
    expect(classifyCidr('52.0.0.0/8')).toBe('internet');
    expect(classifyCidr('203.0.113.0/24')).toBe('public');
    expect(classifyCidr('172.20.0.0/16')).toBe('private');
    expect(classifyCidr('fd00::/8')).toBe('private');
    expect(classifyCidr('2600:1f18::/36')).toBe('public');
    expect(classifyCidr('not-a-cidr')).toBe('internet');
    expect(withinAllowed('203.0.113.9/32', ['203.0.113.0/24'])).toBe(true);
    expect(withinAllowed('203.0.112.9/32', ['203.0.113.0/24'])).toBe(false);
  });
});

describe('NET1 and CDK placeholder rules', () => {
  it('passes the "Disallow all traffic" rule CDK writes when allowAllOutbound is false', () => {
    const f = runPulumi(NET1, [{ type: 'aws:ec2/securityGroup:SecurityGroup', name: 'cdk', props: { egress: [{ protocol: 'icmp', fromPort: 252, toPort: 86, cidrBlocks: ['255.255.255.255/32'] }] } }]);
    expect(statuses(f)).toEqual(['cdk/egress[0]: pass']);
  });
});
