/**
 * The published pack: `npm pack` of policies/, unpacked and installed with only its own dependencies
 * from the registry (as Pulumi Cloud does after `pulumi policy publish`), starts under the real runner
 * and reports what the in-repo pack reports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding } from '../../src/core/findings';
import { AnalyzerSession } from '../../src/pulumi/offline/analyzer-client';
import { policyPackDir } from '../../src/pulumi/pack/pack-dir';
import { ROOT } from '../support/cli';
import { installPublishedPack, registryUnreachable } from '../support/published-pack';

const NOW = '2026-12-01T00:00:00Z';
/** The compiled preview (what the CLI runs): its program runner starts a compiled child process. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runPreview } = require(path.join(ROOT, 'dist', 'src', 'pulumi', 'offline', 'preview.js')) as typeof import('../../src/pulumi/offline/preview');
const unreachable = registryUnreachable();
if (unreachable) {
  // Only an unreachable registry skips: any other failure to pack, install or start fails the tests.
  process.stderr.write(`published-pack.test.ts SKIPPED: ${unreachable}\n`);
}
const describeWithRegistry = unreachable ? describe.skip : describe;

const line = (f: Finding) => [f.requirement, f.status, f.enforcement, f.resource.name, f.detail ?? '', f.message, JSON.stringify(f.exemption ?? null)].join(' | ');

describeWithRegistry('the pack as published and installed by Pulumi Cloud', () => {
  let installed: string;
  beforeAll(() => {
    installed = installPublishedPack();
  }, 600_000);

  it('holds only its own files and declares the registry packages it runs on', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['@pulumi/policy', '@pulumi/pulumi']);
    // The same ranges as the package's (optional) peers, so the pack installed beside the package and the published one run the same SDKs.
    for (const [name, range] of Object.entries(manifest.dependencies)) expect([name, range]).toEqual([name, root.peerDependencies[name]]);
    const entry = fs.readFileSync(path.join(installed, 'index.js'), 'utf8');
    expect(entry).not.toMatch(/require\(['"]\.\.\//);
  });

  it('answers GetAnalyzerInfo as the in-repo pack does: same name, version and policies', async () => {
    const info = async (dir: string) => {
      const session = await AnalyzerSession.start(dir);
      try {
        return await session.getAnalyzerInfo();
      } finally {
        session.close();
      }
    };
    const [published, inRepo] = await Promise.all([info(installed), info(policyPackDir)]);
    expect(published.name).toBe('marketplace-guardrails');
    expect(published.version).toBe((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(published).toEqual(inRepo);
    // Each requirement's policy says how to fix it, in Pulumi's words.
    const net1 = published.policies.find((p) => p.name === 'NET1');
    expect(net1?.remediationSteps).toContain('new aws.');
    expect(net1?.remediationSteps).not.toMatch(/AWS::|new ec2\./);
  }, 120_000);

  it('reports the same findings as the in-repo pack over Configure and Analyze for a whole program (outputs unknown, as in `pulumi preview`)', async () => {
    const program = path.join(ROOT, 'examples', 'pulumi-insecure');
    const policyConfig = { NET1: { allowedEgressPorts: [443, 5432] }, DATA2: { exemptions: [{ resource: '*', reason: 'public downloads, reviewed' }] } };
    const published = await runPreview({ programDir: program, packDir: installed, now: NOW, policyConfig, outputs: 'unknown' });
    const inRepo = await runPreview({ programDir: program, packDir: policyPackDir, now: NOW, policyConfig, outputs: 'unknown' });
    expect(published.findings.map(line).sort()).toEqual(inRepo.findings.map(line).sort());
    expect(new Set(published.findings.map((f) => f.status))).toEqual(new Set(['fail', 'unknown', 'exempt']));
  }, 180_000);
});
