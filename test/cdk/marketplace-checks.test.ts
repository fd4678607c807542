/**
 * MarketplaceChecks, the cdk-nag 3 pack: called directly (`validateScope`) and as a CDK validation plugin
 * at synth. Lambda runtimes (RUN1), environment variables (SEC4) and the stack-level monitoring check
 * (LOG4) are used because their CloudFormation and Pulumi shapes are the same property names.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, CfnParameter, Stack, Validations } from 'aws-cdk-lib';
import * as guardduty from 'aws-cdk-lib/aws-guardduty';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { PolicyValidationPluginReport } from 'aws-cdk-lib';
import * as cfnTemplateFindings from '../../src/cfn/template-findings';
import { MarketplaceChecks } from '../../src/cdk';
import { tempDir } from '../support/cli';

const NOW = new Date('2026-11-24');
const ROLE = 'arn:aws:iam::123456789012:role/fn';

function stackOf(app = new App()): Stack {
  return new Stack(app, 'App');
}

function rawFunction(stack: Stack, id: string, runtime: string, environment?: Record<string, string>): lambda.CfnFunction {
  return new lambda.CfnFunction(stack, id, {
    runtime,
    handler: 'index.handler',
    role: ROLE,
    code: { zipFile: 'exports.handler = async () => ({})' },
    environment: environment && { variables: environment },
  });
}

/** `ruleName severity constructPath` per violating resource, sorted. */
function lines(report: PolicyValidationPluginReport): string[] {
  return report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} ${v.severity} ${r.constructPath}`)).sort();
}

/** Lines of the given rule IDs (with any suffix) only. */
function linesOf(report: PolicyValidationPluginReport, ...prefixes: string[]): string[] {
  return lines(report).filter((l) => prefixes.some((p) => l.startsWith(p)));
}

function check(scope: App | Stack, now = NOW): PolicyValidationPluginReport {
  return new MarketplaceChecks(undefined, { now }).validateScope(scope);
}

describe('MarketplaceChecks.validateScope', () => {
  it('reports a mandatory failure as an error on the resource, nothing for a compliant one', () => {
    const stack = stackOf();
    rawFunction(stack, 'Old', 'nodejs16.x');
    rawFunction(stack, 'Current', 'nodejs24.x');
    const report = check(stack);
    expect(linesOf(report, 'Marketplace-RUN1')).toEqual(['Marketplace-RUN1 error App/Old']);
    expect(report.success).toBe(false);
  });

  it('reports an advisory finding as a warning and does not fail validation for warnings alone', () => {
    const stack = stackOf();
    // nodejs22.x is deprecated on 2027-04-30: within 90 days on 2027-03-01, an advisory.
    rawFunction(stack, 'Soon', 'nodejs22.x');
    const report = check(stack, new Date('2027-03-01'));
    expect(linesOf(report, 'Marketplace-RUN1')).toEqual(['Marketplace-RUN1 warning App/Soon']);
    expect(report.violations.every((v) => v.severity === 'warning')).toBe(true);
    expect(report.success).toBe(true);
  });

  it('keeps each finding\u2019s own level and message when one rule ID is mandatory on one resource and advisory on another', () => {
    const stack = stackOf();
    rawFunction(stack, 'Old', 'nodejs16.x');
    rawFunction(stack, 'Soon', 'nodejs22.x');
    const report = check(stack, new Date('2027-03-01'));
    expect(linesOf(report, 'Marketplace-RUN1')).toEqual(['Marketplace-RUN1 error App/Old', 'Marketplace-RUN1 warning App/Soon']);
    const soon = report.violations.find((v) => v.severity === 'warning' && v.ruleName === 'Marketplace-RUN1');
    expect(soon?.description).toMatch(/nodejs22\.x/);
    expect(soon?.fix).toMatch(/runtime/i);
  });

  it('sees escape-hatch overrides in the resolved template, both ways', () => {
    const stack = stackOf();
    const l2 = new lambda.Function(stack, 'Patched', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = 1') });
    (l2.node.defaultChild as lambda.CfnFunction).addPropertyOverride('Runtime', 'nodejs16.x');
    rawFunction(stack, 'Fixed', 'nodejs16.x').addOverride('Properties.Runtime', 'nodejs24.x');
    expect(linesOf(check(stack), 'Marketplace-RUN1')).toEqual(['Marketplace-RUN1 error App/Patched/Resource']);
  });

  it('reports a value unknown at synth under its own acknowledgeable ID, as a warning, never as a violation of the rule', () => {
    const stack = stackOf();
    rawFunction(stack, 'FromParam', new CfnParameter(stack, 'Runtime').valueAsString);
    // A deployer may pass any value: a default is not the value; one allowed value is.
    rawFunction(stack, 'FromDefault', new CfnParameter(stack, 'RuntimeWithDefault', { default: 'nodejs24.x' }).valueAsString);
    rawFunction(stack, 'FromAllowed', new CfnParameter(stack, 'RuntimeAllowed', { allowedValues: ['nodejs24.x'] }).valueAsString);
    const report = check(stack);
    expect(linesOf(report, 'Marketplace-RUN1')).toEqual(['Marketplace-RUN1-Unknown warning App/FromDefault', 'Marketplace-RUN1-Unknown warning App/FromParam']);
    expect(report.violations.find((v) => v.ruleName === 'Marketplace-RUN1-Unknown')?.description).toMatch(/parameter Runtime/);
  });

  it('suffixes the rule ID with the finding detail when one resource has several findings of a rule', () => {
    const stack = stackOf();
    rawFunction(stack, 'Leaky', 'nodejs24.x', { password: 'hunter2-literal', apiToken: 'literal-token-value', LOG_LEVEL: 'debug' });
    expect(linesOf(check(stack), 'Marketplace-SEC4')).toEqual(['Marketplace-SEC4[environment.variables.apiToken] error App/Leaky', 'Marketplace-SEC4[environment.variables.password] error App/Leaky']);
  });

  it('reports stack-level findings once, on the Stack construct, with the suffix [stack]', () => {
    const stack = stackOf();
    rawFunction(stack, 'First', 'nodejs24.x');
    rawFunction(stack, 'Second', 'nodejs24.x');
    expect(linesOf(check(stack), 'Marketplace-LOG4')).toEqual(['Marketplace-LOG4[stack] warning App']);
    expect(check(stack).violations.find((v) => v.ruleName === 'Marketplace-LOG4[stack]')?.violatingResources).toEqual([{ constructPath: 'App', locations: [] }]);
    new guardduty.CfnDetector(stack, 'Detector', { enable: true });
    expect(linesOf(check(stack), 'Marketplace-LOG4')).toEqual([]);
  });

  it('keeps findings per stack: the same logical ID in two stacks is judged in each', () => {
    const app = new App();
    rawFunction(new Stack(app, 'One'), 'Fn', 'nodejs16.x');
    rawFunction(new Stack(app, 'Two'), 'Fn', 'nodejs24.x');
    expect(linesOf(check(app), 'Marketplace-RUN1')).toEqual(['Marketplace-RUN1 error One/Fn']);
  });

  it('evaluates each stack once per validation, not once per resource', () => {
    const app = new App();
    for (const name of ['One', 'Two']) {
      const stack = new Stack(app, name);
      for (let i = 0; i < 5; i++) rawFunction(stack, `Fn${i}`, 'nodejs16.x');
    }
    const spy = jest.spyOn(cfnTemplateFindings, 'templateFindings');
    try {
      const pack = new MarketplaceChecks(undefined, { now: NOW });
      expect(linesOf(pack.validateScope(app), 'Marketplace-RUN1')).toHaveLength(10);
      expect(spy).toHaveBeenCalledTimes(2);
      // A second validation sees the app as it is now.
      rawFunction(app.node.findChild('One') as Stack, 'Late', 'nodejs16.x');
      expect(linesOf(pack.validateScope(app), 'Marketplace-RUN1')).toHaveLength(11);
      expect(spy).toHaveBeenCalledTimes(4);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('acknowledgements and exemptions', () => {
  function app3(): { stack: Stack; l2: lambda.Function; raw: lambda.CfnFunction } {
    const stack = stackOf();
    const l2 = new lambda.Function(stack, 'Webhooks', {
      runtime: lambda.Runtime.NODEJS_16_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = 1'),
      environment: { password: 'hunter2-literal', apiToken: 'literal-token-value' },
    });
    const raw = rawFunction(stack, 'Other', 'nodejs16.x');
    return { stack, l2, raw };
  }
  const RUN1 = { id: 'Marketplace-RUN1', reason: 'replaced next sprint' };

  it('applies on the resource itself', () => {
    const { stack, raw } = app3();
    Validations.of(raw).acknowledge(RUN1);
    expect(linesOf(check(stack), 'Marketplace-RUN1')).toEqual(['Marketplace-RUN1 error App/Webhooks/Resource']);
  });

  it('applies on a parent construct (the L2 whose default child is the resource)', () => {
    const { stack, l2 } = app3();
    Validations.of(l2).acknowledge(RUN1);
    expect(linesOf(check(stack), 'Marketplace-RUN1')).toEqual(['Marketplace-RUN1 error App/Other']);
  });

  it('applies on the stack, stack-level findings included', () => {
    const { stack } = app3();
    Validations.of(stack).acknowledge(RUN1, { id: 'Marketplace-LOG4[stack]', reason: 'GuardDuty runs in the security account' });
    expect(linesOf(check(stack), 'Marketplace-RUN1', 'Marketplace-LOG4')).toEqual([]);
  });

  it('matches a suffixed ID exactly, and the bare ID covers every suffix on that resource', () => {
    const { stack, l2 } = app3();
    Validations.of(l2).acknowledge({ id: 'Marketplace-SEC4[environment.variables.password]', reason: 'a fake value for a demo' });
    expect(linesOf(check(stack), 'Marketplace-SEC4')).toEqual(['Marketplace-SEC4[environment.variables.apiToken] error App/Webhooks/Resource']);
    Validations.of(l2).acknowledge({ id: 'Marketplace-SEC4', reason: 'demo values only' });
    expect(linesOf(check(stack), 'Marketplace-SEC4')).toEqual([]);
  });

  it('acknowledges an unknown by its -Unknown ID; the rule ID alone does not hide it', () => {
    const stack = stackOf();
    const fn = rawFunction(stack, 'FromParam', new CfnParameter(stack, 'Runtime').valueAsString);
    Validations.of(fn).acknowledge(RUN1);
    expect(linesOf(check(stack), 'Marketplace-RUN1')).toEqual(['Marketplace-RUN1-Unknown warning App/FromParam']);
    Validations.of(fn).acknowledge({ id: 'Marketplace-RUN1-Unknown', reason: 'the pipeline passes a supported runtime' });
    expect(linesOf(check(stack), 'Marketplace-RUN1')).toEqual([]);
  });

  it('honours exemptions written in the template Metadata, as scan does', () => {
    const { stack, raw } = app3();
    raw.cfnOptions.metadata = { 'marketplace-guardrails': { exempt: [{ id: 'RUN1', reason: 'legacy function, removed in Q1' }] } };
    expect(linesOf(check(stack), 'Marketplace-RUN1')).toEqual(['Marketplace-RUN1 error App/Webhooks/Resource']);
  });

  it('honours exemptions and enforcement given to the pack', () => {
    const { stack } = app3();
    const report = new MarketplaceChecks(undefined, {
      now: NOW,
      policyConfig: { RUN1: { exemptions: [{ resource: 'Other', reason: 'removed next release' }] }, SEC4: 'advisory' },
    }).validateScope(stack);
    expect(linesOf(report, 'Marketplace-RUN1', 'Marketplace-SEC4')).toEqual([
      'Marketplace-RUN1 error App/Webhooks/Resource',
      'Marketplace-SEC4[environment.variables.apiToken] warning App/Webhooks/Resource',
      'Marketplace-SEC4[environment.variables.password] warning App/Webhooks/Resource',
    ]);
  });

  it('reads the same file as scan and the pack', () => {
    const { stack } = app3();
    const file = path.join(tempDir('mg-cdk-config-'), 'marketplace-guardrails.config.json');
    fs.writeFileSync(file, JSON.stringify({ SEC4: 'disabled' }));
    expect(linesOf(new MarketplaceChecks(undefined, { now: NOW, policyConfig: file }).validateScope(stack), 'Marketplace-SEC4')).toEqual([]);
  });
});

describe('MarketplaceChecks policy config', () => {
  it.each<[Record<string, unknown>, RegExp]>([
    [{ policyConfig: { exemptions: [] } }, /^MarketplaceChecks: policy config policyConfig: parsing "exemptions": \[\] is not a valid value; must be a string or object$/],
    [{ policyConfig: { NET1: { alowedEgressPorts: [443] } } }, /^MarketplaceChecks: policy config policyConfig: NET1: unknown setting "alowedEgressPorts"/],
    [{ policyConfig: { TLS2: 'strict' } }, /"strict" is not a valid enforcement level/],
    [{ enforcement: { TLS2: 'mandatory' } }, /^MarketplaceChecks: "enforcement" is not a prop/],
    [{ policyConfig: 42 }, /^MarketplaceChecks: "policyConfig" must be a file path/],
    [{ policyConfig: { TLS22: 'mandatory' } }, /^MarketplaceChecks: policy config policyConfig: "TLS22" is not a policy of this pack/],
    [{ policyConfig: { NET1: { exemptions: [{ resource: 'Sg', reason: '' }] } } }, /^MarketplaceChecks: policy config policyConfig: .*NET1: exemptions\.0\.reason/],
    [{ policyConfig: { NET1: { exemptions: [{ resource: 'Sg', reason: 'legacy', until: '31/03/2027' }] } } }, /^MarketplaceChecks: policy config policyConfig: .*NET1: exemptions\.0\.until/],
    [
      { policyConfig: { NET1: { exemptions: [{ resource: 'Sg', reason: 'legacy', until: '2027-02-30' }] } } },
      /^MarketplaceChecks: policy config policyConfig: NET1: exemptions\.0: .*not a date \(YYYY-MM-DD\)$/,
    ],
    [{ verbose: 'yes' }, /^MarketplaceChecks: "verbose" must be true or false$/],
    [{ policyconfig: { NET1: 'advisory' } }, /^MarketplaceChecks: "policyconfig" is not a prop \(the props are policyConfig, now, verbose, writeSuppressionsToCloudFormation\)$/],
  ])('throws one clear error at construction for %j', (props, message) => {
    expect(() => new MarketplaceChecks(undefined, props as never)).toThrow(message);
  });
});

describe('MarketplaceChecks as a validation plugin at synth', () => {
  function appWithPack(): { app: App; stack: Stack; outdir: string } {
    const outdir = tempDir('mg-cdk-');
    const app = new App({ outdir });
    Validations.of(app).addPlugins(new MarketplaceChecks(app, { now: NOW }));
    return { app, stack: stackOf(app), outdir };
  }
  const quiet = () => jest.spyOn(console, 'error').mockImplementation(() => undefined);

  it('fails synth on a mandatory violation and names the rule and resource', () => {
    const { app, stack } = appWithPack();
    rawFunction(stack, 'Old', 'nodejs16.x');
    const spy = quiet();
    try {
      expect(() => app.synth()).toThrow(/Marketplace-RUN1[\s\S]*App\/Old/);
    } finally {
      spy.mockRestore();
    }
  });

  it('sees escape-hatch overrides at synth too', () => {
    const { app, stack } = appWithPack();
    const l2 = new lambda.Function(stack, 'Patched', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = 1') });
    (l2.node.defaultChild as lambda.CfnFunction).addPropertyOverride('Runtime', 'nodejs16.x');
    const spy = quiet();
    try {
      expect(() => app.synth()).toThrow(/Marketplace-RUN1[\s\S]*App\/Patched\/Resource/);
    } finally {
      spy.mockRestore();
    }
  });

  it('synthesizes with warnings only, writing them to the validation report', () => {
    const { app, stack, outdir } = appWithPack();
    rawFunction(stack, 'Current', 'nodejs24.x');
    const spy = quiet();
    try {
      app.synth();
    } finally {
      spy.mockRestore();
    }
    const reportFile = fs.readdirSync(outdir).find((f) => f.includes('validation'));
    expect(reportFile).toBeDefined();
    const text = fs.readFileSync(path.join(outdir, reportFile as string), 'utf8');
    expect(text).toContain('Marketplace-LOG4[stack]');
    expect(text).not.toContain('Marketplace-RUN1');
  });

  it('synthesizes once the violation is acknowledged on the stack', () => {
    const { app, stack, outdir } = appWithPack();
    rawFunction(stack, 'Old', 'nodejs16.x');
    Validations.of(stack).acknowledge({ id: 'Marketplace-RUN1', reason: 'replaced next sprint' });
    const spy = quiet();
    try {
      app.synth();
    } finally {
      spy.mockRestore();
    }
    expect(fs.existsSync(path.join(outdir, 'App.template.json'))).toBe(true);
  });
});
