/** `--format github`: workflow commands GitHub Actions turns into annotations on the changed lines. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REQUIREMENTS } from '../../src/catalog';
import { escapeData, escapeProperty, renderGithub, workflowCommand } from '../../src/cli/reports/github';
import { ROOT, runCli, tempDir } from '../support/cli';
import { cfnReport, pulumiReport } from './sample-reports';

const REPO = { root: '/repo', cwd: '/repo' };
const commands = (text: string) => text.trimEnd().split('\n');

describe('workflow command syntax', () => {
  it('escapes %, CR and LF in messages and also : and , in properties, as the actions toolkit does', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\a,b%')).toBe('C%3A\\a%2Cb%25');
    expect(workflowCommand('error', { file: 'a,b.ts', line: 3, col: undefined, title: 'T: x' }, 'm')).toBe('::error file=a%2Cb.ts,line=3,title=T%3A x::m');
    expect(workflowCommand('notice', {}, 'plain')).toBe('::notice::plain');
  });
});

describe('the github report', () => {
  it('annotates mandatory failures and errors as ::error, advisory failures and unknowns as ::warning, leaves exempt out', () => {
    const lines = commands(renderGithub(pulumiReport(), REPO));
    const of = (id: string) => lines.filter((l) => l.includes(`title=${id} `));
    expect(of('TLS1').map((l) => l.split(' ')[0])).toEqual(['::error']);
    expect(of('HDR1')[0]).toMatch(/^::error .*::the check could not run: cdn/);
    expect(of('TLS2').map((l) => l.split(' ')[0])).toEqual(['::warning']);
    expect(of('DATA3')[0]).toMatch(/^::warning .*\(unknown\)::unknown: assets/);
    expect(of('DATA1')).toEqual([]);
    expect(of('TLS3')).toHaveLength(2);
    // Errors first: the runner keeps only so many annotations per step.
    const kinds = lines.map((l) => l.split(' ')[0]);
    expect(kinds.lastIndexOf('::error')).toBeLessThan(kinds.indexOf('::warning'));
    expect(lines[lines.length - 1]).toMatch(/^::notice title=marketplace-guardrails::shop \(stack dev\): 3 mandatory failures, 2 advisory failures, 1 unknown, 1 errors, 1 exempt$/);
  });

  it('points at the template line and column relative to the repository root', () => {
    const lines = commands(renderGithub(cfnReport(), REPO));
    const tls3 = lines.find((l) => l.includes('title=TLS3 '));
    expect(tls3).toBe(
      `::error file=cdk.out/Edge.template.json,line=12,col=5,title=TLS3 ${REQUIREMENTS.find((r) => r.id === 'TLS3')?.title} (mandatory)::Cdn1A2B (AWS::CloudFront::Distribution): defaultCacheBehavior: viewerProtocolPolicy is allow-all`,
    );
    // Run from a subdirectory: the path is still the repository's.
    const fromSub = commands(renderGithub(cfnReport(), { root: '/repo', cwd: '/repo/infra' }));
    expect(fromSub.find((l) => l.includes('title=TLS3 '))).toMatch(/^::error file=infra\/cdk.out\/Edge.template.json,line=12,col=5,/);
    // Outside the repository there is no file to annotate: the annotation stands on the run.
    const outside = commands(renderGithub(cfnReport(), { root: '/elsewhere', cwd: '/repo' }));
    expect(outside.find((l) => l.includes('title=TLS3 '))).toMatch(/^::error title=TLS3 /);
  });

  it('a Pulumi resource without its own line is annotated on the program entry file, without a line', () => {
    const lines = commands(renderGithub(pulumiReport(), REPO));
    expect(lines.find((l) => l.includes('title=TLS1 '))).toMatch(/^::error file=examples\/shop\/index.ts,title=TLS1 /);
  });

  it('a hostile resource name cannot start a command of its own or break out of a property', () => {
    const report = cfnReport();
    report.findings = [{ ...report.findings[1], resource: { ...report.findings[1].resource, name: 'x\n::error file=evil.ts::fake, 100%' } }];
    const lines = commands(renderGithub(report, REPO));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('x\\n::error file=evil.ts::fake, 100%25');
    expect(lines.filter((l) => l.startsWith('::error'))).toHaveLength(1);
  });
});

describe('--format github from the commands', () => {
  it('scan in a GitHub workspace writes annotations at the template line, relative to GITHUB_WORKSPACE', () => {
    const workspace = tempDir('mg-gh-');
    fs.mkdirSync(path.join(workspace, 'infra'));
    const template = path.join(workspace, 'infra', 'web.template.json');
    const resources = {
      Resources: {
        Cdn: {
          Type: 'AWS::CloudFront::Distribution',
          Properties: { DistributionConfig: { Enabled: true, DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'allow-all' } } },
        },
      },
    };
    fs.writeFileSync(template, JSON.stringify(resources, null, 2));
    const r = runCli(['scan', path.join('infra', 'web.template.json'), '--format', 'github'], { cwd: workspace, env: { GITHUB_WORKSPACE: workspace } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const tls3 = commands(r.stdout).find((l) => l.includes('title=TLS3 '));
    expect(tls3).toMatch(/^::error file=infra\/web.template.json,line=3,col=5,title=TLS3 .*::Cdn \(AWS::CloudFront::Distribution\)/);
    expect(commands(r.stdout).pop()).toMatch(/^::notice title=marketplace-guardrails::/);
  });

  it('preview annotates a Pulumi resource at the line that constructed it', () => {
    const program = path.join(ROOT, 'test', 'fixtures', 'programs', 'cloudfront-mixed');
    const r = runCli(['preview', program, '--format', 'github'], { env: { GITHUB_WORKSPACE: ROOT } });
    expect(r.stderr).toBe('');
    const source = fs.readFileSync(path.join(program, 'index.ts'), 'utf8').split('\n');
    const tls1 = commands(r.stdout).filter((l) => l.includes('title=TLS1 '));
    expect(tls1.length).toBeGreaterThan(0);
    for (const l of tls1) {
      const m = /^::error file=test\/fixtures\/programs\/cloudfront-mixed\/index.ts,line=(\d+),col=\d+,/.exec(l);
      expect(m).not.toBeNull();
      expect(source[Number(m?.[1]) - 1]).toMatch(/new aws\.cloudfront\.Distribution/);
    }
  }, 120_000);
});
