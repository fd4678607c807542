/** Runs the built CLI as a user would (`marketplace-guardrails ...`), capturing output and exit code. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'marketplace-guardrails.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; timeoutMs?: number; nodeArgs?: string[]; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env ? { ...process.env, ...options.env } : process.env,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes a JSON or text file in a fresh temp dir and returns its path. */
export function tempFile(name: string, content: unknown): string {
  const file = path.join(tempDir('mg-test-'), name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

export interface JsonFinding {
  requirement: string;
  status: string;
  enforcement: string;
  resource: { type: string; name: string; key?: string };
  message: string;
  exemption?: { reason: string; until?: string };
}

export interface JsonReport {
  findings: JsonFinding[];
  remediations: { requirement: string; resource: { name: string } }[];
  summary: { fail: { mandatory: number; advisory: number }; unknown: number; exempt: number };
}

export function parseReport(r: CliResult): JsonReport {
  try {
    return JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`not a JSON report (exit ${r.code}): ${r.stdout.slice(0, 500)} ${r.stderr.slice(0, 500)}`);
  }
}

/** `requirement resource status enforcement` per finding, sorted, for exact assertions. */
export function findingLines(report: JsonReport, requirement?: string): string[] {
  return report.findings
    .filter((f) => !requirement || f.requirement === requirement)
    .map((f) => `${f.requirement} ${f.resource.name} ${f.status} ${f.enforcement}`)
    .sort();
}
