/**
 * Offline preview: a Pulumi program (run under mocks) or a stack export, checked by the real policy
 * pack over the analyzer protocol, in the engine's order: GetAnalyzerInfo, Configure, ConfigureStack,
 * Remediate (when a policy is at `remediate`), Analyze per resource, AnalyzeStack.
 */
import { Remediation, Report } from '../../core/report';
import { Finding, STACK_RESOURCE } from '../../core/findings';
import { AnalysisResult, AnalyzerSession } from './analyzer-client';
import { CapturedResource } from './captured';
import { captureProgram } from './capture';
import { programLocations } from './program-locations';
import { readExemptions, readViolation, requirementOfPolicy } from '../pack/diagnostics';
import { ConfigureRequest, disabledRequirements, followMainPolicies } from '../../config/marketplace-config';
import { PolicyConfigSource, configErrorLine, policyConfigOf } from '../../config/config-file';
import { loadPolicyPackConfig } from '../../config/policy-pack-config';
import { UsageError } from '../../cli/errors';
import { readStackExport } from './stack-export';
import { policyPackDir } from '../pack/pack-dir';

export interface PreviewOptions {
  /** A Pulumi program directory, or */
  programDir?: string;
  /** a `pulumi stack export` file. */
  stackExport?: string;
  stack?: string;
  configFile?: string;
  /** The policy config file, or its content as an object (the JSON it stands for). */
  policyConfig?: PolicyConfigSource | Record<string, unknown>;
  /** The policy pack directory; defaults to this package's `policies/`. */
  packDir?: string;
  /** How the program's computed outputs look (see CaptureOptions.outputs). */
  outputs?: 'fake' | 'unknown';
  /** Limits on the program run (see CaptureOptions). */
  timeoutMs?: number;
  maxResources?: number;
  /** Pins the date the pack's date-dependent checks use. */
  now?: string;
  /** Told what the run is doing, with counts while it analyzes resources (progress on a terminal). */
  progress?: (label: string, done?: number, total?: number) => void;
}

const isAnalyzed = (r: CapturedResource) => r.custom && !r.type.startsWith('pulumi:providers:') && r.type !== 'pulumi:pulumi:Stack';

/**
 * The findings the pack's diagnostics and not-applicable reasons carry (see ../pack/diagnostics.ts):
 * requirement from the policy name, enforcement from the level the runner stamped, resource from the URN,
 * status, detail and message from the trailer.
 */
function findingsOf(results: AnalysisResult[], byUrn: Map<string, CapturedResource>): Finding[] {
  const findings: Finding[] = [];
  const resourceOf = (urn: string | undefined) => {
    const r = urn ? byUrn.get(urn) : undefined;
    return r ? { type: r.type, name: r.name, key: r.urn } : STACK_RESOURCE;
  };
  for (const result of results) {
    for (const d of result.diagnostics) {
      // Without our trailer the runner wrote it: its "can't run policy ... during preview" note when a
      // policy read an unknown value (server.ts, @pulumi/policy 1.21) means the policy did not run.
      const carried = readViolation(d.message) ?? { status: d.message.startsWith("can't run policy") ? 'unknown' : 'fail', message: d.message };
      const finding: Finding = {
        requirement: requirementOfPolicy(d.policyName),
        status: carried.status,
        enforcement: d.enforcement === 'advisory' ? 'advisory' : 'mandatory',
        resource: resourceOf(d.urn),
        message: carried.message,
      };
      if (carried.detail !== undefined) finding.detail = carried.detail;
      findings.push(finding);
    }
    for (const n of result.notApplicable) {
      for (const e of readExemptions(n.reason)) {
        const finding: Finding = {
          requirement: requirementOfPolicy(n.policyName),
          status: 'exempt',
          enforcement: 'advisory',
          resource: resourceOf(e.key),
          message: e.message,
          exemption: e.exemption,
        };
        if (e.detail !== undefined) finding.detail = e.detail;
        findings.push(finding);
      }
    }
  }
  return findings;
}

/** The pack after GetAnalyzerInfo, Configure and ConfigureStack, and the config its policies run under. */
interface ConfiguredPack {
  session: AnalyzerSession;
  config: ConfigureRequest;
  remediating: boolean;
}

async function configurePack(starting: Promise<AnalyzerSession>, options: PreviewOptions, project: string, stack: string): Promise<ConfiguredPack> {
  const session = await starting;
  const info = await session.getAnalyzerInfo();
  const packDir = options.packDir ?? policyPackDir;
  const source = options.policyConfig === undefined ? { file: '(none)', text: '' } : policyConfigOf(options.policyConfig);
  // Exactly what the CLI does with --policy-pack-config before Configure, and what it then sends.
  let request: ConfigureRequest;
  try {
    ({ request } = loadPolicyPackConfig(source.text, {
      name: info.name,
      version: info.version,
      path: packDir,
      policies: info.policies.map((p) => ({ name: p.name, enforcementLevel: p.enforcement, configSchema: p.configSchema })),
    }));
  } catch (e) {
    throw configErrorLine(source, e) ?? e;
  }
  try {
    await session.configure(Object.fromEntries(Object.entries(request).map(([name, c]) => [name, { enforcement: c.enforcementLevel, properties: c.properties }])));
  } catch (e) {
    // The pack refused the config at Configure (our meaning of it, src/config/marketplace-config.ts).
    throw new UsageError(
      `policy config ${source.file}: configuring policy pack "${info.name}" at "${packDir}": ${(e as Error).message.replace(/^the policy pack failed to take the policy config: /, '')}`,
    );
  }
  // What the pack's policies run under (it applied the same rule at Configure).
  const config = followMainPolicies(request);
  await session.configureStack(project, stack, !options.stackExport);
  return { session, config, remediating: Object.values(config).some((c) => c.enforcementLevel === 'remediate') };
}

