#!/usr/bin/env node
// Bundles the compiled rules into the policy pack directory (policies/dist/policies.js), so that the
// pack is self-contained: `pulumi policy publish` uploads `npm pack` of policies/ and Pulumi Cloud
// installs only that package.json's dependencies (installRequiredPolicy, pkg/backend/httpstate/
// policypack.go, pulumi/pulumi 1b59498). The in-repo pack loads the same bundle, so both run one code
// path. The Pulumi SDKs stay outside: the runner and the pack must share the pack's own @pulumi/pulumi
// and @pulumi/policy (the gRPC server and its protocol modules), which policies/package.json declares.
// Run after tsc (it bundles dist/, what tsc emitted); `npm run build` does both.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const EXTERNAL = ['@pulumi/policy', '@pulumi/pulumi'];

const outfile = path.join(root, 'policies', 'dist', 'policies.js');
const result = esbuild.buildSync({
  entryPoints: [path.join(root, 'dist', 'src', 'pulumi', 'pack', 'policies.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // Module paths of the sub-packages imported by path (`@pulumi/policy/deserialize`) stay external too.
  external: EXTERNAL.flatMap((p) => [p, `${p}/*`]),
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  write: false,
});

// Anything else a bundle needed from node_modules would be missing where only the declared dependencies are installed.
const fromNodeModules = Object.keys(result.metafile.inputs).filter((f) => f.includes('node_modules'));
if (fromNodeModules.length > 0) {
  process.stderr.write(`bundle-pack: the pack's rules import packages (${fromNodeModules.slice(0, 5).join(', ')}): bundle them on purpose or declare them in policies/package.json\n`);
  process.exit(1);
}

// Written whole and renamed into place: a pack starting meanwhile (tests run in parallel) reads the old bundle or the new one, never half of one.
fs.mkdirSync(path.dirname(outfile), { recursive: true });
const partial = `${outfile}.${process.pid}.tmp`;
fs.writeFileSync(partial, result.outputFiles[0].contents);
fs.renameSync(partial, outfile);
