/** API Gateway HTTP/WebSocket routes (AUTH1). */
import { keyedList, renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface RouteProps {
  apiId?: string;
  /** `METHOD /path`, `$default`, or a WebSocket route key (`$connect`, `$disconnect`, custom). */
  routeKey?: string;
  /** Absent: `NONE`, the API default. */
  authorizationType?: string;
  authorizerId?: string;
  target?: string;
  requestParameters?: { requestParameterKey?: string; required?: boolean }[];
}

/** `RequestParameters` is a map of parameter name to `{Required}` in CloudFormation, a list in Pulumi. */
const v2Route: CfnMapping = ({ props }) => {
  const { RequestParameters, ...rest } = props;
  const out = renamed(rest, {}, ['RequestModels']);
  if (RequestParameters !== undefined) out.requestParameters = keyedList(RequestParameters, 'requestParameterKey', (p) => ({ required: p.Required }));
  return [{ props: out }];
};

export const APIGATEWAYV2_ROUTE = defineKind<RouteProps>()({
  kind: 'apigatewayv2:Route',
  pulumi: ['aws:apigatewayv2/route:Route'],
  cfn: { 'AWS::ApiGatewayV2::Route': v2Route },
  // A route's own CloudFormation name, as a function URL's `AuthType` is renamed to the same normalized name.
  pathNames: { AuthorizationType: 'authorizationType' },
});
