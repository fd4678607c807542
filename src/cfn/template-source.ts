/**
 * Reads a CloudFormation template, JSON or YAML (YAML is a superset of JSON, so one parser serves both
 * and gives source positions for either), with the YAML short-form intrinsics (`!Ref`, `!GetAtt`,
 * `!Sub`...) turned into their long form. A malformed template is one line naming file, line and column.
 *
 * YAML is read as CloudFormation reads it, which is YAML 1.1 as PyYAML and SnakeYAML implement it, on
 * the points where templates differ from YAML 1.2 in practice: plain `yes`/`no`/`on`/`off` are booleans,
 * merge keys (`<<: *base`) are expanded, and quoted scalars may continue on less indented lines
 * (yaml-quoted-scalars.ts). The rest of 1.2's core schema is kept on purpose: a 1.1 schema would also
 * turn `2010-09-09` into a date (CloudFormation takes `AWSTemplateFormatVersion: 2010-09-09` as its
 * text) and `0755` into 493, and no value the checks read depends on either.
 */
import { Document, LineCounter, YAMLMap, YAMLSeq, isMap, isScalar, parseDocument } from 'yaml';
import type { ScalarTag, Tags } from 'yaml';
import { ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import { readBoundedText } from '../cli/bounded-read';
import { UsageError } from '../cli/errors';
import { indentQuotedContinuations } from './yaml-quoted-scalars';

export interface SourcePosition {
  line: number;
  column: number;
}

export interface TemplateSource {
  file: string;
  template: Record<string, unknown>;
  /** Where each resource's logical ID stands in the file, and each parameter's name (as `Parameters/Name`, its fact's key). */
  positions: ReadonlyMap<string, SourcePosition>;
}

const SHORT_FORMS = ['Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Length', 'ToJsonString'];

function intrinsicTags(): Tags {
  const tags: Tags = [];
  const add = (short: string, longForm: string, fromScalar: (v: string) => unknown) => {
    tags.push({ tag: `!${short}`, resolve: (v: string) => ({ [longForm]: fromScalar(v) }) });
    tags.push({ tag: `!${short}`, collection: 'seq', resolve: (seq) => ({ [longForm]: (seq as YAMLSeq).toJSON() }) });
    tags.push({ tag: `!${short}`, collection: 'map', resolve: (map) => ({ [longForm]: (map as YAMLMap).toJSON() }) });
  };
  add('Ref', 'Ref', (v) => v);
  add('Condition', 'Condition', (v) => v);
  for (const fn of SHORT_FORMS) add(fn, `Fn::${fn}`, fn === 'GetAtt' ? (v) => splitGetAtt(v) : (v) => v);
  return tags;
}

/** `!GetAtt Resource.Attr.Path` is `[Resource, Attr.Path]`. */
function splitGetAtt(v: string): string[] {
  const dot = v.indexOf('.');
  return dot < 0 ? [v] : [v.slice(0, dot), v.slice(dot + 1)];
}

/**
 * YAML 1.1's boolean words, as a plain (unquoted) scalar: CloudFormation's reader resolves them to
 * booleans before it converts values to the property's type, so `Encrypted: yes` is `true` and an
 * unquoted tag value `YES` is stored as the string "true" (reported in ASFHyP3/hyp3 pull request 2061;
 * `aws cloudformation package` quotes these words for that reason, aws/aws-cli pull request 5257).
 * Converting here, at parse time, is what keeps a quoted `"yes"` a string, as CloudFormation does; a
 * reader-level conversion could not tell the two apart. `y` and `n` are left out, as PyYAML's resolver
 * (cfn-lint's reader) and SnakeYAML's leave them out.
 */
const YAML_1_1_BOOLEAN: ScalarTag = {
  identify: (v) => typeof v === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/,
  resolve: (v: string) => /^(?:yes|Yes|YES|on|On|ON)$/.test(v),
};

const TAGS: Tags = [...intrinsicTags(), YAML_1_1_BOOLEAN];

function checkedTemplate(template: unknown, file: string): Record<string, unknown> {
  if (typeof template !== 'object' || template === null || Array.isArray(template)) throw new UsageError(`${file}: a template must be a mapping`);
  const resources = (template as Record<string, unknown>).Resources;
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) throw new UsageError(`${file}: the template has no Resources mapping`);
  return template as Record<string, unknown>;
}

