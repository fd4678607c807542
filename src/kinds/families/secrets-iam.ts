/** The kind modules of this family (see ../kind-module.ts); listed here so ../index.ts finds them. */
import { CLOUDFORMATION_PARAMETER } from '../cloudformation-parameter';
import { IAM_ACCESS_KEY } from '../iam-access-key';
import { IAM_GROUP } from '../iam-group';
import { IAM_INLINE_POLICY } from '../iam-inline-policy';
import { IAM_POLICY } from '../iam-policy';
import { IAM_POLICY_ATTACHMENT } from '../iam-policy-attachment';
import { IAM_ROLE } from '../iam-role';
import { IAM_USER } from '../iam-user';
import { IAM_USER_LOGIN_PROFILE } from '../iam-user-login-profile';
import { KMS_ALIAS } from '../kms-alias';
import { KMS_KEY } from '../kms-key';
import { KMS_KEY_POLICY } from '../kms-key-policy';
import { SECRETSMANAGER_SECRET } from '../secretsmanager-secret';
import { SECRETSMANAGER_SECRET_POLICY } from '../secretsmanager-secret-policy';
import { SECRETSMANAGER_SECRET_ROTATION } from '../secretsmanager-secret-rotation';
import { SECRETSMANAGER_SECRET_VERSION } from '../secretsmanager-secret-version';
import { SSM_PARAMETER } from '../ssm-parameter';

export const SECRETS_IAM_KINDS = [
  SECRETSMANAGER_SECRET,
  SECRETSMANAGER_SECRET_VERSION,
  SECRETSMANAGER_SECRET_ROTATION,
  SECRETSMANAGER_SECRET_POLICY,
  KMS_KEY,
  KMS_KEY_POLICY,
  KMS_ALIAS,
  SSM_PARAMETER,
  CLOUDFORMATION_PARAMETER,
  IAM_ACCESS_KEY,
  IAM_USER_LOGIN_PROFILE,
  IAM_USER,
  IAM_GROUP,
  IAM_ROLE,
  IAM_POLICY,
  IAM_INLINE_POLICY,
  IAM_POLICY_ATTACHMENT,
] as const;
