/**
 * The names the mappings give CloudFormation properties, read backwards: which template key a
 * normalized (Pulumi) name came from (../template-paths.ts turns a fact's property paths back into the
 * template's). The rename tables are the mappings' own; names they do not rename are camelCase.
 */
import { KIND_MODULES } from '../../kinds';
import { LISTENER_ATTRIBUTE_KEYS, listenerAttribute } from '../../kinds/lb-listener';
import { LOAD_BALANCER_ATTRIBUTES } from '../../kinds/lb-load-balancer';
import type { Wrapper } from '../../kinds/kind-module';

export type { Wrapper };

type Renames = Readonly<Record<string, string>>;

/** Every kind module's path names (src/kinds/). */
const TABLES: readonly Renames[] = KIND_MODULES.map((m) => m.pathNames ?? {});

/** Template key -> the normalized names mappings give it (besides its camelCase). */
export const TEMPLATE_NAMES: ReadonlyMap<string, readonly string[]> = (() => {
  const names = new Map<string, string[]>();
  for (const table of TABLES) {
    for (const [qualified, pulumi] of Object.entries(table)) {
      // `SSESpecification.SSEEnabled` is the template key `SSEEnabled` (under that parent).
      const cfn = qualified.slice(qualified.lastIndexOf('.') + 1);
      names.set(cfn, [...new Set([...(names.get(cfn) ?? []), pulumi])]);
    }
  }
  return names;
})();

/** Normalized name -> the one template key renamed to it, where only one is. */
const TEMPLATE_KEY_OF: ReadonlyMap<string, string> = (() => {
  const keys = new Map<string, Set<string>>();
  for (const [cfn, pulumiNames] of TEMPLATE_NAMES) for (const p of pulumiNames) keys.set(p, (keys.get(p) ?? new Set()).add(cfn));
  return new Map([...keys].filter(([, cfn]) => cfn.size === 1).map(([p, cfn]) => [p, [...cfn][0]]));
})();

/**
 * Per CloudFormation type, normalized name -> template key, from the path names of the kinds written
 * with that type (its own kind, and the kinds CloudFormation writes inline on it: a bucket's encryption).
 */
const TYPE_KEYS: ReadonlyMap<string, ReadonlyMap<string, string>> = (() => {
  const byType = new Map<string, Map<string, string>>();
  const add = (type: string, names: Readonly<Record<string, string>> | undefined) => {
    const keys = byType.get(type) ?? new Map<string, string>();
    for (const [cfn, normalized] of Object.entries(names ?? {})) {
      // `SSESpecification.SSEEnabled: 'enabled'`: the name only under that parent (DynamoDB has three `enabled`s).
      const dot = cfn.lastIndexOf('.');
      const key = dot < 0 ? normalized : `${cfn.slice(0, dot)}.${normalized}`;
      if (!keys.has(key)) keys.set(key, cfn.slice(dot + 1));
    }
    byType.set(type, keys);
  };
  for (const m of KIND_MODULES) {
    for (const type of Object.keys(m.cfn)) add(type, m.pathNames);
    if (m.inline) add(m.inline.type, m.pathNames);
  }
  return byType;
})();

/**
 * The CloudFormation name of a normalized name the template does not write: the kind's own name for it
 * (`sseAlgorithm` is `SSEAlgorithm`, `protocol` of a listener's redirect is `Protocol`, of a security
 * group rule `IpProtocol`; under `parent` first, written `Parent.Key` in the kind's path names), else its
 * PascalCase. A type of no kind (a resource a message names in passing) falls back on the one template key
 * any kind renames to it.
 */
export function cfnNameOf(name: string, type?: string, parent?: string): string {
  const own = type === undefined ? undefined : TYPE_KEYS.get(type);
  const pascal = name.charAt(0).toUpperCase() + name.slice(1);
  if (own) return (parent === undefined ? undefined : own.get(`${parent}.${name}`)) ?? own.get(name) ?? pascal;
  return TEMPLATE_KEY_OF.get(name) ?? pascal;
}

/** The wrapper a resource type's properties sit in, which the mapping flattens (the kind modules' `wrapper`). */
export const WRAPPERS: Readonly<Record<string, Wrapper>> = {
  ...Object.fromEntries(KIND_MODULES.flatMap(({ cfn, wrapper }) => (wrapper ? Object.keys(cfn).map((type) => [type, wrapper] as const) : []))),
};

/** A `[{Key, Value}]` list the mapping turns into inputs (kinds/shared/load-balancers.ts `fromAttributes`), and the key each input comes from. */
export interface AttributeList {
  /** The CloudFormation list property (`LoadBalancerAttributes`). */
  list: string;
  /** Attribute key by the normalized path it becomes (`accessLogs.enabled` -> `access_logs.s3.enabled`). */
  keys: ReadonlyMap<string, string>;
}

function attributeList(list: string, entries: Iterable<readonly [string, string]>): AttributeList {
  return { list, keys: new Map([...entries].map(([key, path]) => [path, key])) };
}

export const ATTRIBUTE_LISTS: Readonly<Record<string, AttributeList>> = {
  'AWS::ElasticLoadBalancingV2::LoadBalancer': attributeList(
    'LoadBalancerAttributes',
    Object.entries(LOAD_BALANCER_ATTRIBUTES).map(([key, a]) => [key, a.path] as const),
  ),
  'AWS::ElasticLoadBalancingV2::Listener': attributeList(
    'ListenerAttributes',
    LISTENER_ATTRIBUTE_KEYS.map((key) => [key, listenerAttribute(key).path] as const),
  ),
};

/**
 * The attribute key a normalized path of `type` comes from; a path over several (`accessLogs`: the
 * `access_logs.s3.*` keys) as their shared prefix and `*`.
 */
export function attributeKeyOf(type: string, path: string): { list: string; key: string } | undefined {
  const attributes = ATTRIBUTE_LISTS[type];
  if (!attributes) return undefined;
  const exact = attributes.keys.get(path);
  if (exact) return { list: attributes.list, key: exact };
  const under = [...attributes.keys].filter(([p]) => p.startsWith(`${path}.`)).map(([, key]) => key);
  if (under.length === 0) return undefined;
  const shared = under.reduce((a, b) => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return a.slice(0, i);
  });
  return { list: attributes.list, key: `${shared.slice(0, shared.lastIndexOf('.') + 1)}*` };
}
