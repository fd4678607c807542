/**
 * API definitions only CloudFormation can write: an OpenAPI body with one unresolvable part (Pulumi
 * serialises the whole body as one string, so there all of it is unknown), and definitions kept in S3.
 */
import { AUTH1 } from '../../src/rules/auth/AUTH1-requests-authenticated';
import { runCfn } from '../support/cfn-stack';
import { statuses } from '../support/pulumi-stack';

const body = (security: unknown) => ({
  openapi: '3.0.1',
  info: { title: 'orders', version: '1' },
  paths: { '/orders': { get: { security } }, '/health': { get: { security: [] } } },
  components: { securitySchemes: { lambda: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authorizer': { type: 'request' } } } },
});

describe('AUTH1 on CloudFormation API definitions', () => {
  it('an operation whose security comes from a parameter is unknown, the others of the same body are still judged', () => {
    const findings = runCfn(AUTH1, {
      Parameters: { Security: { Type: 'String' } },
      Resources: { Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders', Body: body({ Ref: 'Security' }) } } },
    });
    expect(statuses(findings).sort()).toEqual(['Api/GET /health: fail', 'Api/GET /orders: unknown']);
    expect(findings.find((f) => f.detail === 'GET /orders')?.message).toContain('security of GET /orders');
  });

  it('a definition in BodyS3Location (CDK ApiDefinition.fromAsset, HTTP APIs too) is unknown, naming it', () => {
    const location = { Bucket: 'assets', Key: 'openapi.json' };
    const findings = runCfn(AUTH1, {
      Resources: {
        Rest: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders', BodyS3Location: location } },
        Http: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'app', ProtocolType: 'HTTP', BodyS3Location: location } },
      },
    });
    expect(statuses(findings)).toEqual(['Rest/body: unknown', 'Http/body: unknown']);
    expect(findings[0].message).toContain('bodyS3Location is not read');
  });

  it('a body that is a JSON string is read as the document; one that is not JSON is unknown', () => {
    const findings = runCfn(AUTH1, {
      Resources: {
        Text: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders', Body: JSON.stringify(body([{ lambda: [] }])) } },
        Yaml: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders', Body: 'openapi: 3.0.1\npaths: {}\n' } },
      },
    });
    expect(statuses(findings).sort()).toEqual(['Text/GET /health: fail', 'Text/GET /orders: pass', 'Yaml/body: unknown']);
    expect(findings.find((f) => f.resource.name === 'Yaml')?.message).toContain('not JSON');
  });
});

describe('AUTH1 on an HTTP API quick create', () => {
  it('names target and tells to declare the routes instead', () => {
    const findings = runCfn(AUTH1, {
      Resources: { Quick: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'app', ProtocolType: 'HTTP', Target: 'arn:aws:lambda:us-east-1:123456789012:function:app' } } },
    });
    expect(findings[0].message).toMatch(/^target quick-creates route \$default with no authorization/);
    expect(findings[0].message).toContain('AWS::ApiGatewayV2::Route');
  });
});
