/**
 * Remembers the source-mapped text of each distinct call stack.
 *
 * `@pulumi/pulumi` reads `new Error().stack` for every promise it wraps (`debuggablePromise` in
 * runtime/debuggable.ts keeps it for leak reports) and for every resource's source position
 * (`Resource.callsites` in resource.ts), dozens of times a resource. With ts-node registered, as Pulumi's
 * language host registers it for every program (sdk/nodejs/cmd/run/run.ts, pulumi/pulumi 1b59498), each
 * read runs source-map-support's `prepareStackTrace`, which copies and maps every frame: in a program that
 * builds its resources in a loop that is most of the run, for the same few stacks over and over.
 *
 * The mapped text of a stack depends only on its frames, and V8's own rendering of a frame
 * (`CallSite.prototype.toString`: type, function and method names, file or eval origin, line, column,
 * `async`/`new`/`Promise.all` markers) carries everything source-map-support reads from it
 * (@cspotcode/source-map-support 0.8 `wrapCallSite`/`CallSiteToString`). So the frames' own rendering is the
 * key, the mapped frames are reused, and the header (`Name: message`) is asked of the wrapped function with no
 * frames, so it is exactly the text it would have written. A file's source map does not change while the
 * program runs, which is what makes the reuse exact.
 */
const MAX_REMEMBERED_STACKS = 5_000;

type PrepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => unknown;

export function rememberMappedStacks(): void {
  const mapStack = Error.prepareStackTrace as PrepareStackTrace | undefined;
  if (mapStack === undefined) return;
  const mappedFrames = new Map<string, string>();
  const remembering: PrepareStackTrace = function (this: unknown, error, frames) {
    const key = frames.map(String).join('\n');
    const header = mapStack.call(this, error, []);
    const known = mappedFrames.get(key);
    if (typeof header === 'string' && known !== undefined) return header + known;
    const full = mapStack.call(this, error, frames);
    // A mapper that does not write `header` + frames (another library's) is left to itself.
    if (typeof header !== 'string' || typeof full !== 'string' || !full.startsWith(header)) return full;
    if (mappedFrames.size < MAX_REMEMBERED_STACKS) mappedFrames.set(key, full.slice(header.length));
    return full;
  };
  Error.prepareStackTrace = remembering;
}
