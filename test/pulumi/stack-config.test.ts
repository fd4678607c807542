/**
 * Stack config as the Pulumi CLI hands it to a program: `Pulumi.<stack>.yaml` found beside Pulumi.yaml
 * (or in its stackConfigDir), merged over Pulumi.yaml's project-level `config:`, `--config-file` as an
 * override, `secure:` values as secrets of unknown plaintext.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../../src/cli/errors';
import { StackConfig, readStackConfig } from '../../src/pulumi/offline/stack-config';
import { ROOT, parseReport, runCli, tempDir } from '../support/cli';

jest.setTimeout(120_000);

const program = path.join(ROOT, 'test', 'fixtures', 'programs', 'stack-config-secrets');
const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

interface CapturedLike {
  name: string;
  props: Record<string, unknown>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { captureProgram } = require(path.join(ROOT, 'dist', 'src', 'pulumi', 'offline', 'capture')) as {
  captureProgram(dir: string, options?: { stack?: string; configFile?: string }): Promise<{ resources: CapturedLike[] }>;
};

/** A project directory with the given Pulumi.yaml and stack files; returns what readStackConfig gives for `stack`. */
function configOf(project: string, files: Record<string, string>, stack = 'dev', configFile?: string): StackConfig {
  const dir = tempDir('mg-stack-config-');
  fs.writeFileSync(path.join(dir, 'Pulumi.yaml'), project);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const projectFile = path.join(dir, 'Pulumi.yaml');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const projectDoc = require('yaml').parse(project) as Record<string, unknown>;
  return readStackConfig({ projectFile, projectDoc, project: projectDoc.name as string, stack, configFile: configFile && path.join(dir, configFile) });
}

describe('stack config', () => {
  it('reads Pulumi.<stack>.yaml by itself, over the project defaults, with secure values as secrets of unknown plaintext', async () => {
    const { resources } = await captureProgram(program, { stack: 'dev' });
    const tags = resources.find((r) => r.name === 'config-echo')?.props.tags;
    expect(tags).toEqual({ app: 'marketplace-app', retention: '14', alarms: 'ops@example.com', region: 'us-east-1', passwordIsSecret: 'true' });
    const vars = (resources.find((r) => r.name === 'api')?.props.environment as { variables: Record<string, unknown> }).variables;
    expect(vars.DB_PASSWORD).toEqual({ '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', value: UNKNOWN });
  });

  it('judges what the stack file sets: its weak minimum protocol fails TLS1 without --config-file', () => {
    const { findings } = parseReport(runCli(['preview', program, '--stack', 'dev', '--format', 'json']));
    expect(findings.filter((f) => f.requirement === 'TLS1').map((f) => `${f.resource.name} ${f.status}`)).toEqual(['site fail']);
  });

  it('takes --config-file instead of the stack file', () => {
    const dir = tempDir('mg-config-file-');
    const file = path.join(dir, 'override.yaml');
    fs.writeFileSync(file, 'config:\n  stack-config-secrets:dbPassword:\n    secure: AAAFAKE\n  stack-config-secrets:minimumProtocolVersion: TLSv1.2_2021\n  stack-config-secrets:alarmEmails: []\n');
    const { findings } = parseReport(runCli(['preview', program, '--config-file', file, '--format', 'json']));
    expect(findings.filter((f) => f.requirement === 'TLS1')).toEqual([]);
  });

  it('names the file and key when the program needs a value no file sets', () => {
    const r = runCli(['preview', program, '--stack', 'prod']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dbPassword');
  });

  const project = 'name: app\nruntime: nodejs\nconfig:\n  size: small\n  port:\n    type: integer\n    default: 8080\n  aws:region:\n    value: eu-west-1\n';

  it('namespaces keys and passes every value as the CLI does (strings as they are, the rest as JSON)', () => {
    const c = configOf(project, { 'Pulumi.dev.yaml': 'config:\n  port: 9090\n  app:flags: {a: true}\n  other:list: [1, 2]\n' });
    expect(c).toEqual({ values: { 'app:size': 'small', 'app:port': '9090', 'app:flags': '{"a":true}', 'other:list': '[1,2]', 'aws:region': 'eu-west-1' }, secretKeys: [] });
  });

  it('marks a key secret when any leaf is secure, its plaintext unknown', () => {
    const c = configOf(project, { 'Pulumi.dev.yaml': 'config:\n  app:db:\n    user: admin\n    password:\n      secure: AAAFAKE\n' });
    expect(c.secretKeys).toEqual(['app:db']);
    expect(JSON.parse(c.values['app:db'])).toEqual({ user: 'admin', password: UNKNOWN });
  });

  it('finds the file of a fully qualified stack name and in the project’s stackConfigDir', () => {
    expect(configOf(project, { 'Pulumi.dev.yaml': 'config:\n  size: large\n' }, 'acme/app/dev').values['app:size']).toBe('large');
    const inDir = configOf(`${project}stackConfigDir: stacks\n`, { 'stacks/Pulumi.dev.yaml': 'config:\n  size: medium\n' });
    expect(inDir.values['app:size']).toBe('medium');
  });

  it('uses the project defaults alone when the stack has no file', () => {
    expect(configOf(project, {}).values).toEqual({ 'app:size': 'small', 'app:port': '8080', 'aws:region': 'eu-west-1' });
  });

  it.each([
    ['a value of the wrong type', project, 'config:\n  port: eighty\n', /config "port" must be of type integer/],
    ['a plain value for a key declared secret', 'name: app\nruntime: nodejs\nconfig:\n  token:\n    type: string\n    secret: true\n', 'config:\n  token: FAKE\n', /declared secret/],
    ['a required key no file sets', 'name: app\nruntime: nodejs\nconfig:\n  bucket:\n    type: string\n', 'config: {}\n', /missing configuration values .*: bucket/],
    ['config that is not a mapping', project, 'config: [1]\n', /"config" must be a mapping/],
  ])('refuses %s with one line', (_what, proj, stackFile, message) => {
    expect(() => configOf(proj, { 'Pulumi.dev.yaml': stackFile })).toThrow(UsageError);
    expect(() => configOf(proj, { 'Pulumi.dev.yaml': stackFile })).toThrow(message);
  });

  it('refuses a --config-file that does not exist', () => {
    expect(() => configOf(project, {}, 'dev', 'missing.yaml')).toThrow(UsageError);
  });
});
