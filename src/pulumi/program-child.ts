/**
 * Runs a user's Pulumi program under `pulumi.runtime.setMocks` in preview mode and records every
 * resource registration exactly as the engine would receive it. It runs in a child process (forked by
 * `capture.ts`) so a program that hangs, exits or pollutes globals cannot harm the CLI, and it uses the
 * program's own `@pulumi/pulumi` so the mocks and the program share one runtime.
 *
 * argv: <programDir> <entryFile> <project> <stack> <configJson> <outFile> <outputs: fake|unknown> <maxResources>
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CaptureResult, CapturedResource } from './captured';
import { fakeOutputs } from './fake-outputs';

interface RegisterRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getCustom(): boolean;
  getProvider(): string;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): { forEach(cb: (v: { getUrnsList(): string[] }, k: string) => void): void };
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
}
interface RegisterResponse {
  getUrn(): string;
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
}
type Callback = (err: Error | null, res?: RegisterResponse) => void;
interface Monitor {
  registerResource(req: RegisterRequest, cb: Callback): Promise<void> | void;
}

/** Invokes programs commonly make, answered with fixed fake values so the program runs offline. */
const FAKE_INVOKES: Record<string, Record<string, unknown>> = {
  'aws:index/getCallerIdentity:getCallerIdentity': { accountId: '123456789012', arn: 'arn:aws:iam::123456789012:user/offline', userId: 'OFFLINE', id: '123456789012' },
  'aws:index/getRegion:getRegion': { name: 'us-east-1', region: 'us-east-1', id: 'us-east-1', description: 'US East (N. Virginia)' },
  'aws:index/getPartition:getPartition': { partition: 'aws', dnsSuffix: 'amazonaws.com', id: 'aws', reverseDnsPrefix: 'com.amazonaws' },
  'aws:index/getAvailabilityZones:getAvailabilityZones': { names: ['us-east-1a', 'us-east-1b'], zoneIds: ['use1-az1', 'use1-az2'], id: 'us-east-1' },
};

function fail(outFile: string, error: string): never {
  const result: CaptureResult = { ok: false, error };
  fs.writeFileSync(outFile, JSON.stringify(result));
  process.exit(0);
}

async function main(): Promise<void> {
  const [programDir, entry, project, stack, configJson, outFile, outputsMode, maxResourcesArg] = process.argv.slice(2);
  const maxResources = Number(maxResourcesArg);
  const captured: CapturedResource[] = [];
  const failOnce = (e: unknown) => fail(outFile, `the program threw: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.on('uncaughtException', failOnce);
  process.on('unhandledRejection', failOnce);

  // Config must be in the environment before the runtime first reads it.
  process.env.PULUMI_CONFIG = configJson;
  let pulumiDir: string;
  try {
    pulumiDir = path.dirname(require.resolve('@pulumi/pulumi/package.json', { paths: [programDir] }));
  } catch {
    fail(outFile, `${programDir} cannot load @pulumi/pulumi (run npm install in the program directory)`);
  }
  /* eslint-disable @typescript-eslint/no-require-imports */
  const runtime = require(path.join(pulumiDir, 'runtime')) as {
    setMocks(mocks: object, project: string, stack: string, preview: boolean): Promise<void>;
  };
  const settings = require(path.join(pulumiDir, 'runtime', 'settings')) as { getMonitor(): Monitor; waitForRPCs(): Promise<void> };

  await runtime.setMocks(
    {
      newResource: (args: { type: string; name: string; inputs: Record<string, unknown> }) => {
        // `unknown`: no id and only the inputs as state, so every computed output is unknown, exactly as in
        // `pulumi preview`. `fake`: known stand-ins for AWS-computed outputs, so derived values can be checked.
        if (outputsMode === 'unknown') return { id: undefined, state: args.inputs };
        const fake = fakeOutputs(args.type, args.name, args.inputs);
        return { id: fake.id, state: { ...fake.outputs, ...args.inputs } };
      },
      call: (args: { token: string; inputs: Record<string, unknown> }) => FAKE_INVOKES[args.token] ?? args.inputs,
    },
    project,
    stack,
    true,
  );
  const monitor = settings.getMonitor();
  const register = monitor.registerResource.bind(monitor);
  // Stop a runaway program at construction: a loop that builds resources synchronously reaches the
  // monitor only after it ends, by which time its memory is spent. Resource constructors call this
  // module's export, so counting there sees every resource as it is created.
  const runtimeResource = require(path.join(pulumiDir, 'runtime', 'resource')) as { registerResource: (...args: unknown[]) => unknown };
  const registerOne = runtimeResource.registerResource;
  let constructed = 0;
  runtimeResource.registerResource = (...args: unknown[]) => {
    if (++constructed > maxResources) fail(outFile, `registers more than ${maxResources} resources, the limit for an offline preview (--max-resources)`);
    return registerOne(...args);
  };
  monitor.registerResource = (req: RegisterRequest, cb: Callback) => {
    return register(req, (err, res) => {
      if (!err && res) {
        const propertyDependencies: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((v, k) => (propertyDependencies[k] = v.getUrnsList()));
        const r: CapturedResource = {
          urn: res.getUrn(),
          type: req.getType(),
          name: req.getName(),
          custom: req.getCustom(),
          dependencies: req.getDependenciesList(),
          propertyDependencies,
          props: req.getObject()?.toJavaScript() ?? {},
        };
        const outputs = res.getObject()?.toJavaScript();
        if (outputs) r.outputs = outputs;
        if (req.getParent()) r.parent = req.getParent();
        if (req.getProvider()) r.provider = req.getProvider();
        captured.push(r);
      }
      cb(err, res);
    });
  };

  if (/\.tsx?$/.test(entry)) {
    let tsNodePath: string;
    try {
      tsNodePath = require.resolve('ts-node', { paths: [programDir, __dirname] });
    } catch {
      fail(outFile, `${entry} is TypeScript but ts-node is not installed`);
    }
    // Type errors are the program's business (its own build checks them); transpile only, as fast as possible.
    (require(tsNodePath) as { register(o: object): void }).register({
      transpileOnly: true,
      dir: programDir,
      compilerOptions: { module: 'commonjs', target: 'ES2020', esModuleInterop: true },
    });
  }
  const exported = require(entry) as unknown;
  // A program may export an (async) function as its entry point, as the Pulumi Node runtime allows.
  const main = exported && typeof exported === 'object' && 'default' in exported ? (exported as { default: unknown }).default : exported;
  // As in the Pulumi Node runtime, an exported promise (stack outputs) is awaited too.
  if (typeof main === 'function') await (main as () => unknown)();
  else if (main && typeof (main as { then?: unknown }).then === 'function') await (main as Promise<unknown>);
  await settings.waitForRPCs();
  const result: CaptureResult = { ok: true, project, stack, resources: captured };
  fs.writeFileSync(outFile, JSON.stringify(result));
  process.exit(0);
}

void main().catch((e: unknown) => fail(process.argv[7], `the program threw: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`));
