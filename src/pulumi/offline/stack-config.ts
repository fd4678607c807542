/**
 * A stack's configuration as the Pulumi CLI hands it to a Node.js program: the values of
 * `Pulumi.<stack>.yaml` (or the `--config-file` override) merged over the project-level `config:` of
 * Pulumi.yaml, keyed `namespace:key`, every value a string (objects, lists, numbers and booleans as
 * JSON text), and the keys whose values are secrets listed apart. The program's SDK reads them from
 * `PULUMI_CONFIG` and `PULUMI_CONFIG_SECRET_KEYS` (sdk/nodejs/runtime/config.ts, pulumi/pulumi 1b59498).
 *
 * Offline there is no key to decrypt a `secure:` value, so its plaintext is the engine's unknown
 * sentinel: the program's `config.requireSecret(...)` gets a secret Output, and whatever the program
 * builds from it reaches the checks as unknown (never as a made-up value that could pass a check).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readBoundedText } from '../../cli/bounded-read';
import { UsageError } from '../../cli/errors';

import { ENGINE_UNKNOWN } from '../pack/wire-format';

/** The plaintext of a secure value offline: the engine's unknown sentinel. */
const UNKNOWN_PLAINTEXT = ENGINE_UNKNOWN;

export interface StackConfig {
  /** `namespace:key` to the string the program reads. */
  values: Record<string, string>;
  /** Keys whose values are secrets (`secure:` in the file, or `secret: true` in Pulumi.yaml). */
  secretKeys: string[];
}

export interface StackConfigSource {
  /** Pulumi.yaml (or Pulumi.yml) and its parsed content. */
  projectFile: string;
  projectDoc: Record<string, unknown>;
  project: string;
  stack: string;
  /** `--config-file`: read instead of the stack's own file, as `pulumi --config-file` does. */
  configFile?: string;
}

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `key` and `project:key` belong to the project (sdk/go/common/workspace/project.go `configKeyIsNamespacedByProject`). */
function fullKey(project: string, key: string): string {
  return key.includes(':') ? key : `${project}:${key}`;
}

/**
 * The file the CLI reads for a stack (sdk/go/common/workspace/paths.go `ProjectStackPath`):
 * `Pulumi.<stack>` with the project file's extension, beside it or in the project's `stackConfigDir`.
 * A fully qualified `org/project/stack` names the file by its stack part.
 */
export function stackConfigPath(source: Pick<StackConfigSource, 'projectFile' | 'projectDoc' | 'stack'>): string {
  const stackName = source.stack.split('/').pop() ?? source.stack;
  const fileName = `Pulumi.${stackName}${path.extname(source.projectFile)}`;
  const dir = typeof source.projectDoc.stackConfigDir === 'string' ? path.resolve(path.dirname(source.projectFile), source.projectDoc.stackConfigDir) : path.dirname(source.projectFile);
  return path.join(dir, fileName);
}

/** A `secure:` leaf: `{secure: <ciphertext>}` and nothing else. */
function isSecure(v: unknown): boolean {
  return isMapping(v) && Object.keys(v).length === 1 && typeof v.secure === 'string';
}

/** The value with every secure leaf replaced by the unknown plaintext; `secret` says whether any was found. */
function plainOf(v: unknown): { value: unknown; secret: boolean } {
  if (isSecure(v)) return { value: UNKNOWN_PLAINTEXT, secret: true };
  if (Array.isArray(v)) {
    const items = v.map(plainOf);
    return { value: items.map((i) => i.value), secret: items.some((i) => i.secret) };
  }
  if (isMapping(v)) {
    let secret = false;
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      const p = plainOf(item);
      out[k] = p.value;
      secret ||= p.secret;
    }
    return { value: out, secret };
  }
  return { value: v, secret: false };
}

/** How the CLI passes a value: strings as they are, anything else as JSON text. */
const asConfigString = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** The JSON type the CLI validates a typed project key against (project.go `ValidateConfigValue`). */
function hasType(type: string, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isMapping(v);
    default:
      return true;
  }
}

function readConfigFile(file: string): Record<string, unknown> {
  const text = readBoundedText(file, { what: 'config file' });
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  if (doc === null || doc === undefined) return {};
  if (!isMapping(doc)) throw new UsageError(`${file} is not a YAML mapping`);
  const config = doc.config ?? {};
  if (!isMapping(config)) throw new UsageError(`${file}: "config" must be a mapping`);
  return config;
}

