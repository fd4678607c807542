/**
 * `marketplace-guardrails/policies` gives Automation API users the pack directory to pass as
 * `stack.preview({ policyPacks: [policyPackDir] })`, resolved through the package's exports map as an
 * installed consumer resolves it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { policyPackDir } from '../../src/pulumi/pack/pack-dir';
import { ROOT, tempDir } from '../support/cli';

/** A consumer project with this package installed (linked) in its node_modules. */
function consumer(): string {
  const dir = tempDir('mg-consumer-');
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'marketplace-guardrails'), 'dir');
  return dir;
}

describe('marketplace-guardrails/policies', () => {
  it('exports the directory of the pack, and loading it starts nothing', () => {
    const r = spawnSync(process.execPath, ['-e', "process.stdout.write(require('marketplace-guardrails/policies').policyPackDir)"], { cwd: consumer(), encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.realpathSync(r.stdout)).toBe(fs.realpathSync(path.join(ROOT, 'policies')));
    expect(fs.existsSync(path.join(r.stdout, 'PulumiPolicy.yaml'))).toBe(true);
  });

  it('declares its types where the exports map says', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string }> };
    const entry = manifest.exports['./policies'];
    expect(fs.readFileSync(path.join(ROOT, entry.types), 'utf8')).toMatch(/export declare const policyPackDir: string;/);
    expect(fs.existsSync(path.join(ROOT, entry.default))).toBe(true);
  });

  it('is the same directory from the sources (the offline preview’s default pack)', () => {
    expect(policyPackDir).toBe(path.join(ROOT, 'policies'));
  });
});
