/**
 * AWS::SecretsManager::SecretTargetAttachment: its `Ref` is the attached secret's ARN, so a rotation
 * schedule or a resource policy naming the attachment (as CDK writes for every database secret) is the
 * secret's. Pulumi has no such resource (a secret is attached to its database by the database's own
 * inputs), so these cases are CloudFormation's only.
 */
import { Ref } from '../../src/core/values';
import { SEC2 } from '../../src/rules/sec/SEC2-secret-rotation';
import { SEC5 } from '../../src/rules/sec/SEC5-secret-policy-not-public';
import { CfnTestResource, cfnFacts, runCfn } from '../support/cfn-stack';
import { statuses } from '../support/pulumi-stack';

const secret: CfnTestResource = { Type: 'AWS::SecretsManager::Secret', Properties: { GenerateSecretString: { SecretStringTemplate: '{"username":"app"}', GenerateStringKey: 'password' } } };
const database: CfnTestResource = { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', DBInstanceClass: 'db.t3.micro', StorageEncrypted: true } };
const attachment = (SecretId: unknown): CfnTestResource => ({
  Type: 'AWS::SecretsManager::SecretTargetAttachment',
  Properties: { SecretId, TargetId: { Ref: 'Database' }, TargetType: 'AWS::RDS::DBInstance' },
});
const rotation = (days: number): CfnTestResource => ({
  Type: 'AWS::SecretsManager::RotationSchedule',
  Properties: { SecretId: { Ref: 'Attachment' }, HostedRotationLambda: { RotationType: 'PostgreSQLSingleUser' }, RotationRules: { AutomaticallyAfterDays: days } },
});

describe('a secret target attachment stands for its secret', () => {
  it('SEC2: a rotation schedule on the attachment rotates the secret (30 days passes, 365 fails)', () => {
    const template = (days: number) => ({ Secret: secret, Database: database, Attachment: attachment({ Ref: 'Secret' }), Rotation: rotation(days) });
    expect(statuses(runCfn(SEC2, template(30)))).toEqual(['Secret: pass']);
    expect(statuses(runCfn(SEC2, template(365)))).toEqual(['Secret: fail']);
  });

  it('SEC2: an attachment whose secret comes from another stack leaves the stack\u2019s own secret unknown, not failed', () => {
    const findings = runCfn(SEC2, { Secret: secret, Database: database, Attachment: attachment({ 'Fn::ImportValue': 'db-secret-arn' }), Rotation: rotation(30) });
    expect(statuses(findings)).toEqual(['Secret: unknown']);
    expect(findings[0].message).toContain('Rotation');
  });

  it('SEC5: a resource policy on the attachment is the secret\u2019s policy, judged as written', () => {
    const policy = (principal: unknown): CfnTestResource => ({
      Type: 'AWS::SecretsManager::ResourcePolicy',
      Properties: {
        SecretId: { Ref: 'Attachment' },
        ResourcePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'secretsmanager:GetSecretValue', Resource: '*' }] },
      },
    });
    const resources = (principal: unknown) => ({ Secret: secret, Database: database, Attachment: attachment({ Ref: 'Secret' }), Policy: policy(principal) });
    expect(cfnFacts(resources('*')).byKey('Policy')?.props.secretArn).toEqual(new Ref('Secret'));
    expect(statuses(runCfn(SEC5, resources('*')))).toEqual(['Policy: fail', 'Secret: not-applicable']);
    expect(statuses(runCfn(SEC5, resources({ AWS: 'arn:aws:iam::123456789012:root' })))).toEqual(['Policy: pass', 'Secret: not-applicable']);
  });
});
