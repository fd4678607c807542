/**
 * `AWS::Serverless::Api` and `AWS::Serverless::HttpApi` (explicit, or SAM's implicit
 * `ServerlessRestApi` / `ServerlessHttpApi` for functions whose Api/HttpApi events name no API) as
 * the resources the SAM translator writes for them (aws/serverless-application-model
 * samtranslator/model/api/api_generator.py and http_api_generator.py, eventsources/push.py,
 * commit 7000d0a3b0e5e0d9fca014ce135850718aad1290): the API under its logical ID, its deployment and
 * stage (`<Id><StageName>Stage`; the implicit REST API's stage is `Prod`, an HTTP API without a
 * StageName gets `$default` as `<Id>ApiGatewayDefaultStage`) and a custom domain.
 *
 * SAM writes each event's method into the API's OpenAPI body; here each becomes the
 * AWS::ApiGateway::Method or AWS::ApiGatewayV2::Route it stands for (`<Function><Event>Method`,
 * `<Function><Event>Route`), with the authorization SAM gives it: the event's `Auth.Authorizer`, else
 * the API's `Auth.DefaultAuthorizer`, `NONE` when neither is set.
 */
import { ApiEvent } from './function';
import { CfnResource, Expansion, Json, JsonMap, isMap, present } from './common';

function endpointTypes(v: Json): Json {
  if (typeof v === 'string') return { Types: [v] };
  if (isMap(v)) return { Types: [v.Type], ...(v.VPCEndpointIds !== undefined ? { VpcEndpointIds: v.VPCEndpointIds } : {}) };
  return v;
}

/** The CloudFormation authorization type of a SAM authorizer name in an API's `Auth.Authorizers`. */
function authorizationType(name: Json, auth: JsonMap, v2: boolean): Json {
  if (name === undefined || name === 'NONE') return 'NONE';
  if (name === 'AWS_IAM') return 'AWS_IAM';
  if (typeof name !== 'string') return name;
  const authorizer = isMap(auth.Authorizers) ? auth.Authorizers[name] : undefined;
  if (!isMap(authorizer)) return name;
  if (v2) return authorizer.JwtConfiguration !== undefined ? 'JWT' : 'CUSTOM';
  return authorizer.UserPoolArn !== undefined ? 'COGNITO_USER_POOLS' : 'CUSTOM';
}

/** SAM's `any` is API Gateway's catch-all `ANY`; methods are upper case. */
function httpMethod(method: Json): Json {
  return typeof method === 'string' ? method.toUpperCase() : method;
}

function stageId(apiId: string, stageName: Json): string {
  return typeof stageName === 'string' && /^[A-Za-z0-9]+$/.test(stageName) ? `${apiId}${stageName}Stage` : `${apiId}Stage`;
}

const definitionInvisible = (apiId: string, type: string, props: JsonMap, kind: 'apigateway:Method' | 'apigatewayv2:Route') =>
  props.DefinitionBody !== undefined || props.DefinitionUri !== undefined
    ? [{ key: apiId, type, what: `the OpenAPI definition (${props.DefinitionBody !== undefined ? 'DefinitionBody' : 'DefinitionUri'}) of ${apiId}, whose methods are not read`, kinds: [kind] }]
    : [];

