/**
 * A console password for an IAM user (IAM2, SEC4): Pulumi's UserLoginProfile, pointing at the user by
 * name; CloudFormation writes it inline on the user (`LoginProfile`), which ./iam-user.ts turns into a
 * side fact of this kind (without its `Password`).
 */
import { defineKind } from './kind-module';

export interface UserLoginProfileProps {
  /** The user's name (Pulumi), or a `Ref` to the user (a template's side fact). */
  user?: string;
  passwordResetRequired?: boolean;
  passwordLength?: number;
  pgpKey?: string;
}

export const IAM_USER_LOGIN_PROFILE = defineKind<UserLoginProfileProps>()({
  kind: 'iam:UserLoginProfile',
  pulumi: ['aws:iam/userLoginProfile:UserLoginProfile'],
  cfn: {},
  inline: { type: 'AWS::IAM::User', property: 'LoginProfile' },
});
