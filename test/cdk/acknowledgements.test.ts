/**
 * One verdict: a CDK app with acknowledgements synthesized once with MarketplaceChecks as its validation
 * plugin; `cdk synth`'s validation report and `marketplace-guardrails scan` of the same cdk.out must
 * give the same findings (requirement, resource, status).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, CfnParameter, NestedStack, Stack, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { MarketplaceChecks } from '../../src/cdk';
import { acknowledgedRuleId, acknowledgementSource, applyAcknowledgements } from '../../src/cfn/acknowledgements';
import { walkAssembly } from '../../src/cfn/cloud-assembly';
import { acknowledge, exemptFromRequirement } from '../../src/constructs/acknowledgements';
import { Finding } from '../../src/core/findings';
import { JsonReport, parseReport, runCli, tempDir } from '../support/cli';

const NOW = '2026-11-24';
const ROLE = 'arn:aws:iam::123456789012:role/fn';

// CDK's own template validation (on by default at synth) is not what these tests are about, and slow.
process.env.CDK_VALIDATION = 'false';

function fn(scope: Construct, id: string, runtime: string, environment?: Record<string, string>): lambda.CfnFunction {
  return new lambda.CfnFunction(scope, id, { runtime, handler: 'index.handler', role: ROLE, code: { zipFile: 'exports.handler = 1' }, environment: environment && { variables: environment } });
}

/**
 * The app: each acknowledgement placed where a CDK user would place it. `cliMetadata`: the templates
 * carry `aws:cdk:path` and `aws:asset:path`, as under the CDK CLI (an App synthesized by itself writes neither).
 */
function buildApp(outdir: string, cliMetadata: boolean): App {
  const app = new App({ outdir, context: { 'aws:cdk:enable-path-metadata': cliMetadata, 'aws:cdk:enable-asset-metadata': cliMetadata } });
  Validations.of(app).addPlugins(new MarketplaceChecks(app, { now: new Date(NOW) }));
  const stack = new Stack(app, 'Ack');
  // On the resource itself.
  Validations.of(fn(stack, 'OnResource', 'nodejs16.x')).acknowledge({ id: 'Marketplace-RUN1', reason: 'replaced next sprint' });
  // On a parent construct: covers its subtree; a suffixed ID covers that part only.
  const group = new Construct(stack, 'Group');
  fn(group, 'Inner', 'nodejs16.x', { password: 'hunter2-literal', apiToken: 'literal-token-value' });
  Validations.of(group).acknowledge({ id: 'Marketplace-RUN1', reason: 'the group is retired in Q1' });
  Validations.of(group).acknowledge({ id: 'Marketplace-SEC4[environment.variables.password]', reason: 'a fake value for a demo' });
  // On an L2 whose default child is the resource.
  const l2 = new lambda.Function(stack, 'L2', { runtime: lambda.Runtime.NODEJS_16_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = 1') });
  Validations.of(l2).acknowledge({ id: 'Marketplace-RUN1', reason: 'migrating with the L2 upgrade' });
  // Without a reason: not honoured either way.
  Validations.of(fn(stack, 'BlankReason', 'nodejs16.x')).acknowledge({ id: 'Marketplace-RUN1', reason: '' });
  Validations.of(fn(stack, 'NoReason', 'nodejs16.x')).acknowledge({ id: 'Marketplace-RUN1' } as never);
  // An unknown is acknowledged by its -Unknown ID only.
  Validations.of(fn(stack, 'FromParam', new CfnParameter(stack, 'Runtime').valueAsString)).acknowledge({ id: 'Marketplace-RUN1', reason: 'not the unknown' });
  fn(stack, 'FromParamAck', new CfnParameter(stack, 'Runtime2').valueAsString).node.addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY, {
    'Marketplace::Marketplace-RUN1-Unknown': 'the pipeline passes a supported runtime',
  });
  // Stack-level findings: on the stack; above it (the App), which cdk.out does not record, not honoured.
  Validations.of(stack).acknowledge({ id: 'Marketplace-LOG4[stack]', reason: 'GuardDuty runs in the security account' });
  Validations.of(app).acknowledge({ id: 'Marketplace-LOG1', reason: 'organization trail' });
  // In a NestedStack: on its resource, and on the NestedStack construct (covering all it holds).
  const nested = new NestedStack(stack, 'Nested');
  Validations.of(fn(nested, 'NestedOwn', 'nodejs16.x')).acknowledge({ id: 'Marketplace-RUN1', reason: 'nested, replaced next sprint' });
  fn(nested, 'NestedSecret', 'nodejs24.x', { password: 'hunter2-literal' });
  Validations.of(nested).acknowledge({ id: 'Marketplace-SEC4', reason: 'demo values in the nested stack' });
  fn(nested, 'NestedOld', 'nodejs16.x');
  return app;
}

interface Synthesized {
  outdir: string;
  synth: string[];
  synthDescriptions: Map<string, string>;
  scan: JsonReport;
  scanExit: number | null;
}

/** `requirement constructPath status` from `cdk synth`'s validation report. */
function synthLines(outdir: string): { lines: string[]; descriptions: Map<string, string> } {
  const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8')) as {
    pluginReports: { violations: { ruleName: string; description: string; violatingConstructs: { constructPath: string }[] }[] }[];
  };
  const lines: string[] = [];
  const descriptions = new Map<string, string>();
  for (const v of report.pluginReports.flatMap((p) => p.violations)) {
    const m = /^Marketplace-([A-Z]+\d+)(-Unknown)?(?:\[.*\])?$/.exec(v.ruleName);
    if (!m) throw new Error(`unexpected rule ID ${v.ruleName}`);
    for (const c of v.violatingConstructs) {
      lines.push(`${m[1]} ${c.constructPath} ${m[2] ? 'unknown' : 'fail'}`);
      descriptions.set(`${m[1]} ${c.constructPath}`, v.description);
    }
  }
  return { lines: lines.sort(), descriptions };
}

