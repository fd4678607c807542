/**
 * Where a run's reports go. `--output FORMAT=FILE` (repeatable) writes that format to that file, so one
 * run (one run of the Pulumi program) feeds code scanning, the test summary and the compliance page at
 * once; the `--format` report still goes to stdout. A plain `--output FILE` (the form before
 * FORMAT=FILE existed) keeps its meaning: the `--format` report goes to FILE instead of stdout.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors';
import { closestMatch } from './suggest';

export interface OutputTarget<F extends string> {
  format: F;
  /** Undefined: stdout. */
  file?: string;
}

const FORMAT_PREFIX = /^([A-Za-z][A-Za-z0-9-]*)=(.*)$/s;

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * The reports a run writes: each `FORMAT=FILE`, and the `--format` report to the plain `--output
 * FILE` or else to stdout. Refused with one line: an unknown FORMAT, an empty FILE, two plain files,
 * or one file named twice (the second write would erase the first).
 */
export function outputTargets<F extends string>(format: F, outputs: readonly string[], formats: readonly F[]): OutputTarget<F>[] {
  const targets: OutputTarget<F>[] = [];
  const plain: string[] = [];
  for (const value of outputs) {
    const m = FORMAT_PREFIX.exec(value);
    if (!m) {
      plain.push(value);
      continue;
    }
    const named = formats.find((f) => f === m[1].toLowerCase());
    if (!named) {
      const near = closestMatch(m[1], formats);
      throw new UsageError(
        `--output ${value}: ${m[1]} is not a report format (${near ? `did you mean ${near}? ` : ''}formats: ${formats.join(', ')}); for a file whose name has = in it, write ./${value}`,
      );
    }
    if (m[2] === '') throw new UsageError(`--output ${value}: no file after ${m[1]}=`);
    targets.push({ format: named, file: m[2] });
  }
  if (plain.length > 1)
    throw new UsageError(`--output ${plain.join(' and --output ')}: one plain --output FILE takes the --format report; write the others as FORMAT=FILE (e.g. --output sarif=results.sarif)`);
  targets.unshift(plain.length === 1 ? { format, file: plain[0] } : { format });
  const seen = new Map<string, string>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    const resolved = path.resolve(t.file);
    const before = seen.get(resolved);
    if (before !== undefined) throw new UsageError(`--output names ${t.file} twice (${before} and ${t.format}); give each report its own file`);
    seen.set(resolved, t.format);
  }
  return targets;
}

export function writeOutput(file: string | undefined, text: string): void {
  if (file === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(`cannot write the report to ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
