/**
 * The policy pack as Pulumi Cloud runs it after `pulumi policy publish`: the CLI uploads `npm pack` of
 * the pack directory (`Publish`), and enforcement unpacks the tarball's `package/` directory and installs
 * its package.json's dependencies there (`installRequiredPolicy`), both in pkg/backend/httpstate/
 * policypack.go, pulumi/pulumi 1b59498. Here the tarball is unpacked in a temp dir, far from this
 * repository's node_modules, and installed from the npm registry without dev dependencies.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from './cli';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npm(args: string[], cwd: string, timeoutMs: number): { ok: boolean; stdout: string; output: string } {
  const r = spawnSync(NPM, args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, stdout: r.stdout ?? '', output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/** Why the npm registry cannot be used from here, or undefined when it answers. */
export function registryUnreachable(): string | undefined {
  const r = npm(['view', '@pulumi/policy', 'version', '--json'], ROOT, 60_000);
  return r.ok ? undefined : `the npm registry does not answer (npm view @pulumi/policy: ${r.output.trim().split('\n').pop() ?? 'no output'})`;
}

/** Packs policies/, unpacks the tarball and installs its dependencies; returns the installed pack's directory. */
export function installPublishedPack(): string {
  const work = tempDir('mg-published-pack-');
  const packed = npm(['pack', '--json', '--pack-destination', work], path.join(ROOT, 'policies'), 120_000);
  if (!packed.ok) throw new Error(`npm pack policies/ failed:\n${packed.output}`);
  const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[];
  const tar = spawnSync('tar', ['-xzf', path.join(work, filename), '-C', work], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`unpacking ${filename} failed: ${tar.stderr}`);
  const packDir = path.join(work, 'package');
  if (!fs.existsSync(path.join(packDir, 'PulumiPolicy.yaml'))) throw new Error(`${filename} holds no package/PulumiPolicy.yaml`);
  const installed = npm(['install', '--omit=dev', '--no-audit', '--no-fund'], packDir, 540_000);
  if (!installed.ok) throw new Error(`npm install in the unpacked pack failed:\n${installed.output.slice(-4000)}`);
  return packDir;
}