/**
 * The same from scan's JSON report, a resource named by its construct path: the `aws:cdk:logicalId`
 * entries of the stack's metadata file. A nested stack's resources are keyed `<NestedStackResource>/<id>`;
 * its stack-level findings stand on its AWS::CloudFormation::Stack resource, named here by the
 * NestedStack construct that MarketplaceChecks reports them on.
 */
function scanLines(outdir: string, report: JsonReport, statuses: readonly string[]): string[] {
  const metadata = JSON.parse(fs.readFileSync(path.join(outdir, 'Ack.metadata.json'), 'utf8')) as Record<string, { type: string; data: unknown }[]>;
  const paths: [string, string][] = [];
  for (const [slashed, entries] of Object.entries(metadata)) for (const e of entries) if (e.type === 'aws:cdk:logicalId') paths.push([e.data as string, slashed.slice(1)]);
  const stackPathOf = (constructPath: string) => constructPath.replace(/^(.*)\/([^/]+)\.NestedStack\/\2\.NestedStackResource$/, '$1/$2');
  const pathOf = (key: string): string | undefined => {
    const [outer, inner] = key.split('#')[0].split('/');
    const outerPath = paths.find(([id, p]) => id === outer && p.split('/').length === 2)?.[1] ?? paths.find(([id]) => id === outer)?.[1];
    if (outerPath === undefined || inner === undefined) return outerPath && stackPathOf(outerPath);
    const nestedPath = stackPathOf(outerPath);
    return paths.find(([id, p]) => id === inner && p.startsWith(`${nestedPath}/`))?.[1];
  };
  return report.findings
    .filter((f) => statuses.includes(f.status))
    .map((f) => `${f.requirement} ${f.resource.key === undefined ? 'Ack' : pathOf(f.resource.key)} ${f.status}`)
    .sort();
}

describe.each([false, true])('one verdict: cdk synth with MarketplaceChecks and scan of its cdk.out (the CDK CLI\u2019s path and asset metadata: %s)', (cliMetadata) => {
  let result: Synthesized;
  beforeAll(() => {
    const outdir = tempDir('mg-ack-');
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // Mandatory failures remain (the acknowledgements without a reason): synth stops after writing cdk.out.
      expect(() => buildApp(outdir, cliMetadata).synth()).toThrow(/ERROR Lambda functions run on a supported runtime/);
    } finally {
      quiet.mockRestore();
    }
    const synth = synthLines(outdir);
    const r = runCli(['scan', outdir, '--format', 'json', '--now', NOW]);
    result = { outdir, synth: synth.lines, synthDescriptions: synth.descriptions, scan: parseReport(r), scanExit: r.code };
  }, 120_000);

  it('reports the same findings both ways: requirement, resource and status', () => {
    expect(scanLines(result.outdir, result.scan, ['fail', 'unknown', 'error'])).toEqual(result.synth);
    expect(result.scanExit).toBe(1);
  });

  it('honours acknowledgements on the resource, a parent construct, an L2 and the stack; an unknown by its -Unknown ID', () => {
    const run1 = result.synth.filter((l) => l.startsWith('RUN1 '));
    expect(run1).toEqual(['RUN1 Ack/BlankReason fail', 'RUN1 Ack/FromParam unknown', 'RUN1 Ack/Nested/NestedOld fail', 'RUN1 Ack/NoReason fail']);
    expect(result.synth.filter((l) => l.startsWith('SEC4 '))).toEqual(['SEC4 Ack/Group/Inner fail']);
    expect(result.synth.some((l) => l.startsWith('LOG4 '))).toBe(false);
    // scan keeps what was acknowledged, as exempt with the acknowledgement's reason.
    expect(scanLines(result.outdir, result.scan, ['exempt'])).toEqual([
      'LOG4 Ack exempt',
      // The nested stack's own, covered by the acknowledgement on its parent stack.
      'LOG4 Ack/Nested exempt',
      'RUN1 Ack/FromParamAck exempt',
      'RUN1 Ack/Group/Inner exempt',
      'RUN1 Ack/L2/Resource exempt',
      'RUN1 Ack/Nested/NestedOwn exempt',
      'RUN1 Ack/OnResource exempt',
      'SEC4 Ack/Group/Inner exempt',
      'SEC4 Ack/Nested/NestedSecret exempt',
    ]);
    expect(result.scan.findings.find((f) => f.requirement === 'RUN1' && f.resource.key?.startsWith('Group'))?.exemption).toEqual({ reason: 'the group is retired in Q1' });
  });

  it('reports stack-level findings on the Stack construct', () => {
    expect(result.synth.filter((l) => l.startsWith('LOG1 '))).toEqual(['LOG1 Ack fail', 'LOG1 Ack/Nested fail']);
  });

  it('says why an acknowledgement is not honoured: no reason, or made above the stack', () => {
    expect(result.synthDescriptions.get('RUN1 Ack/BlankReason')).toMatch(/acknowledgement of Marketplace-RUN1 on Ack\/BlankReason has no reason, so it is not honoured/);
    expect(result.synthDescriptions.get('RUN1 Ack/NoReason')).toMatch(/has no reason, so it is not honoured/);
    expect(result.synthDescriptions.get('LOG1 Ack')).toMatch(/acknowledgement of Marketplace-LOG1 on the App is above the stack, where the cloud assembly does not record it, so it is not honoured/);
    // The cloud assembly keeps an empty reason, so scan says so too; a missing one it drops altogether.
    expect(result.scan.findings.find((f) => f.requirement === 'RUN1' && f.resource.key === 'BlankReason')?.message).toMatch(/has no reason, so it is not honoured/);
  });

  it('reads the acknowledgements from the stack metadata file, by construct path', () => {
    const [stack] = walkAssembly(result.outdir).templates;
    expect(stack.acknowledgements?.stackPath).toBe('Ack');
    expect([...(stack.acknowledgements?.nested?.values() ?? [])].map((n) => n.stackPath)).toEqual(['Ack/Nested']);
    expect(stack.acknowledgements?.byPath.get('Ack/Group')?.map((a) => a.id)).toEqual(['Marketplace-RUN1', 'Marketplace-SEC4[environment.variables.password]']);
    // Nothing above the stack is recorded in cdk.out.
    expect(stack.acknowledgements?.byPath.has('')).toBe(false);
  });
});

