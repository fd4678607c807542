/** SSM parameters (SEC4). */
import { defaultMapping } from '../cfn/mappings/common';
import { defineKind } from './kind-module';

export interface ParameterProps {
  /** Absent: Pulumi names the parameter after the resource. */
  name?: string;
  /** `String`, `StringList` or `SecureString` (encrypted with KMS). */
  type?: string;
  value?: string;
  insecureValue?: string;
  keyId?: string;
}

export const SSM_PARAMETER = defineKind<ParameterProps>()({
  kind: 'ssm:Parameter',
  pulumi: ['aws:ssm/parameter:Parameter'],
  /**
   * Its names camelCase into Pulumi's (`Type` -> `type`, `Value` -> `value`), and CloudFormation creates
   * only `String` and `StringList` parameters ("Parameters of type SecureString are not supported by AWS
   * CloudFormation", aws-resource-ssm-parameter.html), so every template parameter is judged as a plain one.
   */
  cfn: { 'AWS::SSM::Parameter': defaultMapping },
});
