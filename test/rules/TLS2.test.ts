import { TLS2 } from '../../src/rules/tls/TLS2-recommended-ciphers';
import { ELB_SECURITY_POLICIES } from '../../src/facts/elb-security-policies';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const acm = 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000';
const distribution = (name: string, viewerCertificate?: Record<string, unknown>): TestResource => ({
  type: 'aws:cloudfront/distribution:Distribution',
  name,
  props: { enabled: true, ...(viewerCertificate ? { viewerCertificate } : {}) },
});
const listener = (name: string, props: Record<string, unknown>, type = 'aws:lb/listener:Listener'): TestResource => ({
  type,
  name,
  props: { loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/x/1', defaultActions: [{ type: 'forward', targetGroupArn: 'tg' }], ...props },
});

describe('TLS2 recommended ciphers (advisory)', () => {
  describe('CloudFront distributions', () => {
    it('passes TLSv1.2_2021, TLSv1.2_2025 and TLSv1.3_2025', () => {
      const f = runPulumi(TLS2, [
        distribution('a', { acmCertificateArn: acm, minimumProtocolVersion: 'TLSv1.2_2021' }),
        distribution('b', { acmCertificateArn: acm, minimumProtocolVersion: 'TLSv1.2_2025' }),
        distribution('c', { iamCertificateId: 'ASCA', minimumProtocolVersion: 'TLSv1.3_2025' }),
      ]);
      expect(statuses(f)).toEqual(['a: pass', 'b: pass', 'c: pass']);
      expect(f[0].enforcement).toBe('advisory');
    });

    it('fails TLSv1.2_2019 (CBC), an absent minimum (TLSv1) and the default certificate', () => {
      const f = runPulumi(TLS2, [
        distribution('cbc', { acmCertificateArn: acm, minimumProtocolVersion: 'TLSv1.2_2019' }),
        distribution('absent', { acmCertificateArn: acm }),
        distribution('default-cert', { cloudfrontDefaultCertificate: true }),
      ]);
      expect(statuses(f)).toEqual(['cbc: fail', 'absent: fail', 'default-cert: fail']);
      expect(f[0].message).toContain('CBC or SHA-1');
      expect(f[1].message).toContain('absent (CloudFront default TLSv1)');
      expect(f[2].message).toContain('*.cloudfront.net');
      expect(f[0].enforcement).toBe('advisory');
    });

    it('reports unknown for an unknown minimum protocol version', () => {
      const f = runPulumi(TLS2, [distribution('later', { acmCertificateArn: acm, minimumProtocolVersion: UNKNOWN })]);
      expect(statuses(f)).toEqual(['later: unknown']);
      expect(f[0].message).toContain('viewerCertificate.minimumProtocolVersion');
    });
  });

  describe('load balancer listeners (aws:lb and aws:alb tokens)', () => {
    it('passes every no-CBC family named by the requirement', () => {
      const good = [
        'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
        'ELBSecurityPolicy-TLS13-1-3-2021-06',
        'ELBSecurityPolicy-FS-1-2-Res-2020-10',
        'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04',
        'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04',
        'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
        'ELBSecurityPolicy-TLS13-1-3-PQ-2025-09',
        'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09',
        'ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09',
      ];
      const f = runPulumi(TLS2, [
        ...good.map((sslPolicy, i) => listener(`l${i}`, { protocol: 'HTTPS', sslPolicy })),
        listener('alb-tls', { protocol: 'TLS', sslPolicy: good[0] }, 'aws:alb/listener:Listener'),
      ]);
      expect(f.every((x) => x.status === 'pass')).toBe(true);
      expect(f).toHaveLength(good.length + 1);
      expect(
        Object.entries(ELB_SECURITY_POLICIES)
          .filter(([, p]) => p.recommended)
          .map(([n]) => n)
          .sort(),
      ).toEqual([...good].sort());
    });

    it('fails CBC policies, an absent policy (2016-08) on both tokens', () => {
      const f = runPulumi(TLS2, [
        listener('cbc', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }),
        listener('absent', { protocol: 'HTTPS' }),
        listener('alb-ext', { protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09' }, 'aws:alb/listener:Listener'),
      ]);
      expect(statuses(f)).toEqual(['cbc: fail', 'absent: fail', 'alb-ext: fail']);
      expect(f[1].message).toContain('absent (AWS default ELBSecurityPolicy-2016-08)');
      expect(f[0].message).toContain('ELBSecurityPolicy-TLS13-1-2-Res-2021-06');
    });

    it('is not applicable to HTTP (also absent protocol) and TCP listeners', () => {
      const f = runPulumi(TLS2, [listener('http', { protocol: 'HTTP' }), listener('none', {}), listener('tcp', { protocol: 'TCP' }, 'aws:alb/listener:Listener')]);
      expect(statuses(f)).toEqual(['http: not-applicable', 'none: not-applicable', 'tcp: not-applicable']);
    });

    it('reports unknown for an unknown policy or protocol on both tokens', () => {
      const f = runPulumi(TLS2, [
        listener('policy', { protocol: 'HTTPS', sslPolicy: UNKNOWN }),
        listener('protocol', { protocol: UNKNOWN, sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06' }, 'aws:alb/listener:Listener'),
      ]);
      expect(statuses(f)).toEqual(['policy: unknown', 'protocol: unknown']);
      expect(f[0].message).toContain('sslPolicy');
      expect(f[1].message).toContain('protocol');
    });
  });
});
