/** AWS Config rules (LOG4: any rule counts as monitoring). */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface ConfigRuleProps {
  name?: string;
}

const CONFIG_RULE_RENAMES = { ConfigRuleName: 'name' };

/**
 * A Config rule under Pulumi's names. `InputParameters` is a JSON document of the rule's own parameters
 * (`MaxPasswordAge`...): kept as written, not camelCased.
 */
const configRule: CfnMapping = ({ props }) => {
  const { InputParameters, ...rest } = props;
  const out = camelCased(rest, CONFIG_RULE_RENAMES);
  return [{ props: InputParameters === undefined ? out : { ...out, inputParameters: InputParameters } }];
};

export const CFG_RULE = defineKind<ConfigRuleProps>()({
  kind: 'cfg:Rule',
  pulumi: ['aws:cfg/rule:Rule'],
  cfn: { 'AWS::Config::ConfigRule': configRule },
  pathNames: CONFIG_RULE_RENAMES,
});
