/** Templates written into one temp folder and scanned in-process (src/cfn/scan.ts scanTemplate), for transform and nested-stack tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding } from '../../src/core/findings';
import { ParameterValues } from '../../src/cfn/parameters';
import { TemplateScan, scanTemplate } from '../../src/cfn/scan';
import { tempDir } from './cli';

/** Writes each file (text as given, other values as JSON) and scans `main`, the first file unless named. */
export function scanFiles(files: Record<string, unknown>, main = Object.keys(files)[0], parameters?: ParameterValues): TemplateScan {
  const dir = tempDir('mg-transforms-');
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return scanTemplate(path.join(dir, main), { now: new Date('2026-06-01') }, parameters);
}

/** The statuses of one requirement's findings at one key (sorted), e.g. ['fail']. */
export function statusesAt(findings: readonly Finding[], requirement: string, key: string | undefined): string[] {
  return findings
    .filter((f) => f.requirement === requirement && f.resource.key === key)
    .map((f) => f.status)
    .sort();
}
