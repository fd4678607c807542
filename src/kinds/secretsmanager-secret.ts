/**
 * Secrets Manager secrets (SEC1, SEC2, SEC5). A secret's value is inline in CloudFormation
 * (`SecretString`, `GenerateSecretString`) and a SecretVersion resource in Pulumi: it becomes a
 * `secretsmanager:SecretVersion` side fact (./secretsmanager-secret-version.ts).
 */
import { Ref, Unknown } from '../core/values';
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping, MappedFact } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { PolicyDocumentValue } from './shared/secrets-iam';

export interface SecretReplicaProps {
  region?: string;
  kmsKeyId?: string;
}

export interface SecretProps {
  name?: string;
  description?: string;
  /** Absent: Secrets Manager encrypts with the AWS managed key `aws/secretsmanager`. */
  kmsKeyId?: string;
  /** The secret's own resource policy (Pulumi only; CloudFormation writes an AWS::SecretsManager::ResourcePolicy). */
  policy?: PolicyDocumentValue;
  replicas?: SecretReplicaProps[];
}

const SECRET_NAMES = { ReplicaRegions: 'replicas' };

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
  const facts: MappedFact[] = [{ props: camelCased(rest, SECRET_NAMES) }];
  const value = SecretString !== undefined ? SecretString : GenerateSecretString !== undefined ? new Unknown('GenerateSecretString') : undefined;
  if (value !== undefined) {
    facts.push({ kind: 'secretsmanager:SecretVersion', suffix: 'version', props: { secretId: new Ref(logicalId), secretString: value } });
  }
  return facts;
};

export const SECRETSMANAGER_SECRET = defineKind<SecretProps>()({
  kind: 'secretsmanager:Secret',
  pulumi: ['aws:secretsmanager/secret:Secret'],
  cfn: { 'AWS::SecretsManager::Secret': secret },
  pathNames: SECRET_NAMES,
});
