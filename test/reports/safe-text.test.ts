/**
 * Names from a template never carry control characters or Markdown structure into a report: a logical
 * ID with a newline does not start a line (a fake finding, a heading), an ESC does not reach a terminal.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Finding } from '../../src/core/findings';
import { Report } from '../../src/core/report';
import { terminalProgress } from '../../src/cli/progress';
import { renderJunit } from '../../src/cli/reports/junit';
import { gates } from '../../src/cli/report-options';
import { renderMarkdown } from '../../src/cli/reports/markdown';
import { markdownCell, markdownCode, markdownText, safeLine } from '../../src/cli/reports/safe-text';
import { renderSarif } from '../../src/cli/reports/sarif';
import { renderText } from '../../src/cli/reports/text';
import { runCli, tempFile } from '../support/cli';
import { cfnReport } from './sample-reports';

const HOSTILE_NAME = 'Bucket\n# Injected heading\n  DATA1 pass: all good\u001b[2J | col [x](javascript:alert(1)) <b>*bold*</b> \u202eevil\u2028`tick`';

describe('safeLine', () => {
  it('shows every control, line separator and bidirectional control as an escape', () => {
    expect(safeLine('a\nb\rc\td')).toBe('a\\nb\\rc\\td');
    expect(safeLine('\u0000\u001b\u007f\u0085\u2028\u2029\u202e\u2066')).toBe('\\u0000\\u001b\\u007f\\u0085\\u2028\\u2029\\u202e\\u2066');
  });

  it('leaves ordinary text, punctuation and other scripts as they are', () => {
    expect(safeLine('Cdn1A2B (AWS::CloudFront::Distribution): ü 中文 "q" <a> *')).toBe('Cdn1A2B (AWS::CloudFront::Distribution): ü 中文 "q" <a> *');
  });
});

describe('markdown escapes', () => {
  it('escapes every Markdown special character in inline text', () => {
    expect(markdownText('# a *b* _c_ `d` <e> [f](g) | h ~i~ \\')).toBe('\\# a \\*b\\* \\_c\\_ \\`d\\` \\<e\\> \\[f\\](g) \\| h \\~i\\~ \\\\');
    // The visible `\n` keeps its backslash through Markdown: `\\n` renders as `\n`.
    expect(markdownText('line\n# heading')).toBe('line\\\\n\\# heading');
  });

  it('keeps a code span closed and on one line', () => {
    expect(markdownCode('a`b\nc')).toBe("`a'b\\nc`");
  });

  it('escapes the pipes of a table cell once', () => {
    expect(markdownCell('`a|b` c\\|d')).toBe('`a\\|b` c\\|d');
  });
});

function hostileReport(): Report {
  const base = cfnReport();
  const resource = { type: 'AWS::S3::Bucket', name: HOSTILE_NAME, key: HOSTILE_NAME };
  const findings: Finding[] = [
    ...base.findings,
    { requirement: 'DATA2', status: 'fail', enforcement: 'mandatory', resource, message: `grants read to everyone on ${HOSTILE_NAME}`, detail: 'x\ny' },
    { requirement: 'NET1', status: 'exempt', enforcement: 'mandatory', resource, message: 'exempt', exemption: { reason: `reason\n## ${HOSTILE_NAME}` } },
  ];
  return { ...base, stack: 'Stack\n# stack', findings, locations: { byKey: { ...base.locations.byKey, [HOSTILE_NAME]: { file: 'cdk.out/x\n.json', line: 3, column: 5 } } } };
}

describe('every report on hostile names', () => {
  const report = hostileReport();

  it('text: no raw control character and no line begun by the name', () => {
    const text = renderText(report, false);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u2028\u202e]/);
    expect(text.split('\n').filter((l) => /^\s*(# Injected|DATA1 pass)/.test(l))).toEqual([]);
    expect(text).toContain('Bucket\\n# Injected heading');
  });

  it('text with colours: the only escape sequences are the colour codes', () => {
    const text = renderText(report, true);
    expect(text.replace(/\u001b\[\d+m/g, '')).not.toMatch(/\u001b/);
  });

  it("markdown: the only headings and table rows are the page's own", () => {
    const page = renderMarkdown(report, ['atlassian']);
    expect(page).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028\u202e]/);
    const headings = page.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.every((h) => /^(# .* compliance report|## [A-Z][a-z ]+|### [A-Z]+\d+: .*)$/.test(h))).toBe(true);
    expect(headings.some((h) => h.includes('Injected'))).toBe(false);
    // Every row of the exemptions table has exactly its five unescaped pipes.
    const rows = page.split('\n').filter((l) => l.startsWith('| NET1 |'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    // Outside code spans (where Markdown is not interpreted) no tag or link from the name is left unescaped.
    const prose = page.replace(/`[^`\n]*`/g, '');
    expect(prose).toContain('Injected');
    expect(prose).not.toMatch(/(?<!\\)<b>/);
    expect(prose).not.toMatch(/(?<!\\)\[x\]\(javascript/);
  });

  it('SARIF: message texts on one line without controls (JSON encodes the rest)', () => {
    const log = JSON.parse(renderSarif(report)) as { runs: { results: { message: { text: string }; suppressions?: { justification: string }[] }[] }[] };
    const texts = log.runs[0].results.flatMap((r) => [r.message.text, ...(r.suppressions ?? []).map((s) => s.justification)]);
    expect(texts.some((t) => t.includes('Injected'))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/[\u0000-\u001f\u2028\u202e]/);
  });

  it('JUnit: valid XML, one line per finding, no controls in names or messages', () => {
    const xml = renderJunit(report, (f) => gates(f, 'mandatory'));
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as unknown;
    const strings: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') strings.push(v);
      else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
    };
    walk(doc);
    expect(strings.some((s) => s.includes('Injected'))).toBe(true);
    for (const s of strings.filter((x) => x.includes('Injected'))) expect(s).not.toMatch(/[\u0000-\u001f\u2028\u202e]/);
  });
});

describe('terminal progress on hostile names', () => {
  it('writes its own control sequence only', () => {
    const written: string[] = [];
    const p = terminalProgress({ isTTY: true, write: (t: string) => written.push(t) > 0 });
    p.step(`scanned ${HOSTILE_NAME}`, 1, 1);
    expect(written).toHaveLength(1);
    expect(written[0].startsWith('\r\u001b[2Kscanned Bucket\\n# Injected')).toBe(true);
    expect(written[0].slice('\r\u001b[2K'.length)).not.toMatch(/[\u0000-\u001f\u2028\u202e]/);
  });
});

describe('scan output and errors on a template with a hostile logical ID', () => {
  const template = { Resources: { [HOSTILE_NAME]: { Type: 'AWS::S3::Bucket', Properties: { AccessControl: 'PublicRead' } } } };

  it.each(['text', 'markdown', 'junit'])('keeps the %s report free of raw controls', (format) => {
    const r = runCli(['scan', tempFile('t.json', template), '--format', format]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Injected');
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028\u202e]/);
  });

  it('prints an error naming the resource on one line', () => {
    const bad = { Resources: { [HOSTILE_NAME]: { Type: 'AWS::S3::Bucket', Metadata: { 'marketplace-guardrails': { exempt: [{ id: 'DATA1' }] } } } } };
    const r = runCli(['scan', tempFile('t.json', bad)]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Bucket\\n# Injected heading');
    expect(r.stderr.trimEnd()).not.toMatch(/[\u0000-\u001f\u2028\u202e]/);
  });
});
