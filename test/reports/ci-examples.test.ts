/**
 * The ready CI files in examples/ci call the real commands: every `npx marketplace-guardrails ...` in
 * them is run as written in a directory with an empty policy config, and must get past option parsing
 * to the missing program or cdk.out (the only thing a user's repository adds).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ROOT, runCli, tempDir } from '../support/cli';

const CI_DIR = path.join(ROOT, 'examples', 'ci');

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

function commandsOf(file: string): string[][] {
  const doc: unknown = parse(fs.readFileSync(path.join(CI_DIR, file), 'utf8'));
  return strings(doc)
    .filter((s) => s.includes('npx marketplace-guardrails '))
    .map((s) => s.slice(s.indexOf('npx marketplace-guardrails ') + 'npx marketplace-guardrails '.length).trim().split(/\s+/));
}

describe.each(['github-actions.yml', 'gitlab-ci.yml'])('examples/ci/%s', (file) => {
  const commands = commandsOf(file);

  it('runs preview and scan with the report formats its CI system shows', () => {
    expect(commands.map((c) => c[0])).toEqual(expect.arrayContaining(['preview', 'scan']));
    const formats = commands.map((c) => c[c.indexOf('--format') + 1]);
    expect(formats).toContain(file.startsWith('github') ? 'sarif' : 'junit');
  });

  it.each(commandsOf(file).map((c) => [c.join(' '), c]))('accepts `%s`', (_text, args) => {
    const cwd = tempDir('mg-ci-');
    fs.writeFileSync(path.join(cwd, 'policy-config.json'), '{}');
    const r = runCli(args as string[], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^marketplace-guardrails: (program directory infra|cdk\.out) does not exist\n$/);
  });
});
