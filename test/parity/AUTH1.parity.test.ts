import { AUTH1 } from '../../src/rules/auth/AUTH1-requests-authenticated';
import { parity } from '../support/parity';
import { UNKNOWN } from '../support/pulumi-stack';
import { T, cfn, noDefault, resource } from './edge-fixtures';

const method = (name: string, httpMethod: string, props: Record<string, unknown>) =>
  resource(T.method, name, { restApi: UNKNOWN, resourceId: UNKNOWN, httpMethod, ...props }, { restApi: ['Api'] });
const cfMethod = (HttpMethod: string, props: Record<string, unknown>) =>
  cfn('AWS::ApiGateway::Method', {
    RestApiId: { Ref: 'Api' },
    ResourceId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
    HttpMethod,
    Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn/invocations' },
    ...props,
  });
const api = resource(T.restApi, 'Api', { name: 'api' });
const cfApi = cfn('AWS::ApiGateway::RestApi', { Name: 'api' });

const route = (name: string, routeKey: string, props: Record<string, unknown> = {}) => resource(T.route, name, { apiId: 'a1b2c3', routeKey, ...props });
const cfRoute = (RouteKey: string, props: Record<string, unknown> = {}) => cfn('AWS::ApiGatewayV2::Route', { ApiId: 'a1b2c3', RouteKey, ...props });

const url = (name: string, authorizationType: unknown) => resource(T.functionUrl, name, { functionName: 'app', authorizationType });
const cfUrl = (AuthType: unknown) => cfn('AWS::Lambda::Url', { TargetFunctionArn: 'app', AuthType });

describe('AUTH1 parity: every request authenticated', () => {
  describe('REST API methods', () => {
    parity(AUTH1, [
      {
        name: 'compliant: COGNITO_USER_POOLS and AWS_IAM (CloudFormation AuthorizationType = Pulumi authorization)',
        pulumi: [api, method('Get', 'GET', { authorization: 'COGNITO_USER_POOLS', authorizerId: 'abc123' }), method('Post', 'POST', { authorization: 'AWS_IAM' })],
        cfn: { Api: cfApi, Get: cfMethod('GET', { AuthorizationType: 'COGNITO_USER_POOLS', AuthorizerId: 'abc123' }), Post: cfMethod('POST', { AuthorizationType: 'AWS_IAM' }) },
        expected: ['Get: pass', 'Post: pass'],
      },
      {
        name: 'non-compliant: NONE with an API key, AuthorizationType absent (NONE)',
        pulumi: [api, method('Keyed', 'GET', { authorization: 'NONE', apiKeyRequired: true }), method('Absent', 'POST', {})],
        cfn: { Api: cfApi, Keyed: cfMethod('GET', { AuthorizationType: 'NONE', ApiKeyRequired: true }), Absent: cfMethod('POST', {}) },
        expected: ['Keyed: fail', 'Absent: fail'],
      },
      {
        name: 'not applicable: OPTIONS (CORS preflight)',
        pulumi: [api, method('Preflight', 'OPTIONS', { authorization: 'NONE' })],
        cfn: { Api: cfApi, Preflight: cfMethod('OPTIONS', { AuthorizationType: 'NONE' }) },
        expected: ['Preflight: not-applicable'],
      },
      {
        name: 'unknown: AuthorizationType from a parameter without a default',
        pulumi: [api, method('Get', 'GET', { authorization: UNKNOWN })],
        cfn: { Parameters: noDefault('Auth'), Resources: { Api: cfApi, Get: cfMethod('GET', { AuthorizationType: { Ref: 'Auth' } }) } },
        expected: ['Get: unknown'],
      },
    ]);
  });

  describe('HTTP/WebSocket API routes', () => {
    parity(AUTH1, [
      {
        name: 'compliant: JWT and a $connect with a custom authorizer',
        pulumi: [route('Jwt', 'GET /items', { authorizationType: 'JWT', authorizerId: 'auth1' }), route('Connect', '$connect', { authorizationType: 'CUSTOM', authorizerId: 'auth2' })],
        cfn: { Jwt: cfRoute('GET /items', { AuthorizationType: 'JWT', AuthorizerId: 'auth1' }), Connect: cfRoute('$connect', { AuthorizationType: 'CUSTOM', AuthorizerId: 'auth2' }) },
        expected: ['Jwt: pass', 'Connect: pass'],
      },
      {
        name: 'non-compliant: AuthorizationType absent (NONE) on GET and on $default',
        pulumi: [route('Open', 'GET /items'), route('Fallback', '$default')],
        cfn: { Open: cfRoute('GET /items'), Fallback: cfRoute('$default') },
        expected: ['Open: fail', 'Fallback: fail'],
      },
      {
        name: 'not applicable: OPTIONS and WebSocket message routes',
        pulumi: [route('Preflight', 'OPTIONS /items'), route('Message', 'sendMessage', { requestParameters: [{ requestParameterKey: 'route.request.header.X-Trace', required: false }] })],
        cfn: { Preflight: cfRoute('OPTIONS /items'), Message: cfRoute('sendMessage', { RequestParameters: { 'route.request.header.X-Trace': { Required: false } } }) },
        expected: ['Preflight: not-applicable', 'Message: not-applicable'],
      },
      {
        name: 'unknown: the route key from Fn::ImportValue on an open route',
        pulumi: [route('Imported', UNKNOWN)],
        cfn: { Imported: cfn('AWS::ApiGatewayV2::Route', { ApiId: 'a1b2c3', RouteKey: { 'Fn::ImportValue': 'route-key' } }) },
        expected: ['Imported: unknown'],
      },
    ]);
  });

  describe('Lambda function URLs (CloudFormation AuthType = Pulumi authorizationType)', () => {
    parity(AUTH1, [
      {
        name: 'compliant: AWS_IAM',
        pulumi: [url('Url', 'AWS_IAM')],
        cfn: { Url: cfUrl('AWS_IAM') },
        expected: ['Url: pass'],
      },
      {
        name: 'non-compliant: NONE',
        pulumi: [url('Url', 'NONE')],
        cfn: { Url: cfUrl('NONE') },
        expected: ['Url: fail'],
      },
      {
        name: 'unknown: AuthType from a parameter without a default',
        pulumi: [url('Url', UNKNOWN)],
        cfn: { Parameters: noDefault('UrlAuth'), Resources: { Url: cfUrl({ Ref: 'UrlAuth' }) } },
        expected: ['Url: unknown'],
      },
    ]);
  });
});
