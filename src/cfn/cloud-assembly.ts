/**
 * The stack templates of a CDK cloud assembly (`cdk.out`): the stack artifacts its manifest.json lists,
 * nested assemblies (CDK Stages) included; without a manifest, every `*.template.json` in the folder.
 *
 * A manifest is input like any other: every file it names must resolve (symlinks followed) inside the
 * assembly folder, each nested assembly is visited once (a `directoryName: "."` or two assemblies
 * naming each other would otherwise recurse without end), and each template file is listed once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBoundedText } from '../cli/bounded-read';
import { UsageError } from '../cli/errors';

export interface StackTemplate {
  /** The stack's artifact ID (its name in `cdk deploy`). */
  stack: string;
  file: string;
}

interface Artifact {
  type?: unknown;
  displayName?: unknown;
  properties?: { templateFile?: unknown; directoryName?: unknown };
}

interface Manifest {
  artifacts?: Record<string, Artifact>;
}

function readManifest(file: string): Manifest {
  const text = readBoundedText(file, { what: 'cloud assembly manifest' });
  try {
    const doc = JSON.parse(text) as unknown;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error('not a JSON object');
    const artifacts = (doc as Manifest).artifacts;
    if (artifacts !== undefined && (typeof artifacts !== 'object' || artifacts === null || Array.isArray(artifacts))) throw new Error('"artifacts" is not a mapping');
    return doc as Manifest;
  } catch (e) {
    throw new UsageError(`${file}: not a cloud assembly manifest (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
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
  return fs
    .readdirSync(dir)
    // CDK writes a NestedStack's template as `<id>.nested.template.json`; it is scanned with its parent stack
    // (src/cfn/transforms/nested-stacks.ts), so listing it as a stack of its own would report it twice.
    .filter((f) => f.endsWith('.template.json') && !f.endsWith('.nested.template.json'))
    .sort()
    .map((f) => ({ stack: f.replace(/\.template\.json$/, ''), ...fileInsideAssembly(rootReal, dir, f, path.join(dir, f)) }));
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
  const add = ({ stack, file, real }: StackTemplate & { real: string }) => {
    if (seenTemplates.has(real)) return;
    seenTemplates.add(real);
    templates.push({ stack, file });
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
      add({ stack: typeof artifact.displayName === 'string' ? artifact.displayName : id, ...template });
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
