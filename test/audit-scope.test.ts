/**
 * `npm run audit` counts advisories on what users install: the production dependencies and the peers
 * (Pulumi's, CDK's) (devDependencies here too, so `npm audit --omit=dev` would skip them), not the test tooling.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installedByUsers, countForUsers } = require(path.join(ROOT, 'scripts', 'audit.js')) as {
  installedByUsers(lock: unknown, manifest: unknown): Set<string>;
  countForUsers(report: unknown, installed: Set<string>): Record<'critical' | 'high' | 'moderate' | 'low', number>;
};
const lock: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
const manifest: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('npm run audit: the packages users install', () => {
  const installed = installedByUsers(lock, manifest);

  it('holds the production dependencies, the Pulumi and CDK peers and what they depend on, not the test tooling', () => {
    for (const p of ['node_modules/yaml', 'node_modules/@pulumi/pulumi', 'node_modules/@pulumi/policy', 'node_modules/@grpc/grpc-js', 'node_modules/aws-cdk-lib']) expect(installed).toContain(p);
    for (const p of ['node_modules/jest', 'node_modules/esbuild', 'node_modules/ts-jest']) expect(installed).not.toContain(p);
  });

  it('counts an advisory only when it touches one of them', () => {
    const report = {
      vulnerabilities: {
        grpc: { severity: 'high', nodes: ['node_modules/@grpc/grpc-js'] },
        jest: { severity: 'critical', nodes: ['node_modules/jest'] },
        yaml: { severity: 'moderate', nodes: ['node_modules/yaml'] },
      },
    };
    expect(countForUsers(report, installed)).toEqual({ critical: 0, high: 1, moderate: 1, low: 0 });
  });
});
