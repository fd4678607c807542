/**
 * The CDK figures of `npm run bench` (see run.js): synth with and without packs, and the CLI scan of a
 * large synthesized template. Runs after `npm run build` on the compiled generator and pack.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');

// CDK's own template validation (on by default) would add the same cost to every variant: measure the packs.
process.env.CDK_VALIDATION = 'false';

const root = path.join(__dirname, '..');
const { Validations } = require('aws-cdk-lib');
const { AwsSolutionsChecks } = require('cdk-nag');
const { MarketplaceChecks } = require(path.join(root, 'dist/src/cdk'));
const { BENCH_STACK, generateCdkApp } = require(path.join(root, 'dist/src/bench/generate-cdk-app'));

const VARIANTS = {
  baseline: null,
  ours: (app) => new MarketplaceChecks(app),
  theirs: (app) => new AwsSolutionsChecks(app),
};

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mg-bench-'));
}

/** One `app.synth()`, timed alone (building the constructs is the same for every variant). */
function synthOnce(size, variant) {
  const dir = tempDir();
  try {
    const { app } = generateCdkApp(size, dir);
    const pack = VARIANTS[variant];
    if (pack) Validations.of(app).addPlugins(pack(app));
    const t0 = performance.now();
    try {
      app.synth();
    } catch (e) {
      // The generated app has findings for both packs: synth ends in their validation report, as users see it.
      if (!pack || !/ValidationFailed|Validation failed|\(Marketplace\)|\(AwsSolutions\)/.test(`${e.name} ${e.message}`)) throw e;
    }
    return performance.now() - t0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Best-of-`runs` synth per variant, interleaved so drift on the machine hits all alike; added = pack - baseline. */
function synthFigures(size, runs) {
  for (const variant of Object.keys(VARIANTS)) synthOnce(50, variant); // warm up module loading and the JIT
  const best = { baseline: Infinity, ours: Infinity, theirs: Infinity };
  for (let i = 0; i < runs; i++) for (const variant of Object.keys(VARIANTS)) best[variant] = Math.min(best[variant], synthOnce(size, variant));
  return { baseline: best.baseline, ours: best.ours - best.baseline, theirs: best.theirs - best.baseline };
}

/** Best-of-`runs` wall time of the CLI scanning the synthesized template of a generated app. */
function scanFigure(size, runs) {
  const dir = tempDir();
  try {
    const { app, resources } = generateCdkApp(size, dir);
    app.synth();
    const template = path.join(dir, `${BENCH_STACK}.template.json`);
    const cli = path.join(root, 'bin', 'marketplace-guardrails.js');
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cli, 'scan', template, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      const ms = performance.now() - t0;
      if (r.status !== 0 && r.status !== 1) throw new Error(`scan exited ${r.status}: ${r.stderr}`);
      best = Math.min(best, ms);
    }
    return { ms: best, resources };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { synthFigures, scanFigure };
