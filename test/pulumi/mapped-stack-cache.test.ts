import { rememberMappedStacks } from '../../src/pulumi/offline/mapped-stack-cache';

/** A stand-in for source-map-support's mapper: header, then each frame rewritten, counting the frames it maps. */
function installCountingMapper(): { framesMapped: () => number } {
  let mapped = 0;
  Error.prepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => {
    mapped += frames.length;
    const header = error.message ? `${error.name}: ${error.message}` : error.name;
    return header + frames.map((f) => `\n    at ${f.getFunctionName() ?? '<anonymous>'} (mapped:${f.getLineNumber()}:${f.getColumnNumber()})`).join('');
  };
  return { framesMapped: () => mapped };
}

function stackFromOneSite(message: string): string {
  return new Error(message).stack ?? '';
}
function stackFromAnotherSite(message: string): string {
  return new Error(message).stack ?? '';
}
/** Two errors from one call site, so their frames are the same. */
const twoStacks = (): string[] => ['first', 'second'].map((m) => stackFromOneSite(m));

describe('rememberMappedStacks: each distinct stack is mapped once, with the same text', () => {
  const original = Error.prepareStackTrace;
  afterEach(() => {
    if (original) Error.prepareStackTrace = original;
    else Reflect.deleteProperty(Error, 'prepareStackTrace');
  });

  it('maps a repeated stack once and keeps each error its own header', () => {
    const mapped: number[] = [];
    const counter = installCountingMapper();
    const [direct, remembered] = [false, true].map((remember) => {
      if (remember) rememberMappedStacks();
      const before = counter.framesMapped();
      const stacks = twoStacks();
      mapped.push(counter.framesMapped() - before);
      return stacks;
    });
    expect(remembered).toEqual(direct);
    // Remembering, the second error's frames came from the cache: only the first was mapped.
    expect(mapped[1]).toBe(mapped[0] / 2);
    expect(remembered[1].startsWith('Error: second\n    at stackFromOneSite (mapped:')).toBe(true);
  });

  it('maps a stack from another call site on its own', () => {
    const counter = installCountingMapper();
    rememberMappedStacks();
    const one = stackFromOneSite('x');
    const afterOne = counter.framesMapped();
    const other = stackFromAnotherSite('x');
    expect(counter.framesMapped()).toBeGreaterThan(afterOne);
    expect(other).not.toEqual(one);
    expect(other).toContain('at stackFromAnotherSite (mapped:');
  });

  it('leaves a mapper whose text is not header + frames to itself', () => {
    let calls = 0;
    Error.prepareStackTrace = (_error: Error, frames: NodeJS.CallSite[]) => `call ${++calls} of ${frames.length}`;
    rememberMappedStacks();
    const [first, second] = twoStacks();
    expect(first).not.toEqual(second);
  });

  it('does nothing when no mapper is installed', () => {
    Reflect.deleteProperty(Error, 'prepareStackTrace');
    rememberMappedStacks();
    expect(Error.prepareStackTrace).toBeUndefined();
    expect(stackFromOneSite('plain')).toMatch(/^Error: plain\n {4}at stackFromOneSite/);
  });
});
