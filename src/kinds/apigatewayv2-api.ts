/** API Gateway HTTP and WebSocket APIs (AUTH1: an OpenAPI `body`, quick create's `target`). */
import { renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { OpenApiBody } from './shared/apigateway';

export interface ApiProps {
  name?: string;
  /** `HTTP` or `WEBSOCKET`. */
  protocolType?: string;
  body?: OpenApiBody;
  /** CloudFormation only: an OpenAPI definition in S3, which no check reads. */
  bodyS3Location?: { bucket?: string; key?: string; version?: string; etag?: string };
  /** Quick create: the integration target of a catch-all route with no authorizer. */
  target?: string;
  /** Quick create's route; absent: `$default`. */
  routeKey?: string;
  disableExecuteApiEndpoint?: boolean;
}

// The OpenAPI body keeps its own keys (paths, security...), as the REST API's does.
const api: CfnMapping = ({ props }) => [{ props: renamed(props, {}, ['Body']) }];

export const APIGATEWAYV2_API = defineKind<ApiProps>()({
  kind: 'apigatewayv2:Api',
  pulumi: ['aws:apigatewayv2/api:Api'],
  cfn: { 'AWS::ApiGatewayV2::Api': api },
});
