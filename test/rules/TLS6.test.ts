import { TLS6 } from '../../src/rules/tls/TLS6-apigateway-tls';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const rest = (name: string, props: Record<string, unknown>): TestResource => ({
  type: 'aws:apigateway/domainName:DomainName',
  name,
  props: { domainName: `${name}.example.com`, regionalCertificateArn: 'arn:cert', ...props },
});
const v2 = (name: string, domainNameConfiguration: unknown): TestResource => ({
  type: 'aws:apigatewayv2/domainName:DomainName',
  name,
  props: { domainName: `${name}.example.com`, ...(domainNameConfiguration === undefined ? {} : { domainNameConfiguration }) },
});
const api = (name: string, props: Record<string, unknown>): TestResource => ({ type: 'aws:apigateway/restApi:RestApi', name, props: { name, ...props } });
const cfg = (securityPolicy: unknown) => ({ certificateArn: 'arn:cert', endpointType: 'REGIONAL', ...(securityPolicy === undefined ? {} : { securityPolicy }) });

describe('TLS6 API Gateway TLS 1.2', () => {
  describe('REST custom domains (aws:apigateway DomainName)', () => {
    it('passes TLS_1_2 and enhanced policies', () => {
      const f = runPulumi(TLS6, [
        rest('a', { securityPolicy: 'TLS_1_2' }),
        rest('b', { securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09', endpointAccessMode: 'STRICT' }),
        rest('c', { securityPolicy: 'SecurityPolicy_TLS12_PFS_2025_EDGE', endpointAccessMode: 'BASIC' }),
      ]);
      expect(statuses(f)).toEqual(['a: pass', 'b: pass', 'c: pass']);
    });

    it('fails TLS_1_0 and an absent policy (default TLS_1_0)', () => {
      const f = runPulumi(TLS6, [rest('old', { securityPolicy: 'TLS_1_0' }), rest('absent', {})]);
      expect(statuses(f)).toEqual(['old: fail', 'absent: fail']);
      expect(f[1].message).toContain('absent (API Gateway default TLS_1_0)');
      expect(f[0].enforcement).toBe('mandatory');
    });

    it('reports unknown for an unknown policy', () => {
      const f = runPulumi(TLS6, [rest('later', { securityPolicy: UNKNOWN })]);
      expect(statuses(f)).toEqual(['later: unknown']);
      expect(f[0].message).toContain('securityPolicy');
    });
  });

  describe('HTTP/WebSocket custom domains (aws:apigatewayv2 DomainName)', () => {
    it('passes TLS_1_2, fails TLS_1_0 and an absent policy or configuration, unknown for an unknown policy', () => {
      const f = runPulumi(TLS6, [v2('ok', cfg('TLS_1_2')), v2('old', cfg('TLS_1_0')), v2('absent', cfg(undefined)), v2('none', undefined), v2('later', cfg(UNKNOWN))]);
      expect(statuses(f)).toEqual(['ok: pass', 'old: fail', 'absent: fail', 'none: fail', 'later: unknown']);
      expect(f[1].message).toContain('domainNameConfiguration.securityPolicy is TLS_1_0');
      expect(f[4].message).toContain('domainNameConfiguration.securityPolicy');
    });
  });

  describe('REST APIs keeping the execute-api endpoint (advisory)', () => {
    it('passes a disabled endpoint, a TLS 1.2 API policy and a private API', () => {
      const f = runPulumi(TLS6, [
        api('disabled', { disableExecuteApiEndpoint: true }),
        api('policy', { securityPolicy: 'SecurityPolicy_TLS13_1_2_2021_06', endpointAccessMode: 'BASIC' }),
        api('private', { endpointConfiguration: { types: 'PRIVATE' } }),
      ]);
      expect(statuses(f)).toEqual(['disabled: pass', 'policy: pass', 'private: pass']);
    });

    it('gives an advisory fail to a regional API that keeps the default endpoint', () => {
      const f = runPulumi(TLS6, [api('open', {}), api('explicit', { disableExecuteApiEndpoint: false, endpointConfiguration: { types: 'REGIONAL' } })]);
      expect(statuses(f)).toEqual(['open: fail', 'explicit: fail']);
      expect(f[0].enforcement).toBe('advisory');
      expect(f[0].message).toContain('disableExecuteApiEndpoint');
    });

    it('reports an advisory unknown when the switch is unknown', () => {
      const f = runPulumi(TLS6, [api('later', { disableExecuteApiEndpoint: UNKNOWN })]);
      expect(statuses(f)).toEqual(['later: unknown']);
      expect(f[0].enforcement).toBe('advisory');
      expect(f[0].message).toContain('disableExecuteApiEndpoint');
    });
  });
});
