import { Requirement } from '../types';

/* Quotes are verbatim from shared/seeds; levels follow the rule stated in tls.ts. */
const MIRO = '000_3a6f8757cabd1b3d.txt';
const ATLASSIAN_GUIDELINES = '001_38a64b8c7ac22666.txt';
const ATLASSIAN_REQUIREMENTS = '002_9dae125c408bd9d6.txt';
const TRELLO = '003_be9a984fc131ae42.txt';

export const AUTH_REQUIREMENTS: Requirement[] = [
  {
    id: 'AUTH1',
    area: 'AUTH',
    title: 'API endpoints require authentication',
    rationale:
      'An API route or function URL without an authorizer answers anyone on the internet; endpoints that really must be anonymous are declared as such, with a reason, so that none is open by accident.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Authentication and authorization',
        level: 'must',
        quote: 'Each request must be authenticated and authorized.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Authentication and authorization',
        level: 'should',
        quote: 'Authenticate all requests.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Authentication and authorization',
        level: 'should',
        quote: 'Verify authorization on every request.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Authentication and authorization of application resources',
        level: 'must',
        quote: 'The application must authenticate and authorize all requests.',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Backend Server Security',
        level: 'should',
        quote: 'The service should authenticate and authorize all requests.',
      },
    ],
    // Advisory although the sources say must: anonymous endpoints are explicitly allowed where needed,
    // and the app may authenticate requests itself (e.g. by verifying the host's JWT in the handler).
    enforcement: 'advisory',
    check:
      'Every request authenticated: API Gateway methods/routes (except OPTIONS; including the operations of an OpenAPI `body` of a REST or HTTP API, whose `security` must name a scheme with `x-amazon-apigateway-authorizer` or `awsSigv4`, and the catch-all route an HTTP API quick create `target` makes) and Lambda function URLs with no authorizer are reported unless exempted with a reason (anonymous endpoints are allowed where needed).',
    fix: {
      pulumi: `new aws.apigateway.Method('get-items', {
  restApi: api.id,
  resourceId: resource.id,
  httpMethod: 'GET',
  authorization: 'CUSTOM',
  authorizerId: authorizer.id, // e.g. a Lambda authorizer verifying the host's JWT
});
new aws.lambda.FunctionUrl('webhook', { functionName: fn.name, authorizationType: 'AWS_IAM' });`,
      cdk: `api.root.addResource('items').addMethod('GET', integration, {
  authorizer, // e.g. new apigw.TokenAuthorizer(...) verifying the host's JWT
  authorizationType: apigw.AuthorizationType.CUSTOM,
});
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });`,
      cloudformation: `GetItems:
  Type: AWS::ApiGateway::Method
  Properties:
    RestApiId: !Ref Api
    ResourceId: !Ref ItemsResource
    HttpMethod: GET
    AuthorizationType: CUSTOM
    AuthorizerId: !Ref Authorizer # e.g. a Lambda authorizer verifying the host's JWT
Webhook:
  Type: AWS::Lambda::Url
  Properties:
    TargetFunctionArn: !GetAtt Fn.Arn
    AuthType: AWS_IAM`,
      byKind: {
        'apigateway:Method': {
          pulumi: `new aws.apigateway.Method('get-items', {
  restApi: api.id,
  resourceId: resource.id,
  httpMethod: 'GET',
  authorization: 'CUSTOM',
  authorizerId: authorizer.id, // e.g. a Lambda authorizer verifying the host's JWT
});`,
          cdk: `api.root.addResource('items').addMethod('GET', integration, {
  authorizer, // e.g. new apigw.TokenAuthorizer(...) verifying the host's JWT
  authorizationType: apigw.AuthorizationType.CUSTOM,
});`,
          cloudformation: `GetItems:
  Type: AWS::ApiGateway::Method
  Properties:
    RestApiId: !Ref Api
    ResourceId: !Ref ItemsResource
    HttpMethod: GET
    AuthorizationType: CUSTOM
    AuthorizerId: !Ref Authorizer # e.g. a Lambda authorizer verifying the host's JWT`,
        },
        'apigatewayv2:Route': {
          pulumi: `new aws.apigatewayv2.Route('get-items', {
  apiId: api.id,
  routeKey: 'GET /items',
  target: pulumi.concat('integrations/', integration.id),
  authorizationType: 'JWT',
  authorizerId: jwtAuthorizer.id,
});`,
          cdk: `httpApi.addRoutes({
  path: '/items',
  methods: [apigwv2.HttpMethod.GET],
  integration,
  authorizer: new authorizers.HttpJwtAuthorizer('Jwt', issuerUrl, { jwtAudience: [audience] }),
});`,
          cloudformation: `GetItems:
  Type: AWS::ApiGatewayV2::Route
  Properties:
    ApiId: !Ref Api
    RouteKey: GET /items
    Target: !Join ['/', [integrations, !Ref Integration]]
    AuthorizationType: JWT
    AuthorizerId: !Ref JwtAuthorizer`,
        },
        'lambda:FunctionUrl': {
          pulumi: `new aws.lambda.FunctionUrl('webhook', { functionName: fn.name, authorizationType: 'AWS_IAM' });`,
          cdk: `fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });`,
          cloudformation: `Webhook:
  Type: AWS::Lambda::Url
  Properties:
    TargetFunctionArn: !GetAtt Fn.Arn
    AuthType: AWS_IAM # callers sign with SigV4, e.g. through CloudFront origin access control`,
        },
        'apigateway:RestApi': {
          pulumi: `new aws.apigateway.RestApi('app', {
  body: JSON.stringify({
    openapi: '3.0.1',
    components: { securitySchemes: { jwt: { type: 'apiKey', name: 'Authorization', in: 'header',
      'x-amazon-apigateway-authtype': 'custom', 'x-amazon-apigateway-authorizer': { type: 'token', authorizerUri } } } },
    paths: { '/items': { get: { security: [{ jwt: [] }], 'x-amazon-apigateway-integration': integration } } },
  }),
});`,
          cdk: `new apigw.SpecRestApi(this, 'Api', {
  // every operation of the OpenAPI document: security: [{ jwt: [] }], with components.securitySchemes.jwt
  // holding x-amazon-apigateway-authorizer (a Lambda, Cognito or JWT authorizer)
  apiDefinition: apigw.ApiDefinition.fromAsset('openapi.yaml'),
});`,
          cloudformation: `Api:
  Type: AWS::ApiGateway::RestApi
  Properties:
    Body:
      openapi: 3.0.1
      components:
        securitySchemes:
          jwt:
            type: apiKey
            name: Authorization
            in: header
            x-amazon-apigateway-authtype: custom
            x-amazon-apigateway-authorizer: { type: token, authorizerUri: !Ref AuthorizerUri }
      paths:
        /items:
          get:
            security: [{ jwt: [] }]`,
        },
        'apigatewayv2:Api': {
          pulumi: `// no quick-create target (its default route takes no authorizer): routes with an authorizer
new aws.apigatewayv2.Api('app', { protocolType: 'HTTP' });
new aws.apigatewayv2.Route('get-items', { apiId: api.id, routeKey: 'GET /items', authorizationType: 'JWT', authorizerId: jwtAuthorizer.id });`,
          cdk: `new apigwv2.HttpApi(this, 'Api', {
  defaultAuthorizer: new authorizers.HttpJwtAuthorizer('Jwt', issuerUrl, { jwtAudience: [audience] }),
});`,
          cloudformation: `# no quick-create Target (its default route takes no authorizer): routes with an authorizer
Api:
  Type: AWS::ApiGatewayV2::Api
  Properties: { Name: app, ProtocolType: HTTP }
GetItems:
  Type: AWS::ApiGatewayV2::Route
  Properties: { ApiId: !Ref Api, RouteKey: GET /items, AuthorizationType: JWT, AuthorizerId: !Ref JwtAuthorizer }`,
        },
      },
    },
  },
];
