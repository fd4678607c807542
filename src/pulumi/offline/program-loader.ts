/**
 * Loads a Pulumi program's entry module inside the capture child, as the Pulumi Node.js language host
 * would, and runs what it exports.
 */
import * as path from 'node:path';

/** Thrown when the program cannot be loaded at all; the child reports its message as one line. */
export class ProgramLoadError extends Error {}

/** Registers TypeScript support for a `.ts` entry. */
function registerTypeScript(programDir: string, entry: string): void {
  let tsNodePath: string;
  try {
    tsNodePath = require.resolve('ts-node', { paths: [programDir, __dirname] });
  } catch {
    throw new ProgramLoadError(`${entry} is TypeScript but ts-node is not installed`);
  }
  // Type errors are the program's business (its own build checks them); transpile only, as fast as possible.
  /* eslint-disable @typescript-eslint/no-require-imports */
  (require(tsNodePath) as { register(o: object): void }).register({
    transpileOnly: true,
    dir: programDir,
    compilerOptions: { module: 'commonjs', target: 'ES2020', esModuleInterop: true },
  });
}

/** Loads the entry and awaits what it exports: an (async) function is called, a promise (stack outputs) awaited. */
export async function loadAndRunProgram(programDir: string, entry: string): Promise<void> {
  if (/\.tsx?$/.test(entry)) registerTypeScript(programDir, entry);
  const exported = require(path.resolve(entry)) as unknown;
  const main = exported && typeof exported === 'object' && 'default' in exported ? (exported as { default: unknown }).default : exported;
  if (typeof main === 'function') await (main as () => unknown)();
  else if (main && typeof (main as { then?: unknown }).then === 'function') await (main as Promise<unknown>);
}
