/**
 * CloudFormation's own property names, read from aws-cdk-lib's generated L1 code
 * (`aws-<service>/lib/<service>.generated.js`): each `Cfn<Resource>` class names its type
 * (`CFN_RESOURCE_TYPE_NAME`), and one converter per property type writes each property under
 * CloudFormation's name, handing nested values to the converter of their own property type
 * (`ServerSideEncryptionByDefault:convertCfnBucketServerSideEncryptionByDefaultPropertyToCloudFormation(...)`,
 * `SSEAlgorithm:cdk().stringToCloudFormation(properties.sseAlgorithm)`). So a template path can be
 * walked name by name from its resource type.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const CLASS_TYPE = /fqn:"aws-cdk-lib\.[a-z0-9_]+\.(Cfn[A-Za-z0-9]+)",version:"[^"]*"\};static CFN_RESOURCE_TYPE_NAME="([A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+)"/g;
const CONVERTER = /function convert(Cfn[A-Za-z0-9]+)ToCloudFormation\(properties\)\{([^]*?)\}function /g;
/** A property and, when its value has a property type of its own, that type's converter. */
const KEY = /[{,]([A-Z][A-Za-z0-9]*):(?:cdk\(\)\.[a-zA-Z]+\((?:cdk\(\)\.[a-zA-Z]+\()?(?:convert(Cfn[A-Za-z0-9]+)ToCloudFormation)?|convert(Cfn[A-Za-z0-9]+)ToCloudFormation)/g;

/** A property type: each property name -> its own property type, if it has one. */
type PropertyType = ReadonlyMap<string, string | undefined>;

interface Names {
  /** Resource type -> its converter (`AWS::S3::Bucket` -> `s3.generated.js#CfnBucketProps`). */
  resources: ReadonlyMap<string, string>;
  types: ReadonlyMap<string, PropertyType>;
}

let cache: Names | undefined;

function names(): Names {
  if (cache) return cache;
  const root = path.dirname(require.resolve('aws-cdk-lib/package.json'));
  const resources = new Map<string, string>();
  const types = new Map<string, Map<string, string | undefined>>();
  for (const dir of fs.readdirSync(root).filter((d) => d.startsWith('aws-'))) {
    const lib = path.join(root, dir, 'lib');
    if (!fs.existsSync(lib)) continue;
    for (const file of fs.readdirSync(lib).filter((f) => f.endsWith('.generated.js'))) {
      const code = fs.readFileSync(path.join(lib, file), 'utf8');
      // Converter names repeat across services (Lightsail and S3 Outposts have a CfnBucket too): keyed by file.
      for (const m of code.matchAll(CLASS_TYPE)) resources.set(m[2], `${file}#${m[1]}Props`);
      for (const m of code.matchAll(CONVERTER)) {
        const props = new Map<string, string | undefined>();
        for (const k of m[2].matchAll(KEY)) props.set(k[1], (k[2] ?? k[3]) ? `${file}#${k[2] ?? k[3]}` : undefined);
        types.set(`${file}#${m[1]}`, props);
      }
    }
  }
  cache = { resources, types };
  return cache;
}

/** Whether aws-cdk-lib knows the resource type. */
export function knowsResourceType(type: string): boolean {
  return names().resources.has(type);
}

/**
 * The first name of a template path (`BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SseAlgorithm`)
 * that is not a CloudFormation property where it stands, or undefined when every name is. Indexes and
 * keyed items (`[0]`, `[routing.http...]`) stay on the same property type; JSON documents and maps
 * (no property type) end the walk.
 */
export function unknownNameIn(type: string, templatePath: string): string | undefined {
  const { resources, types } = names();
  let current = resources.get(type);
  for (const m of templatePath.matchAll(/([^.[\]]+)|\[[^\]]*\]/g)) {
    if (m[1] === undefined) continue;
    if (current === undefined) return undefined;
    const props = types.get(current);
    if (!props) return undefined;
    if (!props.has(m[1])) return m[1];
    current = props.get(m[1]);
  }
  return undefined;
}

/** Every property name anywhere under the resource type (its own and its property types'). */
export function propertyNamesUnder(type: string): ReadonlySet<string> {
  const { resources, types } = names();
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (converter: string | undefined) => {
    if (converter === undefined || seen.has(converter)) return;
    seen.add(converter);
    for (const [name, inner] of types.get(converter) ?? []) {
      out.add(name);
      walk(inner);
    }
  };
  walk(resources.get(type));
  return out;
}
