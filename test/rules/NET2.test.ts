import { NET2 } from '../../src/rules/net/NET2-restricted-ingress';
import { sensitivePortsIn } from '../../src/facts/sensitive-ports';
import { UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const SG = 'aws:ec2/securityGroup:SecurityGroup';
const RULE = 'aws:ec2/securityGroupRule:SecurityGroupRule';
const INGRESS = 'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule';

const sg = (name: string, props: Record<string, unknown>) => ({ type: SG, name, props: { vpcId: 'vpc-1', ...props } });
const inline = (protocol: string, fromPort: number, toPort: number, peers: Record<string, unknown>) => ({ protocol, fromPort, toPort, ...peers });

describe('NET2 restricted ingress', () => {
  describe('ec2:SecurityGroup inline ingress', () => {
    it('passes 80/443 from the internet, admin ports from a specific CIDR or group, and no ingress at all', () => {
      const f = runPulumi(NET2, [
        sg('alb', {
          ingress: [
            inline('tcp', 443, 443, { cidrBlocks: ['0.0.0.0/0'], ipv6CidrBlocks: ['::/0'] }),
            inline('tcp', 80, 80, { cidrBlocks: ['0.0.0.0/0'] }),
            inline('tcp', 22, 22, { cidrBlocks: ['203.0.113.7/32'] }),
            inline('tcp', 5432, 5432, { securityGroups: ['sg-app'] }),
            inline('-1', 0, 0, { self: true }),
          ],
        }),
        sg('closed', {}),
      ]);
      expect(statuses(f)).toEqual(['alb/ingress[0]: pass', 'alb/ingress[1]: pass', 'alb/ingress[2]: pass', 'alb/ingress[3]: pass', 'alb/ingress[4]: pass', 'closed: pass']);
    });

    it('fails all protocols, a port outside the allowlist, admin and database ports and ranges covering them', () => {
      const f = runPulumi(NET2, [
        sg('open', {
          ingress: [
            inline('-1', 0, 0, { cidrBlocks: ['0.0.0.0/0'] }),
            inline('tcp', 8080, 8080, { cidrBlocks: ['0.0.0.0/0'] }),
            inline('tcp', 22, 22, { ipv6CidrBlocks: ['::/0'] }),
            inline('tcp', 3389, 3389, { cidrBlocks: ['0.0.0.0/0'] }),
            inline('tcp', 3000, 3400, { cidrBlocks: ['0.0.0.0/0'] }),
            inline('udp', 11211, 11211, { cidrBlocks: ['0.0.0.0/0'] }),
          ],
        }),
      ]);
      expect(statuses(f)).toEqual(['open/ingress[0]: fail', 'open/ingress[1]: fail', 'open/ingress[2]: fail', 'open/ingress[3]: fail', 'open/ingress[4]: fail', 'open/ingress[5]: fail']);
      expect(f[0].message).toContain('all protocols and ports');
      expect(f[1].message).toContain('port 8080, not in allowedIngressPorts [80, 443]');
      expect(f[2].message).toContain('22 (SSH)');
      expect(f[4].message).toContain('3306 (MySQL/Aurora)');
      expect(f[4].message).toContain('3389 (RDP)');
    });

    it('fails admin and database ports even when the config allows them, and reads allowedIngressPorts', () => {
      const resources = [sg('ssh', { ingress: [inline('tcp', 22, 22, { cidrBlocks: ['0.0.0.0/0'] }), inline('tcp', 8443, 8443, { cidrBlocks: ['0.0.0.0/0'] })] })];
      const f = runPulumi(NET2, resources, { params: { allowedIngressPorts: [22, 443, 8443] } });
      expect(statuses(f)).toEqual(['ssh/ingress[0]: fail', 'ssh/ingress[1]: pass']);
      expect(f[0].message).toContain('even if listed in allowedIngressPorts');
    });

    it('reports unknown for unknown lists, protocols, ports and CIDRs', () => {
      const f = runPulumi(NET2, [
        sg('later', { ingress: UNKNOWN }),
        sg('parts', {
          ingress: [
            inline(UNKNOWN, 0, 0, { cidrBlocks: ['0.0.0.0/0'] }),
            { protocol: 'tcp', fromPort: 443, toPort: UNKNOWN, cidrBlocks: ['0.0.0.0/0'] },
            inline('tcp', 22, 22, { cidrBlocks: [UNKNOWN] }),
            inline('tcp', 443, 443, { cidrBlocks: [UNKNOWN] }),
          ],
        }),
      ]);
      expect(statuses(f)).toEqual(['later: unknown', 'parts/ingress[0]: unknown', 'parts/ingress[1]: unknown', 'parts/ingress[2]: unknown', 'parts/ingress[3]: pass']);
      expect(f[3].message).toContain('ingress[2].cidrBlocks');
    });
  });

  describe('ec2:SecurityGroupRule', () => {
    const rule = (name: string, props: Record<string, unknown>) => ({ type: RULE, name, props: { securityGroupId: 'sg-1', ...props } });
    it('judges ingress rules and leaves egress rules to NET1', () => {
      const f = runPulumi(NET2, [
        rule('https', { type: 'ingress', protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }),
        rule('rdp', { type: 'ingress', protocol: 'tcp', fromPort: 3389, toPort: 3389, cidrBlocks: ['0.0.0.0/0'] }),
        rule('out', { type: 'egress', protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }),
        rule('from-sg', { type: 'ingress', protocol: 'tcp', fromPort: 5432, toPort: 5432, sourceSecurityGroupId: 'sg-app' }),
        rule('later', { type: 'ingress', protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: UNKNOWN }),
      ]);
      expect(statuses(f)).toEqual(['https: pass', 'rdp: fail', 'out: not-applicable', 'from-sg: pass', 'later: unknown']);
    });
  });

  describe('vpc:SecurityGroupIngressRule', () => {
    const rule = (name: string, props: Record<string, unknown>) => ({ type: INGRESS, name, props: { securityGroupId: 'sg-1', ...props } });
    it('passes, fails and reports unknown', () => {
      const f = runPulumi(NET2, [
        rule('https6', { ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv6: '::/0' }),
        rule('pl', { ipProtocol: '-1', prefixListId: 'pl-1' }),
        rule('mongo', { ipProtocol: 'tcp', fromPort: 27017, toPort: 27017, cidrIpv4: '0.0.0.0/0' }),
        rule('everything', { ipProtocol: '-1', cidrIpv4: '0.0.0.0/0' }),
        rule('later', { ipProtocol: UNKNOWN, cidrIpv4: '0.0.0.0/0' }),
      ]);
      expect(statuses(f)).toEqual(['https6: pass', 'pl: pass', 'mongo: fail', 'everything: fail', 'later: unknown']);
      expect(f[4].message).toContain('ipProtocol');
    });
  });

  it('lists sensitive ports within a range', () => {
    expect(sensitivePortsIn(3300, 3400)).toEqual([3306, 3389]);
    expect(sensitivePortsIn(80, 443)).toEqual([135, 137, 138, 139, 161, 389]);
  });
});
