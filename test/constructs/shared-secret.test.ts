import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
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
      return { app, stack, subject: secret };
    });
  });

  describe('issued by the host, exempt with a reason', () => {
    itIsCompliant(() => {
      const { app, stack } = testStack();
      const secret = new SharedSecret(stack, 'HostSecret', { rotation: SecretRotation.issuedByHost(REASON) });
      secret.grantRead(new iam.Role(stack, 'App', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
      return { app, stack, subject: secret };
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
