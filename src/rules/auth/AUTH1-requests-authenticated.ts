import { Fact } from '../../core/facts';
import { bool, str } from '../../core/props';
import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';

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
 */

const FIX_REST = "set authorization to CUSTOM (a Lambda authorizer verifying the caller's token), COGNITO_USER_POOLS or AWS_IAM";
const FIX_V2 = 'set authorizationType to JWT, CUSTOM or AWS_IAM with an authorizerId';
const EXEMPT = 'or, if this endpoint must be anonymous, exempt it for AUTH1 with the reason';

function restMethod(fact: Fact): Verdict {
  const authorization = str(fact.props, 'authorization');
  if (isUnknown(authorization)) return unknown(authorization);
  if (authorization === undefined || authorization.toUpperCase() === 'NONE') {
    const httpMethod = str(fact.props, 'httpMethod');
    if (isUnknown(httpMethod)) return unknown(httpMethod);
    if (httpMethod?.toUpperCase() === 'OPTIONS') return notApplicable('OPTIONS (CORS preflight) is answered without authentication by design');
    const shown = authorization === undefined ? 'absent' : authorization;
    const apiKey = bool(fact.props, 'apiKeyRequired') === true ? ' (apiKeyRequired is set, but an API key is not authentication)' : '';
    return fail(`authorization is ${shown} on ${httpMethod ?? 'this method'}: anyone can call it${apiKey}; ${FIX_REST}, ${EXEMPT}`);
  }
  return pass(`authorization is ${authorization}`);
}

function route(fact: Fact): Verdict {
  const type = str(fact.props, 'authorizationType');
  if (isUnknown(type)) return unknown(type);
  if (type !== undefined && type.toUpperCase() !== 'NONE') return pass(`authorizationType is ${type}`);
  const routeKey = str(fact.props, 'routeKey');
  if (isUnknown(routeKey)) return unknown(routeKey);
  const key = (routeKey ?? '').trim();
  if (/^OPTIONS\s/i.test(key)) return notApplicable(`${key} (CORS preflight) is answered without authentication by design`);
  if (key !== '' && key !== '$default' && key !== '$connect' && !/\s/.test(key)) {
    return notApplicable(`route ${key} is a WebSocket route: WebSocket APIs authorize on $connect only`);
  }
  const shown = type === undefined ? 'absent (default NONE)' : type;
  return fail(`authorizationType is ${shown} on route ${key || '(no routeKey)'}: anyone can call it; ${FIX_V2}, ${EXEMPT}`);
}

function functionUrl(fact: Fact): Verdict {
  const type = str(fact.props, 'authorizationType');
  if (isUnknown(type)) return unknown(type);
  if (type?.toUpperCase() === 'AWS_IAM') return pass('authorizationType is AWS_IAM');
  const shown = type === undefined ? 'absent' : type;
  return fail(`authorizationType is ${shown}: the function URL is public; set authorizationType to AWS_IAM (callers sign with SigV4, e.g. through CloudFront origin access control), ${EXEMPT}`);
}

export const AUTH1: Rule = {
  id: 'AUTH1',
  resource: {
    kinds: ['apigateway:Method', 'apigatewayv2:Route', 'lambda:FunctionUrl'],
    check(fact) {
      if (fact.kind === 'apigateway:Method') return [restMethod(fact)];
      if (fact.kind === 'apigatewayv2:Route') return [route(fact)];
      return [functionUrl(fact)];
    },
  },
};
