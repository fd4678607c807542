/**
 * API Gateway REST API stages (LOG2 access logs, LOG3 data trace). Also the stage a CloudFormation
 * deployment creates inline (./apigateway-deployment.ts), mapped by the same mapping.
 */
import { isProps } from '../cfn/mappings/common';
import { renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

/** One method's settings (`MethodSettings[]` in CloudFormation; an `aws.apigateway.MethodSettings` in Pulumi). */
export interface StageMethodSetting {
  httpMethod?: string;
  resourcePath?: string;
  /** Absent: off (the API Gateway default). */
  dataTraceEnabled?: boolean;
  loggingLevel?: string;
  metricsEnabled?: boolean;
}

export interface AccessLogSettings {
  /** Absent: API Gateway writes no access logs. */
  destinationArn?: string;
  format?: string;
}

export interface StageProps {
  restApi?: string;
  deployment?: string;
  stageName?: string;
  accessLogSettings?: AccessLogSettings;
  xrayTracingEnabled?: boolean;
  /** CloudFormation only: the stage's `MethodSettings`, which Pulumi writes as `aws.apigateway.MethodSettings`. */
  methodSettings?: StageMethodSetting[];
  /**
   * Only on the stage a CloudFormation deployment creates: the settings its `StageDescription` applies
   * to every method (`*` + `/*`).
   */
  stageDescription?: StageMethodSetting;
  variables?: Readonly<Record<string, string>>;
  canarySettings?: { deploymentId?: string; percentTraffic?: number; useStageCache?: boolean };
}

const STAGE_RENAMES = { RestApiId: 'restApi', DeploymentId: 'deployment', AccessLogSetting: 'accessLogSettings', TracingEnabled: 'xrayTracingEnabled' };

/** The stage's template keys whose normalized names are not their camelCase (also those of a deployment's StageDescription). */
export const STAGE_PATH_NAMES = { ...STAGE_RENAMES, CanarySetting: 'canarySettings' };

/**
 * A REST stage. Its `MethodSettings` stay on the stage as `methodSettings` (Pulumi writes each as an
 * `aws.apigateway.MethodSettings` resource; LOG3 reads both).
 */
export const restStage: CfnMapping = ({ props }) => {
  const { CanarySetting, ...rest } = props;
  const out = renamed(rest, STAGE_RENAMES, ['Variables']);
  if (CanarySetting !== undefined) out.canarySettings = isProps(CanarySetting) ? renamed(CanarySetting, {}, ['StageVariableOverrides']) : CanarySetting;
  return [{ props: out }];
};

export const APIGATEWAY_STAGE = defineKind<StageProps>()({
  kind: 'apigateway:Stage',
  pulumi: ['aws:apigateway/stage:Stage'],
  cfn: { 'AWS::ApiGateway::Stage': restStage },
  pathNames: STAGE_PATH_NAMES,
});
