/**
 * Reads a CloudFormation template, JSON or YAML (YAML is a superset of JSON, so one parser serves both
 * and gives source positions for either), with the YAML short-form intrinsics (`!Ref`, `!GetAtt`,
 * `!Sub`...) turned into their long form. A malformed template is one line naming file, line and column.
 */
import { LineCounter, YAMLMap, YAMLSeq, isMap, isScalar, parseDocument } from 'yaml';
import type { Tags } from 'yaml';
import { ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import { readBoundedText } from '../cli/bounded-read';
import { UsageError } from '../cli/errors';

export interface SourcePosition {
  line: number;
  column: number;
}

export interface TemplateSource {
  file: string;
  template: Record<string, unknown>;
  /** Where each resource's logical ID stands in the file. */
  positions: ReadonlyMap<string, SourcePosition>;
}

const SHORT_FORMS = [
  'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform',
  'And', 'Equals', 'If', 'Not', 'Or', 'Length', 'ToJsonString',
];

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

const TAGS = intrinsicTags();

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

function parseYamlTemplate(text: string, file: string): TemplateSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags: TAGS, lineCounter, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lineCounter.linePos(e.pos[0]);
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
  const resourcesNode = doc.get('Resources', true);
  if (isMap(resourcesNode)) {
    for (const pair of resourcesNode.items) {
      if (isScalar(pair.key) && pair.key.range) {
        const pos = lineCounter.linePos(pair.key.range[0]);
        positions.set(String(pair.key.value), { line: pos.line, column: pos.col });
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
