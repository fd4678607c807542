/** The kind modules of this family (see ../kind-module.ts); listed here so ../index.ts finds them. */
import { APIGATEWAY_DEPLOYMENT } from '../apigateway-deployment';
import { APIGATEWAY_DOMAIN_NAME } from '../apigateway-domain-name';
import { APIGATEWAY_METHOD } from '../apigateway-method';
import { APIGATEWAY_METHOD_SETTINGS } from '../apigateway-method-settings';
import { APIGATEWAY_REST_API } from '../apigateway-rest-api';
import { APIGATEWAY_STAGE } from '../apigateway-stage';
import { APIGATEWAYV2_API } from '../apigatewayv2-api';
import { APIGATEWAYV2_DOMAIN_NAME } from '../apigatewayv2-domain-name';
import { APIGATEWAYV2_ROUTE } from '../apigatewayv2-route';
import { APIGATEWAYV2_STAGE } from '../apigatewayv2-stage';
import { ECS_TASK_DEFINITION } from '../ecs-task-definition';
import { LAMBDA_FUNCTION } from '../lambda-function';
import { LAMBDA_FUNCTION_URL } from '../lambda-function-url';

export const APIGATEWAY_KINDS = [
  APIGATEWAY_REST_API,
  APIGATEWAY_DOMAIN_NAME,
  APIGATEWAY_METHOD,
  APIGATEWAY_DEPLOYMENT,
  APIGATEWAY_STAGE,
  APIGATEWAY_METHOD_SETTINGS,
  APIGATEWAYV2_API,
  APIGATEWAYV2_DOMAIN_NAME,
  APIGATEWAYV2_ROUTE,
  APIGATEWAYV2_STAGE,
  LAMBDA_FUNCTION,
  LAMBDA_FUNCTION_URL,
  ECS_TASK_DEFINITION,
] as const;
