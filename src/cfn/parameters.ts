/**
 * Template parameters as a deployer sets them. A parameter's `Default` is only what CloudFormation
 * uses when the deployer passes nothing, so it is never taken for the value: the value is the one
 * the user supplies (`scan --parameters FILE`), else each of the `AllowedValues` in turn (the resolver
 * asks its world, conditions.ts), else unknown. An `AWS::SSM::Parameter::Value<...>` parameter holds
 * the name of an SSM parameter whose value CloudFormation reads at deployment: unknown even when
 * supplied. NoEcho values are judged like any other but never written (`secretValues`).
 */
import { readBoundedText } from '../cli/bounded-read';
import { UsageError } from '../cli/errors';
import { PropValue } from '../core/props';
import { ChoiceValue } from '../core/alternatives';
import { Unknown } from '../core/values';
import { Fact } from '../core/facts';
import { World } from './conditions';

/** Values the deployer supplies, by parameter name. */
export type ParameterValues = ReadonlyMap<string, string>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isListType = (type: unknown) => typeof type === 'string' && (type === 'CommaDelimitedList' || type.startsWith('List<'));
const isNoEcho = (declaration: Record<string, unknown>) => declaration.NoEcho === true || declaration.NoEcho === 'true';
const isSsmType = (type: unknown) => typeof type === 'string' && type.startsWith('AWS::SSM::Parameter::Value<');

