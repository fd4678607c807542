/**
 * A template's Parameters entry (SEC4): no resource type, no Pulumi resource. The CloudFormation adapter
 * makes one fact per declaration (../cfn/parameters.ts), typed AWS::CloudFormation::Parameter in reports.
 */
import { defineKind } from './kind-module';

export interface TemplateParameterProps {
  name?: string;
  type?: string;
  /** CloudFormation's Boolean as written (`true`/`false` or their strings); anything else is kept for the check to name. */
  noEcho?: boolean | string;
  /** The text the template writes, never the value the deployer passes. */
  default?: string;
}

export const CLOUDFORMATION_PARAMETER = defineKind<TemplateParameterProps>()({
  kind: 'cloudformation:Parameter',
  pulumi: [],
  cfn: {},
});
