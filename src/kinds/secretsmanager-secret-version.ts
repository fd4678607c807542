/**
 * A secret's value (SEC4). Pulumi writes it as a SecretVersion resource; CloudFormation inline on the
 * secret (`SecretString`, or `GenerateSecretString` for a value Secrets Manager generates), which
 * ./secretsmanager-secret.ts turns into a side fact of this kind.
 */
import { defineKind } from './kind-module';

export interface SecretVersionProps {
  secretId?: string;
  secretString?: string;
  /** Write-only: Pulumi never stores it in the state, but a literal is still written in the code. */
  secretStringWo?: string;
  secretBinary?: string;
}

export const SECRETSMANAGER_SECRET_VERSION = defineKind<SecretVersionProps>()({
  kind: 'secretsmanager:SecretVersion',
  pulumi: ['aws:secretsmanager/secretVersion:SecretVersion'],
  cfn: {},
  inline: { type: 'AWS::SecretsManager::Secret', property: 'SecretString' },
});
