/**
 * JSON Schema validation with gojsonschema's messages, for the keywords our policies' config schemas
 * use. The Pulumi CLI validates each policy's config with github.com/xeipuuv/gojsonschema (called from
 * `validatePolicyConfig`, pkg/resource/analyzer/config.go, pulumi/pulumi 1b59498); ported from its
 * validation.go, locales.go (DefaultLocale) and errors.go at b076d39: the order of the checks, where
 * each error is reported (its context, `(root).a.0.b`) and the English text.
 *
 * A keyword outside the ported set throws: a schema that needs it must get its port first, never a
 * silent pass.
 */
import { goMarshal, fromParsedJson } from '../pulumi/offline/invokes/go-json';

export type JsonSchema = Readonly<Record<string, unknown>>;

const ROOT = '(root)';

/** Keywords that never reject a value. */
const ANNOTATIONS = new Set(['description', 'default', 'title', 'examples', '$schema', '$comment']);
const VALIDATING = new Set([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'minProperties',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

export class UnportedSchemaError extends Error {}

export interface SchemaError {
  /** The value's place: `(root)`, `(root).allowedEgressPorts.0`. */
  context: string;
  description: string;
}

/** `ResultErrorFields.Field()`: the context without its `(root).` prefix (the root stays `(root)`). */
export function fieldOf(context: string): string {
  return context.startsWith(`${ROOT}.`) ? context.slice(ROOT.length + 1) : context;
}

/** `ResultErrorFields.String()` with DefaultLocale's ErrorFormat: `{{.field}}: {{.description}}`. */
export function errorText(e: SchemaError): string {
  return `${fieldOf(e.context)}: ${e.description}`;
}

function checkKeywords(schema: JsonSchema): void {
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !VALIDATING.has(key)) throw new UnportedSchemaError(`JSON schema keyword "${key}" is not ported from gojsonschema`);
  }
  if (schema.items !== undefined && (typeof schema.items !== 'object' || schema.items === null || Array.isArray(schema.items)))
    throw new UnportedSchemaError('JSON schema "items" is ported as a single schema only');
  if (schema.additionalProperties !== undefined && typeof schema.additionalProperties !== 'boolean' && (typeof schema.additionalProperties !== 'object' || schema.additionalProperties === null))
    throw new UnportedSchemaError('JSON schema "additionalProperties" must be a boolean or a schema');
}

function typesOf(schema: JsonSchema): string[] {
  const t = schema.type;
  if (t === undefined) return [];
  return Array.isArray(t) ? (t as string[]) : [t as string];
}

/** `jsonSchemaType.String()`: one name, or `[a,b]`. */
function typesText(types: string[]): string {
  return types.length > 1 ? `[${types.join(',')}]` : types[0];
}

/** `marshalWithoutNumber`: Go's JSON text of the decoded value, how enum and const compare. */
const goJson = (v: unknown): string => goMarshal(fromParsedJson(v));

/** big.Float's `String()` (`Text('g', 10)`) for a schema's bound: integers as digits. */
function boundText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e10) return String(n);
  const [m, e] = n
    .toPrecision(10)
    .replace(/\.?0+(e|$)/, '$1')
    .split('e');
  return e === undefined ? m : `${m}e${e.startsWith('-') ? '-' : '+'}${e.replace(/^[-+]/, '').padStart(2, '0')}`;
}

class Validator {
  readonly errors: SchemaError[] = [];

  private add(context: string, description: string): void {
    this.errors.push({ context, description });
  }

