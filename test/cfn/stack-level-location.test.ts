/**
 * Findings about a stack as a whole (LOG1: no audit trail, LOG4: no monitoring) belong to the stack:
 * in a scan of a cdk.out, one per stack, named by the stack and located at its template file; in
 * SARIF, that file with no region (no line of it is the cause), never the cdk.out directory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReport, runCli, tempDir, tempFile } from '../support/cli';

const TOPIC = { Type: 'AWS::SNS::Topic', Properties: {} };

interface SarifLog {
  runs: { results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: unknown } }[] }[] }[];
}

function cdkOut(): string {
  const out = tempDir('mg-stack-level-');
  const write = (rel: string, doc: unknown) => {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), JSON.stringify(doc));
  };
  write('manifest.json', {
    version: '36.0.0',
    artifacts: {
      Web: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Web.template.json' } },
      Api: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Api.template.json' } },
    },
  });
  write('Web.template.json', { Resources: { Topic: TOPIC } });
  write('Api.template.json', { Resources: { Topic: TOPIC } });
  return out;
}

describe('stack-level findings of scan', () => {
  it('are one per stack of a cdk.out, named by the stack', () => {
    const report = parseReport(runCli(['scan', cdkOut(), '--format', 'json']));
    const log1 = report.findings.filter((f) => f.requirement === 'LOG1' && f.status === 'fail');
    expect(log1.map((f) => `${f.resource.type} ${f.resource.name} ${f.resource.key ?? '-'}`).sort()).toEqual(['stack Api -', 'stack Web -']);
  });

  it('point at each stack\u2019s template file in SARIF, with no region', () => {
    const out = cdkOut();
    const sarif = JSON.parse(runCli(['scan', out, '--format', 'sarif']).stdout) as SarifLog;
    const log1 = sarif.runs[0].results.filter((r) => r.ruleId === 'LOG1');
    const files = log1.map((r) => r.locations[0].physicalLocation.artifactLocation.uri).sort();
    expect(files).toEqual([pathToFileURL(path.join(out, 'Api.template.json')).href, pathToFileURL(path.join(out, 'Web.template.json')).href]);
    expect(log1.every((r) => r.locations[0].physicalLocation.region === undefined)).toBe(true);
  });

  it('point at the template file of a plain template scan, with no region', () => {
    const file = tempFile('app.template.json', { Resources: { Topic: TOPIC } });
    const sarif = JSON.parse(runCli(['scan', file, '--format', 'sarif']).stdout) as SarifLog;
    const [log1] = sarif.runs[0].results.filter((r) => r.ruleId === 'LOG1');
    expect(log1.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: pathToFileURL(file).href } });
  });
});