/**
 * Resources go to Analyze as they come: a program's while it goes on running, as the engine calls analyzers
 * at each registration; a stack export's all at once. Remediation changes what later requests carry, so with
 * a policy at `remediate` nothing goes early (see `runPreview`).
 */
class EarlyAnalysis {
  readonly results: Promise<AnalysisResult | undefined>[] = [];
  private done = 0;

  constructor(
    private readonly pack: Promise<ConfiguredPack>,
    private readonly progress: PreviewOptions['progress'],
  ) {}

  add(resource: CapturedResource): void {
    if (!isAnalyzed(resource)) return;
    const result = this.pack.then((p) => (p.remediating ? undefined : p.session.analyze(resource)));
    // Awaited after the program ends; a failure then is reported once, by whoever awaits first.
    result.then(
      () => this.progress?.('analyzing resources', ++this.done, this.results.length),
      () => undefined,
    );
    this.results.push(result);
  }
}

export async function runPreview(options: PreviewOptions): Promise<Report> {
  let project: string;
  let stack: string;
  let source: string;
  let locations: Report['locations'] = { byKey: {} };
  let forResources: CapturedResource[];
  let forStack: CapturedResource[];
  const env = { ...process.env, ...(options.now ? { MARKETPLACE_GUARDRAILS_NOW: options.now } : {}) };
  // The pack starts (about a second) while the program runs: neither needs the other before Configure.
  const starting = AnalyzerSession.start(options.packDir ?? policyPackDir, env);
  starting.catch(() => undefined);
  let configuring: Promise<ConfiguredPack> | undefined;
  const configureFor = (p: string, s: string) => {
    configuring = configurePack(starting, options, p, s);
    configuring.catch(() => undefined);
    return configuring;
  };
  let early: EarlyAnalysis | undefined;
  try {
    if (options.stackExport) {
      const exported = readStackExport(options.stackExport);
      ({ project, stack } = exported);
      source = options.stackExport;
      forResources = exported.resources.map((r) => r.inputs);
      forStack = exported.resources.map((r) => r.outputs);
    } else if (options.programDir) {
      options.progress?.(`running ${options.programDir} under mocks`);
      const program = await captureProgram(options.programDir, {
        stack: options.stack,
        configFile: options.configFile,
        outputs: options.outputs,
        timeoutMs: options.timeoutMs,
        maxResources: options.maxResources,
        onStart: (p) => (early = new EarlyAnalysis(configureFor(p.project, p.stack), options.progress)),
        onResource: (r) => early?.add(r),
      });
      ({ project, stack } = program);
      source = options.programDir;
      locations = programLocations(program.resources, program.entry);
      forResources = program.resources;
      // Stack policies see outputs. With fake outputs the program is checked as its deployed state
      // would be; with unknown outputs the mock returned the inputs, as a `pulumi preview` plans them.
      forStack = program.resources.map((r) => (r.outputs ? { ...r, props: r.outputs } : r));
    } else {
      throw new Error('runPreview needs a program directory or a stack export');
    }
  } catch (e) {
    void starting.then(
      (s) => s.close(),
      () => undefined,
    );
    throw e;
  }
  const configured = configuring ?? configureFor(project, stack);
  if (!early) {
    // A stack export is read whole: its requests go out together (the pack answers them in turn).
    const all = new EarlyAnalysis(configured, options.progress);
    forResources.forEach((r) => all.add(r));
    early = all;
  }
  const analysis = early;
  const results: AnalysisResult[] = [];
  const remediations: Remediation[] = [];
  let disabled: string[];
  try {
    const { session, config, remediating } = await configured;
    const stackByUrn = new Map(forStack.map((r, i) => [r.urn, i]));
    const analyzable = forResources.filter(isAnalyzed);
    if (!remediating) {
      for (const r of await Promise.all(analysis.results)) if (r) results.push(r);
    }
    for (const [i, resource] of (remediating ? analyzable : []).entries()) {
      options.progress?.('analyzing resources', i + 1, analyzable.length);
      let analyzed = resource;
      for (const fix of await session.remediate(resource)) {
        if (!fix.props) continue;
        analyzed = { ...analyzed, props: fix.props };
        remediations.push({
          requirement: requirementOfPolicy(fix.policyName),
          policyName: fix.policyName,
          resource: { type: resource.type, name: resource.name, key: resource.urn },
          description: fix.description,
        });
      }
      // During a preview the remediated inputs are what the stack will hold.
      const at = stackByUrn.get(resource.urn);
      if (at !== undefined && !options.stackExport) forStack[at] = analyzed;
      results.push(await session.analyze(analyzed));
    }
    options.progress?.('analyzing the stack as a whole');
    results.push(await session.analyzeStack(forStack));
    disabled = disabledRequirements(config);
  } finally {
    void starting.then(
      (s) => s.close(),
      () => undefined,
    );
  }
  const byUrn = new Map(forStack.map((r) => [r.urn, r]));
  const checked = forStack.filter(isAnalyzed);
  const resourceTypes: Record<string, number> = {};
  for (const r of checked) resourceTypes[r.type] = (resourceTypes[r.type] ?? 0) + 1;
  return {
    engine: 'pulumi',
    project,
    stack,
    source,
    resources: checked.length,
    findings: findingsOf(results, byUrn),
    remediations,
    resourceTypes,
    disabled,
    locations,
  };
}
