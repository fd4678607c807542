/**
 * Where a run stands in its repository, for the reports that tie findings to a revision: the root that
 * report paths are relative to (code scanning services and workflow annotations resolve paths from
 * the checkout root, not from the directory the CLI ran in), and the commit that was checked.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs git in `dir`; undefined when git is missing, `dir` is no work tree, or git fails. */
function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The checkout root: `GITHUB_WORKSPACE` in a GitHub Actions job (the directory actions/checkout fills,
 * and the one annotations' `file=` paths are resolved from), else the git work tree around `cwd`,
 * else `cwd` itself.
 */
export function repositoryRoot(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace) return path.resolve(workspace);
  return path.resolve(git(cwd, ['rev-parse', '--show-toplevel']) || cwd);
}

/** Where report paths are resolved from (`cwd`) and what they are written relative to (`root`). */
export interface PathContext {
  root: string;
  cwd: string;
}

export function currentPathContext(): PathContext {
  const cwd = process.cwd();
  return { root: repositoryRoot(cwd), cwd };
}

/**
 * A report's path (relative to `cwd`, where the CLI ran, or absolute) as a path relative to the
 * root with forward slashes; undefined when the file lies outside the root (a template in /tmp).
 */
export function rootRelativePath(file: string, { root, cwd }: PathContext): string | undefined {
  const relative = path.relative(root, path.resolve(cwd, file));
  if (relative === '') return '.';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** The root as the absolute directory URI SARIF's `originalUriBaseIds` wants (ends with a slash). */
export function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export interface Revision {
  /** `git rev-parse HEAD`; undefined outside a repository or before the first commit. */
  commit?: string;
  /** Uncommitted changes to tracked files, or untracked files, when the run happened. */
  dirty: boolean;
  inRepository: boolean;
}

/** The commit a run checked, and whether the work tree differed from it. */
export function revisionOf(cwd: string = process.cwd()): Revision {
  if (git(cwd, ['rev-parse', '--is-inside-work-tree']) !== 'true') return { inRepository: false, dirty: false };
  const commit = git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']);
  // Untracked files count: a new, uncommitted template is part of what was checked.
  const status = git(cwd, ['status', '--porcelain']);
  return { inRepository: true, dirty: status === undefined || status !== '', ...(commit ? { commit } : {}) };
}

/** `0a1b2c… (uncommitted changes)`, `not a git repository`, for one line of a report. */
export function revisionText(r: Revision): string {
  if (!r.inRepository) return 'not a git repository';
  const commit = r.commit ?? 'no commit yet';
  return r.dirty ? `${commit} (with uncommitted changes)` : commit;
}
