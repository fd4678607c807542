/** A secret's rotation schedule (SEC2): Pulumi's SecretRotation, CloudFormation's RotationSchedule. */
import { PropValue } from '../core/props';
import { Unknown } from '../core/values';
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface RotationRulesProps {
  automaticallyAfterDays?: number;
  /** `rate(...)` or `cron(...)`, Secrets Manager's own syntax (../rules/sec/rotation-schedule.ts). */
  scheduleExpression?: string;
  duration?: string;
}

export interface SecretRotationProps {
  secretId?: string;
  /** Pulumi's read-only output; `false` on a resource read back means rotation is off. */
  rotationEnabled?: boolean;
  rotationLambdaArn?: string;
  rotateImmediately?: boolean;
  rotationRules?: RotationRulesProps;
}

const ROTATION_NAMES = { RotationLambdaARN: 'rotationLambdaArn', RotateImmediatelyOnUpdate: 'rotateImmediately' };

/**
 * A rotation schedule is Pulumi's SecretRotation. A `HostedRotationLambda` is a rotation function the
 * AWS::SecretsManager transform creates in the same stack at deploy time: like a Pulumi
 * `rotationLambdaArn` taken from a function of the program, present but not known during the check.
 */
const rotationSchedule: CfnMapping = ({ props }) => {
  const out: Record<string, PropValue | undefined> = { ...camelCased(props, ROTATION_NAMES) };
  if (out.rotationLambdaArn === undefined && props.HostedRotationLambda !== undefined) {
    out.rotationLambdaArn = new Unknown('rotationLambdaArn (HostedRotationLambda, created at deploy time)');
  }
  return [{ props: out }];
};

export const SECRETSMANAGER_SECRET_ROTATION = defineKind<SecretRotationProps>()({
  kind: 'secretsmanager:SecretRotation',
  pulumi: ['aws:secretsmanager/secretRotation:SecretRotation'],
  cfn: { 'AWS::SecretsManager::RotationSchedule': rotationSchedule },
  pathNames: ROTATION_NAMES,
});
