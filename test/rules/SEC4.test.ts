import { SEC4 } from '../../src/rules/sec/SEC4-no-plaintext-secrets';
import { EMBEDDED_PASSWORD, hasEmbeddedPassword, isDynamicReference, secretLikeName, secretShapedValue, withoutDynamicReferences } from '../../src/facts/secret-patterns';
import { evaluate } from '../../src/core/engine';
import { StackFacts } from '../../src/core/facts';
import { SECRET_UNKNOWN, TestResource, UNKNOWN, pulumiFacts, runPulumi, statuses } from '../support/pulumi-stack';

// Obviously fake credential shapes. Vendor-prefixed ones are assembled at run time so no token-shaped
// literal sits in the repository.
const FAKE_AWS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const FAKE_JWT = 'eyJhbGciOiJub25lIn0.eyJmYWtlIjp0cnVlfQ.fake';
const FAKE_PEM = ['-----BEGIN ', 'PRIVATE KEY-----\nFAKEFAKEFAKE\n-----END ', 'PRIVATE KEY-----'].join('');
const FAKE_GITHUB = ['ghp', '_', 'FAKE'.repeat(9)].join('');
const FAKE_VENDOR = {
  github_pat: ['github', '_pat_', 'FAKE'.repeat(6)].join(''),
  slack: ['xoxb', '-', 'FAKE'.repeat(4)].join(''),
  stripe: ['sk', '_live_', 'FAKE'.repeat(4)].join(''),
  google: ['AIza', 'FAKE'.repeat(8), 'FAK'].join(''),
  gitlab: ['glpat', '-', 'FAKE'.repeat(5)].join(''),
  npm: ['npm', '_', 'FAKE'.repeat(9)].join(''),
};

const lambda = (name: string, variables: unknown): TestResource => ({
  type: 'aws:lambda/function:Function',
  name,
  props: variables === undefined ? { runtime: 'nodejs22.x' } : { runtime: 'nodejs22.x', environment: variables === UNKNOWN ? UNKNOWN : { variables } },
});
const task = (name: string, containerDefinitions: unknown): TestResource => ({ type: 'aws:ecs/taskDefinition:TaskDefinition', name, props: { family: name, containerDefinitions } });
const param = (name: string, props: Record<string, unknown>): TestResource => ({ type: 'aws:ssm/parameter:Parameter', name, props });
const version = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: 'aws:secretsmanager/secretVersion:SecretVersion',
  name,
  props: { secretId: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:s-AbCdEf', ...props },
  dependsOn,
});

describe('secret patterns', () => {
  it('recognises the fake values the tests use, and secret-like names in any case or separator', () => {
    for (const v of [FAKE_AWS_KEY_ID, 'ASIAIOSFODNN7EXAMPLE', FAKE_JWT, FAKE_PEM, FAKE_GITHUB, ...Object.values(FAKE_VENDOR)]) expect(secretShapedValue(v)).toBeDefined();
    for (const v of ['hello', 'https://example.com', 'AKIA-not-a-key', 'arn:aws:s3:::bucket']) expect(secretShapedValue(v)).toBeUndefined();
    for (const n of ['DB_PASSWORD', 'dbPassword', 'api-key', 'API_KEY', 'apikey', 'PRIVATE_KEY', 'client_secret', 'SharedSecret', 'GITHUB_TOKEN']) expect(secretLikeName(n)).toBeDefined();
    for (const n of ['DB_HOST', 'SECRET_ARN', 'DB_PASSWORD_SECRET_NAME', 'TOKEN_URL', 'PASSWORD_LENGTH', 'LOG_LEVEL']) expect(secretLikeName(n)).toBeUndefined();
  });
});

