/** API Gateway HTTP/WebSocket stages (LOG2 access logs, LOG3 data trace). */
import { keyedList, renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

/** Route settings; only WebSocket APIs support `dataTraceEnabled` (absent: off). */
export interface RouteSettings {
  routeKey?: string;
  dataTraceEnabled?: boolean;
  loggingLevel?: string;
  detailedMetricsEnabled?: boolean;
  throttlingBurstLimit?: number;
  throttlingRateLimit?: number;
}

export interface V2StageProps {
  apiId?: string;
  name?: string;
  /** Absent: API Gateway writes no access logs. */
  accessLogSettings?: { destinationArn?: string; format?: string };
  defaultRouteSettings?: RouteSettings;
  routeSettings?: RouteSettings[];
  stageVariables?: Readonly<Record<string, string>>;
  autoDeploy?: boolean;
}

/** `RouteSettings` is a map of route key to settings in CloudFormation, a list with `routeKey` in Pulumi. */
const v2Stage: CfnMapping = ({ props }) => {
  const { RouteSettings, ...rest } = props;
  const out = renamed(rest, { StageName: 'name' }, ['StageVariables']);
  if (RouteSettings !== undefined) out.routeSettings = keyedList(RouteSettings, 'routeKey', (settings) => renamed(settings));
  return [{ props: out }];
};

export const APIGATEWAYV2_STAGE = defineKind<V2StageProps>()({
  kind: 'apigatewayv2:Stage',
  pulumi: ['aws:apigatewayv2/stage:Stage'],
  cfn: { 'AWS::ApiGatewayV2::Stage': v2Stage },
  pathNames: { StageName: 'name' },
});