  validate(schema: JsonSchema, node: unknown, context: string): void {
    checkKeywords(schema);
    const types = typesOf(schema);
    const typed = types.length > 0;
    if (node === null || node === undefined) {
      if (typed && !types.includes('null')) return this.add(context, `Invalid type. Expected: ${typesText(types)}, given: null`);
      this.common(schema, null, context);
      return;
    }
    if (typeof node === 'number') {
      const isInt = Number.isInteger(node);
      if (typed && !(types.includes('number') || (isInt && types.includes('integer')))) return this.add(context, `Invalid type. Expected: ${typesText(types)}, given: ${isInt ? 'integer' : 'number'}`);
      this.number(schema, node, context);
      this.common(schema, node, context);
      return;
    }
    if (Array.isArray(node)) {
      if (typed && !types.includes('array')) return this.add(context, `Invalid type. Expected: ${typesText(types)}, given: array`);
      this.array(schema, node, context);
      this.common(schema, node, context);
      return;
    }
    if (typeof node === 'object') {
      if (typed && !types.includes('object')) return this.add(context, `Invalid type. Expected: ${typesText(types)}, given: object`);
      const value = node as Record<string, unknown>;
      this.object(schema, value, context);
      this.common(schema, value, context);
      for (const [property, child] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
        if (Object.prototype.hasOwnProperty.call(value, property)) this.validate(child, value[property], `${context}.${property}`);
      }
      return;
    }
    if (typeof node === 'boolean') {
      if (typed && !types.includes('boolean')) return this.add(context, `Invalid type. Expected: ${typesText(types)}, given: boolean`);
      this.common(schema, node, context);
      return;
    }
    if (typeof node === 'string') {
      if (typed && !types.includes('string')) return this.add(context, `Invalid type. Expected: ${typesText(types)}, given: string`);
      this.common(schema, node, context);
      this.string(schema, node, context);
    }
  }

  /** `validateCommon`: const, then enum. */
  private common(schema: JsonSchema, value: unknown, context: string): void {
    const field = fieldOf(context);
    if (schema.const !== undefined && goJson(value) !== goJson(schema.const)) this.add(context, `${field} does not match: ${goJson(schema.const)}`);
    if (Array.isArray(schema.enum) && schema.enum.length > 0) {
      const allowed = (schema.enum as unknown[]).map(goJson);
      if (!allowed.includes(goJson(value))) this.add(context, `${field} must be one of the following: ${allowed.join(', ')}`);
    }
  }

  private array(schema: JsonSchema, value: unknown[], context: string): void {
    if (schema.items !== undefined) value.forEach((item, i) => this.validate(schema.items as JsonSchema, item, `${context}.${i}`));
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) this.add(context, `Array must have at least ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) this.add(context, `Array must have at most ${schema.maxItems} items`);
    if (schema.uniqueItems === true) {
      const seen = new Map<string, number>();
      value.forEach((item, j) => {
        const text = goJson(item);
        const i = seen.get(text);
        if (i !== undefined) this.add(context, `array items[${i},${j}] must be unique`);
        seen.set(text, j);
      });
    }
  }

  /** `validateObject`: property counts, required (in the schema's order), then properties the schema does not name. */
  private object(schema: JsonSchema, value: Record<string, unknown>, context: string): void {
    const count = Object.keys(value).length;
    if (typeof schema.minProperties === 'number' && count < schema.minProperties) this.add(context, `Must have at least ${schema.minProperties} properties`);
    if (typeof schema.maxProperties === 'number' && count > schema.maxProperties) this.add(context, `Must have at most ${schema.maxProperties} properties`);
    for (const required of (schema.required ?? []) as string[]) {
      if (!Object.prototype.hasOwnProperty.call(value, required)) this.add(context, `${required} is required`);
    }
    const named = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of Object.keys(value)) {
      if (Object.prototype.hasOwnProperty.call(named, key)) continue;
      if (schema.additionalProperties === false) this.add(context, `Additional property ${key} is not allowed`);
      else if (typeof schema.additionalProperties === 'object') this.validate(schema.additionalProperties as JsonSchema, value[key], `${context}.${key}`);
    }
  }

  /** `validateString`: lengths count code points (utf8.RuneCount), then the pattern. */
  private string(schema: JsonSchema, value: string, context: string): void {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) this.add(context, `String length must be greater than or equal to ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) this.add(context, `String length must be less than or equal to ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) this.add(context, `Does not match pattern '${schema.pattern}'`);
  }

  private number(schema: JsonSchema, value: number, context: string): void {
    if (typeof schema.maximum === 'number' && value > schema.maximum) this.add(context, `Must be less than or equal to ${boundText(schema.maximum)}`);
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) this.add(context, `Must be less than ${boundText(schema.exclusiveMaximum)}`);
    if (typeof schema.minimum === 'number' && value < schema.minimum) this.add(context, `Must be greater than or equal to ${boundText(schema.minimum)}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) this.add(context, `Must be greater than ${boundText(schema.exclusiveMinimum)}`);
  }
}

/** Every error gojsonschema reports for `document` against `schema`, in its order. */
export function validateJsonSchema(schema: JsonSchema, document: unknown): SchemaError[] {
  const v = new Validator();
  v.validate(schema, document, ROOT);
  return v.errors;
}
