import { AUTH1 } from '../../src/rules/auth/AUTH1-requests-authenticated';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const method = (name: string, props: Record<string, unknown>): TestResource => ({
  type: 'aws:apigateway/method:Method',
  name,
  props: { restApi: 'api-1', resourceId: 'res-1', ...props },
});
const route = (name: string, props: Record<string, unknown>): TestResource => ({ type: 'aws:apigatewayv2/route:Route', name, props: { apiId: 'api-2', ...props } });
const url = (name: string, props: Record<string, unknown>): TestResource => ({ type: 'aws:lambda/functionUrl:FunctionUrl', name, props: { functionName: 'app', ...props } });

describe('AUTH1 every request authenticated', () => {
  describe('apigateway:Method', () => {
    it('passes methods with an authorizer or IAM', () => {
      const f = runPulumi(AUTH1, [
        method('custom', { httpMethod: 'GET', authorization: 'CUSTOM', authorizerId: 'auth-1' }),
        method('cognito', { httpMethod: 'POST', authorization: 'COGNITO_USER_POOLS', authorizerId: 'auth-2' }),
        method('iam', { httpMethod: 'ANY', authorization: 'AWS_IAM' }),
      ]);
      expect(statuses(f)).toEqual(['custom: pass', 'cognito: pass', 'iam: pass']);
    });

    it('fails NONE (an API key is no authentication) and skips OPTIONS', () => {
      const f = runPulumi(AUTH1, [
        method('open', { httpMethod: 'GET', authorization: 'NONE' }),
        method('key-only', { httpMethod: 'POST', authorization: 'NONE', apiKeyRequired: true }),
        method('preflight', { httpMethod: 'OPTIONS', authorization: 'NONE' }),
      ]);
      expect(statuses(f)).toEqual(['open: fail', 'key-only: fail', 'preflight: not-applicable']);
      expect(f[0].enforcement).toBe('advisory');
      expect(f[0].message).toContain('authorization is NONE on GET');
      expect(f[1].message).toContain('API key is not authentication');
    });

    it('reports unknown authorization, and unknown httpMethod when authorization is NONE', () => {
      const f = runPulumi(AUTH1, [method('a', { httpMethod: 'GET', authorization: UNKNOWN }), method('b', { httpMethod: UNKNOWN, authorization: 'NONE' })]);
      expect(statuses(f)).toEqual(['a: unknown', 'b: unknown']);
      expect(f[0].message).toContain('authorization');
      expect(f[1].message).toContain('httpMethod');
    });
  });

  describe('apigatewayv2:Route', () => {
    it('passes JWT / CUSTOM / AWS_IAM routes', () => {
      const f = runPulumi(AUTH1, [
        route('jwt', { routeKey: 'GET /items', authorizationType: 'JWT', authorizerId: 'a' }),
        route('lambda', { routeKey: '$default', authorizationType: 'CUSTOM', authorizerId: 'b' }),
        route('ws-connect', { routeKey: '$connect', authorizationType: 'AWS_IAM' }),
      ]);
      expect(statuses(f)).toEqual(['jwt: pass', 'lambda: pass', 'ws-connect: pass']);
    });

    it('fails absent (default NONE) and NONE; skips OPTIONS routes and WebSocket routes after $connect', () => {
      const f = runPulumi(AUTH1, [
        route('absent', { routeKey: 'POST /items' }),
        route('none', { routeKey: '$default', authorizationType: 'NONE' }),
        route('connect', { routeKey: '$connect' }),
        route('preflight', { routeKey: 'OPTIONS /items' }),
        route('ws-message', { routeKey: 'sendmessage' }),
        route('ws-disconnect', { routeKey: '$disconnect' }),
      ]);
      expect(statuses(f)).toEqual(['absent: fail', 'none: fail', 'connect: fail', 'preflight: not-applicable', 'ws-message: not-applicable', 'ws-disconnect: not-applicable']);
      expect(f[0].message).toContain('absent (default NONE)');
    });

    it('reports unknown authorizationType, and unknown routeKey when unauthenticated', () => {
      const f = runPulumi(AUTH1, [route('a', { routeKey: 'GET /x', authorizationType: UNKNOWN }), route('b', { routeKey: UNKNOWN })]);
      expect(statuses(f)).toEqual(['a: unknown', 'b: unknown']);
      expect(f[1].message).toContain('routeKey');
    });
  });

  describe('lambda:FunctionUrl', () => {
    it('passes AWS_IAM, fails NONE, reports unknown', () => {
      const f = runPulumi(AUTH1, [url('iam', { authorizationType: 'AWS_IAM' }), url('public', { authorizationType: 'NONE' }), url('later', { authorizationType: UNKNOWN })]);
      expect(statuses(f)).toEqual(['iam: pass', 'public: fail', 'later: unknown']);
      expect(f[1].message).toContain('set authorizationType to AWS_IAM');
      expect(f[2].message).toContain('authorizationType');
    });
  });

  it('an exemption with a reason turns the fail into exempt', () => {
    const f = runPulumi(AUTH1, [url('webhook', { authorizationType: 'NONE' })], {
      exemptions: [{ requirement: 'AUTH1', resource: 'webhook', reason: 'host-signed webhook, verified in the handler' }],
    });
    expect(statuses(f)).toEqual(['webhook: exempt']);
  });
});
