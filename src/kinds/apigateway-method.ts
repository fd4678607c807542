/** API Gateway REST API methods (AUTH1). */
import { omit, renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface MethodProps {
  restApi?: string;
  resourceId?: string;
  httpMethod?: string;
  /** `NONE`, `CUSTOM`, `AWS_IAM` or `COGNITO_USER_POOLS` (CloudFormation `AuthorizationType`). */
  authorization?: string;
  authorizerId?: string;
  /** An API key identifies a client for usage plans; it is not authentication. */
  apiKeyRequired?: boolean;
}

const METHOD_RENAMES = { RestApiId: 'restApi', AuthorizationType: 'authorization' };

/** The integration and method responses are resources of their own in Pulumi, which no check reads. */
const method: CfnMapping = ({ props }) => [{ props: renamed(omit(props, ['Integration', 'MethodResponses']), METHOD_RENAMES, ['RequestParameters', 'RequestModels']) }];

export const APIGATEWAY_METHOD = defineKind<MethodProps>()({
  kind: 'apigateway:Method',
  pulumi: ['aws:apigateway/method:Method'],
  cfn: { 'AWS::ApiGateway::Method': method },
  pathNames: METHOD_RENAMES,
});
