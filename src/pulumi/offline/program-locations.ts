/**
 * Where each resource of a program is defined, for the reports: its construction site (the line of
 * `new aws.s3.Bucket(...)`), else its nearest ancestor's (a child a library component built where the
 * SDK saw no program frame is reported at the line that built the component), else the entry file.
 * Paths are relative to the working directory, as code scanning services resolve them from the
 * repository root the CLI runs in.
 */
import * as path from 'node:path';
import { Report, SourceLocation } from '../../core/report';
import { CapturedResource } from './captured';

const relative = (file: string) => path.relative(process.cwd(), file) || file;

export function programLocations(resources: readonly CapturedResource[], entry: string): Report['locations'] {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const byKey: Record<string, SourceLocation> = {};
  for (const r of resources) {
    let at: CapturedResource | undefined = r;
    // A parent chain is acyclic in the engine; the bound keeps a malformed one from looping.
    for (let depth = 0; at && !at.source && depth < resources.length; depth++) at = at.parent ? byUrn.get(at.parent) : undefined;
    if (at?.source) byKey[r.urn] = { ...at.source, file: relative(at.source.file) };
  }
  return { byKey, default: { file: relative(entry) } };
}
