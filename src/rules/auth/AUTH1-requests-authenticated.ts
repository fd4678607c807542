import { Fact } from '../../core/facts';
import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { APIGATEWAY_METHOD } from '../../kinds/apigateway-method';
import { APIGATEWAY_REST_API } from '../../kinds/apigateway-rest-api';
import { APIGATEWAYV2_API } from '../../kinds/apigatewayv2-api';
import { APIGATEWAYV2_ROUTE } from '../../kinds/apigatewayv2-route';
import { LAMBDA_FUNCTION_URL } from '../../kinds/lambda-function-url';
import { propsOf } from '../../kinds/typed-props';
import { readOpenApi } from './openapi';

/**
 * AUTH1 (advisory): API endpoints authenticate every request ("Each request must be authenticated and
 * authorized"). Reported, not blocked, because some endpoints must be anonymous (webhooks verified in
 * the handler, lifecycle callbacks signed by the host): those are exempted per resource with a reason.
 *
 * - REST API methods (`apigateway:Method`): `authorization` NONE fails, except `OPTIONS` (CORS
 *   preflight, which browsers send without credentials). `apiKeyRequired` does not count: API keys
 *   identify a client for usage plans, AWS says not to use them for authentication or authorization.
 * - HTTP / WebSocket API routes (`apigatewayv2:Route`): `authorizationType` absent means NONE (the API
 *   default) and fails, except `OPTIONS <path>` routes. WebSocket APIs authorize once, on `$connect`;
 *   their other routes (`$disconnect` and custom route keys, which have no `METHOD /path` form) cannot
 *   carry an authorizer, so they are not applicable. `$default` is judged (HTTP APIs can authorize it;
 *   a WebSocket `$default` reported here can be exempted).
 * - Lambda function URLs (`lambda:FunctionUrl`): `authorizationType` NONE fails, AWS_IAM passes.
 * - APIs defined by an OpenAPI `body` (REST APIs, HTTP APIs): each operation as API Gateway imports it
 *   (openapi.ts), OPTIONS excepted; HTTP APIs made by quick create (`target`): their catch-all route.
 */

const FIX_REST = "set authorization to CUSTOM (a Lambda authorizer verifying the caller's token), COGNITO_USER_POOLS or AWS_IAM";
const FIX_V2 = 'set authorizationType to JWT, CUSTOM or AWS_IAM with an authorizerId';
const EXEMPT = 'or, if this endpoint must be anonymous, exempt it for AUTH1 with the reason';

function restMethod(fact: Fact): Verdict {
  const props = propsOf(fact, APIGATEWAY_METHOD);
  const authorization = props.str('authorization');
  if (isUnknown(authorization)) return unknown(authorization);
  if (authorization === undefined || authorization.toUpperCase() === 'NONE') {
    const httpMethod = props.str('httpMethod');
    if (isUnknown(httpMethod)) return unknown(httpMethod);
    if (httpMethod?.toUpperCase() === 'OPTIONS') return notApplicable('OPTIONS (CORS preflight) is answered without authentication by design');
    const shown = authorization === undefined ? 'absent' : authorization;
    const apiKey = props.bool('apiKeyRequired') === true ? ' (apiKeyRequired is set, but an API key is not authentication)' : '';
    return fail(`authorization is ${shown} on ${httpMethod ?? 'this method'}: anyone can call it${apiKey}; ${FIX_REST}, ${EXEMPT}`);
  }
  return pass(`authorization is ${authorization}`);
}

function route(fact: Fact): Verdict {
  const props = propsOf(fact, APIGATEWAYV2_ROUTE);
  const type = props.str('authorizationType');
  if (isUnknown(type)) return unknown(type);
  if (type !== undefined && type.toUpperCase() !== 'NONE') return pass(`authorizationType is ${type}`);
  const routeKey = props.str('routeKey');
  if (isUnknown(routeKey)) return unknown(routeKey);
  return unauthorizedRoute(routeKey ?? '', type === undefined ? 'absent (default NONE)' : type);
}

/** A route without an authorizer: OPTIONS and WebSocket routes are not applicable, any other fails. */
function unauthorizedRoute(routeKey: string, shown: string, detail?: string): Verdict {
  const key = routeKey.trim();
  if (/^OPTIONS\s/i.test(key)) return notApplicable(`${key} (CORS preflight) is answered without authentication by design`, detail);
  if (key !== '' && key !== '$default' && key !== '$connect' && !/\s/.test(key)) {
    return notApplicable(`route ${key} is a WebSocket route: WebSocket APIs authorize on $connect only`, detail);
  }
  return fail(`authorizationType is ${shown} on route ${key || '(no routeKey)'}: anyone can call it; ${FIX_V2}, ${EXEMPT}`, detail);
}

