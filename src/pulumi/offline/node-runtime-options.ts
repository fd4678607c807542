/**
 * Pulumi.yaml `runtime.options` of a Node.js project, read as the language host reads them
 * (sdk/nodejs/cmd/pulumi-language-nodejs/main.go `parseOptions` and `execRuntime` at pulumi/pulumi
 * 1b59498), and turned into what it passes to node: an environment and node arguments.
 */
import { UsageError } from '../../cli/errors';

export interface NodeRuntime {
  /** Variables the language host adds to the program's environment. */
  env: Record<string, string>;
  /** `nodeargs`, put before the program on node's command line (a user's `--loader ts-node/esm`, say). */
  nodeArgs: string[];
}

/**
 * Splits `nodeargs` as main.go does with shlex.Split: whitespace separates words, single quotes keep
 * everything literal, double quotes and backslashes escape.
 */
export function splitNodeArgs(text: string, file: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (c === '\\' && i + 1 < text.length && (quote === undefined || '"\\$`'.includes(text[i + 1]))) {
      word = (word ?? '') + text[++i];
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word = word ?? '';
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (quote) throw new UsageError(`${file}: runtime.options.nodeargs has an unclosed ${quote} quote`);
  if (word !== undefined) words.push(word);
  return words;
}

/** `runtime` is `nodejs` or `{ name: nodejs, options: {...} }`; `typescript` is on unless set to false. */
export function nodeRuntimeOf(projectDoc: Record<string, unknown>, file: string): NodeRuntime {
  const runtime = projectDoc.runtime;
  const raw = typeof runtime === 'object' && runtime !== null && !Array.isArray(runtime) ? (runtime as { options?: unknown }).options : undefined;
  const options = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const typed = <T>(key: string, type: 'boolean' | 'string', fallback: T): T => {
    const value = options[key];
    if (value === undefined) return fallback;
    if (typeof value !== type) throw new UsageError(`${file}: runtime.options.${key} must be a ${type}`);
    return value as T;
  };
  const env: Record<string, string> = {};
  if (typed('typescript', 'boolean', true)) env.PULUMI_NODEJS_TYPESCRIPT = 'true';
  const tsconfig = typed('tsconfig', 'string', '');
  if (tsconfig !== '') env.PULUMI_NODEJS_TSCONFIG_PATH = tsconfig;
  return { env, nodeArgs: splitNodeArgs(typed('nodeargs', 'string', ''), file) };
}
