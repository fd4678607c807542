/** AUTH1's cases, written once for both engines: the parity test (test/parity/AUTH1.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { AUTH1 } from '../../src/rules/auth/AUTH1-requests-authenticated';
import { T, cfn, noDefault, resource } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const method = (name: string, httpMethod: string, props: Record<string, unknown>) => resource(T.method, name, { restApi: UNKNOWN, resourceId: UNKNOWN, httpMethod, ...props }, { restApi: ['Api'] });
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

/** An OpenAPI 3 document with a Lambda authorizer, an API key scheme, an IAM scheme and a bearer scheme API Gateway does not enforce. */
const openApi = (paths: Record<string, unknown>, security?: unknown) => ({
  openapi: '3.0.1',
  info: { title: 'orders', version: '1' },
  ...(security === undefined ? {} : { security }),
  paths,
  components: {
    securitySchemes: {
      lambda: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'custom',
        'x-amazon-apigateway-authorizer': { type: 'token', authorizerUri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn/invocations' },
      },
      key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
      sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' },
      bearer: { type: 'http', scheme: 'bearer' },
    },
  },
});
const op = (security?: unknown) => ({ responses: { '200': { description: 'ok' } }, ...(security === undefined ? {} : { security }) });

const restApi = (name: string, body: unknown) => resource(T.restApi, name, { name: 'orders', body: typeof body === 'string' ? body : JSON.stringify(body) });
const cfRestApi = (Body: unknown) => cfn('AWS::ApiGateway::RestApi', { Name: 'orders', Body });
const mixed = openApi(
  {
    '/orders': { get: op(), post: op([{ sigv4: [] }]), options: op([]) },
    '/health': { get: op([]) },
    '/keyed': { get: op([{ key: [] }]) },
    '/bearer': { 'x-amazon-apigateway-any-method': op([{ bearer: [] }]) },
    '/either': { get: op([{ lambda: [] }, {}]) },
  },
  [{ lambda: [] }],
);

const httpApi = (name: string, props: Record<string, unknown>) => resource(T.httpApi, name, { protocolType: 'HTTP', name: 'app', ...props });
const cfHttpApi = (props: Record<string, unknown>) => cfn('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP', Name: 'app', ...props });
const jwtBody = {
  openapi: '3.0.1',
  info: { title: 'app', version: '1' },
  paths: { '/items': { get: op([{ jwt: [] }]) }, '/public': { get: op() } },
  components: {
    securitySchemes: {
      jwt: {
        type: 'oauth2',
        flows: {},
        'x-amazon-apigateway-authorizer': { type: 'jwt', identitySource: '$request.header.Authorization', jwtConfiguration: { issuer: 'https://issuer.example.com', audience: ['app'] } },
      },
    },
  },
};

export const AUTH1_CASES: RequirementCases = {
  rule: AUTH1,
  groups: [
    {
      titles: ['AUTH1 parity: every request authenticated', 'REST API methods'],
      cases: [
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
      ],
    },
    {
      titles: ['AUTH1 parity: every request authenticated', 'HTTP/WebSocket API routes'],
      cases: [
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
      ],
    },
    {
      titles: ['AUTH1 parity: every request authenticated', 'Lambda function URLs (CloudFormation AuthType = Pulumi authorizationType)'],
      cases: [
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
      ],
    },
    {
      titles: ['AUTH1 parity: APIs defined by an OpenAPI body (CloudFormation object = Pulumi JSON text)'],
      cases: [
        {
          name: 'REST API: a global Lambda authorizer and an IAM operation pass; OPTIONS is not applicable; an operation with security [] or an API key only fails',
          pulumi: [restApi('Api', mixed)],
          cfn: {
            Api: cfRestApi(mixed),
          },
          expected: [
            'Api/GET /orders: pass',
            'Api/POST /orders: pass',
            'Api/OPTIONS /orders: not-applicable',
            'Api/GET /health: fail',
            'Api/GET /keyed: fail',
            'Api/ANY /bearer: fail',
            'Api/GET /either: fail',
          ],
        },
        {
          name: 'REST API: no security anywhere fails; a body from Fn::ImportValue (an output in Pulumi) is unknown; a REST API without a body is judged by its methods',
          pulumi: [restApi('Open', openApi({ '/': { get: op() } })), resource(T.restApi, 'Imported', { name: 'orders', body: UNKNOWN }), resource(T.restApi, 'Plain', { name: 'orders' })],
          cfn: {
            Open: cfRestApi(openApi({ '/': { get: op() } })),
            Imported: cfRestApi({ 'Fn::ImportValue': 'orders-openapi' }),
            Plain: cfn('AWS::ApiGateway::RestApi', { Name: 'orders' }),
          },
          expected: ['Open/GET /: fail', 'Imported/body: unknown'],
        },
      ],
    },
    {
      titles: ['AUTH1 parity: HTTP APIs made by quick create (target) or from an OpenAPI body'],
      cases: [
        {
          name: 'quick create: the catch-all $default route has no authorizer (fail), a quick-create route key from a parameter is unknown; a body with a JWT route passes and its open route fails; an API without either is judged by its routes',
          pulumi: [
            httpApi('Quick', { target: 'arn:aws:lambda:us-east-1:123456789012:function:app' }),
            httpApi('QuickLater', { target: 'arn:aws:lambda:us-east-1:123456789012:function:app', routeKey: UNKNOWN }),
            httpApi('Defined', { body: JSON.stringify(jwtBody) }),
            httpApi('Routes', {}),
          ],
          cfn: {
            Parameters: noDefault('RouteKey'),
            Resources: {
              Quick: cfHttpApi({ Target: 'arn:aws:lambda:us-east-1:123456789012:function:app' }),
              QuickLater: cfHttpApi({ Target: 'arn:aws:lambda:us-east-1:123456789012:function:app', RouteKey: { Ref: 'RouteKey' } }),
              Defined: cfHttpApi({ Body: jwtBody }),
              Routes: cfHttpApi({}),
            },
          },
          expected: ['Quick/target: fail', 'QuickLater/target: unknown', 'Defined/GET /items: pass', 'Defined/GET /public: fail'],
        },
        {
          name: 'quick create with an OPTIONS route key is CORS preflight, not applicable',
          pulumi: [httpApi('Preflight', { target: 'arn:aws:lambda:us-east-1:123456789012:function:app', routeKey: 'OPTIONS /items' })],
          cfn: { Preflight: cfHttpApi({ Target: 'arn:aws:lambda:us-east-1:123456789012:function:app', RouteKey: 'OPTIONS /items' }) },
          expected: ['Preflight/target: not-applicable'],
        },
      ],
    },
  ],
};
