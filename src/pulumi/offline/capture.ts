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
import { CaptureResult, CapturedResource } from './captured';

/** A marketplace app backend has tens to hundreds of resources; five thousand is far beyond any we know. */
export const DEFAULT_MAX_RESOURCES = 5_000;
export const DEFAULT_TIMEOUT_MS = 120_000;
/** The program's heap: enough for the resource limit, and a bound on what a runaway program can take. */
const CHILD_HEAP_MIB = 512;

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

/** Pulumi config keys are `project:key`; a bare key belongs to the project. Secure values cannot be decrypted offline. */
function configOf(file: string | undefined, project: string): Record<string, string> {
  if (!file) return {};
  const doc = readYamlObject(file, 'config file');
  const config = doc.config ?? {};
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new UsageError(`${file}: "config" must be a mapping`);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    const fullKey = key.includes(':') ? key : `${project}:${key}`;
    if (typeof value === 'object' && value !== null && 'secure' in value) out[fullKey] = 'offline-secret-placeholder';
    else out[fullKey] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
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
  const config = configOf(options.configFile, project);

  const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mg-capture-')), 'resources.json');
  const child = spawn(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MIB}`, path.join(__dirname, 'program-child.js'), dir, entry, project, stack, JSON.stringify(config), outFile, options.outputs ?? 'fake', String(options.maxResources ?? DEFAULT_MAX_RESOURCES)], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 10_000) stderr += d.toString();
  });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timedOut = false;
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  try {
    if (timedOut) throw new UsageError(`the program in ${programDir} did not finish within ${Math.round(timeoutMs / 1000)} s`);
    if (!fs.existsSync(outFile)) {
      if (/heap out of memory|Reached heap limit/.test(stderr)) throw new UsageError(`the program in ${programDir} ran out of memory (${CHILD_HEAP_MIB} MiB) before it finished registering resources`);
      const last = stderr.trim().split('\n').filter(Boolean).pop() ?? `exit code ${code}`;
      throw new UsageError(`the program in ${programDir} stopped before finishing: ${last}`);
    }
    const result = JSON.parse(fs.readFileSync(outFile, 'utf8')) as CaptureResult;
    if (!result.ok) throw new UsageError(`${path.relative(process.cwd(), entry) || entry}: ${result.error}`);
    return { project, stack, entry, resources: result.resources };
  } finally {
    fs.rmSync(path.dirname(outFile), { recursive: true, force: true });
  }
}