export function expandRestApi(apiId: string, props: JsonMap, events: readonly ApiEvent[], base: Omit<CfnResource, 'Type' | 'Properties'>): Expansion {
  const auth = isMap(props.Auth) ? props.Auth : {};
  const resources: Record<string, CfnResource> = {};
  const api: JsonMap = present(props, ['Name', 'DisableExecuteApiEndpoint', 'BinaryMediaTypes', 'MinimumCompressionSize', 'Description']);
  if (props.EndpointConfiguration !== undefined) api.EndpointConfiguration = endpointTypes(props.EndpointConfiguration);
  // No Body: SAM rewrites DefinitionBody before deploying it (its Auth adds each operation's security,
  // its events add methods), so the body as written is not the API's; `invisible` below says so.
  resources[apiId] = { ...base, Type: 'AWS::ApiGateway::RestApi', Properties: api };
  resources[`${apiId}Deployment`] = { ...base, Type: 'AWS::ApiGateway::Deployment', Properties: { RestApiId: { Ref: apiId } } };
  resources[stageId(apiId, props.StageName)] = {
    ...base,
    Type: 'AWS::ApiGateway::Stage',
    Properties: {
      RestApiId: { Ref: apiId },
      DeploymentId: { Ref: `${apiId}Deployment` },
      StageName: props.StageName,
      ...present(props, ['MethodSettings', 'AccessLogSetting', 'TracingEnabled', 'CacheClusterEnabled', 'CacheClusterSize', 'Variables']),
    },
  };
  if (isMap(props.Domain)) {
    const d = props.Domain;
    // SAM's Domain defaults to a REGIONAL endpoint, whose certificate is RegionalCertificateArn.
    const endpoint = d.EndpointConfiguration ?? 'REGIONAL';
    resources[`${apiId}DomainName`] = {
      ...base,
      Type: 'AWS::ApiGateway::DomainName',
      Properties: {
        ...present(d, ['DomainName', 'SecurityPolicy', 'MutualTlsAuthentication']),
        EndpointConfiguration: { Types: [endpoint] },
        [endpoint === 'EDGE' ? 'CertificateArn' : 'RegionalCertificateArn']: d.CertificateArn,
      },
    };
  }
  for (const e of events) {
    const apiKey = e.auth.ApiKeyRequired ?? auth.ApiKeyRequired;
    resources[`${e.functionId}${e.eventId}Method`] = {
      Type: 'AWS::ApiGateway::Method',
      ...(e.condition !== undefined ? { Condition: e.condition } : {}),
      Properties: {
        RestApiId: { Ref: apiId },
        HttpMethod: httpMethod(e.method),
        ResourcePath: e.path,
        AuthorizationType: authorizationType(e.auth.Authorizer ?? auth.DefaultAuthorizer, auth, false),
        ...(apiKey !== undefined ? { ApiKeyRequired: apiKey } : {}),
      },
    };
  }
  return { resources, invisible: definitionInvisible(apiId, 'AWS::Serverless::Api', props, 'apigateway:Method') };
}

export function expandHttpApi(apiId: string, props: JsonMap, events: readonly ApiEvent[], base: Omit<CfnResource, 'Type' | 'Properties'>): Expansion {
  const auth = isMap(props.Auth) ? props.Auth : {};
  const resources: Record<string, CfnResource> = {};
  resources[apiId] = {
    ...base,
    Type: 'AWS::ApiGatewayV2::Api',
    Properties: { ProtocolType: 'HTTP', ...present(props, ['Name', 'DisableExecuteApiEndpoint', 'CorsConfiguration', 'Description']) },
  };
  const stageName = props.StageName ?? '$default';
  resources[stageName === '$default' ? `${apiId}ApiGatewayDefaultStage` : stageId(apiId, stageName)] = {
    ...base,
    Type: 'AWS::ApiGatewayV2::Stage',
    Properties: {
      ApiId: { Ref: apiId },
      StageName: stageName,
      AutoDeploy: true,
      ...present(props, ['AccessLogSettings', 'DefaultRouteSettings', 'RouteSettings', 'StageVariables']),
    },
  };
  if (isMap(props.Domain)) {
    const d = props.Domain;
    resources[`${apiId}DomainName`] = {
      ...base,
      Type: 'AWS::ApiGatewayV2::DomainName',
      Properties: {
        ...present(d, ['DomainName', 'MutualTlsAuthentication']),
        DomainNameConfigurations: [{ CertificateArn: d.CertificateArn, EndpointType: d.EndpointConfiguration ?? 'REGIONAL', ...present(d, ['SecurityPolicy']) }],
      },
    };
  }
  for (const e of events) {
    // An HttpApi event without Path and Method is the API's `$default` route (push.py HttpApi).
    const method = httpMethod(e.method);
    const routeKey =
      e.path === undefined && e.method === undefined ? '$default' : typeof method === 'string' && typeof e.path === 'string' ? `${method} ${e.path}` : { 'Fn::Join': [' ', [method, e.path]] };
    resources[`${e.functionId}${e.eventId}Route`] = {
      Type: 'AWS::ApiGatewayV2::Route',
      ...(e.condition !== undefined ? { Condition: e.condition } : {}),
      Properties: { ApiId: { Ref: apiId }, RouteKey: routeKey, AuthorizationType: authorizationType(e.auth.Authorizer ?? auth.DefaultAuthorizer, auth, true) },
    };
  }
  return { resources, invisible: definitionInvisible(apiId, 'AWS::Serverless::HttpApi', props, 'apigatewayv2:Route') };
}