const FIX_BODY = 'give it a security requirement naming a scheme with x-amazon-apigateway-authorizer (Lambda, Cognito or JWT authorizer) or x-amazon-apigateway-authtype awsSigv4 (IAM)';

/**
 * The operations an OpenAPI `body` defines (REST methods, HTTP API routes), one verdict each; a
 * definition in S3 (`bodyS3Location`, CloudFormation) is not read, so its operations are unknown.
 */
function definedOperations(fact: Fact): Verdict[] {
  // A REST API's and an HTTP API's body and bodyS3Location are read alike.
  const props = fact.kind === 'apigatewayv2:Api' ? propsOf(fact, APIGATEWAYV2_API) : propsOf(fact, APIGATEWAY_REST_API);
  const body = props.get('body');
  if (body === undefined) {
    if (!props.has('bodyS3Location')) return [];
    return [{ ...unknown(new Unknown('bodyS3Location')), message: 'the OpenAPI definition in bodyS3Location is not read, so the authorization of its operations cannot be checked', detail: 'body' }];
  }
  const read = readOpenApi(body, 'body');
  if (read.status === 'unknown') return [unknown(read.unknown, 'body')];
  if (read.status === 'error') return [{ ...unknown(new Unknown('body')), message: `${read.message}, so the authorization of its operations cannot be checked`, detail: 'body' }];
  if (read.operations.length === 0) return [notApplicable('body defines no operations', 'body')];
  return read.operations.map((op) => {
    if (op.method === 'OPTIONS') return notApplicable(`${op.label} (CORS preflight) is answered without authentication by design`, op.label);
    if (isUnknown(op.scheme)) return unknown(op.scheme, op.label);
    if (op.scheme !== undefined) return pass(`${op.label} requires ${op.scheme}`, op.label);
    return fail(`${op.label} in body has no authorization (${op.why}): anyone can call it; ${FIX_BODY}, ${EXEMPT}`, op.label);
  });
}

/**
 * An HTTP API. Quick create (`target`) makes "a default catch-all route" (`routeKey`, default
 * `$default`) with no authorizer, which the API cannot be given one for (AWS::ApiGatewayV2::Api Target,
 * RouteKey): it fails like a route without authorization. WebSocket APIs have neither `target` nor `body`.
 */
function httpApi(fact: Fact): Verdict[] {
  const out: Verdict[] = [];
  const props = propsOf(fact, APIGATEWAYV2_API);
  if (props.has('target')) {
    const routeKey = props.str('routeKey');
    if (isUnknown(routeKey)) out.push(unknown(routeKey, 'target'));
    else {
      const key = routeKey ?? '$default';
      const verdict = unauthorizedRoute(key, 'NONE', 'target');
      const message = `target quick-creates route ${key} with no authorization (quick create cannot attach an authorizer): anyone can call it; create the API without target and declare its routes (aws.apigatewayv2.Route / AWS::ApiGatewayV2::Route) with authorizationType JWT, CUSTOM or AWS_IAM, ${EXEMPT}`;
      out.push(verdict.status === 'fail' ? { ...verdict, message } : verdict);
    }
  }
  return [...out, ...definedOperations(fact)];
}

function functionUrl(fact: Fact): Verdict {
  const type = propsOf(fact, LAMBDA_FUNCTION_URL).str('authorizationType');
  if (isUnknown(type)) return unknown(type);
  if (type?.toUpperCase() === 'AWS_IAM') return pass('authorizationType is AWS_IAM');
  const shown = type === undefined ? 'absent' : type;
  return fail(`authorizationType is ${shown}: the function URL is public; set authorizationType to AWS_IAM (callers sign with SigV4, e.g. through CloudFront origin access control), ${EXEMPT}`);
}

export const AUTH1: Rule = {
  id: 'AUTH1',
  resource: {
    kinds: ['apigateway:Method', 'apigatewayv2:Route', 'lambda:FunctionUrl', 'apigateway:RestApi', 'apigatewayv2:Api'],
    check(fact) {
      if (fact.kind === 'apigateway:Method') return [restMethod(fact)];
      if (fact.kind === 'apigatewayv2:Route') return [route(fact)];
      if (fact.kind === 'apigateway:RestApi') return definedOperations(fact);
      if (fact.kind === 'apigatewayv2:Api') return httpApi(fact);
      return [functionUrl(fact)];
    },
  },
};
