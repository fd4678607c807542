import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge, exemptFromRequirement } from './acknowledgements';
import { RequirementViolation } from './refuse';

/** Rotation every 30 days unless said otherwise; SEC2 accepts up to 90 by default. */
const DEFAULT_ROTATION = Duration.days(30);

/**
 * How a {@link SharedSecret} is kept fresh: rotated by a Lambda function, by a Secrets Manager hosted
 * rotation, or not rotated here because the host product issues it (with the reason, recorded as an
 * SEC2 exemption).
 */
export abstract class SecretRotation {
  /** Rotated by your rotation function (createSecret / setSecret / testSecret / finishSecret). */
  static withFunction(rotationLambda: lambda.IFunction, every: Duration = DEFAULT_ROTATION): SecretRotation {
    return new ScheduledRotation({ rotationLambda, automaticallyAfter: every });
  }

  /** Rotated by a Secrets Manager hosted rotation (for database credentials and the like). */
  static hosted(hostedRotation: secretsmanager.HostedRotation, every: Duration = DEFAULT_ROTATION): SecretRotation {
    return new ScheduledRotation({ hostedRotation, automaticallyAfter: every });
  }

  /**
   * Not rotated by this stack: the value is issued by the host product when the app is installed
   * (e.g. an Atlassian Connect shared secret, received in the `installed` lifecycle callback, which
   * the host re-issues on reinstall). `reason` says so, and is written as the SEC2 exemption.
   */
  static issuedByHost(reason: string): SecretRotation {
    if (reason.trim() === '') throw new Error('SecretRotation.issuedByHost needs a reason (why the secret cannot be rotated by this stack)');
    return new HostIssued(reason);
  }

  /** @internal */
  abstract _apply(secret: secretsmanager.Secret, key: kms.IKey): void;
}

class ScheduledRotation extends SecretRotation {
  constructor(private readonly options: Pick<secretsmanager.RotationScheduleOptions, 'rotationLambda' | 'hostedRotation' | 'automaticallyAfter'>) {
    super();
  }

  /** @internal */
  _apply(secret: secretsmanager.Secret, key: kms.IKey): void {
    const fn = this.options.rotationLambda;
    if (!fn) {
      secret.addRotationSchedule('Rotation', this.options);
      return;
    }
    // CDK's addRotationSchedule grants the function through the key policy; the dedicated key's policy
    // stays the default (delegate to IAM in this account) and the function gets identity-policy grants.
    const grants = [
      iam.Grant.addToPrincipal({
        grantee: fn,
        actions: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue', 'secretsmanager:UpdateSecretVersionStage'],
        resourceArns: [secret.secretArn],
      }),
      iam.Grant.addToPrincipal({
        grantee: fn,
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resourceArns: [key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': viaSecretsManager(secret) } },
      }),
    ];
    fn.addPermission('InvokedBySecretsManager', { principal: new iam.ServicePrincipal('secretsmanager.amazonaws.com'), sourceArn: secret.secretArn });
    const schedule = new secretsmanager.CfnRotationSchedule(secret, 'Rotation', {
      secretId: secret.secretArn,
      rotationLambdaArn: fn.functionArn,
      rotationRules: { scheduleExpression: `rate(${(this.options.automaticallyAfter ?? DEFAULT_ROTATION).toDays()} days)` },
    });
    for (const g of grants) g.applyBefore(schedule);
    const permission = fn.node.tryFindChild('InvokedBySecretsManager');
    if (permission) schedule.node.addDependency(permission);
  }
}

/** The `kms:ViaService` value that limits a key grant to calls made through Secrets Manager. */
function viaSecretsManager(scope: Construct): string {
  return `secretsmanager.${Stack.of(scope).region}.amazonaws.com`;
}

class HostIssued extends SecretRotation {
  constructor(private readonly reason: string) {
    super();
  }

