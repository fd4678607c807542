/**
 * fast-check arbitraries for hostile inputs to both adapters: Pulumi resources as the engine sends
 * them (unknown sentinels, secret wrappers, wrong types, nulls, huge arrays) and CloudFormation
 * templates (intrinsics nested in each other, dangling references, malformed sections).
 *
 * Purely random keys would almost never reach the properties a rule reads, so keys come from a
 * vocabulary read out of the sources themselves: the quoted property paths of each rule's folder (the
 * Pulumi input shape every rule reads), and the PascalCase names the CloudFormation mappings read.
 * String leaves likewise come partly from the literals the rules compare against (`HTTPS`,
 * `TLSv1.2_2021`, `aws:SecureTransport`), so comparisons go both ways.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { KINDS, Kind } from '../../src/facts/kinds';
import { Rule } from '../../src/core/rule';
import { CfnTestResource, CfnTestTemplate } from '../support/cfn-stack';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';

const ROOT = path.resolve(__dirname, '../..');

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourcesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

const quoted = (text: string): string[] => [...text.matchAll(/'([^'\\\n]{1,80})'/g)].map((m) => m[1]);

const unique = (items: Iterable<string>): string[] => [...new Set(items)].sort();

/** Dotted property paths a file reads (`viewerCertificate.minimumProtocolVersion`, `rules.0.apply`). */
const PULUMI_PATH = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;

function pathsIn(files: string[]): string[] {
  return unique(files.flatMap((f) => quoted(fs.readFileSync(f, 'utf8')).filter((s) => PULUMI_PATH.test(s))));
}

const RULE_SOURCES = sourcesUnder(path.join(ROOT, 'src/rules'));
const SHARED_RULE_SOURCES = RULE_SOURCES.filter((f) => path.dirname(f) === path.join(ROOT, 'src/rules'));

/** The property paths a rule's area folder (its file and the helpers beside it) and the shared policy readers quote. */
export function pulumiPathsFor(rule: Rule): string[] {
  const own = RULE_SOURCES.find((f) => path.basename(f).startsWith(`${rule.id}-`));
  const area = own ? RULE_SOURCES.filter((f) => path.dirname(f) === path.dirname(own)) : RULE_SOURCES;
  return pathsIn([...area, ...SHARED_RULE_SOURCES, path.join(ROOT, 'src/facts/quoted-ids.ts')]);
}

/** Literals without spaces the rules and fact tables compare values with. */
export const VALUE_WORDS: readonly string[] = unique([...RULE_SOURCES, ...sourcesUnder(path.join(ROOT, 'src/facts'))].flatMap((f) => quoted(fs.readFileSync(f, 'utf8')).filter((s) => !/\s/.test(s))));

/** PascalCase names the CloudFormation adapter reads, quoted or as property accesses (`rule.IpProtocol`). */
export const CFN_KEYS: readonly string[] = unique(
  sourcesUnder(path.join(ROOT, 'src/cfn')).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/\b[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)*\b/g)].map((m) => m[0])),
);

/** The kinds rules read (their resource parts and their stack parts). */
export function kindsOf(...rules: Rule[]): Kind[] {
  return unique(rules.flatMap((rule) => [...(rule.resource?.kinds ?? []), ...(rule.stack?.kinds ?? [])])) as Kind[];
}

/** Rules grouped by their area folder (`tls`, `hdr`, `data`...), in the order given. */
export function rulesByArea(rules: readonly Rule[]): [string, Rule[]][] {
  const areas = new Map<string, Rule[]>();
  for (const rule of rules) {
    const own = RULE_SOURCES.find((f) => path.basename(f).startsWith(`${rule.id}-`));
    const area = own ? path.basename(path.dirname(own)) : rule.id;
    areas.set(area, [...(areas.get(area) ?? []), rule]);
  }
  return [...areas];
}

// ---------------------------------------------------------------------------------------------------
// Shared leaves

/** Logical IDs / Pulumi names of generated stacks: a small pool, so references often hit and sometimes dangle. */
export const NAMES = ['A', 'B', 'C', 'Bucket', 'Sg', 'Site'] as const;

