#!/usr/bin/env node
// `npm start`: the main job on the bundled examples. The compliant apps must pass (exit 0); the
// insecure ones must be stopped (exit 1). Anything else is a broken promise of the README: exit non-zero.
// The CDK examples are synthesized first (their app.ts writes <example>/cdk.out, no cdk CLI needed).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'bin', 'marketplace-guardrails.js');
const tsNode = require.resolve('ts-node/dist/bin');
// CDK's own template validation at synth is slow and not what these examples are about.
const env = { ...process.env, CDK_VALIDATION: 'false' };

const run = (args) => {
  console.log(`\n$ marketplace-guardrails ${args.join(' ')}`);
  return spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', cwd: root }).status;
};
const synth = (example) => {
  console.log(`\n$ ts-node examples/${example}/app.ts`);
  return spawnSync(process.execPath, [tsNode, path.join('examples', example, 'app.ts')], { stdio: 'inherit', cwd: root, env }).status;
};

const expectations = [
  { args: ['preview', 'examples/pulumi-app'], exit: 0 },
  { args: ['preview', 'examples/pulumi-insecure'], exit: 1 },
];
for (const { example, exit } of [
  { example: 'cdk-app', exit: 0 },
  { example: 'cdk-insecure', exit: 1 },
]) {
  // The compliant CDK example may not exist yet in a checkout; say so instead of failing on it.
  if (!fs.existsSync(path.join(root, 'examples', example, 'app.ts'))) {
    console.log(`\nexamples/${example}/app.ts not found: skipped`);
    continue;
  }
  expectations.push({ before: () => synth(example), args: ['scan', `examples/${example}/cdk.out`], exit });
}

let broken = 0;
for (const { before, args, exit } of expectations) {
  if (before && before() !== 0) {
    console.error(`\ncould not synthesize for "marketplace-guardrails ${args.join(' ')}"`);
    broken++;
    continue;
  }
  const code = run(args);
  if (code !== exit) {
    console.error(`\nexpected exit ${exit} from "marketplace-guardrails ${args.join(' ')}", got ${code}`);
    broken++;
  }
}
console.log(broken ? '' : '\nThe compliant examples pass and the insecure ones are stopped, as expected.');
process.exitCode = broken ? 1 : 0;
