/**
 * Templates inside templates: a template as CloudFormation would deploy it after its transforms
 * (`AWS::LanguageExtensions` Fn::ForEach, then the SAM transform, in the order CloudFormation applies
 * a Transform list), with what stays unseen listed as invisible (invisible.ts): other macros,
 * `AWS::Include`, modules, and nested stacks whose template is not a local file. Local nested
 * templates are listed for the scan to check with their parent (nested-stacks.ts).
 */
import { ParameterValues } from '../parameters';
import { SourcePosition, TemplateSource } from '../template-source';
import { LANGUAGE_EXTENSIONS, expandForEach } from './foreach';
import { Invisible } from './invisible';
import { NestedScope, NestedTemplate, nestedTemplatesOf } from './nested-stacks';

export { NestedScope, addNestedScan } from './nested-stacks';
export { invisibleFindings } from './invisible';
import { SAM_TRANSFORM, expandSam } from './sam';
import { Json, JsonMap, isMap } from './sam/common';

export interface ExpandedTemplate {
  source: TemplateSource;
  invisible: Invisible[];
  nested: NestedTemplate[];
  /**
   * The resource of the template as written that a finding key belongs to: the SAM resource a
   * generated resource came from, the key's own resource; undefined for keys no written resource
   * stands for (a Fn::ForEach output, the Transform), whose findings belong to the stack.
   */
  ownerOf(key: string): string | undefined;
}

export interface ExpandOptions {
  parameters?: ParameterValues;
  /**
   * Where local nested templates may be read from. Without it (MarketplaceChecks) CDK's own nested
   * stacks are left to CDK, which validates each as a stack, and other nested stacks are invisible.
   */
  nested?: NestedScope;
  /**
   * The template file of each CDK NestedStack by its AWS::CloudFormation::Stack logical ID, for
   * templates written without `aws:asset:path` Metadata (an app synthesized outside the CDK CLI, which
   * turns asset metadata on): what the construct tree or the cloud assembly's metadata says instead.
   */
  cdkNestedTemplates?: ReadonlyMap<string, string>;
}

/** The names in `Transform` (a name, a list of names, or `{Name, Parameters}` entries). */
function transformNames(v: Json): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map((t) => (typeof t === 'string' ? t : isMap(t) && typeof t.Name === 'string' ? t.Name : JSON.stringify(t)));
}

function holdsTransform(v: Json): boolean {
  if (Array.isArray(v)) return v.some(holdsTransform);
  if (!isMap(v)) return false;
  for (const k in v) if (k === 'Fn::Transform' || holdsTransform(v[k])) return true;
  return false;
}

/** Unseen parts of the (expanded) Resources: AWS::Include and other macros, modules. */
function invisibleResources(resources: JsonMap): Invisible[] {
  const out: Invisible[] = [];
  for (const [id, entry] of Object.entries(resources)) {
    if (id === 'Fn::Transform') {
      out.push({ type: 'Fn::Transform', what: 'resources included by Fn::Transform in the Resources section', kinds: 'all' });
      continue;
    }
    if (!isMap(entry)) continue;
    if (typeof entry.Type === 'string' && entry.Type.endsWith('::MODULE')) {
      out.push({ key: id, type: entry.Type, what: `the module ${id} (${entry.Type}), whose resources are defined in the registry`, kinds: 'all' });
    } else if (holdsTransform(entry.Properties)) {
      // A macro inside the properties (AWS::Include of a snippet) may write any of them.
      out.push({ key: id, type: String(entry.Type), what: `properties of ${id} written by Fn::Transform (a macro or AWS::Include)`, kinds: 'all' });
    }
  }
  return out;
}

export function expandTemplate(source: TemplateSource, options: ExpandOptions = {}): ExpandedTemplate {
  let template: JsonMap = source.template;
  const invisible: Invisible[] = [];
  const positions = new Map<string, SourcePosition>(source.positions);
  const origin = new Map<string, string>();
  const written = isMap(source.template.Resources) ? source.template.Resources : {};
  const names = transformNames(template.Transform);
  // SAM resources without the SAM transform would be refused by CloudFormation, yet judged as nothing
  // they would pass silently: they are judged as SAM would write them (the SAM translator's own test
  // inputs are written without the Transform line).
  const resourcesAsWritten = isMap(template.Resources) ? Object.values(template.Resources) : [];
  if (!names.includes(SAM_TRANSFORM) && resourcesAsWritten.some((r) => isMap(r) && typeof r.Type === 'string' && r.Type.startsWith('AWS::Serverless::'))) {
    names.push(SAM_TRANSFORM);
  }
  for (const name of names) {
    if (name === LANGUAGE_EXTENSIONS) {
      const r = expandForEach(template, options.parameters);
      template = r.template;
      invisible.push(...r.invisible);
    } else if (name === SAM_TRANSFORM) {
      const r = expandSam(template);
      template = r.template;
      invisible.push(...r.invisible);
      for (const [id, from] of r.origin) {
        origin.set(id, from);
        const at = source.positions.get(from);
        if (at && !positions.has(id)) positions.set(id, at);
      }
    } else {
      invisible.push({ type: 'Transform', what: `the output of the macro ${name} (Transform)`, kinds: 'all' });
    }
  }
  if (template.Transform !== undefined) {
    const { Transform: _transform, ...rest } = template;
    template = rest;
  }
  const resources = isMap(template.Resources) ? template.Resources : {};
  invisible.push(...invisibleResources(resources));
  const { nested, invisible: unseen } = nestedTemplatesOf(template, source.file, options.nested, options.parameters, options.cdkNestedTemplates);
  invisible.push(...unseen);
  const changed = template !== source.template;
  const ownerOf = (key: string) => {
    const id = key.split('#')[0];
    const owner = origin.get(id) ?? id;
    return Object.prototype.hasOwnProperty.call(written, owner) ? owner : undefined;
  };
  return { source: changed ? { file: source.file, template, positions } : source, invisible, nested, ownerOf };
}
