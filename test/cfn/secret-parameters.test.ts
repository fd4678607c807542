/**
 * SEC4 on the template's own text: parameters named like secrets must be NoEcho, a written Default is
 * written whatever NoEcho says, and no report format ever quotes a secret the template writes (a
 * password, a token, a connection string), whatever the finding.
 */
import { SEC4 } from '../../src/rules/sec/SEC4-no-plaintext-secrets';
import { runCfn } from '../support/cfn-stack';
import * as fs from 'node:fs';
import { parseReport, runCli, tempFile } from '../support/cli';
import { statuses } from '../support/pulumi-stack';

jest.setTimeout(120_000);

// Obviously fake values (test/rules/SEC4.test.ts shows the patterns recognise them).
const FAKE_PASSWORD = 'FAKE-hunter2-password-0001';
const FAKE_AWS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const FAKE_URL = 'postgres://app:FAKE-url-password-0002@db.internal:5432/app';

const withParameters = (Parameters: Record<string, unknown>) => runCfn(SEC4, { Parameters, Resources: {} });

describe('SEC4: template parameters', () => {
  it('fails a secret-like parameter without NoEcho (worse with a written Default); passes a NoEcho one without a Default', () => {
    const f = withParameters({
      DbPassword: { Type: 'String' },
      ApiToken: { Type: 'String', Default: FAKE_PASSWORD },
      ClientSecret: { Type: 'String', NoEcho: true },
      SharedSecret: { Type: 'String', NoEcho: 'true', MinLength: 32 },
      Stage: { Type: 'String', Default: 'prod' },
    });
    expect(statuses(f)).toEqual(['DbPassword/NoEcho: fail', 'ApiToken/NoEcho: fail']);
    expect(f.map((x) => x.enforcement)).toEqual(['mandatory', 'mandatory']);
    expect(f.map((x) => x.resource.type)).toEqual(['AWS::CloudFormation::Parameter', 'AWS::CloudFormation::Parameter']);
    expect(f[0].message).toContain('without NoEcho: true');
    expect(f[0].message).not.toContain('Default');
    expect(f[1].message).toContain('its Default writes a literal value in the template');
  });

  it('fails a written Default even when NoEcho, and a secret-shaped Default under any name', () => {
    const f = withParameters({
      DbPassword: { Type: 'String', NoEcho: true, Default: FAKE_PASSWORD },
      Upstream: { Type: 'String', Default: FAKE_URL },
      DeployKey: { Type: 'String', Default: FAKE_AWS_KEY_ID },
      EmptyPassword: { Type: 'String', NoEcho: true, Default: '' },
    });
    expect(statuses(f)).toEqual(['DbPassword/Default: fail', 'Upstream/Default: fail', 'DeployKey/Default: fail']);
    expect(f[0].message).toContain('NoEcho masks the value in output, not what the template writes');
    expect(f[1].message).toContain('connection string');
    expect(f[2].message).toContain('AWS access key ID');
  });

  it('is unknown when NoEcho is neither true nor false; numbers and SSM parameter names are not secrets', () => {
    const f = withParameters({
      DbPassword: { Type: 'String', NoEcho: 'yes please' },
      TokenValidityHours: { Type: 'Number', Default: 12 },
      DbPasswordSsm: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/app/db/password' },
    });
    expect(statuses(f)).toEqual(['DbPassword/NoEcho: unknown']);
    expect(f[0].message).toContain('NoEcho');
  });

  it('a NoEcho parameter used for a password passes where it is used; a plain one is unknown there and fails itself', () => {
    const f = runCfn(SEC4, {
      Parameters: { MasterPassword: { Type: 'String', NoEcho: true }, ReplicaPassword: { Type: 'String' } },
      Resources: {
        Primary: { Type: 'AWS::RDS::DBInstance', Properties: { MasterUserPassword: { Ref: 'MasterPassword' } } },
        Replica: { Type: 'AWS::RDS::DBInstance', Properties: { MasterUserPassword: { Ref: 'ReplicaPassword' } } },
      },
    });
    expect(statuses(f).sort()).toEqual(['Primary: pass', 'Replica/password: unknown', 'ReplicaPassword/NoEcho: fail']);
    expect(f.find((x) => x.resource.name === 'Replica')?.message).toContain('parameter ReplicaPassword');
  });
});

describe('SEC4: no report quotes a secret the template writes', () => {
  const template = {
    Parameters: {
      ApiToken: { Type: 'String', Default: FAKE_PASSWORD },
      Upstream: { Type: 'String', Default: FAKE_URL },
    },
    Resources: {
      Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', MasterUsername: 'app', MasterUserPassword: FAKE_PASSWORD } },
      Cache: { Type: 'AWS::ElastiCache::ReplicationGroup', Properties: { ReplicationGroupDescription: 'cache', AuthToken: FAKE_PASSWORD } },
      Fn: { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'nodejs22.x', Environment: { Variables: { DATABASE_URL: FAKE_URL, KEY_ID: FAKE_AWS_KEY_ID } } } },
      Secret: { Type: 'AWS::SecretsManager::Secret', Properties: { SecretString: `{"password":"${FAKE_PASSWORD}","apiKey":"{{resolve:ssm-secure:/vendor/key:1}}"}` } },
    },
  };
  const file = tempFile('secrets.template.json', template);

  it('judges every one of them', () => {
    const { findings } = parseReport(runCli(['scan', file, '--format', 'json']));
    const failed = findings
      .filter((f) => f.requirement === 'SEC4' && f.status === 'fail')
      .map((f) => f.resource.name)
      .sort();
    expect(failed).toEqual(['ApiToken', 'Cache', 'Db', 'Fn', 'Fn', 'Secret', 'Upstream']);
  });

  it.each(['text', 'json', 'sarif', 'junit', 'markdown'])('never quotes them in the %s report', (format) => {
    const r = runCli(['scan', file, '--format', format]);
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    for (const secret of [FAKE_PASSWORD, FAKE_URL, 'FAKE-url-password', FAKE_AWS_KEY_ID]) expect(out).not.toContain(secret);
  });

  it('locates a parameter\u2019s finding at its declaration (SARIF region), in JSON and YAML templates', () => {
    const yaml = ['Parameters:', '  Stage:', '    Type: String', '  ApiToken:', '    Type: String', 'Resources:', '  Topic:', '    Type: AWS::SNS::Topic', ''].join('\n');
    for (const [where, line] of [
      [
        file,
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .findIndex((l) => l.includes('"ApiToken"')) + 1,
      ],
      [tempFile('params.yaml', yaml), 4],
    ] as const) {
      const sarif = JSON.parse(runCli(['scan', where, '--format', 'sarif']).stdout) as {
        runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ logicalLocations: Array<{ name: string }>; physicalLocation?: { region?: { startLine: number } } }> }> }>;
      };
      const result = sarif.runs[0].results.find((r) => r.ruleId.includes('SEC4') && r.locations[0].logicalLocations[0].name === 'ApiToken');
      expect(result?.locations[0].physicalLocation?.region?.startLine).toBe(line);
    }
  });
});
