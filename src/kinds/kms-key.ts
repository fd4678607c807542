/** KMS keys (SEC1, SEC3, DATA3). */
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { PolicyDocumentValue } from './shared/secrets-iam';

export interface KeyProps {
  keyId?: string;
  description?: string;
  /** KMS default SYMMETRIC_DEFAULT; CloudFormation's `KeySpec`. */
  customerMasterKeySpec?: string;
  /** KMS's API name for `customerMasterKeySpec`, read when a program writes it so. */
  keySpec?: string;
  /** KMS default ENCRYPT_DECRYPT. */
  keyUsage?: string;
  customKeyStoreId?: string;
  /** KMS default false: "By default, automation key rotation is not enabled". */
  enableKeyRotation?: boolean;
  /** KMS default 365 when rotation is on. */
  rotationPeriodInDays?: number;
  /** Absent: KMS's default key policy (the account only). */
  policy?: PolicyDocumentValue;
  isEnabled?: boolean;
  deletionWindowInDays?: number;
  multiRegion?: boolean;
}

const KEY_NAMES = {
  KeyPolicy: 'policy',
  KeySpec: 'customerMasterKeySpec',
  Enabled: 'isEnabled',
  PendingWindowInDays: 'deletionWindowInDays',
};

/**
 * KMS keys under Pulumi's names. The CloudFormation defaults are KMS's and Pulumi's: rotation off
 * ("By default, automation key rotation is not enabled"), `KeySpec` SYMMETRIC_DEFAULT, `KeyUsage`
 * ENCRYPT_DECRYPT (aws-cloudformation-resource-providers-kms, key/aws-kms-key.json), so absent stays absent.
 */
const key: CfnMapping = ({ props }) => [{ props: camelCased(props, KEY_NAMES) }];

export const KMS_KEY = defineKind<KeyProps>()({
  kind: 'kms:Key',
  pulumi: ['aws:kms/key:Key'],
  cfn: { 'AWS::KMS::Key': key },
  pathNames: KEY_NAMES,
});
