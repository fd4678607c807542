/** Lambda function URLs (AUTH1). */
import { renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface FunctionUrlProps {
  functionName?: string;
  qualifier?: string;
  /** `NONE` (public) or `AWS_IAM` (CloudFormation `AuthType`). */
  authorizationType?: string;
  invokeMode?: string;
}

const FUNCTION_URL_RENAMES = { TargetFunctionArn: 'functionName', AuthType: 'authorizationType' };

const functionUrl: CfnMapping = ({ props }) => [{ props: renamed(props, FUNCTION_URL_RENAMES) }];

export const LAMBDA_FUNCTION_URL = defineKind<FunctionUrlProps>()({
  kind: 'lambda:FunctionUrl',
  pulumi: ['aws:lambda/functionUrl:FunctionUrl'],
  cfn: { 'AWS::Lambda::Url': functionUrl },
  pathNames: FUNCTION_URL_RENAMES,
});
