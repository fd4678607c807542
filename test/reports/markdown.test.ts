/** The compliance page: per marketplace exactly its requirements, each with a status, the counts, what to fix first. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REQUIREMENTS } from '../../src/catalog';
import { MARKETPLACES, Marketplace } from '../../src/catalog/types';
import { renderMarkdown } from '../../src/cli/reports/markdown';
import { Finding } from '../../src/core/findings';
import { ROOT, runCli, tempDir } from '../support/cli';
import { cfnReport, pulumiReport } from './sample-reports';

/** `ID -> status cell` from the page's requirement table. */
function statuses(page: string): Map<string, string> {
  const rows = page.split('\n').filter((l) => l.startsWith('| ['));
  return new Map(rows.map((l) => [/^\| \[([A-Z]+\d+)\]/.exec(l)?.[1] ?? '', l.split(' | ')[3].replace(/\*\*/g, '')]));
}

const namedBy = (m: Marketplace) => REQUIREMENTS.filter((r) => r.sources.some((s) => s.marketplace === m)).map((r) => r.id);

describe('the Markdown compliance report', () => {
  it.each(MARKETPLACES)('for %s lists exactly the requirements whose sources name it', (m) => {
    const page = renderMarkdown(pulumiReport(), [m]);
    expect([...statuses(page).keys()]).toEqual(namedBy(m));
    expect(namedBy(m).length).toBeGreaterThan(0);
  });

  it('gives each marketplace its own page for all', () => {
    const page = renderMarkdown(pulumiReport(), MARKETPLACES);
    expect(page.match(/^# .* compliance report$/gm)).toEqual([
      '# Atlassian marketplace security requirements: compliance report',
      '# Miro marketplace security requirements: compliance report',
      '# Trello marketplace security requirements: compliance report',
    ]);
  });

  it('says met, not met, unknown, exempt or not applicable per requirement (Pulumi: violations only)', () => {
    const s = statuses(renderMarkdown(pulumiReport(), ['atlassian']));
    expect(s.get('TLS1')).toBe('not met');
    expect(s.get('DATA3')).toBe('unknown (values not known at check time)');
    expect(s.get('HDR1')).toBe('unknown (the check could not run)');
    expect(s.get('DATA1')).toBe('exempt');
    // Disabled in the run: never met.
    expect(s.get('SEC2')).toBe("unknown (disabled in this run's configuration, so not checked)");
    // A security group was checked and NET1 found nothing: met. No Lambda function: RUN1 not applicable.
    expect(s.get('NET1')).toBe('met');
    expect(s.get('RUN1')).toBe('not applicable (no resource of a kind it covers)');
    // A stack-level check applies to any stack with resources.
    expect(s.get('NET4')).toBe('met');
  });

  it('for a template scan is met on a pass and not applicable where only not-applicable results came', () => {
    const s = statuses(renderMarkdown(cfnReport(), ['atlassian']));
    expect(s.get('TLS1')).toBe('met');
    expect(s.get('TLS5')).toBe('not applicable');
    expect(s.get('NET1')).toBe('exempt');
    expect(s.get('DATA3')).toBe('unknown (values not known at check time)');
  });

  it('never calls a requirement met when the run recorded neither passes nor the resources it checked', () => {
    const s = statuses(renderMarkdown(pulumiReport({ resourceTypes: undefined }), ['atlassian']));
    expect(s.get('NET1')).toBe('unknown (this run did not record which resources it checked)');
  });

  it('counts the statuses and orders what to fix first: not met and blocking first, musts before shoulds', () => {
    const page = renderMarkdown(pulumiReport(), ['atlassian']);
    const s = [...statuses(page).values()].map((v) => v.replace(/ \(.*\)$/, ''));
    const count = (x: string) => s.filter((v) => v === x).length;
    expect(page).toContain(
      `**Result:** ${s.length} requirements from Atlassian's documents: ${count('met')} met, ${count('not met')} not met, ${count('unknown')} unknown, ${count('exempt')} exempt, ${count('not applicable')} not applicable`,
    );
    const fixFirst = page.slice(page.indexOf('## What to fix first'), page.indexOf('## Requirements'));
    const order = [...fixFirst.matchAll(/^\d+\. \*\*([A-Z]+\d+)\*\*/gm)].map((m) => m[1]);
    // TLS1, TLS3 block (mandatory fails, Atlassian must); TLS2 and LOG4 are advisory fails; then the unknowns.
    expect(order.slice(0, 2).sort()).toEqual(['TLS1', 'TLS3']);
    expect(order.slice(2, 4).sort()).toEqual(['LOG4', 'TLS2']);
    expect(order.slice(4)).toEqual(expect.arrayContaining(['HDR1', 'DATA3', 'SEC2']));
    expect(order).not.toContain('DATA1');
  });

  it('status precedence: fail > error > unknown > exempt > disabled > pass > only not applicable > silence', () => {
    const bucket = (name: string) => ({ type: 'AWS::S3::Bucket', name, key: `Data/${name}` });
    const f = (status: Finding['status'], name: string): Finding => ({
      requirement: 'DATA1',
      status,
      enforcement: 'mandatory',
      resource: bucket(name),
      message: status,
      ...(status === 'exempt' ? { exemption: { reason: 'reviewed' } } : {}),
    });
    // A scan that recorded the bucket type, so silence alone would read as met.
    const statusOf = (findings: Finding[], extra: Partial<Parameters<typeof cfnReport>[0]> = {}) =>
      statuses(renderMarkdown(cfnReport({ findings, resourceTypes: { 'AWS::S3::Bucket': 3 }, ...extra }), ['atlassian'])).get('DATA1');
    expect(statusOf([f('pass', 'a'), f('exempt', 'b'), f('unknown', 'c'), f('error', 'd'), f('fail', 'e')])).toBe('not met');
    expect(statusOf([f('pass', 'a'), f('exempt', 'b'), f('unknown', 'c'), f('error', 'd')])).toBe('unknown (the check could not run)');
    expect(statusOf([f('pass', 'a'), f('exempt', 'b'), f('unknown', 'c')])).toBe('unknown (values not known at check time)');
    expect(statusOf([f('pass', 'a'), f('exempt', 'b')])).toBe('exempt');
    expect(statusOf([f('pass', 'a'), f('not-applicable', 'b')])).toBe('met');
    // Only not-applicable results: the engine looked and found nothing it covers, so never met.
    expect(statusOf([f('not-applicable', 'a'), f('not-applicable', 'b')])).toBe('not applicable');
    expect(statusOf([], { disabled: ['DATA1'] })).toBe("unknown (disabled in this run's configuration, so not checked)");
    expect(statusOf([])).toBe('met');
  });

  it('its table agrees with its findings: an exempt resource is listed as exempt, not under not met', () => {
    const bucket = (name: string) => ({ type: 'AWS::S3::Bucket', name, key: `Data/${name}` });
    const findings: Finding[] = [
      { requirement: 'DATA1', status: 'fail', enforcement: 'mandatory', resource: bucket('open'), message: 'BlockPublicAcls is off' },
      { requirement: 'DATA1', status: 'exempt', enforcement: 'mandatory', resource: bucket('downloads'), message: 'public downloads', exemption: { reason: 'public downloads' } },
    ];
    const page = renderMarkdown(cfnReport({ findings }), ['atlassian']);
    const row = page.split('\n').find((l) => l.startsWith('| [DATA1]')) ?? '';
    expect(row).toMatch(/\| \*\*not met\*\* \| not met: `open`; exempt: `downloads` \|$/);
    expect(page).toContain('- `downloads` (AWS::S3::Bucket), exempt: public downloads Exempt: public downloads.');
    // What to fix first names only the failing resource.
    expect(page).toMatch(/\*\*DATA1\*\* [^\n]*: not met on `open` \(/);
    // A row of one status lists its resources plainly.
    expect(page.split('\n').find((l) => l.startsWith('| [DATA1]'))).not.toMatch(/not met: `open` \|/);
    const onlyFail = renderMarkdown(cfnReport({ findings: [findings[0]] }), ['atlassian'])
      .split('\n')
      .find((l) => l.startsWith('| [DATA1]'));
    expect(onlyFail).toMatch(/\| `open` \|$/);
  });

  it('states tool version, date, commit, policy config digest and what was checked', () => {
    const evidence = { date: '2026-12-02T14:00:00.000Z', revision: { inRepository: true, commit: 'c0ffee0000000000000000000000000000000000', dirty: false }, paths: { root: '/repo', cwd: '/repo' } };
    const page = renderMarkdown(cfnReport({ policyConfig: { file: '/repo/marketplace-guardrails.config.json', sha256: 'ab'.repeat(32) } }), ['miro'], evidence);
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(page).toContain(`- **Checked with:** marketplace-guardrails ${version}\n`);
    expect(page).toContain('- **Date:** 2026-12-02T14:00:00.000Z\n');
    expect(page).toContain('- **Commit:** c0ffee0000000000000000000000000000000000\n');
    expect(page).toContain(`- **Policy config:** marketplace-guardrails.config.json (SHA-256 ${'ab'.repeat(32)})\n`);
    expect(page).toContain(`- **Requirements:** the ${namedBy('miro').length} that Miro's documents state (marketplace \`miro\`)\n`);
    expect(page).toContain('- **Checked:** `cdk.out`, CloudFormation project `cdk.out`, stack `Edge, Data`, 3 resources\n');
    const dirty = renderMarkdown(cfnReport(), ['miro'], { ...evidence, revision: { ...evidence.revision, dirty: true } });
    expect(dirty).toContain('- **Commit:** c0ffee0000000000000000000000000000000000 (with uncommitted changes)\n');
    expect(dirty).toContain('- **Policy config:** none\n');
    const outside = renderMarkdown(cfnReport(), ['miro'], { ...evidence, revision: { inRepository: false, dirty: false } });
    expect(outside).toContain('- **Commit:** not a git repository\n');
  });

  it('scan in a repository: the page names HEAD, says when the tree is dirty, and digests the config file found at the root', () => {
    const repo = tempDir('mg-evidence-');
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
      }).trim();
    git('init', '-q');
    const config = JSON.stringify({ NET1: 'advisory' });
    fs.writeFileSync(path.join(repo, 'marketplace-guardrails.config.json'), config);
    fs.writeFileSync(path.join(repo, 'web.template.json'), JSON.stringify({ Resources: { Topic: { Type: 'AWS::SNS::Topic' } } }));
    git('add', '.');
    git('commit', '-q', '-m', 'initial');
    const head = git('rev-parse', 'HEAD');
    const env = { GITHUB_WORKSPACE: '' };
    const clean = runCli(['scan', 'web.template.json', '--format', 'markdown', '--marketplace', 'trello'], { cwd: repo, env });
    expect(clean.stderr).toBe('');
    expect(clean.stdout).toContain(`- **Commit:** ${head}\n`);
    expect(clean.stdout).toContain(`- **Policy config:** marketplace-guardrails.config.json (SHA-256 ${createHash('sha256').update(config).digest('hex')})\n`);
    expect(clean.stdout).toMatch(/- \*\*Date:\*\* \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\n/);
    fs.appendFileSync(path.join(repo, 'web.template.json'), '\n');
    const dirty = runCli(['scan', 'web.template.json', '--format', 'markdown', '--marketplace', 'trello'], { cwd: repo, env });
    expect(dirty.stdout).toContain(`- **Commit:** ${head} (with uncommitted changes)\n`);
    const plain = tempDir('mg-no-git-');
    fs.writeFileSync(path.join(plain, 'web.template.json'), JSON.stringify({ Resources: { Topic: { Type: 'AWS::SNS::Topic' } } }));
    const outside = runCli(['scan', 'web.template.json', '--format', 'markdown', '--marketplace', 'trello'], { cwd: plain, env });
    expect(outside.stdout).toContain('- **Commit:** not a git repository\n');
    expect(outside.stdout).toContain('- **Policy config:** none\n');
  });

  it('names each source by its document and section heading, a list whose heading is lost by where it stands', () => {
    const page = renderMarkdown(pulumiReport(), ['miro']);
    const row = (id: string) => page.split('\n').find((l) => l.startsWith(`| [${id}]`)) ?? '';
    expect(row('LOG3')).toContain('App security guidelines: "Logging"');
    expect(row('RUN1')).toContain('App security guidelines: item 1 of list 3 after "Logging"');
    expect(page).not.toContain('untitled');
  });

  it('lists the findings with their location and the exemptions in force', () => {
    const page = renderMarkdown(cfnReport(), ['atlassian']);
    expect(page).toContain('- `Cdn1A2B` (AWS::CloudFront::Distribution) at `cdk.out/Edge.template.json:12:5`, fail (mandatory): defaultCacheBehavior: viewerProtocolPolicy is allow-all');
    // From a subdirectory of the repository, the location is still named from its root.
    const evidence = { date: '2026-12-02T14:00:00.000Z', revision: { inRepository: false, dirty: false }, paths: { root: '/repo', cwd: '/repo/infra' } };
    expect(renderMarkdown(cfnReport(), ['atlassian'], evidence)).toContain('at `infra/cdk.out/Edge.template.json:12:5`, fail (mandatory)');
    expect(page).toContain('| NET1 | `AppSg77` (AWS::EC2::SecurityGroup) | egress proxy "squid" filters by domain |  |');
    expect(renderMarkdown(pulumiReport({ findings: [] }), ['miro'])).toContain('## Exemptions in force\n\nNone.');
  });

  it('preview writes the page for the compliant example: nothing not met, only the chosen marketplace', () => {
    const r = runCli(['preview', path.join(ROOT, 'examples', 'pulumi-app'), '--format', 'markdown', '--marketplace', 'trello']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = statuses(r.stdout);
    expect([...s.keys()]).toEqual(namedBy('trello'));
    expect([...s.values()]).not.toContain('not met');
    expect(s.get('TLS1')).toBe('met');
  });
});
