/** A secret's resource policy (SEC5): Pulumi's SecretPolicy, CloudFormation's ResourcePolicy. */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { PolicyDocumentValue } from './shared/secrets-iam';

export interface SecretPolicyProps {
  secretArn?: string;
  policy?: PolicyDocumentValue;
  /** No default assumed: the CloudFormation page and the PutResourcePolicy API reference disagree on it. */
  blockPublicPolicy?: boolean;
}

const POLICY_NAMES = { SecretId: 'secretArn', ResourcePolicy: 'policy' };

/**
 * The resource policy as Pulumi's SecretPolicy. `BlockPublicPolicy` is kept only when written: the
 * CloudFormation page says Secrets Manager blocks broad policies by default while the
 * PutResourcePolicy API reference says public policies are not blocked by default, so no default is assumed.
 */
const resourcePolicy: CfnMapping = ({ props }) => [{ props: camelCased(props, POLICY_NAMES) }];

export const SECRETSMANAGER_SECRET_POLICY = defineKind<SecretPolicyProps>()({
  kind: 'secretsmanager:SecretPolicy',
  pulumi: ['aws:secretsmanager/secretPolicy:SecretPolicy'],
  cfn: { 'AWS::SecretsManager::ResourcePolicy': resourcePolicy },
  pathNames: POLICY_NAMES,
});
