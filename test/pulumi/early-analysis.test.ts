/**
 * The engine calls analyzers at each registration, while the program goes on; the offline preview does the
 * same: a resource is analyzed before the program has finished, and what the program registers after that
 * is still captured and analyzed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from '../support/cli';

interface PreviewReport {
  findings: { requirement: string; status: string; resource: { name: string } }[];
}
// The preview spawns its compiled capture child, so it is loaded from dist/ (jest's global setup builds it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runPreview } = require(path.join(ROOT, 'dist', 'src', 'pulumi', 'offline', 'preview')) as {
  runPreview(options: { programDir: string; progress?: (label: string, done?: number, total?: number) => void }): Promise<PreviewReport>;
};

/**
 * Registers one bucket, then waits (up to a minute) for the marker file the test writes when that bucket has
 * been analyzed, and names its second bucket after what it saw.
 */
const PROGRAM = `const fs = require('node:fs');
const aws = require('@pulumi/aws');
new aws.s3.Bucket('first');
module.exports = (async () => {
  let analyzed = false;
  for (let i = 0; i < 600 && !analyzed; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    analyzed = fs.existsSync(process.env.MG_EARLY_ANALYSIS_MARKER);
  }
  new aws.s3.Bucket(analyzed ? 'after-first-was-analyzed' : 'before-any-analysis');
})();
`;

jest.setTimeout(180_000);

describe('offline preview: resources are analyzed as the program registers them', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('analyzes the first bucket while the program still runs, and the second after it', async () => {
    const dir = tempDir('mg-early-analysis-');
    fs.writeFileSync(path.join(dir, 'Pulumi.yaml'), 'name: early-analysis\nruntime: nodejs\n');
    fs.writeFileSync(path.join(dir, 'index.js'), PROGRAM);
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const marker = path.join(dir, 'first-analyzed');
    process.env.MG_EARLY_ANALYSIS_MARKER = marker;
    process.env.PULUMI_NODEJS_TRANSPILE_ONLY = 'true';

    const progress: string[] = [];
    const report = await runPreview({
      programDir: dir,
      progress: (label, done) => {
        progress.push(`${label}${done === undefined ? '' : ` ${done}`}`);
        if (label === 'analyzing resources' && done === 1) fs.writeFileSync(marker, '');
      },
    });

    const failingDATA1 = report.findings.filter((f) => f.requirement === 'DATA1' && f.status === 'fail').map((f) => f.resource.name);
    expect(failingDATA1.sort()).toEqual(['after-first-was-analyzed', 'first']);
    expect(progress).toContain('analyzing resources 2');
    expect(progress[progress.length - 1]).toBe('analyzing the stack as a whole');
  });
});
