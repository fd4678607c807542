#!/usr/bin/env node
/**
 * `npm run bench`: every performance figure beside its goal, measured in one run on this machine, printed
 * as a table and written to bench/results.json for comparison across runs.
 *
 * 1. Pack start-up (spawn of the real runner until GetAnalyzerInfo answers) and peak memory: our compiled
 *    JavaScript pack against the same policies as a TypeScript pack through ts-node importing @pulumi/aws.
 * 2. In-process evaluation of generated 10,000- and 20,000-resource stacks (facts from Pulumi wire props,
 *    index, every rule).
 * 3. CDK: in-process `app.synth()` of generated 2,400- and 4,800-resource apps without a pack (the
 *    baseline), with MarketplaceChecks and with cdk-nag's AwsSolutionsChecks, interleaved; a pack's added
 *    time is its synth time minus the baseline's. Then `marketplace-guardrails scan` (the CLI, spawned)
 *    of a synthesized 5,000-resource template.
 * 4. `marketplace-guardrails preview` of a generated 1,000-resource Pulumi program against the same program
 *    run alone under Pulumi's mocks.
 */
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const root = path.join(__dirname, '..');
const { AnalyzerSession } = require(path.join(root, 'dist/src/pulumi/offline/analyzer-client'));
const { generateStack } = require(path.join(root, 'dist/src/bench/generate-stack'));
const { evaluate } = require(path.join(root, 'dist/src/core/engine'));
const { StackFacts } = require(path.join(root, 'dist/src/core/facts'));
const { factFromPulumi } = require(path.join(root, 'dist/src/pulumi/pack/facts'));
const { RULES } = require(path.join(root, 'dist/src/rules'));
const { synthFigures, scanFigure } = require('./cdk');
const { installPublishedPack, registryUnreachable } = require('../scripts/published-pack');
const { previewFigure } = require('./preview');

function peakRssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function packStartup(packDir, runs) {
  const times = [];
  let memory = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const session = await AnalyzerSession.start(packDir, process.env, 180000);
    await session.getAnalyzerInfo();
    times.push(performance.now() - t0);
    memory = Math.max(memory, peakRssMb(session.pid));
    session.close();
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], peakMb: memory };
}

function evaluateStack(size, runs) {
  const resources = generateStack(size);
  const now = new Date('2026-11-24');
  let best = Infinity;
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const facts = [];
    for (const r of resources) {
      const f = factFromPulumi(r);
      if (f) facts.push(f);
    }
    findings = evaluate(new StackFacts(facts), RULES, { now }).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, findings };
}

async function main() {
  const rows = [];
  const add = (figure, value, unit, goal, met) => rows.push({ figure, value: Number(value.toFixed(unit === 'ratio' ? 3 : 1)), unit, goal, met });

  const js = await packStartup(path.join(root, 'policies'), 5);
  const ts = await packStartup(path.join(__dirname, 'ts-pack'), 3);
  add('pack start-up, compiled JS pack', js.ms, 'ms', '-', true);
  add('pack start-up, TS pack via ts-node importing @pulumi/aws', ts.ms, 'ms', '-', true);
  add('start-up ratio JS / TS', js.ms / ts.ms, 'ratio', '<= 0.25', js.ms / ts.ms <= 0.25);
  add('peak memory, compiled JS pack', js.peakMb, 'MiB', '-', true);
  add('peak memory, TS pack', ts.peakMb, 'MiB', '-', true);
  // The pack as Pulumi Cloud runs it after `pulumi policy publish` (packed, unpacked, installed from the registry).
  const unreachable = registryUnreachable();
  if (unreachable) {
    add(`pack start-up, published pack: NOT MEASURED, ${unreachable}`, NaN, 'ms', '-', false);
  } else {
    const published = await packStartup(installPublishedPack(), 5);
    add('pack start-up, published pack (npm pack, installed)', published.ms, 'ms', '-', true);
    add('start-up ratio published / TS', published.ms / ts.ms, 'ratio', '<= 0.25', published.ms / ts.ms <= 0.25);
  }

  const e10 = evaluateStack(10000, 5);
  const e20 = evaluateStack(20000, 5);
  add('evaluate 10,000-resource stack in-process', e10.ms, 'ms', '< 1000 ms', e10.ms < 1000);
  add('evaluate 20,000-resource stack in-process', e20.ms, 'ms', '-', true);
  add('growth 20,000 / 10,000', e20.ms / e10.ms, 'ratio', '<= 2.2', e20.ms / e10.ms <= 2.2);

  const s24 = synthFigures(2400, 3);
  const s48 = synthFigures(4800, 2);
  for (const [label, f] of [
    ['2,400', s24],
    ['4,800', s48],
  ]) {
    add(`cdk synth ${label}-resource app, no pack (baseline)`, f.baseline, 'ms', '-', true);
    add(`cdk synth ${label}, added by MarketplaceChecks`, f.ours, 'ms', '-', true);
    add(`cdk synth ${label}, added by AwsSolutionsChecks`, f.theirs, 'ms', '-', true);
    add(`added time ratio ours / AwsSolutions, ${label}`, f.ours / f.theirs, 'ratio', '<= 0.1', f.ours / f.theirs <= 0.1);
  }
  add('growth of our added time 4,800 / 2,400', s48.ours / s24.ours, 'ratio', '<= 2.2', s48.ours / s24.ours <= 2.2);
  const scan = scanFigure(5000, 3);
  add(`scan of a ${scan.resources}-resource template (CLI, spawned)`, scan.ms, 'ms', '< 2000 ms', scan.ms < 2000);

  const p = previewFigure(1000, 3);
  add('Pulumi program, 1,000 resources, alone under mocks', p.aloneMs, 'ms', '-', true);
  add('the same, loaded as the language host loads it (ts-node)', p.asLanguageHostMs, 'ms', '-', true);
  add('preview of the same program (CLI, spawned)', p.previewMs, 'ms', '-', true);
  add('preview / program alone under mocks', p.previewMs / p.aloneMs, 'ratio', '<= 2', p.previewMs / p.aloneMs <= 2);
  add('preview / program as the language host runs it', p.previewMs / p.asLanguageHostMs, 'ratio', '<= 2', p.previewMs / p.asLanguageHostMs <= 2);

  const width = Math.max(...rows.map((r) => r.figure.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(10)} unit   goal        met`);
  for (const r of rows) console.log(`${r.figure.padEnd(width)}  ${String(r.value).padStart(10)} ${r.unit.padEnd(6)} ${r.goal.padEnd(11)} ${r.met ? 'yes' : 'NO'}`);
  const out = path.join(__dirname, 'results.json');
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2));
  console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
}

main().catch((e) => {
  console.error(`bench failed: ${e.message}`);
  process.exitCode = 1;
});
