import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { SecretValue } from 'aws-cdk-lib';
import { SecretRotation, SharedSecret } from '../../src/constructs';
import { itIsCompliant, testStack } from './evaluate';

const REASON = 'Atlassian Connect shared secret: issued by the host product in the installed lifecycle callback and re-issued on reinstall';

describe('SharedSecret', () => {
  describe('rotated by a function', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const rotator = new lambda.Function(stack, 'Rotator', {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('exports.handler = async () => {};'),
      });
      const secret = new SharedSecret(stack, 'SigningKey', { rotation: SecretRotation.withFunction(rotator, Duration.days(30)) });
      secret.grantRead(new iam.Role(stack, 'App', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
      return { app, stack, subject: [secret, secret.encryptionKey!] };
    });
  });

  describe('issued by the host, exempt with a reason', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const secret = new SharedSecret(stack, 'HostSecret', { rotation: SecretRotation.issuedByHost(REASON) });
      secret.grantRead(new iam.Role(stack, 'App', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
      return { app, stack, subject: [secret, secret.encryptionKey!] };
    });
  });

  it('encrypts with its own rotating key and schedules rotation', () => {
    const { stack } = testStack();
    const rotator = lambda.Function.fromFunctionArn(stack, 'Rotator', 'arn:aws:lambda:us-east-1:123456789012:function:rotate');
    new SharedSecret(stack, 'S', { rotation: SecretRotation.withFunction(rotator) });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true, RotationPeriodInDays: 365 });
    t.hasResourceProperties('AWS::SecretsManager::Secret', { KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^SKey'), 'Arn'] } });
    t.hasResourceProperties('AWS::SecretsManager::RotationSchedule', { RotationLambdaARN: rotator.functionArn, RotationRules: { ScheduleExpression: 'rate(30 days)' } });
    t.hasResourceProperties('AWS::Lambda::Permission', { Principal: 'secretsmanager.amazonaws.com', FunctionName: rotator.functionArn });
  });

  it('writes the SEC2 exemption of a host-issued secret into its metadata and acknowledges it for cdk-nag', () => {
    const { stack } = testStack();
    const s = new SharedSecret(stack, 'S', { rotation: SecretRotation.issuedByHost(REASON) });
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::SecretsManager::RotationSchedule', 0);
    const secret = Object.values(t.findResources('AWS::SecretsManager::Secret'))[0];
    expect(secret.Metadata['marketplace-guardrails']).toEqual({ exempt: [{ id: 'SEC2', reason: REASON }] });
    const acknowledged = s.secret.node.defaultChild!.node.metadata.find((m) => m.type === 'aws:cdk:acknowledged-rules');
    expect(Object.keys(acknowledged?.data ?? {}).map((k) => k.replace(/^annotation::/i, ''))).toContain('Marketplace-SEC2');
  });

  it('passes secretsmanager.SecretProps through to the template', () => {
    const { stack } = testStack();
    new SharedSecret(stack, 'S', { rotation: SecretRotation.issuedByHost(REASON), secretName: 'app/shared', replicaRegions: [{ region: 'eu-west-1' }] });
    Template.fromStack(stack).hasResourceProperties('AWS::SecretsManager::Secret', { Name: 'app/shared', ReplicaRegions: [{ Region: 'eu-west-1' }] });
  });

  it('refuses an initial value written in the template', () => {
    const { stack } = testStack();
    expect(() => new SharedSecret(stack, 'S', { rotation: SecretRotation.issuedByHost(REASON), secretStringValue: SecretValue.unsafePlainText('not-a-real-secret') })).toThrow(
      /SharedSecret S: secretStringValue breaks SEC4/,
    );
  });

  it('is accepted where CDK expects an ISecret', () => {
    const { stack } = testStack();
    const secret: secretsmanager.ISecret = new SharedSecret(stack, 'S', { rotation: SecretRotation.issuedByHost(REASON) });
    const fn = new lambda.Function(stack, 'App', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => {};'),
      environment: { SECRET_ARN: secret.secretArn },
    });
    secret.grantRead(fn);
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: { SECRET_ARN: { Ref: Match.stringLikeRegexp('^S') } } } });
    t.hasResourceProperties('AWS::IAM::Policy', { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'] })]) } });
  });

  it('refuses an exemption without a reason', () => {
    expect(() => SecretRotation.issuedByHost(' ')).toThrow(/reason/);
  });

  it('is readable by one principal only, through identity policies', () => {
    const { stack } = testStack();
    const s = new SharedSecret(stack, 'S', { rotation: SecretRotation.issuedByHost(REASON) });
    const app = new iam.Role(stack, 'App', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    s.grantRead(app);
    s.grantRead(app);
    expect(() => s.grantRead(new iam.Role(stack, 'Other', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }))).toThrow(/one reader/);
    const t = Template.fromStack(stack);
    // The key policy names no reader (it delegates to IAM in the account).
    const key = Object.values(t.findResources('AWS::KMS::Key'))[0];
    expect(JSON.stringify(key.Properties.KeyPolicy)).not.toMatch(/App|Other/);
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: 'kms:Decrypt', Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } } }),
          Match.objectLike({ Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'] }),
        ]),
      },
    });
  });
});
