/** SEC4's cases, written once for both engines: the parity test (test/parity/SEC4.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { SEC4 } from '../../src/rules/sec/SEC4-no-plaintext-secrets';
import { SECRET_UNKNOWN, TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

// Obviously fake values that test/rules/SEC4.test.ts shows the patterns recognise.
const FAKE_AWS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const FAKE_JWT = 'eyJhbGciOiJub25lIn0.eyJmYWtlIjp0cnVlfQ.fake';
const FAKE_PASSWORD = 'hunter2';

const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf';
/** A NoEcho parameter without a default: its value is given at deploy time, not written in the template. */
const NO_ECHO = { DbPassword: { Type: 'String', NoEcho: true } };

const pulumiFunction = (environment: unknown): TestResource => ({ type: 'aws:lambda/function:Function', name: 'Fn', props: { runtime: 'nodejs22.x', environment } });
const cfnFunction = (Environment: unknown) => ({ Type: 'AWS::Lambda::Function', Properties: { Runtime: 'nodejs22.x', Environment } });

const pulumiTask = (containers: unknown): TestResource => ({
  type: 'aws:ecs/taskDefinition:TaskDefinition',
  name: 'Task',
  props: { family: 'app', containerDefinitions: typeof containers === 'string' ? containers : JSON.stringify(containers) },
});
const cfnTask = (ContainerDefinitions: unknown) => ({ Type: 'AWS::ECS::TaskDefinition', Properties: { Family: 'app', ContainerDefinitions } });

const pulumiParameter = (props: Record<string, unknown>): TestResource => ({ type: 'aws:ssm/parameter:Parameter', name: 'Param', props });
const cfnParameter = (props: Record<string, unknown>) => ({ Type: 'AWS::SSM::Parameter', Properties: props });

const pulumiSecret: TestResource = { type: 'aws:secretsmanager/secret:Secret', name: 'Secret', props: { arn: SECRET_ARN } };
/** Named like its secret (the template's side fact is), so it names the secret by its known ARN. */
const pulumiVersion = (secretString: unknown): TestResource => ({ type: 'aws:secretsmanager/secretVersion:SecretVersion', name: 'Secret', props: { secretId: SECRET_ARN, secretString } });
const cfnSecret = (props: Record<string, unknown>) => ({ Type: 'AWS::SecretsManager::Secret', Properties: props });

const mixed = `{"password":"${FAKE_PASSWORD}","apiKey":"{{resolve:ssm-secure:/vendor/api-key:1}}"}`;
const referenced = '{"username":"app","password":"{{resolve:ssm-secure:/app/db-password:1}}"}';

/** Each type with its password property: Pulumi path and value, CloudFormation properties. */
const TYPES: Array<{ name: string; pulumi: string; cfn: string; put: (v: unknown) => { pulumi: Record<string, unknown>; cfn: Record<string, unknown> } }> = [
  { name: 'Instance', pulumi: 'aws:rds/instance:Instance', cfn: 'AWS::RDS::DBInstance', put: (v) => ({ pulumi: { password: v }, cfn: { MasterUserPassword: v } }) },
  { name: 'Aurora', pulumi: 'aws:rds/cluster:Cluster', cfn: 'AWS::RDS::DBCluster', put: (v) => ({ pulumi: { masterPassword: v }, cfn: { MasterUserPassword: v } }) },
  { name: 'Warehouse', pulumi: 'aws:redshift/cluster:Cluster', cfn: 'AWS::Redshift::Cluster', put: (v) => ({ pulumi: { masterPassword: v }, cfn: { MasterUserPassword: v } }) },
  { name: 'Documents', pulumi: 'aws:docdb/cluster:Cluster', cfn: 'AWS::DocDB::DBCluster', put: (v) => ({ pulumi: { masterPassword: v }, cfn: { MasterUserPassword: v } }) },
  { name: 'Redis', pulumi: 'aws:elasticache/replicationGroup:ReplicationGroup', cfn: 'AWS::ElastiCache::ReplicationGroup', put: (v) => ({ pulumi: { authToken: v }, cfn: { AuthToken: v } }) },
  {
    name: 'Search',
    pulumi: 'aws:opensearch/domain:Domain',
    cfn: 'AWS::OpenSearchService::Domain',
    put: (v) => ({
      pulumi: { advancedSecurityOptions: { enabled: true, masterUserOptions: { masterUserName: 'admin', masterUserPassword: v } } },
      cfn: { AdvancedSecurityOptions: { Enabled: true, MasterUserOptions: { MasterUserName: 'admin', MasterUserPassword: v } } },
    }),
  },
];
const PATHS: Record<string, string> = {
  Instance: 'password',
  Aurora: 'masterPassword',
  Warehouse: 'masterPassword',
  Documents: 'masterPassword',
  Redis: 'authToken',
  Search: 'advancedSecurityOptions.masterUserOptions.masterUserPassword',
};
const pulumiOf = (value: unknown): TestResource[] => TYPES.map((t) => ({ type: t.pulumi, name: t.name, props: t.put(value).pulumi }));
const cfnOf = (value: unknown) => Object.fromEntries(TYPES.map((t) => [t.name, { Type: t.cfn, Properties: t.put(value).cfn }]));

