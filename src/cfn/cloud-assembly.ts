/**
 * The stack templates of a CDK cloud assembly (`cdk.out`): the stack artifacts its manifest.json lists,
 * nested assemblies (CDK Stages) included; without a manifest, every `*.template.json` in the folder.
 *
 * A manifest is input like any other: every file it names must resolve (symlinks followed) inside the
 * assembly folder, each nested assembly is visited once (a `directoryName: "."` or two assemblies
 * naming each other would otherwise recurse without end), and each template file is listed once.
 *
 * A stack artifact's construct metadata (its `metadata`, and the `additionalMetadataFile` CDK 2.x writes
 * as `<Stack>.metadata.json`: the same mapping, construct path to entries) gives the acknowledgements
 * made with `Validations.of(construct).acknowledge(...)`, which `scan` honours as MarketplaceChecks does
 * (./acknowledgements.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBoundedText } from '../cli/bounded-read';
import { UsageError } from '../cli/errors';
import { ACKNOWLEDGED_RULES_METADATA_KEY, Acknowledgement, RecordedAcknowledgements, acknowledgementsIn } from './acknowledgements';

export interface StackTemplate {
  /** The stack's artifact ID (its name in `cdk deploy`). */
  stack: string;
  file: string;
  /** What the stack's construct metadata records (a stack of a cloud assembly with a manifest). */
  acknowledgements?: RecordedAcknowledgements;
}

interface Artifact {
  type?: unknown;
  displayName?: unknown;
  properties?: { templateFile?: unknown; directoryName?: unknown };
  metadata?: unknown;
  additionalMetadataFile?: unknown;
}

interface Manifest {
  artifacts?: Record<string, Artifact>;
}

function readManifest(file: string): Manifest {
  const doc = readJsonMapping(file, 'cloud assembly manifest');
  const artifacts = doc.artifacts;
  if (artifacts !== undefined && (typeof artifacts !== 'object' || artifacts === null || Array.isArray(artifacts)))
    throw new UsageError(`${file}: not a cloud assembly manifest ("artifacts" is not a mapping)`);
  return doc as Manifest;
}