  /** @internal */
  _apply(secret: secretsmanager.Secret): void {
    exemptFromRequirement(secret.node.defaultChild as secretsmanager.CfnSecret, 'SEC2', this.reason);
    acknowledge(secret, 'AwsSolutions-SMG4', this.reason);
  }
}

/**
 * Every `secretsmanager.SecretProps` prop passes through (`replicaRegions`, `secretName`, ...), except
 * an initial value written in the template (`secretStringValue`, `secretObjectValue`,
 * `secretStringBeta1`), which is refused (SEC4).
 */
export interface SharedSecretProps extends secretsmanager.SecretProps {
  /** How the secret is rotated, or why it is not (host-issued). Required: there is no silent default. */
  readonly rotation: SecretRotation;
  /**
   * The key of this secret only (SEC1: a key shared with other data is one policy away from them).
   * @default a new key, rotated every 365 days, created next to the secret as `<id>Key`
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * The initial value is generated by Secrets Manager with these settings (never a literal in the
   * template). A host-issued secret is overwritten by the app at install time.
   * @default 64 characters, no punctuation
   */
  readonly generateSecretString?: secretsmanager.SecretStringGenerator;
  /**
   * What happens to the secret and its key when they leave the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A Secrets Manager secret for a shared secret (e.g. the app's signing key or a host-issued shared
 * secret), meeting SEC1-SEC3: encrypted with its own customer-managed KMS key (rotated yearly, used by
 * nothing else), rotated on a schedule or explicitly exempted with a reason, and readable by one
 * principal through {@link grantRead}.
 *
 * It is a `secretsmanager.Secret`: pass it wherever CDK takes an `ISecret` (`secretValueFromJson`,
 * `ecs.Secret.fromSecretsManager`, ...); its key is created next to it, as `<id>Key`.
 */
export class SharedSecret extends secretsmanager.Secret {
  private reader?: iam.IGrantable;

  constructor(scope: Construct, id: string, props: SharedSecretProps) {
    const literal = (['secretStringValue', 'secretObjectValue', 'secretStringBeta1'] as const).find((p) => props[p] !== undefined);
    if (literal) {
      throw new RequirementViolation(
        'SharedSecret',
        id,
        literal,
        'SEC4',
        'the initial value would be written in the template; let Secrets Manager generate it (generateSecretString) and set the real value at install time',
      );
    }
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    // secretsmanager.Secret takes its key at construction, before a key scoped to the secret can exist.
    const encryptionKey =
      props.encryptionKey ??
      new kms.Key(scope, `${id}Key`, {
        description: `Encrypts secret ${[scope.node.path, id].filter(Boolean).join('/')}, and nothing else`,
        enableKeyRotation: true,
        rotationPeriod: Duration.days(365),
        removalPolicy,
      });
    super(scope, id, {
      ...props,
      description: props.description ?? 'Shared secret of the marketplace app',
      encryptionKey,
      generateSecretString: props.generateSecretString ?? { passwordLength: 64, excludePunctuation: true },
      removalPolicy,
    });
    props.rotation._apply(this, encryptionKey);
  }

  /**
   * The secret itself.
   * @deprecated a SharedSecret is a `secretsmanager.Secret`: use it directly.
   */
  get secret(): secretsmanager.Secret {
    return this;
  }

  /**
   * Lets `grantee` (the app backend, in this account) read the secret value and decrypt it with the
   * dedicated key (through Secrets Manager only), through its identity policy. One principal: a second, different grantee is refused, because a
   * shared secret read by several workloads is one leak away from all of them.
   */
  override grantRead(grantee: iam.IGrantable): iam.Grant {
    if (this.reader !== undefined && this.reader !== grantee) {
      throw new Error(`SharedSecret ${this.node.path} is already readable by another principal; a shared secret has one reader`);
    }
    this.reader = grantee;
    // Identity-policy grants: the key policy keeps delegating to IAM in this account and names no reader.
    iam.Grant.addToPrincipal({
      grantee,
      actions: ['kms:Decrypt'],
      resourceArns: [(this.encryptionKey as kms.IKey).keyArn],
      conditions: { StringEquals: { 'kms:ViaService': viaSecretsManager(this) } },
    }).assertSuccess();
    const grant = iam.Grant.addToPrincipal({
      grantee,
      actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
      resourceArns: [this.secret.secretArn],
    });
    grant.assertSuccess();
    return grant;
  }
}