const hostileString = fc.oneof(
  fc.constantFrom(...VALUE_WORDS),
  fc.constantFrom(...NAMES),
  fc.constantFrom('', ' ', '*', '0.0.0.0/0', '::/0', 'arn:aws:s3:::A', 'arn:aws:s3:::A/*', '__proto__', 'constructor', 'toString', '-1', '1e400', 'NaN', '${A.Arn}'),
  fc.string({ maxLength: 12 }),
);

const hostileNumber = fc.oneof(fc.integer({ min: -2, max: 70000 }), fc.double(), fc.constantFrom(0, -1, 443, 31536000, Number.MAX_SAFE_INTEGER, Infinity, NaN));

const scalar = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constantFrom('true', 'false'), fc.constant(null));

/** Builds a tree in which each path is set to a value, arrays where a segment is an index. */
function treeOf(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [dotted, value] of entries) {
    const steps = dotted.split('.');
    let cur: Record<string, unknown> | unknown[] = root;
    steps.forEach((step, i) => {
      const slot = cur as Record<string, unknown>;
      if (i === steps.length - 1) {
        slot[step] = value;
        return;
      }
      const wantArray = /^\d+$/.test(steps[i + 1]);
      const next = slot[step];
      if (typeof next !== 'object' || next === null || Array.isArray(next) !== wantArray) slot[step] = wantArray ? [] : {};
      cur = slot[step] as Record<string, unknown> | unknown[];
    });
  }
  return root;
}

/**
 * Values over a key vocabulary: scalars, `extra` leaves (engine-specific unknowns), and objects and
 * arrays of them, nested a few levels; now and then a huge array of one value.
 */
function valuesOver(keys: readonly string[], extra: fc.Arbitrary<unknown>, wrap: (v: fc.Arbitrary<unknown>) => fc.Arbitrary<unknown>[], huge: { min: number; max: number }): fc.Arbitrary<unknown> {
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'value' },
      { arbitrary: scalar, weight: 6 },
      { arbitrary: extra, weight: 2 },
      { arbitrary: fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 4, noNullPrototype: true }), weight: 2 },
      { arbitrary: fc.array(tie('value'), { maxLength: 4 }), weight: 2 },
      // Huge arrays hold scalars only: nested ones would multiply into millions of values.
      { arbitrary: fc.tuple(fc.oneof(scalar, extra), fc.integer(huge)).map(([v, n]) => new Array<unknown>(n).fill(v)), weight: 1 },
      ...wrap(tie('value')).map((arbitrary) => ({ arbitrary, weight: 2 })),
    ),
  }));
  return value;
}

/** Props: some of the given paths set to hostile values, plus stray keys of the vocabulary. */
function propsOver(paths: readonly string[], value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.array(fc.tuple(fc.constantFrom(...paths), value), { maxLength: 8 }), fc.dictionary(fc.constantFrom(...paths.map((p) => p.split('.')[0])), value, { maxKeys: 3, noNullPrototype: true }))
    .map(([entries, stray]) => ({ ...stray, ...treeOf(entries) }));
}

// ---------------------------------------------------------------------------------------------------
// Pulumi

const SECRET_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';

/** What the wire format adds: the engine's unknown sentinel, and secrets wrapped with or without their value. */
const pulumiUnknown = fc.oneof(fc.constant(UNKNOWN), fc.constant({ [SECRET_KEY]: SECRET_SIG }), fc.constant(undefined));

function pulumiValues(keys: readonly string[]): fc.Arbitrary<unknown> {
  return valuesOver(keys, pulumiUnknown, (v) => [v.map((value) => ({ [SECRET_KEY]: SECRET_SIG, value }))], { min: 1000, max: 3000 });
}

const UNKNOWN_PULUMI_TYPES = ['aws:foo/bar:Baz', 'pulumi:pulumi:Stack', 'pulumi:providers:aws', 'my:component:Thing', ''];

/** A type token of one of `kinds` mostly, else any known kind or a type no kind maps. */
function pulumiType(kinds: readonly Kind[]): fc.Arbitrary<string> {
  const all = Object.values(KINDS).flatMap((k) => [...k.pulumi]);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...kinds.flatMap((k) => [...KINDS[k].pulumi])), weight: 6 },
    { arbitrary: fc.constantFrom(...all), weight: 1 },
    { arbitrary: fc.constantFrom(...UNKNOWN_PULUMI_TYPES), weight: 1 },
  );
}

