/** The text report and the terminal progress line. */
import { terminalProgress } from '../../src/cli/progress';
import { renderText } from '../../src/cli/reports/text';
import { cfnReport, pulumiReport } from './sample-reports';

describe('the text report', () => {
  it('groups findings by resource, with the template position where there is one, and leaves passes out', () => {
    const text = renderText(cfnReport(), false);
    expect(text).toContain('\nCdn1A2B (AWS::CloudFront::Distribution) at cdk.out/Edge.template.json:12:5\n  TLS3  fail (mandatory): viewerProtocolPolicy is allow-all (defaultCacheBehavior)\n');
    expect(text).not.toContain('TLS1');
    expect(text).not.toContain('TLS5');
    expect(text.trim().split('\n').pop()).toBe('1 mandatory failures, 1 advisory failures, 1 unknown, 0 errors, 1 exempt, 2 passed, 1 not applicable');
  });

  it('shows one group per resource even with several findings, and no entry-file position for Pulumi resources', () => {
    const text = renderText(pulumiReport(), false);
    expect(text.match(/^cdn \(aws:cloudfront\/distribution:Distribution\)$/gm)).toHaveLength(1);
    expect(text).toContain('  TLS3  fail (mandatory): viewerProtocolPolicy is allow-all (orderedCacheBehaviors[0])');
  });

  it('lists the exemptions in force', () => {
    expect(renderText(pulumiReport(), false)).toContain('exemptions in force:\n  DATA1 on uploads (aws:s3/bucket:Bucket): public downloads bucket <reviewed>, until 2099-12-31\n');
  });

  it('colours statuses only when asked (a terminal)', () => {
    expect(renderText(pulumiReport(), false)).not.toContain('\x1b[');
    expect(renderText(pulumiReport(), true)).toContain('\x1b[31mfail (mandatory)\x1b[0m');
  });
});

describe('terminal progress', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { isTTY, written, write: (s: string) => written.push(s) > 0 };
  };

  it('writes nothing when stderr is not a terminal', () => {
    const s = stream(false);
    const p = terminalProgress(s);
    p.step('analyzing resources', 1, 2);
    p.end();
    expect(s.written).toEqual([]);
  });

  it('rewrites one line on a terminal, skips redraws closer than 100 ms except the last, clears it at the end', () => {
    const s = stream(true);
    let now = 0;
    const p = terminalProgress(s, () => now);
    p.step('analyzing resources', 1, 3);
    now = 50;
    p.step('analyzing resources', 2, 3);
    now = 60;
    p.step('analyzing resources', 3, 3);
    now = 70;
    p.step('analyzing the stack as a whole');
    p.end();
    expect(s.written).toEqual(['\r\x1b[2Kanalyzing resources 1 of 3', '\r\x1b[2Kanalyzing resources 3 of 3', '\r\x1b[2Kanalyzing the stack as a whole', '\r\x1b[2K']);
  });
});
