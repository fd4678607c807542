/** A key policy set apart from its key (SEC3): Pulumi only; CloudFormation writes `KeyPolicy` on the key. */
import { defineKind } from './kind-module';
import { PolicyDocumentValue } from './shared/secrets-iam';

export interface KeyPolicyProps {
  keyId?: string;
  /** Replaces the key's policy: judged as the key's policy would be. */
  policy?: PolicyDocumentValue;
  bypassPolicyLockoutSafetyCheck?: boolean;
}

export const KMS_KEY_POLICY = defineKind<KeyPolicyProps>()({
  kind: 'kms:KeyPolicy',
  pulumi: ['aws:kms/keyPolicy:KeyPolicy'],
  cfn: {},
  inline: { type: 'AWS::KMS::Key', property: 'KeyPolicy' },
});
