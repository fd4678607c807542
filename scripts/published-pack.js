// The policy pack as Pulumi Cloud runs it after `pulumi policy publish`: the CLI uploads `npm pack` of
// the pack directory (`Publish`), and enforcement unpacks the tarball's `package/` directory and installs
// its package.json's dependencies there (`installRequiredPolicy`), both in pkg/backend/httpstate/
// policypack.go, pulumi/pulumi 1b59498. Here the tarball is unpacked in a temp dir, far from this
// repository's node_modules, and installed from the npm registry without dev dependencies.
// Used by test/pulumi/published-pack.test.ts and `npm run bench`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npm(args, cwd, timeoutMs) {
  const r = spawnSync(NPM, args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, stdout: r.stdout || '', output: `${r.stdout || ''}${r.stderr || ''}${r.error ? String(r.error) : ''}` };
}

/** Why the npm registry cannot be used from here, or undefined when it answers. */
function registryUnreachable() {
  const r = npm(['view', '@pulumi/policy', 'version', '--json'], ROOT, 60000);
  return r.ok ? undefined : `the npm registry does not answer (npm view @pulumi/policy: ${r.output.trim().split('\n').pop() || 'no output'})`;
}

/** Packs policies/, unpacks the tarball and installs its dependencies; returns the installed pack's directory. */
function installPublishedPack() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mg-published-pack-'));
  const packed = npm(['pack', '--json', '--pack-destination', work], path.join(ROOT, 'policies'), 120000);
  if (!packed.ok) throw new Error(`npm pack policies/ failed:\n${packed.output}`);
  const [{ filename }] = JSON.parse(packed.stdout);
  const tar = spawnSync('tar', ['-xzf', path.join(work, filename), '-C', work], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`unpacking ${filename} failed: ${tar.stderr}`);
  const packDir = path.join(work, 'package');
  if (!fs.existsSync(path.join(packDir, 'PulumiPolicy.yaml'))) throw new Error(`${filename} holds no package/PulumiPolicy.yaml`);
  const installed = npm(['install', '--omit=dev', '--no-audit', '--no-fund'], packDir, 540000);
  if (!installed.ok) throw new Error(`npm install in the unpacked pack failed:\n${installed.output.slice(-4000)}`);
  return packDir;
}

module.exports = { installPublishedPack, registryUnreachable };
