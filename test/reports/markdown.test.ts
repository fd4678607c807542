/** The compliance page: per marketplace exactly its requirements, each with a status, the counts, what to fix first. */
import * as path from 'node:path';
import { REQUIREMENTS } from '../../src/catalog';
import { MARKETPLACES, Marketplace } from '../../src/catalog/types';
import { renderMarkdown } from '../../src/cli/reports/markdown';
import { ROOT, runCli } from '../support/cli';
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

  it('lists the findings with their location and the exemptions in force', () => {
    const page = renderMarkdown(cfnReport(), ['atlassian']);
    expect(page).toContain('- `Cdn1A2B` (AWS::CloudFront::Distribution) at `cdk.out/Edge.template.json:12:5`, fail (mandatory): defaultCacheBehavior: viewerProtocolPolicy is allow-all');
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
