/**
 * Captures a Pulumi program's resources offline: finds its entry point and project name as the Pulumi
 * CLI would (Pulumi.yaml `main`, else package.json `main`, else index.ts/index.js), loads stack config
 * from a `Pulumi.<stack>.yaml` file, and runs the program in a child process under mocks.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readBoundedText } from '../../cli/bounded-read';
import { UsageError } from '../../cli/errors';
import { CaptureMessage, CaptureResult, CapturedResource } from './captured';
import { offlineRegion } from './stand-ins';
import { readStackConfig } from './stack-config';
import { nodeRuntimeOf } from './node-runtime-options';
import { stderrCause } from './program-error';

/** A marketplace app backend has tens to hundreds of resources; five thousand is far beyond any we know. */
export const DEFAULT_MAX_RESOURCES = 5_000;
export const DEFAULT_TIMEOUT_MS = 120_000;
/**
 * The program's heap: enough for the resource limit and for type-checking the program as the language
 * host does (ts-node over @pulumi/aws 7's declarations takes about 600 MiB), and a bound on what a
 * runaway program can take.
 */
const CHILD_HEAP_MIB = 2048;

export interface CaptureOptions {
  stack?: string;
  /** A `Pulumi.<stack>.yaml` whose `config:` values the program reads. */
  configFile?: string;
  /** `fake` (default): known stand-ins for computed outputs; `unknown`: outputs unknown, exactly as `pulumi preview`. */
  outputs?: 'fake' | 'unknown';
  /** Milliseconds before a program that never finishes is stopped. */
  timeoutMs?: number;
  /** The most resources the program may register before the preview stops it. */
  maxResources?: number;
  /** Told the project and stack before the program starts (the analyzer's ConfigureStack needs them). */
  onStart?: (program: { project: string; stack: string }) => void;
  /** Each resource as the program registers it, before the program has finished. */
  onResource?: (resource: CapturedResource) => void;
}

export interface CapturedProgram {
  project: string;
  stack: string;
  entry: string;
  resources: CapturedResource[];
}

function readYamlObject(file: string, what: string): Record<string, unknown> {
  const text = readBoundedText(file, { what });
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new UsageError(`${file} is not a YAML mapping`);
  return doc as Record<string, unknown>;
}

function findEntry(dir: string, main: unknown): string {
  const candidates: string[] = [];
  const base = typeof main === 'string' ? path.resolve(dir, main) : dir;
  if (typeof main === 'string' && fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  const pkgFile = path.join(base, 'package.json');
  if (fs.existsSync(pkgFile)) {
    try {
      const pkg = JSON.parse(readBoundedText(pkgFile, { what: 'package file' })) as { main?: unknown };
      if (typeof pkg.main === 'string') candidates.push(path.resolve(base, pkg.main));
    } catch {
      throw new UsageError(`${pkgFile} is not valid JSON`);
    }
  }
  candidates.push(path.join(base, 'index.ts'), path.join(base, 'index.js'));
  const found = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  if (!found) throw new UsageError(`${dir} has no program entry point (looked for ${candidates.map((c) => path.relative(process.cwd(), c)).join(', ')})`);
  return found;
}

/**
 * `aws.config.requireRegion()` reads `aws:region`, else AWS_REGION / AWS_DEFAULT_REGION, and throws without
 * them (@pulumi/aws config/vars). A CI job checking offline has neither, and the offline stand-ins are made in
 * us-east-1 when no region is configured, so the program is told the same region the stand-ins use.
 */
function offlineRegionEnv(values: Readonly<Record<string, string>>): Record<string, string> {
  if (values['aws:region'] || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION) return {};
  return { AWS_REGION: offlineRegion(values) };
}

export async function captureProgram(programDir: string, options: CaptureOptions = {}): Promise<CapturedProgram> {
  const dir = path.resolve(programDir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`program directory ${programDir} does not exist`);
  const projectFile = ['Pulumi.yaml', 'Pulumi.yml'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!projectFile) throw new UsageError(`${programDir} has no Pulumi.yaml`);
  const projectDoc = readYamlObject(projectFile, 'project file');
  if (typeof projectDoc.name !== 'string' || projectDoc.name === '') throw new UsageError(`${projectFile} has no "name"`);
  const project = projectDoc.name;
  const stack = options.stack ?? 'dev';
  const entry = findEntry(dir, projectDoc.main);
  const config = readStackConfig({ projectFile, projectDoc, project, stack, configFile: options.configFile });

  const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mg-capture-')), 'resources.json');
  // The language host's node command line and environment (runtime options: TypeScript, tsconfig, nodeargs).
  const runtime = nodeRuntimeOf(projectDoc, projectFile);
  const childArgs = [dir, entry, project, stack, JSON.stringify(config), outFile, options.outputs ?? 'fake', String(options.maxResources ?? DEFAULT_MAX_RESOURCES)];
  options.onStart?.({ project, stack });
  const child = spawn(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MIB}`, ...runtime.nodeArgs, path.join(__dirname, 'program-child.js'), ...childArgs], {
    cwd: dir,
    env: { ...process.env, ...offlineRegionEnv(config.values), ...runtime.env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const resources: CapturedResource[] = [];
  let ended = false;
  child.on('message', (message: CaptureMessage) => {
    if ('end' in message) ended = true;
    else {
      resources.push(message.resource);
      options.onResource?.(message.resource);
    }
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    if (stderr.length < 10_000) stderr += d.toString();
  });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timedOut = false;
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    // `close`, not `exit`: it comes once the IPC channel has delivered every message.
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  try {
    if (timedOut) throw new UsageError(`the program in ${programDir} did not finish within ${Math.round(timeoutMs / 1000)} s`);
    if (!fs.existsSync(outFile)) {
      if (/heap out of memory|Reached heap limit/.test(stderr)) throw new UsageError(`the program in ${programDir} ran out of memory (${CHILD_HEAP_MIB} MiB) before it finished registering resources`);
      throw new UsageError(`the program in ${programDir} stopped before finishing: ${stderrCause(stderr) ?? `it exited with code ${code} (a program that calls process.exit ends the preview)`}`);
    }
    const result = JSON.parse(fs.readFileSync(outFile, 'utf8')) as CaptureResult;
    if (!result.ok) throw new UsageError(`${path.relative(process.cwd(), entry) || entry}: ${result.error}`);
    if (!ended || resources.length !== result.sent) throw new Error(`the capture received ${resources.length} of the program's ${result.sent} registrations`);
    return { project, stack, entry, resources };
  } finally {
    fs.rmSync(path.dirname(outFile), { recursive: true, force: true });
  }
}
