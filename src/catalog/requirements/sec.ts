import { Requirement } from '../types';

/* Quotes are verbatim from shared/seeds; levels follow the rule stated in tls.ts. */
const MIRO = '000_3a6f8757cabd1b3d.txt';
const ATLASSIAN_GUIDELINES = '001_38a64b8c7ac22666.txt';
const ATLASSIAN_REQUIREMENTS = '002_9dae125c408bd9d6.txt';
const TRELLO = '003_be9a984fc131ae42.txt';

const SHARED_SECRET_STORED_SECURELY: Requirement['sources'] = [
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_REQUIREMENTS,
    section: 'Secure Handling of the sharedSecret',
    level: 'must',
    quote: 'A Connect application must not expose its sharedSecret where it can be easily accessed',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_GUIDELINES,
    section: 'Information leakage',
    level: 'should',
    quote: 'For any Connect apps, ensure that the shared secret is stored securely and not exposed on the client-side or server-side in error messages.',
  },
  {
    marketplace: 'miro',
    seed: MIRO,
    section: 'Information leakage',
    level: 'should',
    quote: 'For Connect apps, ensure that the shared secret is stored securely and not exposed on the client-side or server-side in error messages.',
  },
];

export const SEC_REQUIREMENTS: Requirement[] = [
  {
    id: 'SEC1',
    area: 'SEC',
    title: 'Shared secrets in Secrets Manager under a dedicated customer-managed KMS key',
    rationale:
      "Whoever holds the app's shared secret can impersonate the app; a dedicated customer-managed key adds its own access policy and a KMS audit trail of every decryption, on top of storage encryption.",
    sources: [
      ...SHARED_SECRET_STORED_SECURELY,
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Secure Handling of the sharedSecret',
        level: 'must',
        quote: 'so proper security measures must be implemented to secure it',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Secure Handling of the sharedSecret',
        level: 'should',
        quote: 'Be encrypted with a dedicated encryption key, this can make re-encryption easier and also provide an audit trail in the case of services like AWS KMS.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Secure Handling of the sharedSecret',
        level: 'should',
        quote: 'Be encrypted in addition to any database or filesystem level encryption used by your app.',
      },
    ],
    enforcement: 'mandatory',
    check:
      'Shared secrets live in Secrets Manager encrypted with a customer-managed KMS key (not absent, not `aws/secretsmanager`, not `alias/aws/...`); advisory when that key also encrypts non-secret resources (not dedicated).',
    fix: {
      pulumi: `const secretKey = new aws.kms.Key('shared-secret', { enableKeyRotation: true }); // used for this secret only
new aws.secretsmanager.Secret('shared-secret', { kmsKeyId: secretKey.arn });`,
      cdk: `const secretKey = new kms.Key(this, 'SharedSecretKey', { enableKeyRotation: true }); // used for this secret only
new secretsmanager.Secret(this, 'SharedSecret', { encryptionKey: secretKey });`,
      cloudformation: `SharedSecretKey:
  Type: AWS::KMS::Key
  Properties: { EnableKeyRotation: true } # used for this secret only
SharedSecret:
  Type: AWS::SecretsManager::Secret
  Properties:
    KmsKeyId: !GetAtt SharedSecretKey.Arn`,
    },
  },
  {
    id: 'SEC2',
    area: 'SEC',
    title: 'Secrets rotate on a schedule',
    rationale: 'A secret that never changes stays useful to anyone who ever copied it; scheduled rotation bounds how long a leak matters.',
    sources: [
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Data storage',
        level: 'should',
        quote: 'Ensure that the keys are dynamic and rotated on a regular basis: sensitive keys should not be static.',
      },
    ],
    enforcement: 'advisory',
    check:
      'Every secret has rotation configured, at most every N days (default 90): `AutomaticallyAfterDays`, or a `ScheduleExpression` judged by its real interval (`rate(N days)`/`rate(N hours)`; a `cron(...)` by the longest gap between two firings, so a yearly cron fails, and one that matches no day never rotates; an expression that cannot be read is unknown). Externally issued secrets (e.g. a host-issued shared secret) are exempted per resource with a reason. A rotation naming an `AWS::SecretsManager::SecretTargetAttachment` (CDK database secrets) rotates the attached secret.',
    fix: {
      pulumi: `new aws.secretsmanager.SecretRotation('api-key', {
  secretId: secret.id,
  rotationLambdaArn: rotationFn.arn,
  rotationRules: { automaticallyAfterDays: 30 },
});`,
      cdk: `secret.addRotationSchedule('Rotation', {
  rotationLambda: rotationFn,
  automaticallyAfter: cdk.Duration.days(30),
});`,
      cloudformation: `ApiKeyRotation:
  Type: AWS::SecretsManager::RotationSchedule
  Properties:
    SecretId: !Ref ApiKey # the AWS::SecretsManager::Secret
    RotationLambdaARN: !GetAtt RotationFn.Arn
    RotationRules: { AutomaticallyAfterDays: 30 }`,
    },
  },
  {
    id: 'SEC3',
    area: 'SEC',
    title: 'KMS keys rotate, are not public, and use AES-256-GCM',
    rationale:
      'Key rotation limits the data exposed under one key version, a key policy open to everyone hands out decryption, and SYMMETRIC_DEFAULT is AES-256-GCM, the algorithm the marketplaces recommend.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'item 1 of list 2 after "Session cookies"',
        level: 'should',
        quote: 'Use recommended algorithms, such as AES 256 in GCM mode.',
      },
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'item 2 of list 2 after "Session cookies"',
        level: 'should',
        quote: 'Initialize cryptographic keys using a secure random number generator.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'item 1 of list 2 after "Information leakage"',
        level: 'should',
        quote: 'Use recommended algorithms, such as AES 256 in GCM mode.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Data storage',
        level: 'should',
        quote: 'Ensure that the keys are dynamic and rotated on a regular basis: sensitive keys should not be static.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Secure Handling of the sharedSecret',
        level: 'must',
        quote: 'so proper security measures must be implemented to secure it',
      },
    ],
    enforcement: 'mandatory',
    check:
      'KMS keys: symmetric keys rotate (period <= 365 days); key policy (inline or an `aws.kms.KeyPolicy`) grants nothing to principal `*` without conditions; encryption keys use SYMMETRIC_DEFAULT (AES-256-GCM).',
    fix: {
      pulumi: `new aws.kms.Key('data', {
  customerMasterKeySpec: 'SYMMETRIC_DEFAULT', // AES-256-GCM
  enableKeyRotation: true,
  rotationPeriodInDays: 365,
  // policy: grant to the account and named roles, never to Principal '*' without conditions
});`,
      cdk: `new kms.Key(this, 'DataKey', {
  keySpec: kms.KeySpec.SYMMETRIC_DEFAULT, // AES-256-GCM
  enableKeyRotation: true,
  rotationPeriod: cdk.Duration.days(365),
});`,
      cloudformation: `DataKey:
  Type: AWS::KMS::Key
  Properties:
    KeySpec: SYMMETRIC_DEFAULT # AES-256-GCM
    EnableKeyRotation: true
    RotationPeriodInDays: 365
    # KeyPolicy: grant to the account and named roles, never to Principal '*' without conditions`,
      byKind: {
        'kms:KeyPolicy': {
          pulumi: `new aws.kms.KeyPolicy('data', {
  keyId: key.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' }],
  }),
}); // the account and named roles, never Principal '*' without conditions`,
          cdk: `key.grantEncryptDecrypt(role); // the key policy names the account and roles, never iam.AnyPrincipal`,
          cloudformation: `DataKey:
  Type: AWS::KMS::Key
  Properties:
    KeyPolicy:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: { AWS: 'arn:aws:iam::123456789012:root' } # never '*' without conditions
          Action: 'kms:*'
          Resource: '*'`,
        },
      },
    },
  },
  {
    id: 'SEC4',
    area: 'SEC',
    title: 'No plaintext secrets or long-lived access keys in infrastructure code',
    rationale:
      'Infrastructure code lives in repositories, templates and state files that many people and tools can read; a secret written there is as good as published and cannot be rotated quietly.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Data storage',
        level: 'must',
        quote: 'Do not hardcode API keys in the source code.',
      },
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Information leakage',
        level: 'should',
        quote: 'Protect OAuth tokens and client secrets from being exposed in emails, client-side JavaScript, error messages, or stored in public code repositories.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Data storage',
        level: 'should',
        quote: 'Ensure that sensitive data, such as API keys, is not hardcoded in the source code.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Secret handling',
        level: 'must',
        quote: 'The application must not expose JWT tokens and Oauth tokens where they can be easily accessed',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Secure Handling of the sharedSecret',
        level: 'must',
        quote: 'A Connect application must not expose its sharedSecret where it can be easily accessed',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Version Control',
        level: 'should',
        quote: 'No secret data of any sort should be checked into version control.',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Version Control',
        level: 'should',
        quote: 'In-particular, make sure that no API tokens are hard-coded anywhere.',
      },
    ],
    enforcement: 'mandatory',
    check:
      "No plaintext secrets in infrastructure code: secret-like names (password, secret, token, api_key, private_key, client_secret, shared_secret) with literal values, or secret-shaped values (AKIA..., PEM private keys, JWTs, common vendor token prefixes, URLs and connection strings with a written password such as `postgres://user:pass@host`) in Lambda/ECS environment variables and plain SSM `String` parameters; literal Secrets Manager secret strings (a JSON one is literal in every field written beside `{{resolve:...}}` references); literal database master passwords and Redis AUTH tokens (RDS, Aurora, Redshift, DocumentDB, ElastiCache, OpenSearch master user). CloudFormation parameters named like secrets need `NoEcho: true`, and a `Default` written for one fails. A value not known where a secret belongs (an imported value, a plain parameter) is unknown, unless it is kept secret (NoEcho, a Pulumi secret) or computed from a resource of the stack (a generated password, a secret's id or ARN). IAM access keys and login profiles (long-lived credentials) fail.",
    fix: {
      pulumi: `new aws.lambda.Function('app', {
  ...functionArgs,
  environment: { variables: { SHARED_SECRET_ARN: secret.arn } }, // the value is read at run time
});
new aws.ssm.Parameter('api-token', { type: 'SecureString', value: config.requireSecret('apiToken') });`,
      cdk: `const fn = new lambda.Function(this, 'App', {
  ...functionProps,
  environment: { SHARED_SECRET_ARN: secret.secretArn }, // the value is read at run time
});
secret.grantRead(fn);`,
      cloudformation: `App:
  Type: AWS::Lambda::Function
  Properties:
    Environment:
      Variables: { SHARED_SECRET_ARN: !Ref SharedSecret } # the value is read at run time
Db:
  Type: AWS::RDS::DBInstance
  Properties:
    MasterUserPassword: '{{resolve:secretsmanager:app/db:SecretString:password}}'`,
      byKind: {
        'secretsmanager:SecretVersion': {
          pulumi: `new aws.secretsmanager.Secret('api-key');
// no aws.secretsmanager.SecretVersion with a literal secretString: set the value out of band (aws secretsmanager put-secret-value) or let a rotation Lambda generate it`,
          cdk: `new secretsmanager.Secret(this, 'ApiKey', { generateSecretString: { passwordLength: 32, excludePunctuation: true } });`,
          cloudformation: `ApiKey:
  Type: AWS::SecretsManager::Secret
  Properties:
    GenerateSecretString: { PasswordLength: 32, ExcludePunctuation: true }`,
        },
        'iam:AccessKey': {
          pulumi: `// No aws.iam.AccessKey: the workload runs with a role
new aws.iam.Role('app', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });`,
          cdk: `// No iam.AccessKey: the workload runs with a role
new iam.Role(this, 'App', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });`,
          cloudformation: `# No AWS::IAM::AccessKey: the workload runs with a role
AppRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole' }]`,
        },
        'iam:UserLoginProfile': {
          pulumi: `// No aws.iam.UserLoginProfile: people sign in through IAM Identity Center and assume a role
new aws.iam.Role('operator', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ AWS: 'arn:aws:iam::123456789012:root' }) });`,
          cdk: `// No iam.User with a password: people sign in through IAM Identity Center and assume a role
new iam.Role(this, 'Operator', { assumedBy: new iam.AccountPrincipal('123456789012') });`,
          cloudformation: `# No LoginProfile on the AWS::IAM::User: people sign in through IAM Identity Center and assume a role
Operator:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement: [{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }]`,
        },
        'cloudformation:Parameter': {
          pulumi: `const apiToken = new pulumi.Config().requireSecret('apiToken'); // pulumi config set --secret apiToken ...`,
          cdk: `const apiToken = cdk.SecretValue.secretsManager('app/api-token'); // a dynamic reference, resolved at deploy time`,
          cloudformation: `Parameters:
  ApiToken:
    Type: String
    NoEcho: true # and no Default: the deployer passes it, or use '{{resolve:secretsmanager:app/api-token}}' instead`,
        },
        'lambda:Function': {
          pulumi: `new aws.lambda.Function('app', {
  ...functionArgs,
  environment: { variables: { SHARED_SECRET_ARN: secret.arn } }, // the value is read at run time
});`,
          cdk: `const fn = new lambda.Function(this, 'App', {
  ...functionProps,
  environment: { SHARED_SECRET_ARN: secret.secretArn }, // the value is read at run time
});
secret.grantRead(fn);`,
          cloudformation: `App:
  Type: AWS::Lambda::Function
  Properties:
    Environment:
      Variables: { SHARED_SECRET_ARN: !Ref SharedSecret } # the value is read at run time`,
        },
        'ecs:TaskDefinition': {
          pulumi: `new aws.ecs.TaskDefinition('app', {
  ...taskDefinitionArgs,
  containerDefinitions: pulumi.jsonStringify([{ name: 'app', image, secrets: [{ name: 'API_KEY', valueFrom: secret.arn }] }]),
});`,
          cdk: `taskDefinition.addContainer('App', {
  image,
  secrets: { API_KEY: ecs.Secret.fromSecretsManager(secret) }, // injected at start, never in the template
});`,
          cloudformation: `App:
  Type: AWS::ECS::TaskDefinition
  Properties:
    ContainerDefinitions:
      - Name: app
        Image: !Ref Image
        Secrets: [{ Name: API_KEY, ValueFrom: !Ref ApiKey }]`,
        },
        'ssm:Parameter': {
          pulumi: `new aws.ssm.Parameter('api-token', { type: 'SecureString', value: config.requireSecret('apiToken') });`,
          cdk: `// CloudFormation cannot create a SecureString: keep the value in Secrets Manager
new secretsmanager.Secret(this, 'ApiToken', { generateSecretString: { passwordLength: 32, excludePunctuation: true } });`,
          cloudformation: `# CloudFormation cannot create an AWS::SSM::Parameter of type SecureString: keep the value in Secrets Manager
ApiToken:
  Type: AWS::SecretsManager::Secret
  Properties:
    GenerateSecretString: { PasswordLength: 32, ExcludePunctuation: true }`,
        },
        'rds:Instance': {
          pulumi: `new aws.rds.Instance('db', { ...dbArgs, manageMasterUserPassword: true }); // no password`,
          cdk: `new rds.DatabaseInstance(this, 'Db', { ...dbProps, credentials: rds.Credentials.fromGeneratedSecret('admin') });`,
          cloudformation: `Db:
  Type: AWS::RDS::DBInstance
  Properties:
    ManageMasterUserPassword: true # no MasterUserPassword`,
        },
        'rds:ClusterInstance': {
          pulumi: `new aws.rds.ClusterInstance('db-1', { ...clusterInstanceArgs }); // no password: the cluster's is managed (manageMasterUserPassword: true)`,
          cdk: `new rds.DatabaseCluster(this, 'Db', { ...clusterProps, credentials: rds.Credentials.fromGeneratedSecret('admin') });`,
          cloudformation: `DbWriter:
  Type: AWS::RDS::DBInstance
  Properties:
    DBClusterIdentifier: !Ref Db # no MasterUserPassword: the cluster's is managed (ManageMasterUserPassword: true)`,
        },
        'rds:Cluster': {
          pulumi: `new aws.rds.Cluster('db', { ...clusterArgs, manageMasterUserPassword: true }); // no masterPassword`,
          cdk: `new rds.DatabaseCluster(this, 'Db', { ...clusterProps, credentials: rds.Credentials.fromGeneratedSecret('admin') });`,
          cloudformation: `Db:
  Type: AWS::RDS::DBCluster
  Properties:
    ManageMasterUserPassword: true # no MasterUserPassword`,
        },
        'redshift:Cluster': {
          pulumi: `new aws.redshift.Cluster('warehouse', { ...clusterArgs, manageMasterPassword: true }); // no masterPassword`,
          cdk: `new redshift.CfnCluster(this, 'Warehouse', { ...clusterProps, manageMasterPassword: true }); // no masterUserPassword`,
          cloudformation: `Warehouse:
  Type: AWS::Redshift::Cluster
  Properties:
    ManageMasterPassword: true # no MasterUserPassword`,
        },
        'docdb:Cluster': {
          pulumi: `new aws.docdb.Cluster('docs', { ...clusterArgs, manageMasterUserPassword: true }); // no masterPassword`,
          cdk: `new docdb.CfnDBCluster(this, 'Docs', {
  ...clusterProps,
  masterUserPassword: cdk.SecretValue.secretsManager('app/docdb', { jsonField: 'password' }).unsafeUnwrap(), // a dynamic reference
});`,
          cloudformation: `Docs:
  Type: AWS::DocDB::DBCluster
  Properties:
    MasterUserPassword: '{{resolve:secretsmanager:app/docdb:SecretString:password}}'`,
        },
        'elasticache:ReplicationGroup': {
          pulumi: `new aws.elasticache.ReplicationGroup('cache', { ...replicationGroupArgs, authToken: config.requireSecret('redisAuthToken') });`,
          cdk: `new elasticache.CfnReplicationGroup(this, 'Cache', {
  ...replicationGroupProps,
  authToken: cdk.SecretValue.secretsManager('app/redis', { jsonField: 'token' }).unsafeUnwrap(), // a dynamic reference
});`,
          cloudformation: `Cache:
  Type: AWS::ElastiCache::ReplicationGroup
  Properties:
    AuthToken: '{{resolve:secretsmanager:app/redis:SecretString:token}}'`,
        },
        'opensearch:Domain': {
          pulumi: `new aws.opensearch.Domain('search', {
  ...domainArgs,
  advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: false, masterUserOptions: { masterUserArn: adminRole.arn } },
});`,
          cdk: `new opensearch.Domain(this, 'Search', {
  version: opensearch.EngineVersion.OPENSEARCH_2_11,
  fineGrainedAccessControl: { masterUserArn: adminRole.roleArn }, // an IAM role, no password
});`,
          cloudformation: `Search:
  Type: AWS::OpenSearchService::Domain
  Properties:
    AdvancedSecurityOptions:
      Enabled: true
      InternalUserDatabaseEnabled: false
      MasterUserOptions: { MasterUserARN: !GetAtt AdminRole.Arn } # an IAM role, no password`,
        },
      },
    },
  },
  {
    id: 'SEC5',
    area: 'SEC',
    title: 'Secrets Manager resource policies are not public',
    rationale: "A resource policy that lets any principal read a secret exposes it to every AWS account; grant access to the app's own roles only.",
    sources: SHARED_SECRET_STORED_SECURELY,
    enforcement: 'mandatory',
    check: 'Secrets Manager resource policies are not public.',
    fix: {
      pulumi: `new aws.secretsmanager.SecretPolicy('shared-secret', {
  secretArn: secret.arn,
  blockPublicPolicy: true,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: role.arn }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }],
  }),
});`,
      cdk: `secret.grantRead(role); // a named role, never iam.AnyPrincipal / StarPrincipal`,
      cloudformation: `SharedSecretPolicy:
  Type: AWS::SecretsManager::ResourcePolicy
  Properties:
    SecretId: !Ref SharedSecret # the AWS::SecretsManager::Secret
    BlockPublicPolicy: true
    ResourcePolicy:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: { AWS: !GetAtt AppRole.Arn }
          Action: 'secretsmanager:GetSecretValue'
          Resource: '*'`,
    },
  },
];
