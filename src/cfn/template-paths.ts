/**
 * The way back from a fact's normalized (Pulumi-shaped) property paths to the template's own: a
 * finding on a CloudFormation resource names `DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy`,
 * `SecurityGroupEgress[0]`, as the user wrote it, not the Pulumi input path the rules read.
 *
 * A normalized path is resolved against the resource's Properties as written: each name matches the
 * template key it was renamed from (mappings/path-names.ts, else its camelCase), descending through the
 * wrappers the mappings flatten (`DistributionConfig`, `LaunchTemplateData`, CloudFront's
 * `{Quantity, Items}`, an S3 bucket's `BucketEncryption.ServerSideEncryptionConfiguration[0]`). What the
 * template does not write (a property reported absent) is named by the CloudFormation name of each
 * remaining segment, under the resource's wrapper.
 */
import { DEFAULT_PARAMS } from '../core/params';
import { camelCase } from './names';
import { TEMPLATE_NAMES, WRAPPERS, attributeKeyOf, cfnNameOf } from './mappings/path-names';
import { cloudFormationTypeWords } from './type-words';

type Segment = { name: string } | { index: string };

/** How deep a path may pass through keys it does not name (wrappers, an item of a list). */
const WRAPPER_DEPTH = 4;

/** Keys whose contents are not the resource's property names (tags; documents with their own grammar). */
const UNNAMED: ReadonlySet<string> = new Set(['Tags', 'PolicyDocument', 'AssumeRolePolicyDocument', 'KeyPolicy', 'ResourcePolicy', 'PolicyText', 'AccessPolicies']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function segmentsOf(path: string): Segment[] {
  const out: Segment[] = [];
  // `rules.0.sseAlgorithm` (Pulumi's dotted form) is `rules[0].sseAlgorithm`.
  for (const m of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) out.push(m[1] === undefined ? { index: m[2] } : /^\d+$/.test(m[1]) ? { index: m[1] } : { name: m[1] });
  return out;
}

/** Template path parts: a key (`.Key`) or an index (`[0]`). */
type Part = { key: string } | { index: string };

function text(parts: readonly Part[]): string {
  return parts.map((p, i) => ('key' in p ? `${i === 0 ? '' : '.'}${p.key}` : `[${p.index}]`)).join('');
}

function keyMatches(key: string, name: string): boolean {
  if (TEMPLATE_NAMES.get(key)?.includes(name)) return true;
  const camel = camelCase(key);
  return camel === name || camel.toLowerCase() === name.toLowerCase();
}

interface Match {
  parts: Part[];
  /** How many segments of the normalized path the template holds. */
  consumed: number;
}

function better(a: Match | undefined, b: Match): Match {
  return !a || b.consumed > a.consumed || (b.consumed === a.consumed && b.parts.length < a.parts.length) ? b : a;
}

/** The longest resolution of `segments[i..]` inside `value`. */
function resolve(value: unknown, segments: readonly Segment[], i: number, depth: number): Match {
  if (i === segments.length) return { parts: [], consumed: i };
  const seg = segments[i];
  let best: Match = { parts: [], consumed: i };
  const descend = (part: Part, inner: unknown, next: number, d: number) => {
    const m = resolve(inner, segments, next, d);
    best = better(best, { parts: [part, ...m.parts], consumed: m.consumed });
  };
  if ('index' in seg) {
    if (Array.isArray(value)) {
      const n = Number(seg.index);
      if (Number.isInteger(n) && n >= 0 && n < value.length) descend({ index: seg.index }, value[n], i + 1, depth);
      // A list keyed by item name (`containerDefinitions[app]`).
      else if (value.some((item) => isRecord(item) && item.Name === seg.index))
        descend(
          { index: seg.index },
          value.find((item) => isRecord(item) && item.Name === seg.index),
          i + 1,
          depth,
        );
    } else if (isRecord(value) && Array.isArray(value.Items)) {
      descend({ key: 'Items' }, value.Items, i, depth);
    }
    return best;
  }
  if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) if (keyMatches(key, seg.name)) descend({ key }, inner, i + 1, depth);
    if (best.consumed > i || depth === 0) return best;
    for (const [key, inner] of Object.entries(value)) if (!UNNAMED.has(key) && (isRecord(inner) || Array.isArray(inner))) descend({ key }, inner, i, depth - 1);
  } else if (Array.isArray(value) && value.some((item) => isRecord(item) && item.Name === seg.name)) {
    // A name the user chose in a `[{Name, Value}]` list (an ECS container's `Environment`): that item, by its name.
    descend(
      { index: seg.name },
      value.find((item) => isRecord(item) && item.Name === seg.name),
      i + 1,
      depth,
    );
  } else if (Array.isArray(value) && depth > 0) {
    value.forEach((item, n) => descend({ index: String(n) }, item, i, depth - 1));
  }
  return best.consumed > i ? best : { parts: [], consumed: i };
}