/** A value as CloudFormation hands it to resources: list types split on commas, `Number` as a number. */
function typed(declaration: Record<string, unknown>, value: ChoiceValue): PropValue {
  if (isListType(declaration.Type))
    return String(value)
      .split(',')
      .map((s) => s.trim());
  if (declaration.Type === 'Number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return value;
}

function allowedValues(declaration: Record<string, unknown>): ChoiceValue[] | undefined {
  const allowed = declaration.AllowedValues;
  if (!Array.isArray(allowed) || allowed.length === 0) return undefined;
  const values = allowed.filter((v): v is ChoiceValue => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
  return values.length === allowed.length ? values : undefined;
}

/**
 * The value of parameter `name` at `path`: supplied, one allowed value of this world, or unknown. An
 * unknown scalar parameter keeps `{Name}` as its identity: the text `Fn::Sub` writes for it.
 */
export function parameterValue(declarations: Readonly<Record<string, unknown>>, name: string, path: string, world: World, supplied?: ParameterValues): PropValue {
  const declaration = declarations[name];
  if (!isRecord(declaration)) return new Unknown(`${path} (parameter ${name})`);
  if (isSsmType(declaration.Type)) return new Unknown(`${path} (parameter ${name}, read from SSM Parameter Store at deployment)`);
  const given = supplied?.get(name);
  if (given !== undefined) return typed(declaration, given);
  const allowed = allowedValues(declaration);
  if (allowed) {
    const value = world.choose({ kind: 'parameter', name, secret: isNoEcho(declaration) }, allowed);
    if (value !== undefined) return typed(declaration, value);
  }
  // A NoEcho parameter holds a secret, not a name: no text stands for it, so it never reads as a literal.
  const named = !isListType(declaration.Type) && !isNoEcho(declaration);
  const written = typeof declaration.Default === 'string' || typeof declaration.Default === 'number' ? String(declaration.Default) : undefined;
  return new Unknown(`${path} (parameter ${name})`, named ? `{${name}}` : undefined, written, isNoEcho(declaration) || undefined);
}

/** The pseudo type a template parameter's findings carry: a parameter is no resource, but it is written in the template. */
export const PARAMETER_TYPE = 'AWS::CloudFormation::Parameter';

/**
 * One fact per parameter declaration, for checks about the template's own text (SEC4: a secret-like
 * parameter without NoEcho, a written Default). `noEcho` is CloudFormation's Boolean as written
 * (`true`/`false`, or their strings; anything else is kept for the check to name); `default` is the
 * text the template writes, never the value the deployer passes.
 */
export function parameterFacts(declarations: Readonly<Record<string, unknown>>): Fact[] {
  const facts: Fact[] = [];
  for (const [name, declaration] of Object.entries(declarations)) {
    if (!isRecord(declaration)) continue;
    const props: Record<string, PropValue> = { name };
    if (typeof declaration.Type === 'string') props.type = declaration.Type;
    const noEcho = declaration.NoEcho;
    if (typeof noEcho === 'boolean' || typeof noEcho === 'string') props.noEcho = noEcho;
    if (typeof declaration.Default === 'string' || typeof declaration.Default === 'number') props.default = String(declaration.Default);
    facts.push({ key: `Parameters/${name}`, kind: 'cloudformation:Parameter', type: PARAMETER_TYPE, name, props });
  }
  return facts;
}

/** The texts of NoEcho parameters' possible values (supplied and allowed), which output must never carry. */
export function secretValues(declarations: Readonly<Record<string, unknown>>, supplied?: ParameterValues): string[] {
  const out: string[] = [];
  for (const [name, declaration] of Object.entries(declarations)) {
    if (!isRecord(declaration) || !isNoEcho(declaration)) continue;
    const given = supplied?.get(name);
    if (given !== undefined) out.push(given);
    for (const v of allowedValues(declaration) ?? []) out.push(String(v));
  }
  return out.filter((v) => v !== '');
}

const KEY = /^[A-Za-z0-9]+$/;

function keyValue(item: string, file: string): [string, string] {
  const eq = item.indexOf('=');
  const key = item.slice(0, eq);
  if (eq <= 0 || !KEY.test(key)) throw new UsageError(`${file}: "${item.slice(0, 40)}" is not Key=Value with an alphanumeric parameter name`);
  return [key, item.slice(eq + 1)];
}

/** `Key=Value` items separated by white space; a value with spaces is quoted (`"Key=a b"` or `Key='a b'`), as on a shell line. */
function splitItems(text: string): string[] {
  const items: string[] = [];
  let current = '';
  let quote: string | undefined;
  let started = false;
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = undefined;
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      started = true;
    } else if (/\s/.test(c)) {
      if (started) items.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (quote) throw new UsageError('a quote is not closed');
  if (started) items.push(current);
  return items;
}

/**
 * Parameter values in the forms the AWS CLI takes: the `[{"ParameterKey": ..., "ParameterValue": ...}]`
 * JSON of `create-stack --parameters file://`, or the `Key=Value` list of `deploy --parameter-overrides`
 * (as text, or a JSON list of such strings). `UsePreviousValue` entries keep a value this file does
 * not tell, so they stay unknown.
 */
export function parseParameterValues(text: string, file: string): Map<string, string> {
  const values = new Map<string, string>();
  const trimmed = text.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      throw new UsageError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    if (!Array.isArray(parsed)) throw new UsageError(`${file}: expected a JSON list of {"ParameterKey", "ParameterValue"} or of "Key=Value" strings`);
    for (const [i, entry] of parsed.entries()) {
      if (typeof entry === 'string') {
        const [k, v] = keyValue(entry, file);
        values.set(k, v);
      } else if (isRecord(entry) && typeof entry.ParameterKey === 'string') {
        if (entry.UsePreviousValue === true) continue;
        const v = entry.ParameterValue;
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw new UsageError(`${file}: entry ${i} (${entry.ParameterKey}) has no text ParameterValue`);
        values.set(entry.ParameterKey, String(v));
      } else {
        throw new UsageError(`${file}: entry ${i} is neither {"ParameterKey", "ParameterValue"} nor a "Key=Value" string`);
      }
    }
    return values;
  }
  let items: string[];
  try {
    items = splitItems(trimmed);
  } catch (e) {
    throw new UsageError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  for (const item of items) {
    const [k, v] = keyValue(item, file);
    values.set(k, v);
  }
  return values;
}

/** Reads a `--parameters` file. */
export function readParameterValues(file: string): Map<string, string> {
  return parseParameterValues(readBoundedText(file, { what: 'parameters file' }), file);
}