describe('SEC4 no plaintext secrets in infrastructure code', () => {
  it('Lambda: passes references, computed values and plain settings; fails literal secrets by name or shape', () => {
    const f = runPulumi(SEC4, [
      lambda('ok', {
        DB_HOST: 'db.internal',
        DB_PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
        API_TOKEN: SECRET_UNKNOWN,
        TOKEN: 'arn:aws:ssm:us-east-1:123456789012:parameter/x',
      }),
      lambda('no-env', undefined),
      lambda('by-name', { DB_PASSWORD: 'hunter2', LOG_LEVEL: 'info' }),
      lambda('by-shape', { SOME_SETTING: FAKE_AWS_KEY_ID, OTHER: FAKE_JWT }),
    ]);
    expect(statuses(f)).toEqual([
      'ok: pass',
      'no-env: pass',
      'by-name/environment.variables.DB_PASSWORD: fail',
      'by-shape/environment.variables.SOME_SETTING: fail',
      'by-shape/environment.variables.OTHER: fail',
    ]);
    expect(f[3].message).toContain('AWS access key ID');
    expect(f[4].message).toContain('JSON Web Token');
    // Never echo the secret in a finding.
    expect(f.map((x) => x.message).join('\n')).not.toMatch(/hunter2|AKIAIOSFODNN7EXAMPLE|eyJhbGci/);
  });

  it('Lambda: unknown environment is unknown', () => {
    const f = runPulumi(SEC4, [lambda('later', UNKNOWN)]);
    expect(statuses(f)).toEqual(['later: unknown']);
  });

  it('ECS: judges environment entries of the JSON container definitions; secrets[] (valueFrom) pass', () => {
    const containers = (env: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify([{ name: 'app', image: 'app:1', environment: env, ...extra }]);
    const f = runPulumi(SEC4, [
      task('ok', containers([{ name: 'PORT', value: '8080' }], { secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf' }] })),
      task(
        'bad',
        containers([
          { name: 'CLIENT_SECRET', value: 'not-so-secret' },
          { name: 'KEY', value: FAKE_PEM },
        ]),
      ),
      task('vendor', containers([{ name: 'GH', value: FAKE_GITHUB }])),
      task('broken', '[{oops'),
      task('later', UNKNOWN),
    ]);
    expect(statuses(f)).toEqual([
      'ok: pass',
      'bad/containerDefinitions[app].environment.CLIENT_SECRET: fail',
      'bad/containerDefinitions[app].environment.KEY: fail',
      'vendor/containerDefinitions[app].environment.GH: fail',
      'broken: fail',
      'later: unknown',
    ]);
    expect(f[2].message).toContain('PEM private key');
    expect(f[3].message).toContain('GitHub token');
  });

  it('ECS: container definitions as a list (template shape) with a secret value pass', () => {
    const f = runPulumi(SEC4, [task('list', [{ name: 'app', environment: [{ name: 'API_KEY', value: SECRET_UNKNOWN }] }])]);
    expect(statuses(f)).toEqual(['list: pass']);
  });

  it('SSM: SecureString passes; a plain String with a secret-like name or a secret-shaped value fails', () => {
    const f = runPulumi(SEC4, [
      param('secure', { name: '/app/db-password', type: 'SecureString', value: 'hunter2' }),
      param('plain-setting', { name: '/app/log-level', type: 'String', value: 'info' }),
      param('computed', { name: '/app/api-key', type: 'String', value: SECRET_UNKNOWN }),
      param('named', { name: '/app/db-password', type: 'String', value: 'hunter2' }),
      param('shaped', { name: '/app/config', type: 'StringList', value: `a,${FAKE_VENDOR.slack}` }),
      param('autonamed-api-key', { type: 'String', value: 'abc123' }),
    ]);
    expect(statuses(f)).toEqual(['secure: pass', 'plain-setting: pass', 'computed: pass', 'named/value: fail', 'shaped/value: fail', 'autonamed-api-key/value: fail']);
    expect(f[3].message).toContain('SecureString');
  });

  it('SSM: unknown type or name is unknown', () => {
    const f = runPulumi(SEC4, [param('t', { name: '/x', type: UNKNOWN, value: 'v' }), param('n', { name: UNKNOWN, type: 'String', value: 'v' })]);
    expect(statuses(f)).toEqual(['t: unknown', 'n: unknown']);
  });

  it('Secrets Manager: a literal secretString fails; a computed one passes', () => {
    const f = runPulumi(SEC4, [
      version('literal', { secretString: '{"password":"hunter2"}' }),
      version('computed', { secretString: UNKNOWN }),
      version('no-dependency', { secretString: 'written-here' }, { secretString: [] }),
      version('none', {}),
    ]);
    expect(statuses(f)).toEqual(['literal/secretString: fail', 'computed: pass', 'no-dependency/secretString: fail', 'none: pass']);
    expect(f[1].message).toContain('value is computed, not written in code');
  });

  it('Secrets Manager: a known value computed from another resource passes', () => {
    const pw: TestResource = { type: 'aws:secretsmanager/secret:Secret', name: 'other', props: {} };
    const f = runPulumi(SEC4, [pw, version('derived', { secretString: 'value-from-output' }, { secretString: ['other'] })]);
    expect(statuses(f)).toEqual(['derived: pass']);
  });

  it('fails IAM access keys and login profiles (long-lived credentials)', () => {
    const f = runPulumi(SEC4, [
      { type: 'aws:iam/accessKey:AccessKey', name: 'ak', props: { user: 'ci' } },
      { type: 'aws:iam/userLoginProfile:UserLoginProfile', name: 'lp', props: { user: 'alice' } },
    ]);
    expect(statuses(f)).toEqual(['ak: fail', 'lp: fail']);
    expect(f.map((x) => x.enforcement)).toEqual(['mandatory', 'mandatory']);
  });

  it('Lambda: a value not known under a secret-like name is unknown unless secret or computed from a resource of the stack', () => {
    const secretSource: TestResource = { type: 'aws:secretsmanager/secret:Secret', name: 'pw', props: {} };
    const withDeps: TestResource = { ...lambda('computed', { API_TOKEN: UNKNOWN }), dependsOn: { environment: ['pw'] } };
    const f = runPulumi(SEC4, [secretSource, lambda('secret', { API_TOKEN: SECRET_UNKNOWN }), withDeps, lambda('unseen', { API_TOKEN: UNKNOWN, LOG_LEVEL: UNKNOWN })]);
    expect(statuses(f)).toEqual(['secret: pass', 'computed: pass', 'unseen/environment.variables.API_TOKEN: unknown']);
    expect(f[2].message).toContain('environment.variables.API_TOKEN is named like a secret');
  });

  it('as the Pulumi engine runs it: the resource policy, which gets no property dependencies, leaves a value not known to the stack policy', () => {
    // A resource policy's AnalyzeRequest carries no property dependencies, so its fact has none; the stack policy's has them.
    const secret: TestResource = { type: 'aws:secretsmanager/secret:Secret', name: 'db-password', props: {} };
    const byId: TestResource = { ...lambda('by-id', { DB_PASSWORD_SECRET: UNKNOWN }), dependsOn: { environment: ['db-password'] } };
    const resources = [secret, byId, lambda('unseen', { DB_PASSWORD: UNKNOWN }), lambda('literal', { DB_PASSWORD: 'hunter2', API_TOKEN: UNKNOWN })];
    const withoutDependencies = new StackFacts(pulumiFacts(resources).facts.map(({ dependsOn: _, ...fact }) => fact));
    expect(statuses(evaluate(withoutDependencies, [SEC4], {}, 'resource'))).toEqual(['literal/environment.variables.DB_PASSWORD: fail']);
    expect(statuses(evaluate(pulumiFacts(resources), [SEC4], {}, 'stack'))).toEqual(['by-id: pass', 'unseen/environment.variables.DB_PASSWORD: unknown']);
  });

  it('fails URLs and connection strings with a written password, in any environment, and never quotes them', () => {
    const urls = ['postgres://app:FAKE-pw-0001@db.internal:5432/app', 'mongodb+srv://u:FAKE-pw-0002@cluster0.example.net/db', 'redis://:FAKE-pw-0003@cache:6379', 'amqps://u:FAKE-pw-0004@broker'];
    const f = runPulumi(SEC4, [
      lambda('urls', Object.fromEntries(urls.map((u, i) => [`UPSTREAM_${i}`, u]))),
      lambda('fine', {
        A: 'postgres://app@db.internal/app',
        B: 'https://example.com/a:b@c',
        C: 'postgres://app:{DbPassword}@db',
        D: 'postgres://app:${DB_PASSWORD}@db',
        E: 'amqp://app:$(MQ_PASSWORD)@mq',
        F: 'redis://:$REDIS_PASSWORD@cache',
      }),
      task('task', JSON.stringify([{ name: 'app', environment: [{ name: 'DATABASE_URL', value: urls[0] }] }])),
      param('ssm', { name: '/app/db-url', type: 'String', value: urls[1] }),
    ]);
    expect(statuses(f)).toEqual([
      'urls/environment.variables.UPSTREAM_0: fail',
      'urls/environment.variables.UPSTREAM_1: fail',
      'urls/environment.variables.UPSTREAM_2: fail',
      'urls/environment.variables.UPSTREAM_3: fail',
      'fine: pass',
      'task/containerDefinitions[app].environment.DATABASE_URL: fail',
      'ssm/value: fail',
    ]);
    expect(f[0].message).toContain(EMBEDDED_PASSWORD);
    expect(f.map((x) => x.message).join('\n')).not.toMatch(/FAKE-pw|db\.internal|cluster0/);
  });

  it('reads embedded passwords in linear time', () => {
    const start = Date.now();
    for (const hostile of ['a'.repeat(200_000), 'a://'.repeat(50_000), `x://${'u:'.repeat(100_000)}`, `${'a'.repeat(100_000)}://${'b'.repeat(100_000)}`]) {
      expect(hasEmbeddedPassword(hostile)).toBe(false);
      secretShapedValue(hostile);
    }
    expect(hasEmbeddedPassword(`${'a://'.repeat(1000)} redis://:p@h`)).toBe(true);
    expect(hasEmbeddedPassword('://x postgres://u:p@h')).toBe(true);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('dynamic references: CDK\u2019s `{LogicalId}` inside one does not end it', () => {
    const cdk = '{{resolve:secretsmanager:{DbSecret}:SecretString:password::}}';
    expect(isDynamicReference(cdk)).toBe(true);
    expect(isDynamicReference('{{resolve:ssm:{Param}}}')).toBe(true);
    expect(isDynamicReference(`prefix-${cdk}`)).toBe(false);
    expect(withoutDynamicReferences(`a${cdk}b`)).toBe('ab');
  });

  it('Secrets Manager: a JSON secret string is literal in the fields written beside dynamic references', () => {
    const f = runPulumi(SEC4, [
      version('mixed', { secretString: '{"password":"hunter2","apiKey":"{{resolve:ssm-secure:/vendor/key:1}}"}' }),
      version('references', { secretString: '{"username":"app","port":5432,"password":"{{resolve:secretsmanager:db:SecretString:password}}"}' }),
      version('whole', { secretString: '{{resolve:ssm-secure:/vendor/key:1}}' }),
      version('around', { secretString: 'hunter2{{resolve:ssm-secure:/vendor/key:1}}' }),
    ]);
    expect(statuses(f)).toEqual(['mixed/secretString: fail', 'references: pass', 'whole: pass', 'around/secretString: fail']);
    expect(f[0].message).toContain('"password" field');
    expect(f.map((x) => x.message).join('\n')).not.toContain('hunter2');
  });

  describe('passwords by what they are (database master passwords, Redis AUTH tokens)', () => {
    const db = (type: string, name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({ type, name, props, dependsOn });
    const secretLiteral = { '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', value: 'hunter2' };

    it('fails a literal, even one wrapped in pulumi.secret (it is written in the program); passes secrets and generated values', () => {
      const pw: TestResource = { type: 'aws:secretsmanager/secret:Secret', name: 'generated', props: {} };
      const f = runPulumi(SEC4, [
        pw,
        db('aws:rds/instance:Instance', 'literal', { password: 'hunter2' }),
        db('aws:rds/instance:Instance', 'wrapped', { password: secretLiteral }),
        db('aws:rds/instance:Instance', 'write-only', { passwordWo: 'hunter2' }),
        db('aws:rds/instance:Instance', 'managed', { manageMasterUserPassword: true }),
        db('aws:rds/cluster:Cluster', 'config', { masterPassword: SECRET_UNKNOWN }),
        db('aws:redshift/cluster:Cluster', 'computed', { masterPassword: UNKNOWN }, { masterPassword: ['generated'] }),
        db('aws:docdb/cluster:Cluster', 'unseen', { masterPassword: UNKNOWN }),
        db('aws:elasticache/replicationGroup:ReplicationGroup', 'redis', { authToken: 'hunter2-token-0000' }),
        db('aws:opensearch/domain:Domain', 'search', { advancedSecurityOptions: { enabled: true, masterUserOptions: { masterUserName: 'admin', masterUserPassword: 'hunter2' } } }),
      ]);
      expect(statuses(f)).toEqual([
        'literal/password: fail',
        'wrapped/password: fail',
        'write-only/passwordWo: fail',
        'managed: pass',
        'config: pass',
        'redis/authToken: fail',
        'search/advancedSecurityOptions.masterUserOptions.masterUserPassword: fail',
        // Values not known are judged by the stack part (it reads the property dependencies), after the resource part.
        'computed: pass',
        'unseen/masterPassword: unknown',
      ]);
      expect(f.map((x) => x.enforcement)).toContain('mandatory');
      expect(f.map((x) => x.message).join('\n')).not.toContain('hunter2');
    });
  });
});
