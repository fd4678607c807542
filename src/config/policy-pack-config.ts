/**
 * The Pulumi CLI's policy pack config handling, ported from pkg/resource/analyzer/config.go
 * (pulumi/pulumi 1b59498), with what its callers do around it: pkg/engine/update.go (`loadPolicyPlugins`:
 * the file's `environments`, the validation errors' wording) and pkg/resource/plugin/analyzer_plugin.go
 * (`Configure`: every entry needs a valid level). Names follow the Go functions so each can be read beside
 * its original; the cases of config_test.go are ported in test/config/pulumi-config.test.ts.
 *
 * What this means for users: the file is JSON only; each top-level key is a policy name (or `all`, or
 * `environments`), its value a level string or an object; the CLI fills in every policy's default level
 * and schema defaults first, applies `all`'s level to every policy, then each key's level and properties
 * (shallowly: a property given replaces the default whole), and validates each policy's properties
 * against its own schema. The pack's Configure receives an entry for every policy.
 */
import { goQuote, goValue } from './go-format';
import { JsonSchema, errorText, validateJsonSchema } from './json-schema';

export const ENFORCEMENT_LEVELS = ['advisory', 'mandatory', 'remediate', 'disabled'] as const;
export type EnforcementLevel = (typeof ENFORCEMENT_LEVELS)[number];
/** Go's `apitype.EnforcementLevel`: `""` when a config entry gives none. */
export type GivenLevel = EnforcementLevel | '';

/** `plugin.AnalyzerPolicyConfig`; `properties` absent is Go's nil map. */
export interface AnalyzerPolicyConfig {
  enforcementLevel: GivenLevel;
  properties?: Record<string, unknown>;
}

export type PolicyPackConfig = Record<string, AnalyzerPolicyConfig>;

