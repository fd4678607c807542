/** API Gateway REST API method settings (LOG3). CloudFormation writes them inline on the stage. */
import { defineKind } from './kind-module';
import { StageMethodSetting } from './apigateway-stage';

export interface MethodSettingsProps {
  restApi?: string;
  stageName?: string;
  /** `*` + `/*` for every method of the stage. */
  methodPath?: string;
  settings?: StageMethodSetting;
}

export const APIGATEWAY_METHOD_SETTINGS = defineKind<MethodSettingsProps>()({
  kind: 'apigateway:MethodSettings',
  pulumi: ['aws:apigateway/methodSettings:MethodSettings'],
  cfn: {},
  inline: { type: 'AWS::ApiGateway::Stage', property: 'MethodSettings' },
});