/**
 * JSON templates (what `cdk synth` writes) take a fast path: JSON.parse for the value and one
 * streaming pass for the positions of the logical IDs. The YAML parser builds a full document tree,
 * which costs seconds and hundreds of MiB on a large cdk.out template.
 */
function parseJsonTemplate(text: string, file: string): TemplateSource {
  const positions = new Map<string, SourcePosition>();
  let error: { code: ParseErrorCode; line: number; column: number } | undefined;
  visit(
    text,
    {
      onObjectProperty: (property, _offset, _length, line, character, pathSupplier) => {
        const at = pathSupplier();
        if (at.length === 1 && at[0] === 'Resources') positions.set(property, { line: line + 1, column: character + 1 });
        if (at.length === 1 && at[0] === 'Parameters') positions.set(`Parameters/${property}`, { line: line + 1, column: character + 1 });
      },
      onError: (code, _offset, _length, line, character) => {
        error ??= { code, line: line + 1, column: character + 1 };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  if (error) throw new UsageError(`${file}:${error.line}:${error.column}: invalid JSON (${printParseErrorCode(error.code)})`);
  return { file, template: checkedTemplate(JSON.parse(text), file), positions };
}

export function parseTemplate(text: string, file: string): TemplateSource {
  if (text.trim() === '') throw new UsageError(`${file}: the template is empty`);
  if (text.includes('\u0000')) throw new UsageError(`${file}: not a text file`);
  try {
    return /^\s*\{/.test(text) ? parseJsonTemplate(text, file) : parseYamlTemplate(text, file);
  } catch (e) {
    // Both parsers recurse per nesting level: a hostile nesting depth ends here, not in a crash.
    if (e instanceof RangeError) throw new UsageError(`${file}: the template is nested too deeply to read`);
    throw e;
  }
}

function parsedYaml(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  // merge: `<<` keys expanded, as YAML 1.1 readers do (the `yaml` package does so by default only for 1.1).
  const doc = parseDocument(text, { customTags: TAGS, lineCounter, prettyErrors: false, uniqueKeys: false, merge: true });
  return { doc, lineCounter };
}

function parseYamlTemplate(text: string, file: string): TemplateSource {
  let { doc, lineCounter } = parsedYaml(text);
  if (doc.errors.some((e) => e.code === 'MISSING_CHAR')) {
    // A quoted scalar may have ended early on a continuation line the strict reader finds too little indented.
    const indented = indentQuotedContinuations(text);
    const retry = indented === text ? undefined : parsedYaml(indented);
    if (retry && retry.doc.errors.length === 0) ({ doc, lineCounter } = retry);
  }
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lineCounter.linePos(e.pos[0]);
    if (e.code === 'MULTIPLE_DOCS') {
      throw new UsageError(`${file}:${pos.line}:${pos.col}: a second YAML document starts here; a CloudFormation template is a single document`);
    }
    throw new UsageError(`${file}:${pos.line}:${pos.col}: ${e.message.split('\n')[0]}`);
  }
  let template: unknown;
  try {
    // maxAliasCount bounds YAML alias expansion ("billion laughs").
    template = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    throw new UsageError(`${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  const checked = checkedTemplate(template, file);

  const positions = new Map<string, SourcePosition>();
  for (const [section, keyOf] of [
    ['Resources', (name: string) => name],
    ['Parameters', (name: string) => `Parameters/${name}`],
  ] as const) {
    const node = doc.get(section, true);
    if (!isMap(node)) continue;
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.key.range) {
        const pos = lineCounter.linePos(pair.key.range[0]);
        positions.set(keyOf(String(pair.key.value)), { line: pos.line, column: pos.col });
      }
    }
  }
  return { file, template: checked, positions };
}

/**
 * CloudFormation accepts template bodies up to 1 MB (S3-hosted): a file many times larger is not a
 * template, and reading it would cost memory without bound.
 */
export const MAX_TEMPLATE_BYTES = 16 * 1024 * 1024;

export function readTemplate(file: string): TemplateSource {
  const text = readBoundedText(file, {
    what: 'template',
    limitBytes: MAX_TEMPLATE_BYTES,
    limitReason: 'CloudFormation templates are at most 1 MB, so this is not one',
  });
  return parseTemplate(text, file);
}
