/**
 * Every requirement's cases: the `<ID>_CASES` export of each `test/cases/<ID>.cases.ts`, found by file
 * name so a new requirement's cases are picked up by the conformance test and the docs without a list
 * to keep in step.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RequirementCases } from './types';

const SUFFIX = '.cases.ts';

export function loadAllCases(dir: string = __dirname): ReadonlyMap<string, RequirementCases> {
  const all = new Map<string, RequirementCases>();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(SUFFIX))
    .sort()) {
    const id = file.slice(0, -SUFFIX.length);
    // A module per file, by a name known only at run time.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as Record<string, RequirementCases | undefined>;
    const cases = mod[`${id}_CASES`];
    if (!cases || cases.rule.id !== id) throw new Error(`${file} must export ${id}_CASES, the cases of rule ${id}`);
    all.set(id, cases);
  }
  return all;
}
