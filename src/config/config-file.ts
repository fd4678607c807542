/**
 * The policy config file, one for every entry: `pulumi preview --policy-pack-config`, our `preview` and
 * `scan` (`--policy-config FILE`, or `marketplace-guardrails.config.json` at the repository root found by
 * itself) and `MarketplaceChecks` (`policyConfig`: the file's path, or its content as an object).
 *
 * In-process readers (`scan`, `MarketplaceChecks`) do what the CLI and the pack do between them: the
 * CLI's parse, reconcile and validate (./policy-pack-config.ts) over the pack's policy list, then the
 * pack's Configure (./marketplace-config.ts). So a file means the same in all three.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EngineConfig } from '../core/engine';
import { readBoundedText } from '../cli/bounded-read';
import { UsageError } from '../cli/errors';
import { ConfigureRequest, MarketplaceConfigError, engineConfigOf, followMainPolicies } from './marketplace-config';
import { PackPolicyInfo, packPolicyInfos } from './pack-policies';
import { PolicyPackConfigError, loadPolicyPackConfig } from './policy-pack-config';

export const DEFAULT_CONFIG_FILE = 'marketplace-guardrails.config.json';

/** The pack's name and version as GetAnalyzerInfo gives them (policies/package.json and index.js). */
export const PACK_NAME = 'marketplace-guardrails';

/** A config file's text and where it came from (the file, or what stood for one). */
export interface PolicyConfigSource {
  file: string;
  text: string;
}

/** A policy config that the CLI or the pack refuses, or that cannot be read: one line, exit code 2. */
export class PolicyConfigError extends UsageError {}

export function readPolicyConfigFile(file: string): PolicyConfigSource {
  return { file, text: readBoundedText(file, { what: 'policy config' }) };
}

/** The file's content given as an object: the JSON text it stands for. */
export function policyConfigOf(value: PolicyConfigSource | Record<string, unknown>, where = 'policyConfig'): PolicyConfigSource {
  if (typeof (value as PolicyConfigSource).text === 'string' && typeof (value as PolicyConfigSource).file === 'string' && Object.keys(value).length === 2) return value as PolicyConfigSource;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (e) {
    throw new PolicyConfigError(`${where}: cannot be written as JSON: ${(e as Error).message}`);
  }
  return { file: where, text: text ?? '' };
}

/**
 * `marketplace-guardrails.config.json` at the repository root: the nearest directory from `cwd` up that
 * holds `.git` (or `cwd` itself outside a repository). Undefined when there is none.
 */
export function findPolicyConfigFile(cwd: string = process.cwd()): string | undefined {
  let dir = path.resolve(cwd);
  let root = dir;
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) {
      root = dir;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const file = path.join(root, DEFAULT_CONFIG_FILE);
  return fs.existsSync(file) ? file : undefined;
}

/** One line for a refused config, naming the file. */
export function configErrorLine(source: PolicyConfigSource, e: unknown): PolicyConfigError | undefined {
  if (e instanceof PolicyPackConfigError || e instanceof MarketplaceConfigError) return new PolicyConfigError(`policy config ${source.file}: ${e.message}`);
  return undefined;
}

/** What the pack's policies run under for this file: the CLI's merge, then the pack's Configure. */
export function policiesConfigOf(source: PolicyConfigSource, policies: readonly PackPolicyInfo[] = packPolicyInfos()): ConfigureRequest {
  try {
    const { request } = loadPolicyPackConfig(source.text, { name: PACK_NAME, version: packVersion(), path: 'policies', policies });
    return followMainPolicies(request, policies);
  } catch (e) {
    throw configErrorLine(source, e) ?? e;
  }
}

/** The engine's config for `scan` and `MarketplaceChecks`; no file is the pack's defaults. */
export function engineConfigFromFile(source: PolicyConfigSource | undefined): EngineConfig {
  const policies = packPolicyInfos();
  return engineConfigOf(policiesConfigOf(source ?? { file: '(defaults)', text: '' }, policies), policies);
}

let version: string | undefined;
/** The pack's version, as its runner reads it from policies/package.json. */
export function packVersion(): string {
  if (version === undefined) {
    const file = path.join(__dirname, '..', '..', '..', 'policies', 'package.json');
    const alt = path.join(__dirname, '..', '..', 'policies', 'package.json');
    const found = [file, alt].find((f) => fs.existsSync(f));
    version = found ? String((JSON.parse(fs.readFileSync(found, 'utf8')) as { version?: unknown }).version ?? '') : '';
  }
  return version;
}