function readJsonMapping(file: string, what: string): Record<string, unknown> {
  const text = readBoundedText(file, { what });
  try {
    const doc = JSON.parse(text) as unknown;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error('not a JSON object');
    return doc as Record<string, unknown>;
  } catch (e) {
    throw new UsageError(`${file}: not a ${what} (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
}

/**
 * The acknowledgements a stack artifact's metadata records, by construct path (`/App/Fn` written
 * `App/Fn`, as `aws:cdk:path` writes it), for its template and each nested stack's (the constructs
 * carrying `aws:cdk:templateFile`): the stack's path, and each resource's path from its
 * `aws:cdk:logicalId` entry, which belongs to the nearest stack above it. Entries are CDK's
 * `{type, data, trace}` (aws-cdk-lib cloud-assembly-schema MetadataEntry); others are skipped.
 */
function recordedAcknowledgements(metadata: readonly unknown[], templateFile: string, displayName: string | undefined): RecordedAcknowledgements {
  const byPath = new Map<string, Acknowledgement[]>();
  const templateByStackPath = new Map<string, string>();
  const logicalIds: [string, string][] = [];
  for (const mapping of metadata) {
    if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) continue;
    for (const [slashed, entries] of Object.entries(mapping as Record<string, unknown>)) {
      if (!Array.isArray(entries)) continue;
      const constructPath = slashed.replace(/^\//, '');
      for (const entry of entries as unknown[]) {
        if (typeof entry !== 'object' || entry === null) continue;
        const { type, data } = entry as { type?: unknown; data?: unknown };
        if (type === ACKNOWLEDGED_RULES_METADATA_KEY) {
          const acks = acknowledgementsIn(data, constructPath);
          if (acks.length > 0) byPath.set(constructPath, [...(byPath.get(constructPath) ?? []), ...acks]);
        } else if (type === 'aws:cdk:logicalId' && typeof data === 'string') logicalIds.push([data, constructPath]);
        else if (type === 'aws:cdk:templateFile' && typeof data === 'string') templateByStackPath.set(constructPath, data);
      }
    }
  }
  type Recorded = RecordedAcknowledgements & { pathByLogicalId: Map<string, string>; nestedTemplates: Map<string, string> };
  const byTemplate = new Map<string, Recorded>();
  const recordOf = (stackPath: string | undefined): Recorded => ({ byPath, stackPath, pathByLogicalId: new Map(), nestedTemplates: new Map() });
  for (const [stackPath, file] of templateByStackPath) byTemplate.set(file, recordOf(stackPath));
  // Without `aws:cdk:templateFile` entries: the display name CDK gives a stack artifact is its construct
  // path (stack-synthesizers/_shared.js), and every resource is the stack's own.
  if (!byTemplate.has(templateFile)) byTemplate.set(templateFile, recordOf(displayName));
  const stackOf = (constructPath: string): string => {
    for (let p = constructPath; p.includes('/');) {
      p = p.slice(0, p.lastIndexOf('/'));
      const file = templateByStackPath.get(p);
      if (file !== undefined) return file;
    }
    return templateFile;
  };
  for (const [logicalId, constructPath] of logicalIds) {
    const record = byTemplate.get(stackOf(constructPath));
    record?.pathByLogicalId.set(logicalId, constructPath);
    // aws-cdk-lib 2.276.0 core/lib/nested-stack.js: a NestedStack `id` puts its AWS::CloudFormation::Stack
    // at `<id>.NestedStack/<id>.NestedStackResource` beside it, and carries its own `aws:cdk:templateFile`.
    const nestedStack = /^(.*)\/([^/]+)\.NestedStack\/\2\.NestedStackResource$/.exec(constructPath);
    const nestedFile = nestedStack ? templateByStackPath.get(`${nestedStack[1]}/${nestedStack[2]}`) : undefined;
    if (nestedFile !== undefined) record?.nestedTemplates.set(logicalId, nestedFile);
  }
  const own = byTemplate.get(templateFile) as RecordedAcknowledgements;
  return { ...own, nested: new Map([...byTemplate].filter(([file]) => file !== templateFile)) };
}

function realpathOrRefuse(file: string, what: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    throw new UsageError(`${what} ${file} does not exist`);
  }
}

/**
 * `relative` (a manifest's `templateFile` or `directoryName`) resolved against `dir`, refused unless
 * its real path (symlinks followed) lies inside the assembly root: a manifest cannot make the scan
 * read `/etc/...` or a device elsewhere.
 */
export function fileInsideAssembly(rootReal: string, dir: string, relative: unknown, where: string): { file: string; real: string } {
  if (typeof relative !== 'string' || relative === '') throw new UsageError(`${where} must be a file name inside the assembly`);
  const file = path.resolve(dir, relative);
  const real = realpathOrRefuse(file, where);
  if (real !== rootReal && !real.startsWith(rootReal + path.sep)) {
    throw new UsageError(`${where} names ${relative}, which is outside the cloud assembly ${rootReal}`);
  }
  return { file, real };
}

function templatesInFolder(rootReal: string, dir: string): { stack: string; file: string; real: string }[] {
  return (
    fs
      .readdirSync(dir)
      // CDK writes a NestedStack's template as `<id>.nested.template.json`; it is scanned with its parent stack
      // (src/cfn/transforms/nested-stacks.ts), so listing it as a stack of its own would report it twice.
      .filter((f) => f.endsWith('.template.json') && !f.endsWith('.nested.template.json'))
      .sort()
      .map((f) => ({ stack: f.replace(/\.template\.json$/, ''), ...fileInsideAssembly(rootReal, dir, f, path.join(dir, f)) }))
  );
}

/** What the walk did, for tests that bound it. */
export interface AssemblyWalk {
  templates: StackTemplate[];
  manifestsRead: number;
}

export function walkAssembly(root: string): AssemblyWalk {
  const rootReal = realpathOrRefuse(root, 'cloud assembly');
  const templates: StackTemplate[] = [];
  const seenAssemblies = new Set<string>();
  const seenTemplates = new Set<string>();
  let manifestsRead = 0;
  const add = ({ real, ...template }: StackTemplate & { real: string }) => {
    if (seenTemplates.has(real)) return;
    seenTemplates.add(real);
    templates.push(template);
  };
  // Depth-first in manifest order, with an explicit stack: a chain of nested assemblies as long as
  // the file system allows must not exhaust the call stack.
  const pending: { dir: string; entries?: [string, Artifact][]; next: number }[] = [{ dir: root, next: 0 }];
  seenAssemblies.add(rootReal);
  while (pending.length > 0) {
    const top = pending[pending.length - 1];
    if (!top.entries) {
      const manifestFile = path.join(top.dir, 'manifest.json');
      if (!fs.existsSync(manifestFile)) {
        templatesInFolder(rootReal, top.dir).forEach(add);
        top.entries = [];
      } else {
        manifestsRead += 1;
        top.entries = Object.entries(readManifest(manifestFile).artifacts ?? {});
      }
    }
    if (top.next >= top.entries.length) {
      pending.pop();
      continue;
    }
    const [id, artifact] = top.entries[top.next++];
    if (typeof artifact !== 'object' || artifact === null) continue;
    const where = `${path.join(top.dir, 'manifest.json')}: artifacts.${id}`;
    if (artifact.type === 'aws:cloudformation:stack' && artifact.properties?.templateFile !== undefined) {
      const template = fileInsideAssembly(rootReal, top.dir, artifact.properties.templateFile, `${where}.properties.templateFile`);
      const metadata: unknown[] = [artifact.metadata];
      if (artifact.additionalMetadataFile !== undefined) {
        const extra = fileInsideAssembly(rootReal, top.dir, artifact.additionalMetadataFile, `${where}.additionalMetadataFile`);
        metadata.push(readJsonMapping(extra.file, 'stack metadata file'));
      }
      const displayName = typeof artifact.displayName === 'string' ? artifact.displayName : undefined;
      const acknowledgements = recordedAcknowledgements(metadata, artifact.properties.templateFile as string, displayName);
      add({ stack: displayName ?? id, ...template, acknowledgements });
    } else if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName !== undefined) {
      const { file: dir, real } = fileInsideAssembly(rootReal, top.dir, artifact.properties.directoryName, `${where}.properties.directoryName`);
      if (!fs.statSync(real).isDirectory()) throw new UsageError(`${where}.properties.directoryName names ${dir}, which is not a directory`);
      if (seenAssemblies.has(real)) continue;
      seenAssemblies.add(real);
      pending.push({ dir, next: 0 });
    }
  }
  return { templates, manifestsRead };
}

export function stackTemplatesOf(dir: string): StackTemplate[] {
  return walkAssembly(dir).templates;
}
