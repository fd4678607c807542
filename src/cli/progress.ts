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

export function terminalProgress(stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'> = process.stderr, clock: () => number = Date.now): Progress {
  if (stream.isTTY !== true) return { step: () => undefined, end: () => undefined };
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
