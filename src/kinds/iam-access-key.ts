/** IAM access keys (SEC4): a long-lived credential whatever its props. */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface AccessKeyProps {
  user?: string;
  /** `Active` or `Inactive`; IAM default Active. */
  status?: string;
  pgpKey?: string;
}

const ACCESS_KEY_NAMES = { UserName: 'user' };

const accessKey: CfnMapping = ({ props }) => [{ props: camelCased(props, ACCESS_KEY_NAMES) }];

export const IAM_ACCESS_KEY = defineKind<AccessKeyProps>()({
  kind: 'iam:AccessKey',
  pulumi: ['aws:iam/accessKey:AccessKey'],
  cfn: { 'AWS::IAM::AccessKey': accessKey },
  pathNames: ACCESS_KEY_NAMES,
});
