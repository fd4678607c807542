/**
 * The one line the CLI prints when a Pulumi program fails to load or throws: the cause a user acts on
 * (a TypeScript diagnostic, a missing config key, a module that is not installed, the line that threw),
 * never a stack trace. The language host prints the same causes over several lines
 * (sdk/nodejs/cmd/run/run.ts at pulumi/pulumi 1b59498: TSError and SyntaxError without their stack,
 * a missing entry module with its likely fix).
 */
import * as path from 'node:path';
import { inspect } from 'node:util';

/** Thrown when the program cannot be loaded at all; its message is the whole cause. */
export class ProgramLoadError extends Error {}

export interface ProgramContext {
  programDir: string;
  stack: string;
}

/** Long enough for a diagnostic or an AWS error, short enough to stay one terminal line in CI logs. */
const MAX_CAUSE = 500;

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** A message as one line: its lines trimmed and joined (the first line of a multi-line message is often a heading). */
function oneLine(text: string): string {
  const line = stripAnsi(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
  return line.length > MAX_CAUSE ? `${line.slice(0, MAX_CAUSE - 1)}…` : line;
}

function shortPath(file: string, ctx: ProgramContext): string {
  const absolute = file.startsWith('file://') ? new URL(file).pathname : file;
  const relative = path.relative(ctx.programDir, path.resolve(ctx.programDir, absolute));
  return relative.startsWith('..') ? absolute : relative;
}

/**
 * ts-node's TSError message is `⨯ Unable to compile TypeScript:` and then the diagnostics as
 * `file(line,col): error TSnnnn: text` (or `file:line:col - error TSnnnn: text` when pretty), each
 * possibly followed by indented lines of its message chain; a config diagnostic has no file. From the
 * ESM hooks thread only the diagnostics arrive (see causeOf), so the text is what is read.
 */
const TS_ERROR_HEADING = 'Unable to compile TypeScript:';

function typeScriptCause(message: string, ctx: ProgramContext): string | undefined {
  const start = /^(?:(.+?)\((\d+),\d+\):|(.+?):(\d+):\d+ -)?\s*error (TS\d+): (.*)$/;
  const headingAt = message.indexOf(TS_ERROR_HEADING);
  const text = stripAnsi(headingAt >= 0 ? message.slice(headingAt + TS_ERROR_HEADING.length) : message);
  if (headingAt < 0 && !start.test(text.split('\n')[0].trim())) return undefined;
  const lines = text.split('\n');
  const diagnostics: { where?: string; code: string; text: string[] }[] = [];
  for (const line of lines) {
    const m = start.exec(line.trim());
    if (m) {
      const file = m[1] ?? m[3];
      diagnostics.push({ where: file ? `${shortPath(file, ctx)}:${m[2] ?? m[4]}` : undefined, code: m[5], text: [m[6]] });
    } else if (diagnostics.length > 0 && /^\s/.test(line) && !/^\s*\d+\s/.test(line) && !/^\s*~+\s*$/.test(line)) {
      // A message chain's next level; pretty output's source excerpt and ~~~ marks are not message.
      diagnostics[diagnostics.length - 1].text.push(line.trim());
    }
  }
  const first = diagnostics[0];
  if (!first) return `TypeScript could not compile the program: ${oneLine(text)}`;
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more TypeScript error${diagnostics.length > 2 ? 's' : ''})` : '';
  // TS2307 is how a type-checked program meets a package that is not installed.
  const missing = first.code === 'TS2307' ? /Cannot find module '([^'.][^']*)'/.exec(first.text[0]) : null;
  const fix = missing && !path.isAbsolute(missing[1]) ? ` Run npm install in ${ctx.programDir}.` : '';
  return oneLine(`TypeScript error ${first.code}${first.where ? ` at ${first.where}` : ''}: ${first.text.join(' ')}${more}${fix}`);
}

/** @pulumi/pulumi config.ts ConfigMissingError: `Missing required configuration variable 'proj:key'` and how to set it with the Pulumi CLI. */
function missingConfigCause(message: string, ctx: ProgramContext): string | undefined {
  const m = /Missing required configuration variable '([^']+)'/.exec(message);
  if (!m) return undefined;
  return `missing required configuration variable '${m[1]}': set it in Pulumi.${ctx.stack}.yaml beside Pulumi.yaml and pass --stack ${ctx.stack}, or pass --config-file <file>`;
}

/**
 * Node's module-not-found errors: `Cannot find module 'x'` with a require stack (CommonJS,
 * MODULE_NOT_FOUND) or `Cannot find package|module 'x' imported from /file` (ES modules,
 * ERR_MODULE_NOT_FOUND). A package name means the program's dependencies are not installed; a path
 * means a file of the program is missing.
 */
function moduleCause(error: Error & { code?: unknown; requireStack?: unknown }, ctx: ProgramContext): string | undefined {
  if (error.code !== 'MODULE_NOT_FOUND' && error.code !== 'ERR_MODULE_NOT_FOUND') return undefined;
  const m = /Cannot find (?:module|package) '([^']+)'(?: imported from (\S+))?/.exec(error.message);
  if (!m) return undefined;
  const stackTop = Array.isArray(error.requireStack) && typeof error.requireStack[0] === 'string' ? error.requireStack[0] : undefined;
  const importer = m[2] ?? stackTop;
  const by = importer ? ` (imported by ${shortPath(importer, ctx)})` : '';
  const specifier = m[1];
  if (specifier.startsWith('.') || path.isAbsolute(specifier) || specifier.startsWith('file:')) {
    return `cannot load module '${specifier.startsWith('.') ? specifier : shortPath(specifier, ctx)}'${by}: the file does not exist`;
  }
  return `cannot load module '${specifier}'${by}: run npm install in ${ctx.programDir}`;
}

/** The program's own frame nearest the throw (`file:line`), from the stack the source maps of ts-node already map to .ts lines. */
function thrownAt(stack: string | undefined, ctx: ProgramContext): string | undefined {
  for (const line of (stack ?? '').split('\n')) {
    const m = /^\s+at (?:.*? \()?((?:file:\/\/)?[^()]+?):(\d+):\d+\)?$/.exec(line);
    if (!m) continue;
    const file = m[1].startsWith('file://') ? new URL(m[1]).pathname : m[1];
    if (!path.isAbsolute(file) || file.split(path.sep).includes('node_modules')) continue;
    if (path.relative(ctx.programDir, file).startsWith('..')) continue;
    return `${shortPath(file, ctx)}:${m[2]}`;
  }
  return undefined;
}

/** A SyntaxError's stack starts with the failing `file:line` and the source excerpt (what run.ts prints above the message). */
function syntaxErrorAt(error: Error, ctx: ProgramContext): string | undefined {
  const m = /^((?:file:\/\/)?\/[^\n]*?):(\d+)\n/.exec(error.stack ?? '');
  return m ? `${shortPath(m[1], ctx)}:${m[2]}` : undefined;
}

/** The one-line cause of whatever the program threw or failed to load with. */
export function causeOf(e: unknown, ctx: ProgramContext): string {
  if (e instanceof ProgramLoadError) return e.message;
  if (!(e instanceof Error)) {
    // Programs can throw anything; a string reads as a message, anything else as its inspection. A
    // TypeScript error from the ESM hooks thread is not an Error either: Node's serialization between
    // the threads keeps only TSError's custom inspection, which is its diagnostics.
    const text = typeof e === 'string' ? e : inspect(e, { depth: 2, breakLength: Infinity });
    return typeScriptCause(text, ctx) ?? `the program threw: ${oneLine(text)}`;
  }
  const known = typeScriptCause(e.message, ctx) ?? missingConfigCause(e.message, ctx) ?? moduleCause(e, ctx);
  if (known) return known;
  const at = e.name === 'SyntaxError' ? syntaxErrorAt(e, ctx) : thrownAt(e.stack, ctx);
  const because = e.cause !== undefined ? `: caused by ${causeOf(e.cause, ctx).replace(/^the program threw: /, '')}` : '';
  const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
  return oneLine(`the program threw: ${name}${e.message}${at ? ` (${at})` : ''}${because}`);
}

/**
 * The cause in what a child that died without a result wrote to stderr (Node's report of an uncaught
 * error: `file:line`, the source excerpt, `Name: message`, the stack, `Node.js vNN`): the error line,
 * else the last line that is not a stack frame, a warning or Node's version trailer.
 */
export function stderrCause(stderr: string): string | undefined {
  const lines = stripAnsi(stderr)
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !/^\s+at /.test(l) && !/^Node\.js v\d/.test(l) && !/^\(node:\d+\)|^\(Use `node --trace-/.test(l));
  const error = lines.find((l) => /^(?:\w*Error|\w*Exception)(?: \[\w+\])?: /.test(l));
  const line = error ?? lines.pop();
  return line === undefined ? undefined : oneLine(line);
}
