/**
 * Acknowledgements as a cloud assembly records them, read by `scan`: in the stack artifact's own
 * `metadata` (CDK before `additionalMetadataFile`) as in `<Stack>.metadata.json`; the metadata file is
 * input like the manifest: inside the assembly, JSON, or one line and exit code 2.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseReport, runCli, tempDir } from '../support/cli';

const OLD_FUNCTION = { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'nodejs16.x', Handler: 'index.handler', Role: 'arn:aws:iam::123456789012:role/fn', Code: { ZipFile: 'x' } } };
const ACK = (reason: string) => [
  { type: 'aws:cdk:logicalId', data: 'Fn' },
  { type: 'aws:cdk:acknowledged-rules', data: { 'Annotation::Marketplace-RUN1': reason } },
];

function assembly(artifact: Record<string, unknown>, files: Record<string, string> = {}): string {
  const out = tempDir('mg-ack-assembly-');
  fs.writeFileSync(
    path.join(out, 'manifest.json'),
    JSON.stringify({ version: '36.0.0', artifacts: { App: { type: 'aws:cloudformation:stack', properties: { templateFile: 'App.template.json' }, ...artifact } } }),
  );
  fs.writeFileSync(path.join(out, 'App.template.json'), JSON.stringify({ Resources: { Fn: OLD_FUNCTION } }));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(out, name), text);
  return out;
}

const run1 = (out: string) => parseReport(runCli(['scan', out, '--format', 'json', '--now', '2026-11-24'])).findings.filter((f) => f.requirement === 'RUN1');

describe('scan reads acknowledgements from the cloud assembly', () => {
  it('in the artifact metadata of the manifest', () => {
    const out = assembly({ metadata: { '/App': [{ type: 'aws:cdk:templateFile', data: 'App.template.json' }], '/App/Fn': ACK('replaced next sprint') } });
    expect(run1(out).map((f) => [f.status, f.exemption?.reason])).toEqual([['exempt', 'replaced next sprint']]);
  });

  it('in the additional metadata file', () => {
    const out = assembly({ additionalMetadataFile: 'App.metadata.json' }, { 'App.metadata.json': JSON.stringify({ '/App/Fn': ACK('replaced next sprint') }) });
    expect(run1(out).map((f) => f.status)).toEqual(['exempt']);
  });

  it('not honoured with a blank reason, saying why', () => {
    const out = assembly({ additionalMetadataFile: 'App.metadata.json' }, { 'App.metadata.json': JSON.stringify({ '/App/Fn': ACK(' ') }) });
    const [finding] = run1(out);
    expect(finding.status).toBe('fail');
    expect(finding.message).toMatch(/the acknowledgement of Marketplace-RUN1 on App\/Fn has no reason, so it is not honoured/);
  });

  it.each([
    ['not JSON', { additionalMetadataFile: 'App.metadata.json' }, { 'App.metadata.json': '{"/App/Fn": [' }, /App\.metadata\.json: not a stack metadata file/],
    ['outside the assembly', { additionalMetadataFile: '../elsewhere.json' }, {}, /artifacts\.App\.additionalMetadataFile/],
  ])('refuses a metadata file %s: one line, exit 2', (_what, artifact, files, message) => {
    const r = runCli(['scan', assembly(artifact, files)]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