/** `plugin.AnalyzerPolicyConfigSchema`. */
export interface AnalyzerPolicyConfigSchema {
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

/** The part of `plugin.AnalyzerPolicyInfo` config handling reads (GetAnalyzerInfo's policies). */
export interface AnalyzerPolicyInfo {
  name: string;
  enforcementLevel: GivenLevel;
  configSchema?: AnalyzerPolicyConfigSchema;
}

/** A config the CLI refuses; the message is the CLI's. */
export class PolicyPackConfigError extends Error {}

/** The key holding ESC environment references, taken out before the rest is read as policies. */
export const ENVIRONMENTS_KEY = 'environments';
/** The key whose level applies to every policy (`applyConfig`). */
export const ALL_KEY = 'all';

/** `apitype.EnforcementLevel.IsValid` (sdk/go/common/apitype/policy.go). */
export function isValidLevel(level: unknown): level is EnforcementLevel {
  return typeof level === 'string' && (ENFORCEMENT_LEVELS as readonly string[]).includes(level);
}

/** Sets an own property even for a key such as `__proto__` (a JSON key is any string). */
function put<T>(target: Record<string, T>, key: string, value: NoInfer<T>): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Go's name for the JSON kind `json.Unmarshal` could not put into a map (`UnmarshalTypeError.Value`). */
function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

/** `%T` of a decoded JSON value. */
function goType(v: unknown): string {
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return '[]interface {}';
  if (typeof v === 'object') return 'map[string]interface {}';
  return typeof v === 'number' ? 'float64' : typeof v === 'boolean' ? 'bool' : 'string';
}

/**
 * `json.Unmarshal(b, &map[string]any)`. A syntax error is reported with JavaScript's description of it
 * (Go's scanner words it differently; the reason, not JSON, is the same); a document that is not an
 * object is Go's `cannot unmarshal` error. `null` decodes to an empty map, as Go leaves the map nil.
 */
function unmarshalObject(text: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PolicyPackConfigError(`not valid JSON (the Pulumi CLI reads policy config as JSON only): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  if (doc === null) return {};
  if (!isObject(doc)) throw new PolicyPackConfigError(`json: cannot unmarshal ${jsonKind(doc)} into Go value of type map[string]interface {}`);
  return doc;
}

/** `extractEnforcementLevel`: takes `enforcementLevel` out of `props` (which it changes) and returns it. */
export function extractEnforcementLevel(props: Record<string, unknown>): GivenLevel {
  if (!Object.prototype.hasOwnProperty.call(props, 'enforcementLevel')) return '';
  const given = props.enforcementLevel;
  if (typeof given !== 'string') throw new PolicyPackConfigError(`${goValue(given)} is not a valid enforcement level; must be a string`);
  if (!isValidLevel(given)) throw new PolicyPackConfigError(`${goQuote(given)} is not a valid enforcement level`);
  delete props.enforcementLevel;
  return given;
}

export interface ParsedPolicyPackConfig {
  /** Undefined for an empty (blank) file: Go's nil map. */
  config: PolicyPackConfig | undefined;
  environments: string[] | undefined;
}

/** `parsePolicyPackConfig`: the file's text to per-policy config and ESC environment references. */
export function parsePolicyPackConfig(text: string): ParsedPolicyPackConfig {
  // Gracefully allow empty content (Go's strings.TrimSpace: Unicode white space).
  if (text.trim() === '' && !text.includes('\ufeff')) return { config: undefined, environments: undefined };
  const config = unmarshalObject(text);
  let environments: string[] | undefined;
  if (Object.prototype.hasOwnProperty.call(config, ENVIRONMENTS_KEY)) {
    const raw = config[ENVIRONMENTS_KEY];
    if (!Array.isArray(raw)) throw new PolicyPackConfigError(`"environments" must be an array of strings, got ${goType(raw)}`);
    environments = raw.map((v: unknown, i) => {
      if (typeof v !== 'string') throw new PolicyPackConfigError(`"environments[${i}]" must be a string, got ${goType(v)}`);
      return v;
    });
    delete config[ENVIRONMENTS_KEY];
  }
  const result: PolicyPackConfig = {};
  for (const [key, value] of Object.entries(config)) {
    let enforcementLevel: GivenLevel;
    let properties: Record<string, unknown> | undefined;
    if (typeof value === 'string') {
      if (!isValidLevel(value)) throw new PolicyPackConfigError(`parsing enforcement level for ${goQuote(key)}: ${goQuote(value)} is not a valid enforcement level`);
      enforcementLevel = value;
    } else if (isObject(value)) {
      const props = { ...value };
      try {
        enforcementLevel = extractEnforcementLevel(props);
      } catch (e) {
        throw new PolicyPackConfigError(`parsing enforcement level for ${goQuote(key)}: ${(e as Error).message}`);
      }
      if (Object.keys(props).length > 0) properties = props;
    } else {
      throw new PolicyPackConfigError(`parsing ${goQuote(key)}: ${goValue(value)} is not a valid value; must be a string or object`);
    }
    // Don't bother including empty configs.
    if (enforcementLevel === '' && properties === undefined) continue;
    put(result, key, properties === undefined ? { enforcementLevel } : { enforcementLevel, properties });
  }
  return { config: result, environments };
}

/** `createConfigWithDefaults`: every policy at its default level, with its schema's defaults. */
export function createConfigWithDefaults(policies: readonly AnalyzerPolicyInfo[]): PolicyPackConfig {
  const result: PolicyPackConfig = {};
  for (const policy of policies) {
    let props: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(policy.configSchema?.properties ?? {})) {
      if (Object.prototype.hasOwnProperty.call(v, 'default')) put((props ??= {}), k, v.default);
    }
    put(result, policy.name, props === undefined ? { enforcementLevel: policy.enforcementLevel } : { enforcementLevel: policy.enforcementLevel, properties: props });
  }
  return result;
}

/**
 * `applyConfig`: `all`'s level (when valid) onto every policy so far, then each key's level and
 * properties, copied over the policy's (maps.Copy: top-level keys only). A key that names no policy
 * (`all` itself, a typo) becomes an entry of its own, which Configure then carries.
 */
export function applyConfig(result: PolicyPackConfig, configToApply: PolicyPackConfig): PolicyPackConfig {
  const out: PolicyPackConfig = { ...result };
  const all = Object.prototype.hasOwnProperty.call(configToApply, ALL_KEY) ? configToApply[ALL_KEY] : undefined;
  if (all && isValidLevel(all.enforcementLevel)) {
    for (const [k, v] of Object.entries(out)) put(out, k, { ...v, enforcementLevel: all.enforcementLevel });
  }
  for (const [policy, given] of Object.entries(configToApply)) {
    const current = Object.prototype.hasOwnProperty.call(out, policy) ? out[policy] : undefined;
    let enforcementLevel: GivenLevel = current?.enforcementLevel ?? '';
    let properties = current?.properties;
    if (isValidLevel(given.enforcementLevel)) enforcementLevel = given.enforcementLevel;
    const givenProps = given.properties ?? {};
    if (Object.keys(givenProps).length > 0) properties = { ...(properties ?? {}), ...givenProps };
    put(out, policy, properties === undefined ? { enforcementLevel } : { enforcementLevel, properties });
  }
  return out;
}

/** `convertSchema`: the policy's schema as the object it validates against (no `additionalProperties`). */
function convertSchema(schema: AnalyzerPolicyConfigSchema): JsonSchema {
  const result: Record<string, unknown> = { type: 'object' };
  if (schema.properties && Object.keys(schema.properties).length > 0) result.properties = schema.properties;
  if (schema.required && schema.required.length > 0) result.required = schema.required;
  return result;
}

/** `validatePolicyConfig`: gojsonschema's errors, `(root): ` trimmed. */
export function validatePolicyConfig(schema: AnalyzerPolicyConfigSchema, config: Record<string, unknown>): string[] {
  return validateJsonSchema(convertSchema(schema), config).map((e) => {
    const text = errorText(e);
    return text.startsWith('(root): ') ? text.slice('(root): '.length) : text;
  });
}

/** `validatePolicyPackConfig`: each policy that has a schema, against its properties (absent = `{}`). */
export function validatePolicyPackConfig(policies: readonly AnalyzerPolicyInfo[], config: PolicyPackConfig): string[] {
  const errors: string[] = [];
  for (const policy of policies) {
    if (!policy.configSchema) continue;
    for (const e of validatePolicyConfig(policy.configSchema, config[policy.name]?.properties ?? {})) errors.push(`${policy.name}: ${e}`);
  }
  return errors;
}

export type Reconciled = { config: PolicyPackConfig; validationErrors?: undefined } | { config?: undefined; validationErrors: string[] };

/** `ReconcilePolicyPackConfig`: defaults, then the initial config, then the given one; validated. */
export function reconcilePolicyPackConfig(policies: readonly AnalyzerPolicyInfo[], initialConfig: PolicyPackConfig | undefined, config: PolicyPackConfig | undefined): Reconciled {
  let result = createConfigWithDefaults(policies);
  if (initialConfig !== undefined) result = applyConfig(result, initialConfig);
  if (config !== undefined) result = applyConfig(result, config);
  const validationErrors = validatePolicyPackConfig(policies, result);
  return validationErrors.length > 0 ? { validationErrors } : { config: result };
}

/**
 * `analyzer.Configure`'s own check before it sends anything: an entry without a valid level (a key that
 * names no policy and gave only properties) fails the whole Configure.
 */
export function checkConfigureRequest(config: PolicyPackConfig): Record<string, { enforcementLevel: EnforcementLevel; properties: Record<string, unknown> }> {
  const request: Record<string, { enforcementLevel: EnforcementLevel; properties: Record<string, unknown> }> = {};
  for (const [name, c] of Object.entries(config)) {
    if (!isValidLevel(c.enforcementLevel)) throw new PolicyPackConfigError(`invalid enforcement level ${goQuote(c.enforcementLevel)}`);
    put(request, name, { enforcementLevel: c.enforcementLevel, properties: c.properties ?? {} });
  }
  return request;
}

/**
 * What `pulumi preview --policy-pack DIR --policy-pack-config FILE` does with the file for a local pack
 * (`loadPolicyPlugins`, pkg/engine/update.go): parse; refuse ESC environments where no backend resolves
 * them; reconcile over the pack's policies; report the validation errors sorted, each as
 * `validating policy config: NAME VERSION  POLICY: ERROR`; and check the Configure request.
 */
export function loadPolicyPackConfig(
  text: string,
  pack: { name: string; version: string; path: string; policies: readonly AnalyzerPolicyInfo[]; initialConfig?: PolicyPackConfig },
): { config: PolicyPackConfig; request: ReturnType<typeof checkConfigureRequest> } {
  const parsed = parsePolicyPackConfig(text);
  if (parsed.environments !== undefined && parsed.environments.length > 0)
    // The CLI resolves them only through a Pulumi Cloud backend; an offline run has no backend.
    throw new PolicyPackConfigError(`policy pack at ${goQuote(pack.path)} specifies ESC environments but the current backend does not support them (preview runs without a backend)`);
  const reconciled = reconcilePolicyPackConfig(pack.policies, pack.initialConfig, parsed.config);
  if (reconciled.validationErrors)
    throw new PolicyPackConfigError(
      [...reconciled.validationErrors]
        .sort()
        .map((e) => `validating policy config: ${pack.name} ${pack.version}  ${e}`)
        .join('; '),
    );
  let request: ReturnType<typeof checkConfigureRequest>;
  try {
    request = checkConfigureRequest(reconciled.config);
  } catch (e) {
    throw new PolicyPackConfigError(`configuring policy pack ${goQuote(pack.name)} at ${goQuote(pack.path)}: ${(e as Error).message}`);
  }
  return { config: reconciled.config, request };
}
