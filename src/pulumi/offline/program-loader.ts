/**
 * Loads a Pulumi program's entry module inside the capture child as the Pulumi Node.js language host
 * does (sdk/nodejs/cmd/run/run.ts `run` at pulumi/pulumi 1b59498), and runs what it exports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProgramLoadError } from './program-error';
import { registerTypeScript } from './typescript-register';

/**
 * Our own build compiles `import()` to `require()`; the entry of an ES module program must be imported
 * for real (run.ts uses the same indirection for the same reason, microsoft/TypeScript#43329).
 */
// eslint-disable-next-line no-eval
const dynamicImport = (0, eval)('u => import(u)') as (url: string) => Promise<Record<string, unknown>>;

/** The nearest package.json at or above the entry (runtime/manifest.ts `searchupPackageManifest`); none gives `{}`. */
function packageOf(entry: string): { type?: unknown } {
  for (let dir = path.dirname(entry); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as { type?: unknown };
      } catch {
        return {}; // run.ts reads the manifest best-effort
      }
    }
    if (path.dirname(dir) === dir) return {};
  }
}

/**
 * ES module loading: run.ts imports the entry when package.json says `"type": "module"`. Node itself
 * treats .mjs/.mts as ES modules whatever the package says (a `require` of one fails on Node 20), so
 * those are imported too.
 */
async function importEntry(entry: string): Promise<unknown> {
  const namespace = await dynamicImport(pathToFileURL(fs.realpathSync(entry)).href);
  // A default export is the program (an async function, say); named exports are its stack outputs.
  if (Object.getOwnPropertyDescriptor(namespace, 'default') === undefined) return namespace;
  if (Object.keys(namespace).length !== 1) throw new ProgramLoadError('expected entrypoint module to have either a default export or named exports but not both');
  return namespace.default;
}

/**
 * Loads the entry and awaits what it exports: a function (an exported async main) is called and its
 * result awaited, anything else (stack outputs, possibly a promise) awaited. A CommonJS module's
 * `exports` is taken as is, as run.ts does: `export default` compiled to CommonJS is a named export
 * there, not called.
 *
 * `typescript` follows Pulumi.yaml `runtime.options.typescript` (PULUMI_NODEJS_TYPESCRIPT, on unless
 * the project turns it off): ts-node is registered for every program then, JavaScript ones included.
 */
export async function loadAndRunProgram(pulumiDir: string, entry: string): Promise<void> {
  const esm = packageOf(entry).type === 'module' || /\.m[jt]s$/.test(entry);
  if (process.env.PULUMI_NODEJS_TYPESCRIPT === 'true') {
    registerTypeScript(pulumiDir, esm);
    // Node maps stack frames through source maps only when told: ts-node's ESM hooks run in their own thread,
    // out of reach of the source-map-support it installs for CommonJS, so an ES module TypeScript program's
    // frames (its resources' source positions) would give the lines of its transpiled JavaScript. Only then:
    // mapping every stack costs about a fifth of a large program's run.
    if (esm) process.setSourceMapsEnabled(true);
  }
  /* eslint-disable @typescript-eslint/no-require-imports */
  const exported = esm ? await importEntry(entry) : (require(path.resolve(entry)) as unknown);
  await (typeof exported === 'function' ? (exported as () => unknown)() : exported);
}
