/**
 * Nested stacks (AWS::CloudFormation::Stack) whose template is a local file: the `TemplateURL` of a
 * template before `aws cloudformation package` uploads it (a path relative to the parent template),
 * or the template CDK writes for a `NestedStack` into the assembly folder, named by the resource's
 * `aws:asset:path` Metadata (aws-cdk-lib core/lib/nested-stack.ts sets it with the asset's file name).
 * Each is scanned with its parent; a remote TemplateURL is invisible (invisible.ts).
 *
 * The parent's `Parameters` for the nested stack are passed in: literal values (and Refs to parent
 * parameters whose value is supplied) as supplied values; any other value (an attribute, a Sub) is not
 * known here and is not passed: a parameter without a supplied value is unknown (or judged over its
 * AllowedValues), never taken at its Default (parameters.ts parameterValue).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../../cli/errors';
import { fileInsideAssembly } from '../cloud-assembly';
import { ParameterValues } from '../parameters';
import type { TemplateScan } from '../scan';
import { Invisible } from './invisible';
import { Json, JsonMap, isMap } from './sam/common';

export const STACK_TYPE = 'AWS::CloudFormation::Stack';

export interface NestedTemplate {
  logicalId: string;
  file: string;
  real: string;
  parameters: Map<string, string>;
}

/** Where nested templates may be read from, and which were read (each once per run). */
export class NestedScope {
  constructor(
    readonly rootReal: string,
    readonly ancestors: readonly string[] = [],
    readonly visited: Set<string> = new Set(),
  ) {}

  /** The scope of a top-level template: nested templates must lie in its folder (a cdk.out's, for CDK). */
  static forTemplate(file: string): NestedScope {
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      throw new UsageError(`${file} does not exist`);
    }
    return new NestedScope(path.dirname(real), [real]);
  }

  enter(real: string): NestedScope {
    return new NestedScope(this.rootReal, [...this.ancestors, real], this.visited);
  }
}

const isRemote = (url: string) => /^(https?|s3):\/\//i.test(url);

function parameterText(v: Json, supplied?: ParameterValues): string | undefined {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(',');
  if (isMap(v) && typeof v.Ref === 'string' && Object.keys(v).length === 1) return supplied?.get(v.Ref);
  return undefined;
}

export function nestedTemplatesOf(
  template: JsonMap,
  parentFile: string,
  scope: NestedScope | undefined,
  supplied?: ParameterValues,
  cdkNestedTemplates?: ReadonlyMap<string, string>,
): { nested: NestedTemplate[]; invisible: Invisible[] } {
  const nested: NestedTemplate[] = [];
  const invisible: Invisible[] = [];
  const resources = isMap(template.Resources) ? template.Resources : {};
  for (const [logicalId, entry] of Object.entries(resources)) {
    if (!isMap(entry) || entry.Type !== STACK_TYPE) continue;
    const props = isMap(entry.Properties) ? entry.Properties : {};
    const assetPath = (isMap(entry.Metadata) ? entry.Metadata['aws:asset:path'] : undefined) ?? cdkNestedTemplates?.get(logicalId);
    const url = props.TemplateURL;
    const relative = typeof assetPath === 'string' ? assetPath : typeof url === 'string' && !isRemote(url) ? url : undefined;
    // CDK validates each NestedStack as a stack of its own (Stack.of a resource in it is the nested stack).
    if (!scope && typeof assetPath === 'string') continue;
    if (relative === undefined || !scope) {
      const shown = typeof url === 'string' ? url : 'a value known only at deployment';
      invisible.push({
        key: logicalId,
        type: STACK_TYPE,
        what: `the nested stack ${logicalId}, whose template (TemplateURL ${shown}) is not ${relative === undefined ? 'a local file' : 'read here'}`,
        kinds: 'all',
      });
      continue;
    }
    const where = `${parentFile}: the template of nested stack ${logicalId}`;
    const { file, real } = fileInsideAssembly(scope.rootReal, path.dirname(parentFile), relative, where);
    if (scope.ancestors.includes(real)) throw new UsageError(`${where} is ${relative}, which contains this stack itself: the nesting never ends`);
    if (scope.visited.has(real)) {
      invisible.push({
        key: logicalId,
        type: STACK_TYPE,
        what: `the nested stack ${logicalId} (its template ${relative} is checked once, where it is first used, with that use's parameters)`,
        kinds: 'all',
      });
      continue;
    }
    scope.visited.add(real);
    const parameters = new Map<string, string>();
    for (const [name, value] of Object.entries(isMap(props.Parameters) ? props.Parameters : {})) {
      const text = parameterText(value, supplied);
      if (text !== undefined) parameters.set(name, text);
    }
    nested.push({ logicalId, file, real, parameters });
  }
  return { nested, invisible };
}

/**
 * The nested stack's scan added to its parent's: its keys become `<NestedStackId>/<LogicalId>`, and a
 * finding about the nested stack as a whole stands at the nested stack resource.
 */
export function addNestedScan(parent: TemplateScan, logicalId: string, nested: TemplateScan): void {
  const keyOf = (key: string) => `${logicalId}/${key}`;
  for (const f of nested.findings) {
    const resource = f.resource.key === undefined ? { type: STACK_TYPE, name: logicalId, key: logicalId } : { ...f.resource, key: keyOf(f.resource.key) };
    parent.findings.push({ ...f, resource });
  }
  parent.resources += nested.resources;
  for (const [type, n] of Object.entries(nested.resourceTypes)) parent.resourceTypes[type] = (parent.resourceTypes[type] ?? 0) + n;
  for (const [key, loc] of Object.entries(nested.locations)) parent.locations[keyOf(key)] = loc;
}
