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
    },
  },
];
