/**
 * Where a program constructed a resource, from what the Node SDK sends with each RegisterResource:
 * `sourcePosition`, the first frame of user code below the resource constructors, and (since 3.150 or
 * so) `stackTrace`, every frame from there outwards (proto/pulumi/resource.proto fields 29 and 35,
 * proto/pulumi/source.proto; sdk/nodejs/resource.ts `Resource.stackTrace(4)`, pulumi/pulumi 1b59498).
 * URIs are `file:` URLs of absolute paths; the SDK reads them from `new Error().stack`, so a TypeScript
 * program run by ts-node gives its `.ts` lines (ts-node maps stack traces through its source maps).
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceLocation } from '../../core/report';

export interface SentPosition {
  uri: string;
  line: number;
  column: number;
}

/** The absolute file a frame's URI names, or undefined when it names none (`node:` internals, eval). */
function fileOf(uri: string): string | undefined {
  let file: string;
  try {
    file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return undefined;
  }
  // An ES module's frames already are `file:` URLs, which the SDK wraps in a second one
  // (`pathToFileURL` of the URL text gives `<cwd>/file:/…`): the inner URL is the file.
  const inner = file.indexOf(`${path.sep}file:`);
  if (inner >= 0)
    return fileOf(
      file
        .slice(inner + 1)
        .split(path.sep)
        .join('/'),
    );
  return path.isAbsolute(file) ? file : undefined;
}

/** A V8 stack frame: `at fn (file:line:column)`, or `at file:line:column` for an ES module's top-level code. */
const FRAME_POSITION = /^\s*at (?:.* \()?(?<file>.*?):(?<line>[0-9]+):(?<column>[0-9]+)\)?$/;

/**
 * Lets the program's SDK see every frame it should, before the program loads:
 * - it parses `new Error().stack` with `Resource.framePositionRegExp`, which knows only the form with
 *   parentheses (sdk/nodejs/resource.ts `callsites`, pulumi/pulumi 1b59498), so a resource an ES
 *   module builds at top level would have no position; the SDK's own frame choice is kept, only the
 *   unnamed form is read too (SDKs without that property, such as 3.142, are left as they are);
 * - an ES module TypeScript program's frames need Node's own source maps (program-loader.ts turns them on).
 */
export function prepareSourcePositions(pulumiDir: string): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Resource } = require(path.join(pulumiDir, 'resource')) as { Resource: Record<string, unknown> };
  if (Resource.framePositionRegExp instanceof RegExp) Resource.framePositionRegExp = FRAME_POSITION;
}

const isLibrary = (file: string) => file.split(path.sep).includes('node_modules');

function locationOf(p: SentPosition | undefined): SourceLocation | undefined {
  if (!p || !(p.line >= 1)) return undefined;
  const file = fileOf(p.uri);
  if (!file) return undefined;
  return p.column >= 1 ? { file, line: p.line, column: p.column } : { file, line: p.line };
}

/**
 * The program's own line that constructed the resource: the SDK's source position, unless that lies in
 * a library (a component from npm such as awsx building its children), then the first frame of the
 * stack trace in the program's own code. Undefined when neither names a program file.
 */
export function constructionSite(sourcePosition: SentPosition | undefined, stackTrace: SentPosition[]): SourceLocation | undefined {
  for (const p of [sourcePosition, ...stackTrace]) {
    const at = locationOf(p);
    if (at && !isLibrary(at.file)) return at;
  }
  return undefined;
}
