/**
 * Progress of a long run (preview of a large program, scan of a large cdk.out) on stderr, only when
 * stderr is a terminal: in CI logs and pipes a rewritten status line is noise, and stdout carries the
 * report, so nothing is written there.
 */
import { safeLine } from './reports/safe-text';

export type ProgressHook = (label: string, done?: number, total?: number) => void;

export interface Progress {
  step: ProgressHook;
  /** Clears the status line before the report or an error is written. */
  end(): void;
}

/** Fewer redraws than this apart are skipped; a terminal cannot show 10,000 lines a second anyway. */
const MIN_INTERVAL_MS = 100;

/**
 * Whether the text report is coloured. In order: `--no-color` turns colour off; so does `NO_COLOR`
 * with any non-empty value (no-color.org: "when present and not an empty string"); `FORCE_COLOR`
 * with a value other than `0` or `false` turns it on where stdout is no terminal (CI logs that
 * render ANSI colours, as GitHub Actions' does; the variable Node and chalk read); otherwise only a
 * terminal that is not `TERM=dumb` (one that cannot show escape sequences) gets colour.
 */
export function colourWanted(stream: Pick<NodeJS.WriteStream, 'isTTY'>, env: NodeJS.ProcessEnv = process.env, flag = true): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export function terminalProgress(stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'> = process.stderr, clock: () => number = Date.now, env: NodeJS.ProcessEnv = process.env): Progress {
  // A dumb terminal cannot erase a line, so the redrawn status line would pile up.
  if (stream.isTTY !== true || env.TERM === 'dumb') return { step: () => undefined, end: () => undefined };
  let shown = false;
  let last = -Infinity;
  let lastLabel = '';
  return {
    step(label, done, total) {
      const now = clock();
      const finalStep = done !== undefined && done === total;
      if (label === lastLabel && !finalStep && now - last < MIN_INTERVAL_MS) return;
      last = now;
      lastLabel = label;
      const count = done !== undefined && total !== undefined ? ` ${done} of ${total}` : '';
      // Labels name stacks and resources from the input: no control sequence of theirs reaches the terminal.
      stream.write(`\r\x1b[2K${safeLine(label)}${count}`);
      shown = true;
    },
    end() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
