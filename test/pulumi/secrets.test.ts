/**
 * A secret never appears in any report: values wrapped by `pulumi.secret(...)`, `secure:` config values
 * and the encrypted secrets of a stack export, in every output format and through error paths (a policy
 * document that is a secret and not valid JSON). Rules quote values in their messages, so the pack must
 * know what was secret on the wire and say `[secret]` instead.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, parseReport, runCli, tempFile } from '../support/cli';

jest.setTimeout(300_000);

const program = path.join(ROOT, 'test', 'fixtures', 'programs', 'stack-config-secrets');
/** The fixture's fake secret plaintexts and its fake ciphertext. */
const PLAINTEXTS = [1, 2, 3, 4, 5].map((n) => new RegExp(`FAKE-[a-z]+-plaintext-000${n}`));
const CIPHERTEXT = 'AAABAFAKEFAKEFAKEciphertextForTestsOnly';
const FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;

describe('secrets in reports', () => {
  it.each(FORMATS)('never shows a secret value in the %s report, and says [secret] where a rule quoted one', (format) => {
    const r = runCli(['preview', program, '--format', format]);
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    for (const p of PLAINTEXTS) expect(out).not.toMatch(p);
    expect(out).not.toContain(CIPHERTEXT);
    // NET3 and SEC1 quote the secret values they judged (Markdown escapes the brackets).
    expect(out).toMatch(/\\?\[secret\\?\]/);
  });

  it('still judges secret values: what they hold fails where it would in plain text, and the JSON error names no text', () => {
    const { findings } = parseReport(runCli(['preview', program, '--format', 'json']));
    const messageOf = (id: string, name: string) => findings.find((f) => f.requirement === id && f.resource.name === name)?.message ?? '';
    expect(messageOf('NET3', 'worker')).toContain('metadataOptions.httpTokens is "[secret]"');
    expect(messageOf('SEC1', 'shared')).toContain('kmsKeyId is "[secret]"');
    expect(messageOf('IAM1', 'broken')).toContain('not valid JSON');
    // A pulumi.secret literal named like a secret is still a plaintext secret in the code.
    expect(findings.filter((f) => f.requirement === 'SEC4' && f.status === 'fail').map((f) => f.message)).toEqual([expect.stringContaining('environment.variables.API_TOKEN')]);
  });

  it('checks a stack export whose secrets are encrypted: their values are unknown, never shown, never a crash', () => {
    const secret = (ciphertext: string) => ({ '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', ciphertext });
    const decrypted = (value: unknown) => ({ '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', plaintext: JSON.stringify(value) });
    const urn = (type: string, name: string) => `urn:pulumi:prod::app::${type}::${name}`;
    const resource = (type: string, name: string, props: Record<string, unknown>) => ({ urn: urn(type, name), type, custom: true, inputs: props, outputs: props });
    const exported = {
      version: 3,
      deployment: {
        resources: [
          { urn: urn('pulumi:pulumi:Stack', 'app-prod'), type: 'pulumi:pulumi:Stack', custom: false },
          resource('aws:ec2/instance:Instance', 'encrypted', { ami: 'ami-1', instanceType: 't3.micro', metadataOptions: { httpTokens: secret('v1:FAKECIPHER1') } }),
          resource('aws:ec2/instance:Instance', 'shown', { ami: 'ami-1', instanceType: 't3.micro', metadataOptions: { httpTokens: decrypted('FAKE-exported-plaintext-0006') } }),
        ],
      },
    };
    const file = tempFile('stack.json', exported);
    for (const format of FORMATS) {
      const r = runCli(['preview', '--stack-export', file, '--format', format]);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toContain('FAKE-exported-plaintext-0006');
      expect(r.stdout + r.stderr).not.toContain('FAKECIPHER1');
    }
    const { findings } = parseReport(runCli(['preview', '--stack-export', file, '--format', 'json']));
    const net3 = findings.filter((f) => f.requirement === 'NET3').map((f) => `${f.resource.name} ${f.status}`);
    expect(net3).toEqual(['encrypted unknown', 'shown fail']);
  });

  it('refuses a stack export whose decrypted secret is not JSON without echoing it', () => {
    const file = tempFile('stack.json', {
      deployment: {
        resources: [
          {
            urn: 'urn:pulumi:prod::app::aws:s3/bucket:Bucket::b',
            type: 'aws:s3/bucket:Bucket',
            inputs: { bucket: { '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', plaintext: 'FAKE-broken-plaintext-0007' } },
          },
        ],
      },
    });
    const r = runCli(['preview', '--stack-export', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("a secret's plaintext is not valid JSON");
    expect(r.stderr).not.toContain('FAKE-broken-plaintext-0007');
  });

  it('does not echo a stack export that is not JSON', () => {
    const file = tempFile('stack.json', '{"deployment": FAKE-unparsable-plaintext-0008');
    const r = runCli(['preview', '--stack-export', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a readable stack export: it is not valid JSON');
    expect(r.stderr).not.toContain('FAKE-unparsable');
    expect(fs.existsSync(file)).toBe(true);
  });
});

describe('the pack keeps secrets it was handed on the wire out of its messages', () => {
  // Unit level, as under the Pulumi CLI: the engine sends secrets wrapped, @pulumi/policy unwraps them.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { buildPolicies } = require('../../src/pulumi/pack/policies') as typeof import('../../src/pulumi/pack/policies');
  const { redactSecrets } = require('../../src/pulumi/pack/secrets') as typeof import('../../src/pulumi/pack/secrets');
  const { Struct } = require('google-protobuf/google/protobuf/struct_pb') as { Struct: { fromJavaScript(o: object): unknown } };
  const SIG = { '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270' };

  it('reports [secret] for a value that was a secret on the wire, and the value itself when it was not', async () => {
    const [net3] = buildPolicies().filter((p) => p.name === 'NET3');
    const deserialize = require('@pulumi/policy/deserialize') as { deserializeProperties(s: unknown, proxySecrets: boolean): Record<string, unknown> };
    const run = async (httpTokens: unknown) => {
      const messages: string[] = [];
      const props = deserialize.deserializeProperties(Struct.fromJavaScript({ metadataOptions: { httpTokens } }), false);
      const args = {
        type: 'aws:ec2/instance:Instance',
        urn: 'urn:pulumi:dev::p::aws:ec2/instance:Instance::i',
        name: 'i',
        props,
        getConfig: () => ({}),
        notApplicable: () => {
          throw new Error('n/a');
        },
      };
      await (net3 as { validateResource: (a: unknown, r: (m: string) => void) => Promise<void> | void }).validateResource(args, (m) => messages.push(m));
      return messages.join('\n');
    };
    expect(await run({ ...SIG, value: 'FAKE-wire-plaintext-0009' })).toContain('"[secret]"');
    expect(await run({ ...SIG, value: 'FAKE-wire-plaintext-0009' })).not.toContain('FAKE-wire-plaintext-0009');
    expect(await run('optional')).toContain('"optional"');
  });

  it('hides every letter case and the JSON-escaped form, and short secrets only as whole words', () => {
    expect(redactSecrets('key Ab"cd1 and AB"CD1 and {"m":"Ab\\"cd1"}', new Set(['Ab"cd1']))).toBe('key [secret] and [secret] and {"m":"[secret]"}');
    expect(redactSecrets('port 443 in TLSv1.2_4430', new Set(['443']))).toBe('port [secret] in TLSv1.2_4430');
  });
});
