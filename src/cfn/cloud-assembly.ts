/**
 * The stack templates of a CDK cloud assembly (`cdk.out`): the stack artifacts its manifest.json lists,
 * nested assemblies (CDK Stages) included; without a manifest, every `*.template.json` in the folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../cli/errors';

export interface StackTemplate {
  /** The stack's artifact ID (its name in `cdk deploy`). */
  stack: string;
  file: string;
}

interface Manifest {
  artifacts?: Record<string, { type?: string; displayName?: string; properties?: { templateFile?: string; directoryName?: string } }>;
}

function readManifest(file: string): Manifest {
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new Error('not a JSON object');
    return doc as Manifest;
  } catch (e) {
    throw new UsageError(`${file}: not a cloud assembly manifest (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
}

export function stackTemplatesOf(dir: string, depth = 0): StackTemplate[] {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.template.json'))
      .sort()
      .map((f) => ({ stack: f.replace(/\.template\.json$/, ''), file: path.join(dir, f) }));
  }
  const out: StackTemplate[] = [];
  for (const [id, artifact] of Object.entries(readManifest(manifestFile).artifacts ?? {})) {
    if (artifact.type === 'aws:cloudformation:stack' && artifact.properties?.templateFile) {
      out.push({ stack: artifact.displayName ?? id, file: path.join(dir, artifact.properties.templateFile) });
    } else if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName && depth < 8) {
      out.push(...stackTemplatesOf(path.join(dir, artifact.properties.directoryName), depth + 1));
    }
  }
  return out;
}
