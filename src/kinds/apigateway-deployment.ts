/**
 * API Gateway REST API deployments. A deployment with StageName creates its stage inline in
 * CloudFormation: that stage is a side fact of kind apigateway:Stage (./apigateway-stage.ts).
 */
import { PropValue, Props } from '../core/props';
import { isUnknown } from '../core/values';
import { isProps } from '../cfn/mappings/common';
import { omit, renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { STAGE_PATH_NAMES, restStage } from './apigateway-stage';
import { defineKind } from './kind-module';

export interface DeploymentProps {
  restApi?: string;
  description?: string;
}

/** StageDescription settings that API Gateway applies to every method of the stage (method path `*` + `/*`). */
const STAGE_WIDE_METHOD_SETTINGS = ['CacheDataEncrypted', 'CacheTtlInSeconds', 'CachingEnabled', 'DataTraceEnabled', 'LoggingLevel', 'MetricsEnabled', 'ThrottlingBurstLimit', 'ThrottlingRateLimit'];

/**
 * An AWS::ApiGateway::Stage's properties from a deployment's `StageDescription`. Its stage-wide method
 * settings (API Gateway applies them to every method, `*` + `/*`) stay apart as `stageDescription`, so
 * findings name them where the template writes them (`StageDescription.DataTraceEnabled`), and its own
 * `MethodSettings` keep the indices the template gives them.
 */
function inlineStage(description: PropValue | undefined): Props {
  if (isUnknown(description)) return { StageDescription: description, MethodSettings: description, AccessLogSetting: description };
  const known = isProps(description) ? description : {};
  const wide = Object.fromEntries(Object.entries(known).filter(([k]) => STAGE_WIDE_METHOD_SETTINGS.includes(k)));
  return { ...omit(known, STAGE_WIDE_METHOD_SETTINGS), ...(Object.keys(wide).length === 0 ? {} : { StageDescription: wide }) };
}

/**
 * A REST deployment. With `StageName` it creates that stage itself ("The name of the Stage resource for
 * the Deployment resource to create"), configured by `StageDescription` ("To specify a stage description,
 * you must also provide a stage name"; AWS::ApiGateway::Deployment). Pulumi (@pulumi/aws v7) has no inline
 * stage: a deployment is published by an `aws.apigateway.Stage`. So the inline stage becomes the side fact
 * `<LogicalId>#stage` of kind apigateway:Stage, mapped as an AWS::ApiGateway::Stage with the same settings,
 * and every check that reads stages (access logs, data trace) judges it. A description that cannot be
 * resolved makes the stage's settings unknown, never absent.
 */
const deployment: CfnMapping = (r) => {
  const { StageName, StageDescription, RestApiId } = r.props;
  const own = { props: renamed(omit(r.props, ['StageName', 'StageDescription']), { RestApiId: 'restApi' }) };
  if (StageName === undefined && StageDescription === undefined) return [own];
  const base: Props = { ...(RestApiId === undefined ? {} : { RestApiId }), ...(StageName === undefined ? {} : { StageName }) };
  const [stage] = restStage({ ...r, props: { ...inlineStage(StageDescription), ...base } });
  return [own, { kind: 'apigateway:Stage', suffix: 'stage', props: stage.props }];
};

export const APIGATEWAY_DEPLOYMENT = defineKind<DeploymentProps>()({
  kind: 'apigateway:Deployment',
  pulumi: ['aws:apigateway/deployment:Deployment'],
  cfn: { 'AWS::ApiGateway::Deployment': deployment },
  // The inline stage's settings sit in StageDescription, under the names an AWS::ApiGateway::Stage gives them
  // (its DeploymentId is the deployment itself).
  pathNames: Object.fromEntries(Object.entries(STAGE_PATH_NAMES).filter(([key]) => key !== 'DeploymentId')),
});
