/**
 * `scan`: CloudFormation templates (a file, or every stack of a `cdk.out`) checked in-process by the
 * same rules as the Pulumi pack, with the same policy config.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../cli/errors';
import { resourceKey } from '../cli/reports/exemptions';
import { EngineConfig } from '../core/engine';
import { Finding } from '../core/findings';
import { Report, SourceLocation } from '../core/report';
import { PolicyConfigSource, engineConfigFromFile } from '../config/config-file';
import { RULES } from '../rules';
import { RecordedAcknowledgements } from './acknowledgements';
import { StackTemplate, stackTemplatesOf } from './cloud-assembly';
import { ParameterValues } from './parameters';
import { judgedTemplate } from './judged-template';
import { readTemplate } from './template-source';
import { NestedScope, addNestedScan, expandTemplate } from './transforms';

export interface ScanOptions {
  /** The policy config file (`--policy-config`, or the one found at the repository root); none: the defaults. */
  policyConfig?: PolicyConfigSource;
  now?: string;
  /** Parameter values to judge the templates with (`--parameters FILE`); others are judged over their AllowedValues, or unknown. */
  parameters?: ParameterValues;
  /** Called after each template (for progress on a terminal). */
  onTemplate?: (done: number, total: number, stack: string) => void;
}

export interface TemplateScan {
  findings: Finding[];
  resources: number;
  resourceTypes: Record<string, number>;
  locations: Record<string, SourceLocation>;
}

/** One template's findings, keys as its logical IDs; `acknowledgements`: what a cloud assembly records for its stack. */
export function scanTemplate(
  file: string,
  config: EngineConfig,
  parameters?: ParameterValues,
  scope: NestedScope = NestedScope.forTemplate(file),
  acknowledgements?: RecordedAcknowledgements,
): TemplateScan {
  // Transforms expanded and nested templates found first: what stays unseen is unknown, never passed.
  const expanded = expandTemplate(readTemplate(file), { parameters, nested: scope, cdkNestedTemplates: acknowledgements?.nestedTemplates });
  const source = expanded.source;
  // Acknowledgements honoured as MarketplaceChecks honours them at synth (./acknowledgements.ts).
  const { findings, resources } = judgedTemplate(expanded, config, { parameters }, acknowledgements);
  const locations: Record<string, SourceLocation> = {};
  for (const [logicalId, pos] of source.positions) locations[logicalId] = { file, line: pos.line, column: pos.column };
  const resourceTypes: Record<string, number> = {};
  for (const r of resources) resourceTypes[r.type] = (resourceTypes[r.type] ?? 0) + 1;
  const scan: TemplateScan = { findings, resources: resources.length, resourceTypes, locations };
  for (const n of expanded.nested) addNestedScan(scan, n.logicalId, scanTemplate(n.file, config, n.parameters, scope.enter(n.real), acknowledgements?.nested?.get(path.basename(n.file))));
  return scan;
}

function templatesOf(target: string): StackTemplate[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new UsageError(`${target} does not exist`);
  }
  if (!stat.isDirectory()) return [{ stack: path.basename(target).replace(/\.(template\.)?(json|ya?ml|template)$/i, ''), file: target }];
  const templates = stackTemplatesOf(target);
  if (templates.length === 0) throw new UsageError(`${target} holds no stack templates (expected a cdk.out with manifest.json, or *.template.json files)`);
  return templates;
}

export function runScan(target: string, options: ScanOptions = {}): Report {
  const templates = templatesOf(target);
  const config: EngineConfig = {
    ...engineConfigFromFile(options.policyConfig),
    now: options.now ? new Date(options.now) : new Date(),
  };
  const resourceTypes: Record<string, number> = {};
  const report: Report = {
    engine: 'cloudformation',
    // A cloud assembly's templates are CDK's output: its users fix them in CDK code, not in the template.
    fixEngine: fs.statSync(target).isDirectory() && fs.existsSync(path.join(target, 'manifest.json')) ? 'cdk' : 'cloudformation',
    project: path.basename(path.resolve(target)),
    stack: templates.length === 1 ? templates[0].stack : templates.map((t) => t.stack).join(', '),
    source: target,
    resources: 0,
    findings: [],
    remediations: [],
    locations: { byKey: {} },
    resourceTypes,
    disabled: RULES.map((r) => r.id).filter((id) => config.enforcement?.[id] === 'disabled'),
  };
  // Several stacks share logical IDs: their keys become `<stack>/<LogicalId>`.
  const prefixed = templates.length > 1;
  templates.forEach((t, i) => {
    const scan = scanTemplate(t.file, config, options.parameters, undefined, t.acknowledgements);
    const keyOf = (key: string) => (prefixed ? `${t.stack}/${key}` : key);
    report.resources += scan.resources;
    for (const [type, n] of Object.entries(scan.resourceTypes)) resourceTypes[type] = (resourceTypes[type] ?? 0) + n;
    for (const f of scan.findings) {
      if (f.resource.key) {
        report.findings.push({ ...f, resource: { ...f.resource, key: keyOf(f.resource.key) } });
        continue;
      }
      // About the template as a whole: named by its stack when there are several, located at the template
      // file with no line (SARIF: no region), since no one place in it is the cause.
      const stackLevel = prefixed ? { ...f, resource: { ...f.resource, name: t.stack } } : f;
      report.findings.push(stackLevel);
      report.locations.byKey[resourceKey(stackLevel)] = { file: t.file };
    }
    for (const [key, loc] of Object.entries(scan.locations)) report.locations.byKey[keyOf(key)] = loc;
    // A side fact (`Bucket#encryption`) stands where its resource does.
    for (const f of scan.findings) if (f.resource.key?.includes('#')) report.locations.byKey[keyOf(f.resource.key)] = scan.locations[f.resource.key.split('#')[0]];
    options.onTemplate?.(i + 1, templates.length, t.stack);
  });
  return report;
}
