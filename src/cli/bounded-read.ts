/**
 * The one way the tool reads a file the user names (templates, cdk.out manifests, policy configs,
 * stack exports, Pulumi project files): a regular file only, and at most a byte limit of it.
 *
 * Why not `fs.readFileSync` after a `stat` size check: `/dev/zero` (or a symlink to it) and other
 * devices report size 0 and never end, and a FIFO blocks `open` until a writer comes and then
 * streams without end. So the file is opened without blocking, checked with `fstat` on the opened
 * descriptor (no race between the check and the read), and read until the limit plus one byte: a
 * file that is longer is refused whatever its `stat` size claims.
 */
import * as fs from 'node:fs';
import { UsageError } from './errors';

const MIB = 1024 * 1024;

/** Policy configs, parameter files, manifests and project files: far smaller than this in practice. */
export const DEFAULT_READ_LIMIT_BYTES = 16 * MIB;

export interface BoundedReadOptions {
  /** What the file is, for the error line (`template`, `policy config`...). */
  what: string;
  /** Most bytes accepted; default 16 MiB. */
  limitBytes?: number;
  /** Said after "is larger than N MiB" (why the limit is safe for this kind of file). */
  limitReason?: string;
}

function describe(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function readAtMost(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunkSize = 1 * MIB;
  // Read one byte past the limit: that byte's presence is what proves the file too long.
  while (total <= limit) {
    const buffer = Buffer.allocUnsafe(Math.min(chunkSize, limit + 1 - total));
    const n = fs.readSync(fd, buffer, 0, buffer.length, null);
    if (n === 0) break;
    chunks.push(n === buffer.length ? buffer : buffer.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/** The bytes of a regular file of at most `limitBytes`; anything else is one UsageError line. */
export function readBoundedFile(file: string, options: BoundedReadOptions): Buffer {
  const limit = options.limitBytes ?? DEFAULT_READ_LIMIT_BYTES;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. It has no
    // effect on regular files (POSIX open(2)); Windows has no such flag and no FIFOs behind paths.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${options.what} ${file} does not exist`);
    throw new UsageError(`cannot read ${options.what} ${file}${code ? ` (${code})` : ''}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${options.what} ${file} is ${describe(stat)}, not a regular file`);
    const bytes = readAtMost(fd, limit);
    if (bytes.length > limit) {
      throw new UsageError(`${options.what} ${file} is larger than ${limit % MIB === 0 ? `${limit / MIB} MiB` : `${limit} bytes`}${options.limitReason ? `; ${options.limitReason}` : ''}`);
    }
    return bytes;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${options.what} ${file}${(e as NodeJS.ErrnoException).code ? ` (${(e as NodeJS.ErrnoException).code})` : ''}`);
  } finally {
    fs.closeSync(fd);
  }
}

/** The text (UTF-8) of a regular file of at most `limitBytes`. */
export function readBoundedText(file: string, options: BoundedReadOptions): string {
  return readBoundedFile(file, options).toString('utf8');
}