const clusterInstance = (password: unknown): TestResource => ({
  type: 'aws:rds/clusterInstance:ClusterInstance',
  name: 'Member',
  props: { clusterIdentifier: 'aurora', instanceClass: 'db.r6g.large', engine: 'aurora-postgresql', password },
});

export const SEC4_CASES: RequirementCases = {
  rule: SEC4,
  groups: [
    {
      titles: ['SEC4 parity: no plaintext secrets in the template', 'Lambda environment variables'],
      cases: [
        {
          name: 'compliant: plain settings, and the secret passed by reference (!Ref Secret)',
          pulumi: [pulumiFunction({ variables: { DB_HOST: 'db.internal', DB_PASSWORD_SECRET_ARN: UNKNOWN } })],
          cfn: { Fn: cfnFunction({ Variables: { DB_HOST: 'db.internal', DB_PASSWORD_SECRET_ARN: { Ref: 'Secret' } } }), Secret: cfnSecret({}) },
          expected: ['Fn: pass'],
        },
        {
          name: 'compliant: a NoEcho parameter without a default (given at deploy time; a secret config value in Pulumi)',
          pulumi: [pulumiFunction({ variables: { DB_PASSWORD: SECRET_UNKNOWN } })],
          cfn: { Parameters: NO_ECHO, Resources: { Fn: cfnFunction({ Variables: { DB_PASSWORD: { Ref: 'DbPassword' } } }) } },
          expected: ['Fn: pass'],
        },
        {
          name: 'non-compliant: a literal under a secret-like name, and a secret-shaped value (names kept as written)',
          pulumi: [pulumiFunction({ variables: { DB_PASSWORD: FAKE_PASSWORD, SOME_SETTING: FAKE_AWS_KEY_ID } })],
          cfn: { Fn: cfnFunction({ Variables: { DB_PASSWORD: FAKE_PASSWORD, SOME_SETTING: FAKE_AWS_KEY_ID } }) },
          expected: ['Fn/environment.variables.DB_PASSWORD: fail', 'Fn/environment.variables.SOME_SETTING: fail'],
        },
        {
          // The parameter is not named like a secret, so only its use is reported (a secret-like one is also
          // reported itself: see the template parameters below).
          name: 'non-compliant: a parameter default is written in the template, NoEcho or not',
          pulumi: [pulumiFunction({ variables: { DB_PASSWORD: FAKE_PASSWORD } })],
          cfn: {
            Parameters: { DbLogin: { Type: 'String', NoEcho: true, Default: FAKE_PASSWORD } },
            Resources: { Fn: cfnFunction({ Variables: { DB_PASSWORD: { Ref: 'DbLogin' } } }) },
          },
          expected: ['Fn/environment.variables.DB_PASSWORD: fail'],
        },
        {
          name: 'unknown: the environment is imported (Fn::ImportValue)',
          pulumi: [pulumiFunction(UNKNOWN)],
          cfn: { Fn: cfnFunction({ 'Fn::ImportValue': 'shared-environment' }) },
          expected: ['Fn: unknown'],
        },
      ],
    },
    {
      titles: ['SEC4 parity: no plaintext secrets in the template', 'ECS container environment'],
      cases: [
        {
          name: 'compliant: plain settings; the secret comes from Secrets Manager (Secrets/ValueFrom)',
          pulumi: [pulumiTask([{ name: 'app', environment: [{ name: 'PORT', value: '8080' }], secrets: [{ name: 'DB_PASSWORD', valueFrom: SECRET_ARN }] }])],
          cfn: { Task: cfnTask([{ Name: 'app', Environment: [{ Name: 'PORT', Value: '8080' }], Secrets: [{ Name: 'DB_PASSWORD', ValueFrom: SECRET_ARN }] }]) },
          expected: ['Task: pass'],
        },
        {
          name: 'non-compliant: a JSON Web Token in plain text',
          pulumi: [pulumiTask([{ name: 'app', environment: [{ name: 'UPSTREAM_AUTH', value: FAKE_JWT }] }])],
          cfn: { Task: cfnTask([{ Name: 'app', Environment: [{ Name: 'UPSTREAM_AUTH', Value: FAKE_JWT }] }]) },
          expected: ['Task/containerDefinitions[app].environment.UPSTREAM_AUTH: fail'],
        },
        {
          name: 'unknown: the container definitions are imported',
          pulumi: [pulumiTask(UNKNOWN)],
          cfn: { Task: cfnTask({ 'Fn::ImportValue': 'containers' }) },
          expected: ['Task: unknown'],
        },
      ],
    },
    {
      titles: ['SEC4 parity: no plaintext secrets in the template', 'SSM parameters (CloudFormation creates String and StringList only)'],
      cases: [
        {
          name: 'compliant: a plain setting, and a dynamic reference under a secret-like name',
          pulumi: [
            pulumiParameter({ name: '/app/log-level', type: 'String', value: 'info' }),
            { ...pulumiParameter({ name: '/app/api-token', type: 'String', value: '{{resolve:ssm:/vendor/api-token}}' }), name: 'Ref' },
          ],
          cfn: {
            Param: cfnParameter({ Name: '/app/log-level', Type: 'String', Value: 'info' }),
            Ref: cfnParameter({ Name: '/app/api-token', Type: 'String', Value: '{{resolve:ssm:/vendor/api-token}}' }),
          },
          expected: ['Param: pass', 'Ref: pass'],
        },
        {
          name: 'compliant: the value of a NoEcho parameter without a default',
          pulumi: [pulumiParameter({ name: '/app/db-password', type: 'String', value: SECRET_UNKNOWN })],
          cfn: { Parameters: NO_ECHO, Resources: { Param: cfnParameter({ Name: '/app/db-password', Type: 'String', Value: { Ref: 'DbPassword' } }) } },
          expected: ['Param: pass'],
        },
        {
          name: 'non-compliant: a literal under a secret-like name; a secret-shaped value in a StringList',
          pulumi: [
            pulumiParameter({ name: '/app/db-password', type: 'String', value: FAKE_PASSWORD }),
            { ...pulumiParameter({ name: '/app/config', type: 'StringList', value: `a,${FAKE_AWS_KEY_ID}` }), name: 'List' },
          ],
          cfn: {
            Param: cfnParameter({ Name: '/app/db-password', Type: 'String', Value: FAKE_PASSWORD }),
            List: cfnParameter({ Name: '/app/config', Type: 'StringList', Value: { 'Fn::Join': [',', ['a', FAKE_AWS_KEY_ID]] } }),
          },
          expected: ['Param/value: fail', 'List/value: fail'],
        },
        {
          name: 'unknown: the type is a parameter without a default',
          pulumi: [pulumiParameter({ name: '/app/db-password', type: UNKNOWN, value: FAKE_PASSWORD })],
          cfn: { Parameters: { ParamType: { Type: 'String' } }, Resources: { Param: cfnParameter({ Name: '/app/db-password', Type: { Ref: 'ParamType' }, Value: FAKE_PASSWORD }) } },
          expected: ['Param: unknown'],
        },
      ],
    },
    {
      titles: ['SEC4 parity: no plaintext secrets in the template', 'Secrets Manager secret values (inline SecretString, a SecretVersion in Pulumi)'],
      cases: [
        {
          name: 'compliant: GenerateSecretString (generated at deploy time)',
          pulumi: [pulumiSecret, pulumiVersion(UNKNOWN)],
          cfn: { Secret: cfnSecret({ GenerateSecretString: { SecretStringTemplate: '{"username":"app"}', GenerateStringKey: 'password' } }) },
          expected: ['Secret: pass'],
        },
        {
          name: 'compliant: SecretString from a dynamic reference or a NoEcho parameter without a default',
          pulumi: [pulumiSecret, pulumiVersion(UNKNOWN), { ...pulumiSecret, name: 'Other' }, { ...pulumiVersion(UNKNOWN), name: 'Other' }],
          cfn: {
            Parameters: NO_ECHO,
            Resources: {
              Secret: cfnSecret({ SecretString: '{{resolve:ssm-secure:/vendor/shared-secret:1}}' }),
              Other: cfnSecret({ SecretString: { 'Fn::Sub': '{"password":"${DbPassword}"}' } }),
            },
          },
          expected: ['Secret: pass', 'Other: pass'],
        },
        {
          name: 'compliant: an empty secret (no value in the template)',
          pulumi: [pulumiSecret],
          cfn: { Secret: cfnSecret({ Description: 'filled in out of band' }) },
          expected: [],
        },
        {
          name: 'non-compliant: a literal SecretString',
          pulumi: [pulumiSecret, pulumiVersion(`{"password":"${FAKE_PASSWORD}"}`)],
          cfn: { Secret: cfnSecret({ SecretString: `{"password":"${FAKE_PASSWORD}"}` }) },
          expected: ['Secret/secretString: fail'],
        },
      ],
    },
    {
      titles: ['SEC4 parity: no plaintext secrets in the template', 'IAM long-lived credentials'],
      cases: [
        {
          name: 'non-compliant: an access key and a user with a console password; a user without one is not judged',
          pulumi: [
            { type: 'aws:iam/user:User', name: 'Admin', props: { name: 'admin' } },
            { type: 'aws:iam/user:User', name: 'Ci', props: { name: 'ci' } },
            { type: 'aws:iam/userLoginProfile:UserLoginProfile', name: 'Admin', props: { user: 'admin', passwordResetRequired: true } },
            { type: 'aws:iam/accessKey:AccessKey', name: 'CiKey', props: { user: UNKNOWN }, dependsOn: { user: ['Ci'] } },
          ],
          cfn: {
            Parameters: NO_ECHO,
            Resources: {
              Admin: { Type: 'AWS::IAM::User', Properties: { UserName: 'admin', LoginProfile: { Password: { Ref: 'DbPassword' }, PasswordResetRequired: true } } },
              Ci: { Type: 'AWS::IAM::User', Properties: { UserName: 'ci' } },
              CiKey: { Type: 'AWS::IAM::AccessKey', Properties: { UserName: { Ref: 'Ci' } } },
            },
          },
          expected: ['Admin: fail', 'CiKey: fail'],
        },
      ],
    },
    {
      titles: ['SEC4 parity: no plaintext secrets in the template', 'Lambda environment: unknown values and connection strings'],
      cases: [
        {
          name: 'compliant: a connection string built from a NoEcho parameter (a secret in Pulumi)',
          pulumi: [pulumiFunction({ variables: { DATABASE_URL: SECRET_UNKNOWN } })],
          cfn: { Parameters: NO_ECHO, Resources: { Fn: cfnFunction({ Variables: { DATABASE_URL: { 'Fn::Sub': 'postgres://app:${DbPassword}@db.internal/app' } } }) } },
          expected: ['Fn: pass'],
        },
        {
          name: 'non-compliant: a connection string with a written password, under any name',
          pulumi: [pulumiFunction({ variables: { DATABASE_URL: `postgres://app:${FAKE_PASSWORD}@db.internal/app` } })],
          cfn: { Fn: cfnFunction({ Variables: { DATABASE_URL: `postgres://app:${FAKE_PASSWORD}@db.internal/app` } }) },
          expected: ['Fn/environment.variables.DATABASE_URL: fail'],
        },
        {
          name: 'unknown: a secret-like variable imported from another stack (neither secret nor computed here)',
          pulumi: [pulumiFunction({ variables: { DB_PASSWORD: UNKNOWN, LOG_LEVEL: 'info' } })],
          cfn: { Fn: cfnFunction({ Variables: { DB_PASSWORD: { 'Fn::ImportValue': 'shared-db-password' }, LOG_LEVEL: 'info' } }) },
          expected: ['Fn/environment.variables.DB_PASSWORD: unknown'],
        },
      ],
    },
    {
      titles: ['SEC4 parity: no plaintext secrets in the template', 'SSM parameters: a value not known under a secret-like name'],
      cases: [
        {
          name: 'unknown: the value of a parameter that is not NoEcho (shown in plain text, maybe a secret)',
          pulumi: [pulumiParameter({ name: '/app/db-password', type: 'String', value: UNKNOWN })],
          cfn: { Parameters: { Initial: { Type: 'String' } }, Resources: { Param: cfnParameter({ Name: '/app/db-password', Type: 'String', Value: { Ref: 'Initial' } }) } },
          expected: ['Param/value: unknown'],
        },
      ],
    },
    {
      titles: ['SEC4 parity: no plaintext secrets in the template', 'Secrets Manager: a JSON secret string with dynamic references'],
      cases: [
        {
          name: 'compliant: every secret field is a dynamic reference (the username is no secret)',
          pulumi: [pulumiSecret, pulumiVersion(referenced)],
          cfn: { Secret: cfnSecret({ SecretString: referenced }) },
          expected: ['Secret: pass'],
        },
        {
          name: 'non-compliant: a literal field beside a dynamic reference is still literal',
          pulumi: [pulumiSecret, pulumiVersion(mixed)],
          cfn: { Secret: cfnSecret({ SecretString: mixed }) },
          expected: ['Secret/secretString: fail'],
        },
      ],
    },
    {
      titles: ['SEC4 parity: no plaintext secrets in the template', 'passwords by what they are: database master passwords, Redis AUTH tokens'],
      cases: [
        {
          name: 'compliant: a Secrets Manager dynamic reference (a secret config value in Pulumi)',
          pulumi: pulumiOf(SECRET_UNKNOWN),
          cfn: cfnOf('{{resolve:secretsmanager:app/db:SecretString:password}}'),
          expected: TYPES.map((t) => `${t.name}: pass`),
        },
        {
          name: 'compliant: CDK\u2019s reference to its generated secret (Fn::Join with the secret\u2019s Ref; computed from it in Pulumi)',
          pulumi: [
            { type: 'aws:secretsmanager/secret:Secret', name: 'DbSecret', props: {} },
            { type: 'aws:rds/instance:Instance', name: 'Instance', props: { password: UNKNOWN }, dependsOn: { password: ['DbSecret'] } },
          ],
          cfn: {
            DbSecret: cfnSecret({}),
            Instance: { Type: 'AWS::RDS::DBInstance', Properties: { MasterUserPassword: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: 'DbSecret' }, ':SecretString:password::}}']] } } },
          },
          expected: ['Instance: pass'],
        },
        {
          name: 'non-compliant: a literal password',
          pulumi: pulumiOf(FAKE_PASSWORD),
          cfn: cfnOf(FAKE_PASSWORD),
          expected: TYPES.map((t) => `${t.name}/${PATHS[t.name]}: fail`),
        },
        {
          name: 'unknown: a password imported from another stack (neither secret nor computed here)',
          pulumi: pulumiOf(UNKNOWN),
          cfn: cfnOf({ 'Fn::ImportValue': 'db-password' }),
          expected: TYPES.map((t) => `${t.name}/${PATHS[t.name]}: unknown`),
        },
      ],
    },
    {
      titles: ['SEC4 Pulumi only: aws.rds.ClusterInstance (CloudFormation writes an Aurora member as an AWS::RDS::DBInstance)'],
      cases: [
        {
          name: 'compliant: a cluster instance whose password is a secret config value',
          pulumi: [clusterInstance(SECRET_UNKNOWN)],
          cfn: {},
          expected: ['Member: pass'],
          only: 'pulumi',
        },
        {
          name: 'non-compliant: a cluster instance with a literal password',
          pulumi: [clusterInstance(FAKE_PASSWORD)],
          cfn: {},
          expected: ['Member/password: fail'],
          only: 'pulumi',
        },
        {
          name: 'unknown: a cluster instance whose password is not known during preview and not a secret',
          pulumi: [clusterInstance(UNKNOWN)],
          cfn: {},
          expected: ['Member/password: unknown'],
          only: 'pulumi',
        },
      ],
    },
  ],
};
