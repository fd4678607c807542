/**
 * The bundled CDK examples, checked both ways a CDK user can: MarketplaceChecks on the app (at synth)
 * and `marketplace-guardrails scan` on its cdk.out. Both must find the same things.
 */
import * as path from 'node:path';
import { App, CfnResource, PolicyValidationPluginReport, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { MarketplaceChecks } from '../src/cdk';
import { JsonReport, ROOT, parseReport, runCli } from './support/cli';

/** Both engines compare dates (Lambda runtimes) with the same day. */
const TODAY = new Date().toISOString().slice(0, 10);

interface CdkExample {
  buildApp(outdir?: string): App;
}

/** `requirement logicalId level` per finding: `-Unknown` for unknowns, `stack` for stack-level findings. */
type Line = string;

function packLines(app: App, report: PolicyValidationPluginReport): Set<Line> {
  const byPath = new Map<string, CfnResource>();
  const visit = (c: IConstruct) => {
    if (CfnResource.isCfnResource(c)) byPath.set(c.node.path, c);
    c.node.children.forEach(visit);
  };
  visit(app);
  const lines = new Set<Line>();
  for (const v of report.violations) {
    const m = /^Marketplace-([A-Z]+\d+(?:-Unknown)?)(?:\[(.*)\])?$/.exec(v.ruleName);
    if (!m) throw new Error(`unexpected rule ID ${v.ruleName}`);
    for (const r of v.violatingResources) {
      // Stack-level findings stand on the Stack construct.
      if (m[2] === 'stack') {
        lines.add(`${m[1]} stack ${v.severity}`);
        continue;
      }
      const node = byPath.get(r.constructPath ?? '');
      if (!node) throw new Error(`no CfnResource at ${r.constructPath}`);
      lines.add(`${m[1]} ${Stack.of(node).resolve(node.logicalId) as string} ${v.severity}`);
    }
  }
  return lines;
}

function scanLines(report: JsonReport): Set<Line> {
  const lines = new Set<Line>();
  for (const f of report.findings) {
    if (f.status !== 'fail' && f.status !== 'unknown' && f.status !== 'error') continue;
    const where = f.resource.key === undefined ? 'stack' : f.resource.key.split('#')[0];
    const id = f.status === 'unknown' ? `${f.requirement}-Unknown` : f.requirement;
    const level = f.status !== 'unknown' && f.enforcement === 'mandatory' ? 'error' : 'warning';
    lines.add(`${id} ${where} ${level}`);
  }
  return lines;
}

/** Runs an example both ways: the pack on a fresh app, the CLI on the cdk.out its entry point writes. */
function checkBothWays(example: CdkExample, cdkOut: string): { pack: Set<Line>; scan: Set<Line>; exit: number | null } {
  const pack = new MarketplaceChecks(undefined, { now: new Date(TODAY) });
  const app = example.buildApp(cdkOut);
  const packResult = packLines(app, pack.validateScope(app));
  example.buildApp(cdkOut).synth();
  const r = runCli(['scan', path.relative(ROOT, cdkOut), '--format', 'json', '--now', TODAY]);
  return { pack: packResult, scan: scanLines(parseReport(r)), exit: r.code };
}

const sorted = (s: Set<Line>) => [...s].sort();
const failing = (s: Set<Line>) => new Set([...s].filter((l) => !l.split(' ')[0].endsWith('-Unknown')).map((l) => l.split(' ')[0]));

// CDK's own template validation (on by default at synth) is not what these tests are about, and slow.
process.env.CDK_VALIDATION = 'false';

describe('examples/cdk-insecure', () => {
  let result: ReturnType<typeof checkBothWays>;
  beforeAll(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const example = require('../examples/cdk-insecure/app') as CdkExample;
    result = checkBothWays(example, path.join(ROOT, 'examples', 'cdk-insecure', 'cdk.out'));
  });

  it('is stopped by scan of its cdk.out (exit 1)', () => {
    expect(result.exit).toBe(1);
  });

  it('fails at least 12 distinct requirements, mandatory ones among them', () => {
    expect(failing(result.pack).size).toBeGreaterThanOrEqual(12);
    expect([...result.pack].some((l) => l.endsWith(' error'))).toBe(true);
  });

  it('gives the same findings through MarketplaceChecks and through scan: requirement, resource and level', () => {
    expect(sorted(result.pack)).toEqual(sorted(result.scan));
  });
});

const CDK_APP = path.join(ROOT, 'examples', 'cdk-app', 'app.ts');

describe('examples/cdk-app', () => {
  const cdkOut = path.join(ROOT, 'examples', 'cdk-app', 'cdk.out');

  it('passes both ways: exit 0, no mandatory failure, no unknown, the same findings', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const example = require(CDK_APP) as CdkExample;
    const result = checkBothWays(example, cdkOut);
    expect(sorted(result.pack)).toEqual(sorted(result.scan));
    expect(sorted(result.pack).filter((l) => l.endsWith(' error') || l.split(' ')[0].endsWith('-Unknown'))).toEqual([]);
    expect(result.exit).toBe(0);
  });
});