describe('acknowledgement IDs and sources', () => {
  it.each<[string, string | undefined]>([
    ['Annotation::Marketplace-NET1', 'Marketplace-NET1'],
    ['annotation::Marketplace-NET1', 'Marketplace-NET1'],
    ['Marketplace::Marketplace-HDR1[orderedCacheBehaviors[0]]', 'Marketplace-HDR1[orderedCacheBehaviors[0]]'],
    ['Annotation::AwsSolutions-S1', undefined],
    ['Other::Marketplace-NET1', undefined],
  ])('%s names %s', (qualified, id) => {
    expect(acknowledgedRuleId(qualified)).toBe(id);
  });

  const finding = (status: Finding['status'], detail?: string): Finding => ({
    requirement: 'SEC4',
    status,
    enforcement: 'mandatory',
    resource: { type: 'AWS::Lambda::Function', name: 'Fn', key: 'Fn' },
    message: 'a secret in plain text',
    detail,
  });
  const resources = (rules: unknown[]) => [{ logicalId: 'Fn', type: 'AWS::Lambda::Function', metadata: { cdk_nag: { rules_to_suppress: rules } } }];
  const apply = (f: Finding, rules: unknown[]) => applyAcknowledgements([f], (k) => k, acknowledgementSource(resources(rules)))[0];

  it('reads cdk-nag rules_to_suppress (writeSuppressionsToCloudFormation) with the same exact IDs', () => {
    expect(apply(finding('fail', 'a'), [{ id: 'Marketplace-SEC4[a]', reason: 'demo' }]).status).toBe('exempt');
    expect(apply(finding('fail', 'b'), [{ id: 'Marketplace-SEC4[a]', reason: 'demo' }]).status).toBe('fail');
    expect(apply(finding('unknown'), [{ id: 'Marketplace-SEC4', reason: 'demo' }]).status).toBe('unknown');
    expect(apply(finding('unknown'), [{ id: 'Marketplace-SEC4-Unknown', reason: 'demo' }]).status).toBe('exempt');
    // Written without a reason (the JSON drops an undefined one): kept, saying why.
    expect(apply(finding('fail'), [{ id: 'Marketplace-SEC4' }]).message).toMatch(/rules_to_suppress\[0\] has no reason/);
    // A check that could not run is never acknowledged away.
    expect(apply(finding('error'), [{ id: 'Marketplace-SEC4', reason: 'demo' }]).status).toBe('error');
  });
});

describe('our acknowledge helpers refuse an acknowledgement without a reason', () => {
  it.each(['', '   ', undefined])('refuses %j', (reason) => {
    const stack = new Stack(new App(), 'S');
    const resource = fn(stack, 'Fn', 'nodejs24.x');
    expect(() => acknowledge(resource, 'AwsSolutions-L1', reason as never)).toThrow(/^S\/Fn: acknowledging AwsSolutions-L1 needs a reason$/);
    expect(() => exemptFromRequirement(resource, 'RUN1', reason as never)).toThrow(/^S\/Fn: acknowledging Marketplace-RUN1 needs a reason$/);
    expect(resource.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)).toEqual([]);
  });
});