/**
 * The template path of normalized `path` on a resource of `type` whose Properties are `properties`, and
 * whether the template writes its first segment (else the path is named only by CloudFormation's names).
 */
export function templatePathOf(type: string, properties: unknown, path: string, sideFact = false): { path: string; found: boolean } {
  // An input set by a `[{Key, Value}]` attribute: the list, keyed by the attribute (`ListenerAttributes[routing.http...]`).
  const attribute = attributeKeyOf(type, path);
  if (attribute) {
    const list = isRecord(properties) ? properties[attribute.list] : undefined;
    return { path: `${attribute.list}[${attribute.key}]`, found: Array.isArray(list) && list.some((item) => isRecord(item) && item.Key === attribute.key) };
  }
  const segments = segmentsOf(path);
  // A lone lower-case word (`policy`, `runtime`) is a property only where the resource writes it at the
  // top, or in the list item a side fact comes from (`Policies[0].PolicyDocument` of `User#policy-0`):
  // deeper, the same word is more often prose than a name (`add a condition`, `the key`).
  const depth = /^[a-z0-9]+$/.test(path) ? (sideFact ? 2 : 0) : WRAPPER_DEPTH;
  const m = resolve(properties, segments, 0, depth);
  const rest: Part[] = [];
  for (const s of segments.slice(m.consumed)) {
    const parent = [...m.parts, ...rest].reverse().find((p): p is { key: string } => 'key' in p)?.key;
    rest.push('name' in s ? { key: cfnNameOf(s.name, type, parent) } : { index: s.index });
  }
  const wrapper = WRAPPERS[type];
  const first = segments[0];
  const wrapped = m.consumed === 0 && wrapper && 'name' in first && (!wrapper.inputs || wrapper.inputs.includes(first.name));
  const head: Part[] = wrapped ? [{ key: wrapper.key }] : [];
  return { path: text([...head, ...m.parts, ...rest]), found: m.consumed > 0 };
}

/** A template resource as far as paths go. */
export interface PathResource {
  type: string;
  properties: unknown;
  /** The finding is on a side fact of the resource (`Bucket#encryption`, `User#policy-0`). */
  sideFact?: boolean;
}

/**
 * A path-shaped token of a message: a lower-case name, then `.name`, `.0` or `[index]` parts. Not inside
 * a quoted value, an ARN, a condition key (`aws:SourceArn`) or a Pulumi type token (`aws.s3.Bucket`); never a
 * shorter part of a longer path (`securityHeadersConfig` of `securityHeadersConfig.strictTransportSecurity: ...`).
 */
