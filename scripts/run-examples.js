#!/usr/bin/env node
// `npm start`: the main job on the bundled examples.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const cli = path.join(__dirname, '..', 'bin', 'marketplace-guardrails.js');
const run = (args) => {
  console.log(`\n$ marketplace-guardrails ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  return r.status;
};
run(['requirements']);
