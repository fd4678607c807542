/**
 * Secrets Manager, KMS, SSM parameters and IAM access keys: CloudFormation properties into the Pulumi
 * input shapes SEC1-SEC5 read.
 *
 * - AWS::SSM::Parameter needs no entry: its names camelCase into Pulumi's (`Type` -> `type`, `Value` ->
 *   `value`), and CloudFormation creates only `String` and `StringList` parameters ("Parameters of type
 *   SecureString are not supported by AWS CloudFormation", aws-resource-ssm-parameter.html), so every
 *   template parameter is judged as a plain one.
 * - A secret's value is inline in CloudFormation (`SecretString`, `GenerateSecretString`) and a
 *   SecretVersion resource in Pulumi: it becomes a `secretsmanager:SecretVersion` side fact.
 */
import { PropValue } from '../../core/props';
import { Ref, Unknown } from '../../core/values';
import { camelCased } from './common';
import { CfnMapping, MappedFact } from './types';

/**
 * The secret itself, and its value as a SecretVersion. `KmsKeyId` absent means Secrets Manager's
 * `aws/secretsmanager` key ("If you don't specify this value, then Secrets Manager uses the key
 * aws/secretsmanager", aws-resource-secretsmanager-secret.html#cfn-secretsmanager-secret-kmskeyid),
 * as Pulumi's absent `kmsKeyId`: nothing to fill in. A generated value (`GenerateSecretString`) is
 * not known until Secrets Manager creates it, like a Pulumi `random.RandomPassword` output during preview.
 * Without either property the secret is created empty, as a Pulumi Secret without a SecretVersion.
 * A `SecretString` with dynamic references (`{"username":"app","password":"{{resolve:...}}"}`) is kept
 * as written: SEC4 reads which of its parts are references and which are written in the template.
 */
const secret: CfnMapping = ({ logicalId, props }) => {
  const { SecretString, GenerateSecretString, ...rest } = props;
  const facts: MappedFact[] = [{ props: camelCased(rest, { ReplicaRegions: 'replicas' }) }];
  const value = SecretString !== undefined ? SecretString : GenerateSecretString !== undefined ? new Unknown('GenerateSecretString') : undefined;
  if (value !== undefined) {
    facts.push({ kind: 'secretsmanager:SecretVersion', suffix: 'version', props: { secretId: new Ref(logicalId), secretString: value } });
  }
  return facts;
};

/**
 * A rotation schedule is Pulumi's SecretRotation. A `HostedRotationLambda` is a rotation function the
 * AWS::SecretsManager transform creates in the same stack at deploy time: like a Pulumi
 * `rotationLambdaArn` taken from a function of the program, present but not known during the check.
 */
const rotationSchedule: CfnMapping = ({ props }) => {
  const out: Record<string, PropValue | undefined> = {
    ...camelCased(props, { RotationLambdaARN: 'rotationLambdaArn', RotateImmediatelyOnUpdate: 'rotateImmediately' }),
  };
  if (out.rotationLambdaArn === undefined && props.HostedRotationLambda !== undefined) {
    out.rotationLambdaArn = new Unknown('rotationLambdaArn (HostedRotationLambda, created at deploy time)');
  }
  return [{ props: out }];
};

/**
 * The resource policy as Pulumi's SecretPolicy. `BlockPublicPolicy` is kept only when written: the
 * CloudFormation page says Secrets Manager blocks broad policies by default while the
 * PutResourcePolicy API reference says public policies are not blocked by default, so no default is assumed.
 */
const resourcePolicy: CfnMapping = ({ props }) => [{ props: camelCased(props, { SecretId: 'secretArn', ResourcePolicy: 'policy' }) }];

/**
 * KMS keys under Pulumi's names. The CloudFormation defaults are KMS's and Pulumi's: rotation off
 * ("By default, automation key rotation is not enabled"), `KeySpec` SYMMETRIC_DEFAULT, `KeyUsage`
 * ENCRYPT_DECRYPT (aws-cloudformation-resource-providers-kms, key/aws-kms-key.json), so absent stays absent.
 */
const key: CfnMapping = ({ props }) => [
  {
    props: camelCased(props, {
      KeyPolicy: 'policy',
      KeySpec: 'customerMasterKeySpec',
      Enabled: 'isEnabled',
      PendingWindowInDays: 'deletionWindowInDays',
    }),
  },
];

const alias: CfnMapping = ({ props }) => [{ props: camelCased(props, { AliasName: 'name' }) }];

const accessKey: CfnMapping = ({ props }) => [{ props: camelCased(props, { UserName: 'user' }) }];

export const SECRETS_MAPPINGS: Readonly<Record<string, CfnMapping>> = {
  'AWS::SecretsManager::Secret': secret,
  'AWS::SecretsManager::RotationSchedule': rotationSchedule,
  'AWS::SecretsManager::ResourcePolicy': resourcePolicy,
  'AWS::KMS::Key': key,
  'AWS::KMS::Alias': alias,
  'AWS::IAM::AccessKey': accessKey,
};
