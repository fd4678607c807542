// The policy pack runs as compiled JavaScript (as users run it), so integration tests need dist/ up to date.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
module.exports = async () => {
  const root = path.join(__dirname, '..', '..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
};
