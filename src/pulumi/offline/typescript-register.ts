/**
 * TypeScript support for a Pulumi program, set up as Pulumi's Node.js language host sets it up
 * (sdk/nodejs/cmd/run/run.ts, sdk/nodejs/tsutils.ts and sdk/nodejs/cmd/run/hooks.ts at pulumi/pulumi
 * 1b59498), inside the capture child, before the program's entry is loaded.
 */
import * as fs from 'node:fs';
import { register as registerModuleHooks } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rememberMappedStacks } from './mapped-stack-cache';
import { ProgramLoadError } from './program-error';

/** What ts-node's `register`/`create` take; only the options Pulumi sets. */
export interface TsNodeOptions {
  compiler: string;
  transpileOnly?: boolean;
  project: string;
  skipProject: boolean;
  compilerOptions: Record<string, unknown>;
}

/** The data the ESM hooks module receives through `module.register` (see program-esm-hooks.ts). */
export interface EsmHooksData {
  tsNode: string;
  options: TsNodeOptions;
}

interface TsNode {
  register(options: TsNodeOptions): unknown;
}

interface TypeScriptCompiler {
  version: string;
  parseConfigFileTextToJson(fileName: string, text: string): { config?: { compilerOptions?: Record<string, unknown> } };
}

/**
 * `typescript` and `ts-node` resolved as tsutils.ts `typeScriptRequireStrings` does: from the program's
 * own @pulumi/pulumi (tsutils.js requires them from there, so a pnpm peer link or a hoisted copy is
 * found the same way), else the copies it vendors, typescript 3.8.3 and ts-node 7.0.1 (the optional
 * peer dependencies' minimum versions, sdk/nodejs/vendor/README.md).
 */
function compilerModules(pulumiDir: string): { typescript: string; tsNode: string } {
  const resolveOr = (id: string, vendored: string) => {
    try {
      return require.resolve(id, { paths: [pulumiDir] });
    } catch {
      return path.join(pulumiDir, 'vendor', vendored);
    }
  };
  return { typescript: resolveOr('typescript', path.join('typescript@3.8.3', 'typescript.js')), tsNode: resolveOr('ts-node', 'ts-node@7.0.1') };
}

/**
 * The tsconfig's own `compilerOptions` (tsutils.ts `loadTypeScriptCompilerOptions`): parsed with the
 * program's compiler, so comments and trailing commas are accepted; `extends` is not followed (ts-node
 * reads the whole project itself; these only override Pulumi's defaults); an unreadable file gives none.
 */
function tsconfigCompilerOptions(ts: TypeScriptCompiler, tsConfigPath: string): Record<string, unknown> {
  try {
    return ts.parseConfigFileTextToJson(tsConfigPath, fs.readFileSync(tsConfigPath, 'utf8')).config?.compilerOptions ?? {};
  } catch {
    return {};
  }
}

/** Compares dotted release numbers, as run.ts compares `ts.version` with semver (pre-release tags ignored). */
function compareVersions(version: string, other: string): number {
  const parts = (v: string) =>
    v
      .split(/[.-]/)
      .slice(0, 3)
      .map((p) => Number.parseInt(p, 10) || 0);
  const [a, b] = [parts(version), parts(other)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * run.ts leaves ESM to a loader the user put on node's command line (Pulumi.yaml `nodeargs`, e.g.
 * `--loader ts-node/esm`, the setup older SDKs documented) and then registers ts-node's CommonJS hooks
 * only. It tests for the bare flags; the `--flag=value` spellings are the same flags and count too.
 */
function hasLoaderFlag(execArgv: readonly string[]): boolean {
  return execArgv.some((arg) => /^(--loader|--experimental-loader|--import|--require|-r)(=|$)/.test(arg));
}

/**
 * Registers ts-node for the program in the current working directory (the program directory, as the
 * language host's `--pwd`). `packageType` is the nearest package.json's `type`. Settings come from the
 * environment the language host sets: PULUMI_NODEJS_TSCONFIG_PATH (Pulumi.yaml `runtime.options.tsconfig`)
 * and PULUMI_NODEJS_TRANSPILE_ONLY.
 */
export function registerTypeScript(pulumiDir: string, esm: boolean): void {
  const defaultTsConfigPath = 'tsconfig.json';
  const tsConfigPath = process.env.PULUMI_NODEJS_TSCONFIG_PATH ?? defaultTsConfigPath;
  // Without a tsconfig.json in the program directory ts-node reads no project (pulumi/pulumi#1772).
  const skipProject = !fs.existsSync(tsConfigPath);
  if (skipProject && tsConfigPath !== defaultTsConfigPath) throw new ProgramLoadError(`tsconfig path was set to ${tsConfigPath} but the file was not found`);

  const modules = compilerModules(pulumiDir);
  /* eslint-disable @typescript-eslint/no-require-imports */
  const ts = require(modules.typescript) as TypeScriptCompiler;
  const fromTsconfig = tsconfigCompilerOptions(ts, tsConfigPath);
  // Type checking is ts-node's default; a build that checks separately opts out with the tsconfig's
  // `noCheck` or PULUMI_NODEJS_TRANSPILE_ONLY=true (which wins when set).
  const transpileOnlyEnv = process.env.PULUMI_NODEJS_TRANSPILE_ONLY;
  const transpileOnly = transpileOnlyEnv ? transpileOnlyEnv === 'true' : (fromTsconfig.noCheck as boolean | undefined);
  const options: TsNodeOptions = { compiler: modules.typescript, project: tsConfigPath, skipProject, compilerOptions: {} };
  if (transpileOnly !== undefined) options.transpileOnly = transpileOnly;

  // Automatic ESM mode: an ES module package, a TypeScript that knows `nodenext` (newer than 4.7.0),
  // no loader of the user's own, and a ts-node that has ts-node/esm (the vendored 7.0.1 has not).
  let tsNodeEsm: string | undefined;
  try {
    tsNodeEsm = require.resolve('ts-node/esm', { paths: [pulumiDir] });
  } catch {
    tsNodeEsm = undefined;
  }
  if (esm && compareVersions(ts.version, '4.7.0') > 0 && !hasLoaderFlag(process.execArgv) && tsNodeEsm) {
    options.compilerOptions = { target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', sourceMap: 'true', ...fromTsconfig };
    // Pulumi registers its hooks.js with these options as `data`. That file builds its ts-node service
    // when it is evaluated, before Node calls `initialize` with the data, so the released hooks run with
    // ts-node's defaults over the same tsconfig.json; ours build the service in `initialize` with the
    // options run.ts meant. The two differ only for a program without tsconfig.json or with `noCheck`.
    const data: EsmHooksData = { tsNode: modules.tsNode, options };
    registerModuleHooks(pathToFileURL(path.join(__dirname, 'program-esm-hooks.js')).href, { data });
    return;
  }
  // TypeScript 4.7 introduced `nodenext`; older ones (the vendored 3.8.3) compile to CommonJS.
  const nodeNext = compareVersions(ts.version, '4.7.0') >= 0;
  options.compilerOptions = {
    target: 'ES2020',
    module: nodeNext ? 'nodenext' : 'commonjs',
    moduleResolution: nodeNext ? 'nodenext' : 'node',
    sourceMap: 'true',
    ...fromTsconfig,
  };
  const before = Error.prepareStackTrace;
  (require(modules.tsNode) as TsNode).register(options);
  // Only the stack mapper ts-node has just installed (its source-map-support) is known to depend on the frames alone.
  if (Error.prepareStackTrace !== before) rememberMappedStacks();
}
