#!/usr/bin/env node
// `npm run audit`: no high or critical advisory in the dependencies users install (the marketplaces
// require it): the production dependencies, and the peers users install beside them (@pulumi/pulumi and
// @pulumi/policy for Pulumi, aws-cdk-lib, constructs, cdk-nag for CDK). Here the peers are also devDependencies, so
// `npm audit --omit=dev` would leave them out: the whole tree is audited and only advisories on a package
// users install are counted. Where the registry's audit endpoint does not answer, say so plainly: not
// checked is not passed.
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');

/** The lockfile paths (`node_modules/...`) reachable from the production dependencies and the peers, as npm resolves them. */
function installedByUsers(lock, manifest) {
  const packages = lock.packages || {};
  const resolve = (from, name) => {
    // Node's lookup: the nearest node_modules up from the requiring package.
    for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (!dir) return undefined;
    }
  };
  const seen = new Set();
  const queue = [...Object.keys(manifest.dependencies || {}), ...Object.keys(manifest.peerDependencies || {})].map((n) => resolve('', n)).filter(Boolean);
  while (queue.length) {
    const at = queue.pop();
    if (seen.has(at)) continue;
    seen.add(at);
    const pkg = packages[at];
    for (const name of [...Object.keys(pkg.dependencies || {}), ...Object.keys(pkg.optionalDependencies || {}), ...Object.keys(pkg.peerDependencies || {})]) {
      const dep = resolve(at, name);
      if (dep && !seen.has(dep)) queue.push(dep);
    }
  }
  return seen;
}

/** Severity counts of the advisories that touch a package users install. */
function countForUsers(report, installed) {
  const counts = { critical: 0, high: 0, moderate: 0, low: 0 };
  for (const v of Object.values(report.vulnerabilities || {})) {
    if ((v.nodes || []).some((n) => installed.has(n)) && v.severity in counts) counts[v.severity]++;
  }
  return counts;
}

function main() {
  const r = spawnSync('npm', ['audit', '--json'], { cwd: root, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  if (!report || !report.metadata || !report.metadata.vulnerabilities) {
    const lines = (r.stderr || '').trim().split('\n');
    const why =
      (report && report.error && (report.error.summary || report.error.code)) || lines.find((l) => /\b\d{3}\b|audit endpoint|ENOTFOUND|ECONN|ETIMEDOUT/.test(l)) || lines.pop() || `exit ${r.status}`;
    console.log(`npm audit: NOT CHECKED - the registry's audit endpoint did not answer (${why})`);
    return 0;
  }
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const counts = countForUsers(report, installedByUsers(lock, manifest));
  console.log(`npm audit (production dependencies and peers): ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`);
  return counts.high + counts.critical > 0 ? 1 : 0;
}

if (require.main === module) process.exit(main());
module.exports = { installedByUsers, countForUsers };
