/**
 * What ties a compliance page to a revision, so a reviewer can check it was made from the code under
 * review: when it was made, by which version, from which commit (and whether the work tree differed
 * from it), under which policy config file (by its SHA-256 digest, as the run read it).
 */
import { createHash } from 'node:crypto';
import { Report } from '../../core/report';
import { PathContext, Revision, currentPathContext, revisionOf, rootRelativePath } from './repository';

export interface Evidence {
  /** ISO 8601, UTC. */
  date: string;
  revision: Revision;
  paths: PathContext;
}

export function currentEvidence(now: Date = new Date()): Evidence {
  const paths = currentPathContext();
  return { date: now.toISOString(), revision: revisionOf(paths.cwd), paths };
}

/** The policy config a run read, as it read it. */
export function policyConfigRecord(source: { file: string; text: string } | undefined): Report['policyConfig'] {
  if (!source) return undefined;
  return { file: source.file, sha256: createHash('sha256').update(source.text, 'utf8').digest('hex') };
}

/** `marketplace-guardrails.config.json (SHA-256 ab12…)`, the path relative to the repository root where it lies inside it. */
export function policyConfigText(config: Report['policyConfig'], paths: PathContext): string {
  if (!config) return 'none';
  return `${rootRelativePath(config.file, paths) ?? config.file} (SHA-256 ${config.sha256})`;
}