/** A Pulumi stack of up to six resources, mostly of `kinds`, with arbitrary props and property dependencies. */
export function pulumiStack(kinds: readonly Kind[], paths: readonly string[]): fc.Arbitrary<TestResource[]> {
  const keys = unique(paths.flatMap((p) => p.split('.')).filter((s) => !/^\d+$/.test(s)));
  const value = pulumiValues(keys);
  const props = fc.oneof({ arbitrary: propsOver(paths, value), weight: 9 }, { arbitrary: value, weight: 1 });
  const resource = fc.record({
    type: pulumiType(kinds),
    name: fc.constantFrom(...NAMES),
    props,
    dependsOn: fc.option(fc.dictionary(fc.constantFrom(...keys), fc.subarray([...NAMES], { maxLength: 3 }), { maxKeys: 3, noNullPrototype: true }), { nil: undefined }),
  });
  return fc.uniqueArray(resource, { selector: (r) => r.name, minLength: 1, maxLength: 6 }).map((resources) => {
    const present = new Set(resources.map((r) => r.name));
    // The harness refuses a dependency on a name it does not hold; the engine only names resources it registered.
    return resources.map(({ dependsOn, props: p, ...rest }) => {
      const out: TestResource = { ...rest, props: p as Record<string, unknown> };
      if (dependsOn) out.dependsOn = Object.fromEntries(Object.entries(dependsOn).map(([k, names]) => [k, names.filter((n) => present.has(n))]));
      return out;
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// CloudFormation

const PARAMETERS = ['Later', 'WithDefault', 'Missing'] as const;
const CONDITIONS = ['IsProd', 'Never', 'Missing'] as const;
const PSEUDO = ['AWS::Region', 'AWS::AccountId', 'AWS::Partition', 'AWS::StackName', 'AWS::NoValue', 'AWS::URLSuffix', 'AWS::NotAPseudo'];

const refTarget = fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...PARAMETERS), fc.constantFrom(...PSEUDO), fc.string({ maxLength: 6 }));

/** Intrinsic functions over `v`, well-formed and not: nested in each other through `v`. */
function intrinsics(v: fc.Arbitrary<unknown>): fc.Arbitrary<unknown>[] {
  return [
    fc.oneof(refTarget, v).map((t) => ({ Ref: t })),
    fc
      .oneof(
        fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('Arn', 'Id', 'GroupId', 'DomainName', 'Name', 'Endpoint.Address', 'Nope')),
        fc.constantFrom(...NAMES).map((n) => `${n}.Arn`),
        v,
      )
      .map((a) => ({ 'Fn::GetAtt': a })),
    fc
      .oneof(
        fc.constantFrom('${A}', '${A.Arn}/*', 'arn:${AWS::Partition}:s3:::${Bucket}', '${Later}', '${!Literal}', '${', 'plain'),
        fc.tuple(fc.constantFrom('${x}-${A}', '${x}'), fc.dictionary(fc.constantFrom('x', 'y'), v, { maxKeys: 2, noNullPrototype: true })),
        v,
      )
      .map((s) => ({ 'Fn::Sub': s })),
    fc.oneof(fc.tuple(fc.constantFrom('', ',', ':'), fc.array(v, { maxLength: 3 })), v).map((j) => ({ 'Fn::Join': j })),
    fc.oneof(fc.tuple(fc.constantFrom(...CONDITIONS), v, v), v).map((i) => ({ 'Fn::If': i })),
    v.map((x) => ({ 'Fn::ImportValue': x })),
    fc.oneof(fc.tuple(fc.oneof(fc.integer({ min: -1, max: 3 }), v), fc.array(v, { maxLength: 3 })), v).map((s) => ({ 'Fn::Select': s })),
    fc.oneof(fc.tuple(fc.constantFrom('Map', 'Nope'), v, v), v).map((f) => ({ 'Fn::FindInMap': f })),
    fc.oneof(fc.tuple(fc.constantFrom(',', ''), v), v).map((s) => ({ 'Fn::Split': s })),
    v.map((x) => ({ 'Fn::Base64': x })),
    fc.oneof(fc.tuple(v, v), v).map((e) => ({ 'Fn::Equals': e })),
    fc.constantFrom('Condition', 'Fn::And', 'Fn::Or', 'Fn::Not', 'Fn::GetAZs', 'Fn::Cidr', 'Fn::Transform', 'Fn::ToJsonString', 'Fn::Length', 'Fn::Unknown').chain((fn) => v.map((x) => ({ [fn]: x }))),
  ];
}

/** PascalCase keys: the adapter's own names, and each rule path's segments with a capital (most CloudFormation names). */
function cfnKeysFor(paths: readonly string[]): string[] {
  const pascal = paths
    .flatMap((p) => p.split('.'))
    .filter((s) => !/^\d+$/.test(s))
    .map((s) => s[0].toUpperCase() + s.slice(1));
  return unique([...CFN_KEYS, ...pascal]);
}

const UNKNOWN_CFN_TYPES = ['AWS::Foo::Bar', 'Custom::Thing', 'AWS::CloudFormation::Stack', 'AWS::Serverless::Function', ''];

function cfnType(kinds: readonly Kind[]): fc.Arbitrary<unknown> {
  const own = kinds.flatMap((k) => [...KINDS[k].cfn]);
  const all = Object.values(KINDS).flatMap((k) => [...k.cfn]);
  return fc.oneof(
    ...(own.length > 0 ? [{ arbitrary: fc.constantFrom(...own), weight: 6 }] : []),
    { arbitrary: fc.constantFrom(...all), weight: 2 },
    { arbitrary: fc.constantFrom(...UNKNOWN_CFN_TYPES), weight: 1 },
    { arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.constant({ Ref: 'Later' })), weight: 1 },
  );
}

/**
 * A template of up to six resources, mostly of `kinds`, with parameters (with and without defaults),
 * conditions and mappings, and properties full of nested intrinsics.
 */
export function cfnTemplate(kinds: readonly Kind[], paths: readonly string[]): fc.Arbitrary<CfnTestTemplate> {
  const keys = cfnKeysFor(paths);
  // Shorter huge arrays than Pulumi's: each template is written out and read back as text.
  const value = valuesOver(keys, fc.constant(undefined), intrinsics, { min: 200, max: 500 });
  const keyPaths = unique(
    paths.map((p) =>
      p
        .split('.')
        .map((s) => (/^\d+$/.test(s) ? s : s[0].toUpperCase() + s.slice(1)))
        .join('.'),
    ),
  );
  const properties = fc.oneof({ arbitrary: propsOver([...keyPaths, ...keys], value), weight: 9 }, { arbitrary: value, weight: 1 });
  const resource = fc.oneof(
    {
      arbitrary: fc.record({ Type: cfnType(kinds), Properties: properties, Condition: fc.oneof(fc.constantFrom(...CONDITIONS), value), Metadata: value }, { requiredKeys: ['Type', 'Properties'] }),
      weight: 12,
    },
    { arbitrary: value, weight: 1 },
  );
  const parameter = fc.oneof(fc.record({ Type: fc.constantFrom('String', 'Number', 'CommaDelimitedList', 'AWS::SSM::Parameter::Value<String>'), Default: value }, { requiredKeys: ['Type'] }), value);
  return fc.record(
    {
      Parameters: fc.dictionary(fc.constantFrom(...PARAMETERS.filter((p) => p !== 'Missing')), parameter, { maxKeys: 2, noNullPrototype: true }),
      Conditions: fc.dictionary(fc.constantFrom(...CONDITIONS.filter((c) => c !== 'Missing')), value, { maxKeys: 2, noNullPrototype: true }),
      Mappings: fc.dictionary(
        fc.constantFrom('Map'),
        fc.dictionary(fc.string({ maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 3 }), value, { maxKeys: 2, noNullPrototype: true }), { maxKeys: 2, noNullPrototype: true }),
        { noNullPrototype: true },
      ),
      Resources: fc.dictionary(fc.constantFrom(...NAMES), resource as fc.Arbitrary<CfnTestResource>, { minKeys: 1, maxKeys: 6, noNullPrototype: true }),
    },
    { requiredKeys: ['Resources'] },
  );
}
