/**
 * Each report shows a failing finding's fix in the user's engine and for the kind judged: `scan` of a
 * template the CloudFormation properties, of a cdk.out the CDK snippet, `preview` (a Pulumi report) Pulumi code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { requirement } from '../../src/catalog';
import { fixFor } from '../../src/catalog/fix-for';
import { runScan } from '../../src/cfn/scan';
import { renderGithub } from '../../src/cli/reports/github';
import { renderJson } from '../../src/cli/reports/json';
import { renderMarkdown } from '../../src/cli/reports/markdown';
import { renderSarif } from '../../src/cli/reports/sarif';
import { renderText } from '../../src/cli/reports/text';
import { Report } from '../../src/core/report';
import { tempDir } from '../support/cli';
import { pulumiReport } from './sample-reports';
import { sarifSchemaErrors } from './sarif-schema';

const NOW = '2026-11-24';
// SSE-SQS turned off and no key: a DATA4 failure on a queue.
const TEMPLATE = { Resources: { Jobs: { Type: 'AWS::SQS::Queue', Properties: { SqsManagedSseEnabled: false } } } };

function templateScan(): Report {
  const dir = tempDir('mg-fix-template-');
  const file = path.join(dir, 'jobs.template.json');
  fs.writeFileSync(file, JSON.stringify(TEMPLATE));
  return runScan(file, { now: NOW });
}

function assemblyScan(): Report {
  const out = tempDir('mg-fix-assembly-');
  fs.writeFileSync(
    path.join(out, 'manifest.json'),
    JSON.stringify({ version: '36.0.0', artifacts: { Jobs: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Jobs.template.json' } } } }),
  );
  fs.writeFileSync(path.join(out, 'Jobs.template.json'), JSON.stringify(TEMPLATE));
  return runScan(out, { now: NOW });
}

interface JsonFix {
  fixEngine: string;
  findings: { requirement: string; status: string; fix?: string }[];
}
const data4Of = (report: Report) => (JSON.parse(renderJson(report)) as JsonFix).findings.find((f) => f.requirement === 'DATA4' && f.status === 'fail');
const DATA4 = requirement('DATA4');
const PATHS = { root: '/nowhere', cwd: '/nowhere' };

describe('the fix each report shows under a finding', () => {
  const template = templateScan();
  const assembly = assemblyScan();

  it('scan of a template: the CloudFormation properties of the kind judged', () => {
    expect(template.fixEngine).toBe('cloudformation');
    const fix = data4Of(template)?.fix;
    expect(fix).toBe(fixFor(DATA4, 'AWS::SQS::Queue', 'cloudformation'));
    expect(fix).toMatch(/Type: AWS::SQS::Queue[\s\S]*KmsMasterKeyId/);
    expect(fix).not.toMatch(/RDS|DynamoDB|new /);
    expect((JSON.parse(renderJson(template)) as JsonFix).fixEngine).toBe('cloudformation');
  });

  it('scan of a cdk.out: the CDK snippet of the kind judged', () => {
    expect(assembly.fixEngine).toBe('cdk');
    const fix = data4Of(assembly)?.fix;
    expect(fix).toBe(fixFor(DATA4, 'AWS::SQS::Queue', 'cdk'));
    expect(fix).toMatch(/^new sqs\.Queue\(this, /);
  });

  it('preview (a Pulumi report): Pulumi code; passes, exemptions and errors carry none', () => {
    const body = JSON.parse(renderJson(pulumiReport())) as JsonFix;
    expect(body.fixEngine).toBe('pulumi');
    const tls3 = body.findings.find((f) => f.requirement === 'TLS3');
    expect(tls3?.fix).toBe(requirement('TLS3').fix.pulumi);
    for (const f of body.findings) if (f.status === 'exempt' || f.status === 'error') expect(f.fix).toBeUndefined();
  });

  it('text: indented under a failing finding only', () => {
    const text = renderText(template, false);
    expect(text).toContain('  DATA4 fail (mandatory): ');
    expect(text).toContain('\n        fix (CloudFormation):\n          Jobs:\n            Type: AWS::SQS::Queue\n');
    const pulumi = renderText(pulumiReport(), false);
    expect(pulumi).toContain("fix (Pulumi):\n          new aws.cloudfront.Distribution('cdn', {");
    // The unknown DATA3 on assets shows no fix in the text report.
    expect(pulumi).not.toContain('BucketServerSideEncryptionConfiguration');
  });

  it('markdown: each distinct fix once under the requirement’s findings, in the engine’s language', () => {
    const page = renderMarkdown(template, ['atlassian']);
    expect(page).toContain('Fix (CloudFormation) for `AWS::SQS::Queue`:\n\n```yaml\nJobs:\n  Type: AWS::SQS::Queue');
    expect(renderMarkdown(assembly, ['atlassian'])).toContain('Fix (CDK) for `AWS::SQS::Queue`:\n\n```ts\nnew sqs.Queue(this');
  });

  it('SARIF: the fix in properties.fix and message.markdown, the rule help in the run’s engine, still schema-valid', () => {
    const text = renderSarif(template, PATHS);
    expect(sarifSchemaErrors(text)).toEqual([]);
    const run = (JSON.parse(text) as Sarif.Log).runs[0];
    const result = run.results?.find((r) => r.ruleId === 'DATA4');
    expect(result?.properties?.fix).toBe(fixFor(DATA4, 'AWS::SQS::Queue', 'cloudformation'));
    expect(result?.properties?.fixEngine).toBe('cloudformation');
    expect(result?.message.markdown).toContain('Fix in CloudFormation:\n```yaml\nJobs:');
    const help = run.tool.driver.rules?.find((r) => r.id === 'DATA4')?.help?.markdown;
    expect(help).toContain('Fix in CloudFormation:');
    expect(help).not.toMatch(/Fix in (Pulumi|CDK)/);
  });

  it('GitHub annotations: a short fix after the message', () => {
    const lines = renderGithub(assembly, PATHS).split('\n');
    const data4 = lines.find((l) => l.includes('DATA4'));
    expect(data4).toContain('%0Afix (CDK):%0Anew sqs.Queue(this');
  });
});
