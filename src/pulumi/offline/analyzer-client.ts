/**
 * Drives a policy pack the way the Pulumi engine does: starts the real runner
 * (`@pulumi/pulumi/cmd/run-policy-pack`, cwd = the pack directory), reads the port the pack prints,
 * and speaks the Analyzer gRPC protocol to it. The protocol modules are loaded from the pack's own
 * `@pulumi/pulumi`, so the messages match the runner's.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import type * as grpcTypes from '@grpc/grpc-js';
import type * as analyzerPb from '@pulumi/pulumi/proto/analyzer_pb';
import type * as analyzerGrpc from '@pulumi/pulumi/proto/analyzer_grpc_pb';
import type * as structPb from 'google-protobuf/google/protobuf/struct_pb';
import type * as emptyPb from 'google-protobuf/google/protobuf/empty_pb';
import { UsageError } from '../../cli/errors';
import { CapturedResource } from './captured';

export type EnforcementName = 'advisory' | 'mandatory' | 'remediate' | 'disabled';

export interface PolicyInfo {
  name: string;
  enforcement: EnforcementName;
  /** JSON schema of the policy's config properties. */
  configSchema?: { properties: Record<string, Record<string, unknown>>; required: string[] };
  /** How to fix a violation, and where to read more (PolicyInfo remediation_steps and url). */
  remediationSteps?: string;
  url?: string;
}

export interface Diagnostic {
  policyName: string;
  message: string;
  enforcement: EnforcementName;
  urn: string;
}

export interface NotApplicable {
  policyName: string;
  reason: string;
}

export interface AnalysisResult {
  diagnostics: Diagnostic[];
  notApplicable: NotApplicable[];
}

export interface RemediationResult {
  policyName: string;
  description: string;
  diagnostic: string;
  /** The remediated props (wire format), absent when the policy left them as they were. */
  props?: Record<string, unknown>;
}

interface Protocol {
  grpc: typeof grpcTypes;
  pb: typeof analyzerPb;
  services: typeof analyzerGrpc;
  struct: typeof structPb;
  empty: typeof emptyPb;
}

function loadProtocol(pulumiDir: string): Protocol {
  // Pulumi's generated protocol and the gRPC/protobuf copies it was built against, from the user's installation.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const from = (m: string) => require(require.resolve(m, { paths: [pulumiDir] })) as unknown;
  return {
    grpc: from('@grpc/grpc-js') as typeof grpcTypes,
    pb: require(path.join(pulumiDir, 'proto', 'analyzer_pb.js')) as typeof analyzerPb,
    services: require(path.join(pulumiDir, 'proto', 'analyzer_grpc_pb.js')) as typeof analyzerGrpc,
    struct: from('google-protobuf/google/protobuf/struct_pb.js') as typeof structPb,
    empty: from('google-protobuf/google/protobuf/empty_pb.js') as typeof emptyPb,
  };
}

/**
 * A runner error as one line. @pulumi/policy answers a policy that throws with its own sentence, a colon,
 * a newline and the thrown error's stack (protoutil.js `asGrpcError`, @pulumi/policy 1.21): the cause is
 * the stack's message lines; its frames are left out.
 */
export function failureLine(details: string): string {
  const lines = details
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^at /.test(l));
  return lines.map((l, i) => (i > 0 ? l.replace(/^(?:[A-Z]\w*)?Error: /, '') : l)).join(' ');
}

const LEVEL_NAMES: Record<number, EnforcementName> = { 0: 'advisory', 1: 'mandatory', 2: 'disabled', 3: 'remediate' };

export class AnalyzerSession {
  private constructor(
    private readonly proto: Protocol,
    private readonly client: analyzerGrpc.AnalyzerClient,
    private readonly child: ChildProcess,
  ) {}

