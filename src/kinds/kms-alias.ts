/** KMS aliases (SEC1, DATA3): an alias names the key behind it by `targetKeyId`. */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface AliasProps {
  /** `alias/...`; `alias/aws/...` names an AWS managed key. */
  name?: string;
  targetKeyId?: string;
  /** Pulumi's output: the ARN of the key behind the alias. */
  targetKeyArn?: string;
}

const ALIAS_NAMES = { AliasName: 'name' };

const alias: CfnMapping = ({ props }) => [{ props: camelCased(props, ALIAS_NAMES) }];

export const KMS_ALIAS = defineKind<AliasProps>()({
  kind: 'kms:Alias',
  pulumi: ['aws:kms/alias:Alias'],
  cfn: { 'AWS::KMS::Alias': alias },
  pathNames: ALIAS_NAMES,
});
