#!/usr/bin/env node
// `npm start`: the main job on the bundled examples. The compliant app must pass (exit 0); the
// insecure one must be stopped (exit 1). Anything else is a broken promise of the README: exit non-zero.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'bin', 'marketplace-guardrails.js');
const run = (args) => {
  console.log(`\n$ marketplace-guardrails ${args.join(' ')}`);
  return spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', cwd: root }).status;
};

const expectations = [
  { args: ['preview', 'examples/pulumi-app'], exit: 0 },
  { args: ['preview', 'examples/pulumi-insecure'], exit: 1 },
];
let broken = 0;
for (const { args, exit } of expectations) {
  const code = run(args);
  if (code !== exit) {
    console.error(`\nexpected exit ${exit} from "marketplace-guardrails ${args.join(' ')}", got ${code}`);
    broken++;
  }
}
console.log(broken ? '' : '\nThe compliant example passes and the insecure one is stopped, as expected.');
process.exitCode = broken ? 1 : 0;