  /** Starts the pack in `packDir` under the real runner; rejects with a UsageError naming what failed. */
  static async start(packDir: string, env: NodeJS.ProcessEnv = process.env, timeoutMs = 60_000): Promise<AnalyzerSession> {
    let pulumiDir: string;
    try {
      pulumiDir = path.dirname(require.resolve('@pulumi/pulumi/package.json', { paths: [packDir] }));
    } catch {
      throw new UsageError(`policy pack ${packDir} cannot load @pulumi/pulumi`);
    }
    const proto = loadProtocol(pulumiDir);
    // The runner ignores the engine address it is given; the pack prints the port it serves on.
    const child = spawn(process.execPath, [path.join(pulumiDir, 'cmd', 'run-policy-pack'), '127.0.0.1:0', '.'], {
      cwd: packDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 20_000) stderr += d.toString();
    });
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new UsageError(`policy pack ${packDir} did not start within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /^(\d+)\s*$/m.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        const last = stderr.trim().split('\n').filter(Boolean).pop() ?? `exit code ${code}`;
        reject(new UsageError(`policy pack ${packDir} failed to start: ${last}`));
      });
    });
    child.stdout?.removeAllListeners('data');
    child.stdout?.resume();
    const client = new proto.services.AnalyzerClient(`127.0.0.1:${port}`, proto.grpc.credentials.createInsecure(), {
      'grpc.max_receive_message_length': 1024 * 1024 * 400,
      'grpc.max_send_message_length': 1024 * 1024 * 400,
    });
    return new AnalyzerSession(proto, client, child);
  }

  /** `what` names the request in the error, which keeps the runner's cause on the same line. */
  private call<Req, Res>(method: (req: Req, cb: (err: grpcTypes.ServiceError | null, res: Res) => void) => unknown, req: Req, what: string): Promise<Res> {
    return new Promise((resolve, reject) => {
      method.call(this.client, req, (err, res) => (err ? reject(new Error(`the policy pack failed ${what}: ${failureLine(err.details || err.message)}`)) : resolve(res)));
    });
  }

  async getAnalyzerInfo(): Promise<{ name: string; version: string; policies: PolicyInfo[] }> {
    const info = await this.call<emptyPb.Empty, analyzerPb.AnalyzerInfo>(this.client.getAnalyzerInfo, new this.proto.empty.Empty(), 'to describe its policies');
    return {
      name: info.getName(),
      version: info.getVersion(),
      policies: info.getPoliciesList().map((p) => {
        const schema = p.getConfigschema();
        const policy: PolicyInfo = { name: p.getName(), enforcement: LEVEL_NAMES[p.getEnforcementlevel()] };
        if (p.getRemediationSteps()) policy.remediationSteps = p.getRemediationSteps();
        if (p.getUrl()) policy.url = p.getUrl();
        if (schema) {
          policy.configSchema = {
            properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, Record<string, unknown>>,
            required: schema.getRequiredList(),
          };
        }
        return policy;
      }),
    };
  }

  /** Sends the final config of every policy (the engine merges schema defaults and the user's file first). */
  async configure(config: Record<string, { enforcement: EnforcementName; properties: Record<string, unknown> }>): Promise<void> {
    const req = new this.proto.pb.ConfigureAnalyzerRequest();
    const levels: Record<EnforcementName, analyzerPb.EnforcementLevel> = { advisory: 0, mandatory: 1, disabled: 2, remediate: 3 };
    for (const [name, c] of Object.entries(config)) {
      const pc = new this.proto.pb.PolicyConfig();
      pc.setEnforcementlevel(levels[c.enforcement]);
      pc.setProperties(this.proto.struct.Struct.fromJavaScript(c.properties as Record<string, structPb.JavaScriptValue>));
      req.getPolicyconfigMap().set(name, pc);
    }
    await this.call(this.client.configure, req, 'to take the policy config');
  }

  async configureStack(project: string, stack: string, dryRun: boolean): Promise<void> {
    const req = new this.proto.pb.AnalyzerStackConfigureRequest();
    req.setProject(project);
    req.setStack(stack);
    req.setOrganization('organization');
    req.setDryRun(dryRun);
    await this.call(this.client.configureStack, req, 'to take the stack');
  }

  private options(r: CapturedResource): analyzerPb.AnalyzerResourceOptions {
    const opts = new this.proto.pb.AnalyzerResourceOptions();
    if (r.parent) opts.setParent(r.parent);
    return opts;
  }

  private props(r: CapturedResource): structPb.Struct {
    return this.proto.struct.Struct.fromJavaScript(r.props as Record<string, structPb.JavaScriptValue>);
  }

  private result(res: analyzerPb.AnalyzeResponse): AnalysisResult {
    return {
      diagnostics: res.getDiagnosticsList().map((d) => ({
        policyName: d.getPolicyname(),
        // The runner prefixes each violation with the policy's description and a newline.
        message: d.getDescription() && d.getMessage().startsWith(`${d.getDescription()}\n`) ? d.getMessage().slice(d.getDescription().length + 1) : d.getMessage(),
        enforcement: LEVEL_NAMES[d.getEnforcementlevel()],
        urn: d.getUrn(),
      })),
      notApplicable: res.getNotApplicableList().map((n) => ({ policyName: n.getPolicyName(), reason: n.getReason() })),
    };
  }

  /** Analyze and Remediate take the same request: the resource as the engine sends it. */
  private analyzeRequest(r: CapturedResource): analyzerPb.AnalyzeRequest {
    const req = new this.proto.pb.AnalyzeRequest();
    req.setType(r.type);
    req.setUrn(r.urn);
    req.setName(r.name);
    req.setProperties(this.props(r));
    req.setOptions(this.options(r));
    return req;
  }

  async analyze(r: CapturedResource): Promise<AnalysisResult> {
    const req = this.analyzeRequest(r);
    return this.result(await this.call(this.client.analyze, req, `analyzing ${r.urn}`));
  }

  async remediate(r: CapturedResource): Promise<RemediationResult[]> {
    const req = this.analyzeRequest(r);
    const res = await this.call<analyzerPb.AnalyzeRequest, analyzerPb.RemediateResponse>(this.client.remediate, req, `remediating ${r.urn}`);
    return res.getRemediationsList().map((m) => {
      const out: RemediationResult = { policyName: m.getPolicyname(), description: m.getDescription(), diagnostic: m.getDiagnostic() };
      const props = m.getProperties();
      if (props) out.props = props.toJavaScript() as Record<string, unknown>;
      return out;
    });
  }

  async analyzeStack(resources: CapturedResource[]): Promise<AnalysisResult> {
    const req = new this.proto.pb.AnalyzeStackRequest();
    req.setResourcesList(
      resources.map((r) => {
        const ar = new this.proto.pb.AnalyzerResource();
        ar.setType(r.type);
        ar.setUrn(r.urn);
        ar.setName(r.name);
        ar.setProperties(this.props(r));
        ar.setOptions(this.options(r));
        if (r.parent) ar.setParent(r.parent);
        ar.setDependenciesList(r.dependencies);
        for (const [prop, urns] of Object.entries(r.propertyDependencies)) {
          const deps = new this.proto.pb.AnalyzerPropertyDependencies();
          deps.setUrnsList(urns);
          ar.getPropertydependenciesMap().set(prop, deps);
        }
        return ar;
      }),
    );
    return this.result(await this.call(this.client.analyzeStack, req, 'analyzing the stack'));
  }

  /** The runner's process id (the benchmark reads its peak memory). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  close(): void {
    this.client.close();
    this.child.kill();
  }
}
