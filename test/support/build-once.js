// The policy pack runs as compiled JavaScript (as users run it), so integration tests need dist/ up to date.
// Type errors do not stop the build here: `npm test` type-checks first, and tsc still emits, so a jest run
// of a few files during development is not blocked by another file's unfinished types.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
module.exports = async () => {
  const root = path.join(__dirname, '..', '..');
  const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) process.stderr.write(`build-once: tsc reported errors (dist/ emitted anyway):\n${(r.stdout || '').split('\n').slice(0, 20).join('\n')}\n`);
  // The pack runs the rules bundled from dist/ (as `npm run build` bundles them).
  const b = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle-pack.js')], { cwd: root, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`build-once: bundling the policy pack failed:\n${b.stderr}`);
};