const PATH_TOKEN = /(?<![\w.:$/"'@-])[a-z][A-Za-z0-9]*(?:\.(?:[A-Za-z_][A-Za-z0-9_]*|\d+)|\[[^\]\s]+\])*(?![\w(/-]|:\S|\.[A-Za-z0-9_])/g;

/**
 * A lone lower-case word (`protocol`, `value`, `password`) names a property where the message says
 * something of it (`protocol is HTTP`, `set runtime to`); elsewhere it is more often prose (`the name`).
 */
const AS_PROPERTY = /^ (is|are|has|allows|attaches|holds|of|uses|sets|\(|Statement\[)/;

/** A resource's logical ID as a message names it (`response headers policy Short`). */
const LOGICAL_ID = /\b[A-Z][A-Za-z0-9]*\b/g;

/** Config parameters (`allowedEgressPorts`) are named as the policy config writes them, in any engine. */
const PARAM_NAMES: ReadonlySet<string> = new Set(Object.keys(DEFAULT_PARAMS));

/** A camelCase, dotted or indexed token is a property path even where the template does not write it. */
function isPathShaped(token: string): boolean {
  if (!/[A-Z.[]/.test(token)) return false;
  // Prose abbreviations (`e.g`), domain names (`d111.cloudfront.net`): no camelCase part.
  return /[A-Z[]/.test(token) || token.split('.').every((s) => s.length > 2 && /^[a-z]+$/.test(s) === false);
}

/**
 * The message with each normalized property path it quotes replaced by the template path: on the
 * resource judged (`subject`), or on the resource the message names just before it (`response headers
 * policy Short securityHeadersConfig...`), where the path is that resource's.
 */
/** A path followed by the object literal to set it to (`pointInTimeRecovery { enabled: true }`): flat, keys unquoted. */
const PATH_WITH_LITERAL = /(?<![\w.:$/"'@-])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*) \{ ((?:[a-z][A-Za-z0-9]*: [^{},]+(?:, )?)+) \}/g;

/** The keys of such a literal named as the template names them under that path (`PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled: true }`). */
function literalKeysInTemplateWords(subject: PathResource, message: string): string {
  return message.replace(PATH_WITH_LITERAL, (text: string, at: string, entries: string) => {
    const keyed = entries.replace(/\b([a-z][A-Za-z0-9]*): /g, (_: string, key: string) => {
      const full = templatePathOf(subject.type, subject.properties, `${at}.${key}`, subject.sideFact).path;
      return `${full.slice(full.lastIndexOf('.') + 1)}: `;
    });
    return `${at} { ${keyed} }`;
  });
}

export function templateWords(subject: PathResource, resources: ReadonlyMap<string, PathResource>, pulumiWorded: string): string {
  const message = literalKeysInTemplateWords(subject, cloudFormationTypeWords(pulumiWorded));
  const named: { at: number; resource: PathResource }[] = [];
  for (const m of message.matchAll(LOGICAL_ID)) {
    const r = resources.get(m[0]);
    if (r && r !== subject) named.push({ at: m.index ?? 0, resource: r });
  }
  const quoted = [...message.matchAll(/"[^"]*"/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  return message.replace(PATH_TOKEN, (token: string, at: number) => {
    // Values the message quotes ("max-age=31536000; includeSubDomains") are the user's, not names.
    if (quoted.some(([from, to]) => at > from && at < to)) return token;
    // Parameters, and Pulumi type tokens of a kind the template cannot write (`aws.s3.BucketAcl`: type-words.ts).
    if (PARAM_NAMES.has(token) || token.startsWith('aws.')) return token;
    if (/^[a-z0-9]+$/.test(token) && !AS_PROPERTY.test(message.slice(at + token.length)) && !/\bset $/.test(message.slice(0, at))) return token;
    const before = named
      .filter((n) => n.at < at)
      .map((n) => n.resource)
      .reverse();
    let fallback: { path: string } | undefined;
    for (const r of [...before, subject]) {
      const resolved = templatePathOf(r.type, r.properties, token, r.sideFact);
      if (resolved.found) return resolved.path;
      fallback ??= resolved;
    }
    return fallback && isPathShaped(token) ? fallback.path : token;
  });
}
