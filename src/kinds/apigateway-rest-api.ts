/**
 * API Gateway REST APIs (TLS6 for the execute-api endpoint, AUTH1 for an OpenAPI `body`). The OpenAPI
 * body and the import parameters keep their own keys.
 */
import { renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { EndpointConfiguration, OpenApiBody, withEndpointTypes } from './shared/apigateway';

export interface RestApiProps {
  name?: string;
  /** Absent: the execute-api endpoint stays enabled. */
  disableExecuteApiEndpoint?: boolean;
  /** The execute-api endpoint's TLS policy; absent: TLS_1_0 for edge-optimized and Regional APIs. */
  securityPolicy?: string;
  endpointConfiguration?: EndpointConfiguration;
  body?: OpenApiBody;
  /** CloudFormation only: an OpenAPI definition in S3, which no check reads. */
  bodyS3Location?: { bucket?: string; key?: string; version?: string; eTag?: string };
  apiKeySource?: string;
  putRestApiMode?: string;
}

const REST_API_RENAMES = { ApiKeySourceType: 'apiKeySource', Mode: 'putRestApiMode' };

const restApi: CfnMapping = ({ props }) => [{ props: withEndpointTypes(renamed(props, REST_API_RENAMES, ['Body', 'Parameters'])) }];

export const APIGATEWAY_REST_API = defineKind<RestApiProps>()({
  kind: 'apigateway:RestApi',
  pulumi: ['aws:apigateway/restApi:RestApi'],
  cfn: { 'AWS::ApiGateway::RestApi': restApi },
  pathNames: REST_API_RENAMES,
});