interface ProjectKey {
  type?: string;
  secret: boolean;
  /** `default` or `value`: what the stack gets when its file does not set the key. */
  fallback?: unknown;
  hasFallback: boolean;
}

/**
 * Pulumi.yaml's `config:` block. A plain value is shorthand: a default for a project key, a value for
 * another namespace's key (project.go `RewriteShorthandConfigValues`).
 */
function projectKeysOf(source: StackConfigSource): Map<string, ProjectKey> {
  const raw = source.projectDoc.config ?? {};
  if (!isMapping(raw)) throw new UsageError(`${source.projectFile}: "config" must be a mapping`);
  const out = new Map<string, ProjectKey>();
  for (const [key, spec] of Object.entries(raw)) {
    const k = fullKey(source.project, key);
    if (!isMapping(spec)) {
      out.set(k, { secret: false, fallback: spec, hasFallback: true });
      continue;
    }
    if (spec.type !== undefined && typeof spec.type !== 'string') throw new UsageError(`${source.projectFile}: config "${key}" has a "type" that is not a string`);
    if ('default' in spec && 'value' in spec) throw new UsageError(`${source.projectFile}: config "${key}" cannot have both a "default" and a "value"`);
    const fallback = 'default' in spec ? spec.default : spec.value;
    if (spec.type && fallback !== undefined && !hasType(spec.type, fallback)) {
      throw new UsageError(`${source.projectFile}: the default of config "${key}" is not of type ${spec.type}`);
    }
    out.set(k, { type: spec.type as string | undefined, secret: spec.secret === true, fallback, hasFallback: fallback !== undefined });
  }
  return out;
}

/** Reads the stack's configuration as the CLI would (pkg/workspace/config.go `mergeConfig`, pulumi/pulumi 1b59498). */
export function readStackConfig(source: StackConfigSource): StackConfig {
  const file = source.configFile ?? stackConfigPath(source);
  // A stack without its own file is normal (every key from Pulumi.yaml or unset); a named override must exist.
  const stackValues = source.configFile || fs.existsSync(file) ? readConfigFile(file) : {};
  const projectKeys = projectKeysOf(source);

  const values: Record<string, string> = {};
  const secretKeys = new Set<string>();
  const stackKeys = new Set<string>();
  for (const [key, raw] of Object.entries(stackValues)) {
    const k = fullKey(source.project, key);
    stackKeys.add(k);
    const { value, secret } = plainOf(raw);
    const declared = projectKeys.get(k);
    // Typed keys are checked on their plaintext; a secure value's plaintext cannot be read offline.
    if (declared?.type && !secret && !hasType(declared.type, value)) {
      throw new UsageError(`${file}: config "${key}" must be of type ${declared.type} (declared in ${path.basename(source.projectFile)})`);
    }
    if (declared?.secret && !secret)
      throw new UsageError(`${file}: config "${key}" is declared secret in ${path.basename(source.projectFile)}, so its value must be encrypted (pulumi config set --secret)`);
    values[k] = asConfigString(value);
    if (secret) secretKeys.add(k);
  }

  const missing: string[] = [];
  for (const [k, spec] of projectKeys) {
    if (stackKeys.has(k)) continue;
    if (spec.hasFallback) {
      values[k] = asConfigString(spec.fallback);
      if (spec.secret) secretKeys.add(k);
    } else if (k.startsWith(`${source.project}:`)) {
      missing.push(k.slice(source.project.length + 1));
    }
  }
  if (missing.length > 0) {
    throw new UsageError(
      `stack ${source.stack} is missing configuration values that ${path.basename(source.projectFile)} requires: ${missing.join(', ')} (set them in ${path.relative(process.cwd(), file) || file} or pass --config-file)`,
    );
  }
  return { values, secretKeys: [...secretKeys].sort() };
}

/** The environment the capture child gives the program's SDK, from the JSON the CLI passed it. */
export function configEnvironment(configJson: string): { PULUMI_CONFIG: string; PULUMI_CONFIG_SECRET_KEYS: string } {
  const config = JSON.parse(configJson) as StackConfig;
  return { PULUMI_CONFIG: JSON.stringify(config.values), PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(config.secretKeys) };
}
