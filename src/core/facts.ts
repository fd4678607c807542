/**
 * Facts: one normalized resource each, and the per-stack index cross-resource checks read. The index
 * is built once per stack; lookups are map reads, so no check scans the whole stack per resource.
 */
import { Kind } from '../facts/kinds';
import { get, Props } from './props';
import { Unknown, isRef, isUnknown } from './values';

export interface Fact {
  /** Stack-unique key: the Pulumi URN or the CloudFormation logical ID. */
  key: string;
  kind: Kind;
  /** The engine's own type token, for reports (`aws:s3/bucket:Bucket`, `AWS::S3::Bucket`). */
  type: string;
  /** The name the user gave the resource (Pulumi name, CloudFormation logical ID). */
  name: string;
  props: Props;
  /** Pulumi `propertyDependencies`: top-level property name to the keys of the resources its value came from. */
  dependsOn?: Readonly<Record<string, readonly string[]>>;
  /** Identifiers other resources may quote as plain strings: id, ARN, bucket name, alias name. */
  ids?: readonly string[];
}

/** What a reference-valued property points at. */
export type Resolved =
  | { to: 'absent' }
  | { to: 'external'; value: string }
  | { to: 'unknown'; unknown: Unknown }
  /** One or more resources of this stack. Several only when Pulumi's property dependencies cannot tell which (see `resolve`). */
  | { to: 'resources'; facts: Fact[] };

export interface Referrers {
  /** Resources of the asked kind whose property points at the target. */
  facts: Fact[];
  /** Resources of the asked kind whose property could not be resolved and so might point at the target. */
  unresolved: Fact[];
}

export class StackFacts {
  private readonly byKindIndex = new Map<Kind, Fact[]>();
  private readonly byKeyIndex = new Map<string, Fact>();
  private readonly byIdIndex = new Map<string, Fact[]>();
  private readonly referrerIndexes = new Map<string, { byTarget: Map<string, Fact[]>; unresolved: Fact[] }>();

  constructor(readonly facts: readonly Fact[]) {
    for (const fact of facts) {
      this.byKeyIndex.set(fact.key, fact);
      const sameKind = this.byKindIndex.get(fact.kind);
      if (sameKind) sameKind.push(fact);
      else this.byKindIndex.set(fact.kind, [fact]);
      // A bucket's id and name are the same string: index each fact once per distinct id.
      for (const id of new Set(fact.ids ?? [])) {
        const sameId = this.byIdIndex.get(id);
        if (sameId) sameId.push(fact);
        else this.byIdIndex.set(id, [fact]);
      }
    }
  }

  ofKind(...kinds: Kind[]): Fact[] {
    if (kinds.length === 1) return this.byKindIndex.get(kinds[0]) ?? [];
    return kinds.flatMap((k) => this.byKindIndex.get(k) ?? []);
  }

  byKey(key: string): Fact | undefined {
    return this.byKeyIndex.get(key);
  }

  /** Resources of `kinds` one of whose ids (id, ARN, name, identity text) is exactly `id`. */
  withId(id: string, kinds: readonly Kind[]): Fact[] {
    return (this.byIdIndex.get(id) ?? []).filter((f) => kinds.includes(f.kind));
  }

  /**
   * Resolves a reference-valued property of `from` to resources of `kinds`. A CloudFormation `Ref`
   * resolves exactly; a known string matches a resource's id, ARN or name; an unknown value (a Pulumi
   * output during preview) resolves through `propertyDependencies`. Those name the top-level property
   * only, so `orderedCacheBehaviors` depending on two response headers policies yields both: the check
   * then passes only if every candidate passes.
   */
  resolve(from: Fact, path: string, kinds: readonly Kind[]): Resolved {
    const value = get(from.props, path);
    if (value === undefined) return { to: 'absent' };
    if (isRef(value)) {
      const target = this.byKeyIndex.get(value.target);
      if (target && kinds.includes(target.kind)) return { to: 'resources', facts: [target] };
      return { to: 'unknown', unknown: new Unknown(path) };
    }
    if (typeof value === 'string') {
      const matches = this.withId(value, kinds);
      // Property dependencies name only the top-level property, so they cannot say which resource a
      // known value inside a list came from: a known value that matches no id is outside the stack.
      return matches.length > 0 ? { to: 'resources', facts: matches } : { to: 'external', value };
    }
    if (isUnknown(value) && value.identity !== undefined) {
      // The same deploy-time value names a resource of this stack (a bucket named by the parameter a
      // policy's `Bucket` refers to). Matching none, it may still name any resource: unknown.
      const matches = this.withId(value.identity, kinds);
      if (matches.length > 0) return { to: 'resources', facts: matches };
    }
    if (isUnknown(value)) {
      const candidates = this.dependencyCandidates(from, path, kinds);
      return candidates.length > 0 ? { to: 'resources', facts: candidates } : { to: 'unknown', unknown: value };
    }
    return { to: 'unknown', unknown: new Unknown(path) };
  }

  private dependencyCandidates(from: Fact, path: string, kinds: readonly Kind[]): Fact[] {
    const deps = from.dependsOn?.[path.split(/[.[]/)[0]] ?? [];
    return deps.map((k) => this.byKeyIndex.get(k)).filter((f): f is Fact => f !== undefined && kinds.includes(f.kind));
  }

  /** Resources of `kind` whose `path` points at `target` (a bucket's BPA, a secret's rotation), from an index built once per (kind, path). */
  referrers(target: Fact, kind: Kind, path: string): Referrers {
    const indexKey = `${kind}\u0000${path}\u0000${target.kind}`;
    let index = this.referrerIndexes.get(indexKey);
    if (!index) {
      index = { byTarget: new Map(), unresolved: [] };
      for (const fact of this.ofKind(kind)) {
        const r = this.resolve(fact, path, [target.kind]);
        if (r.to === 'resources' && r.facts.length === 1) {
          const list = index.byTarget.get(r.facts[0].key);
          if (list) list.push(fact);
          else index.byTarget.set(r.facts[0].key, [fact]);
        } else if (r.to === 'unknown' || (r.to === 'resources' && r.facts.length > 1)) {
          index.unresolved.push(fact);
        }
      }
      this.referrerIndexes.set(indexKey, index);
    }
    return { facts: index.byTarget.get(target.key) ?? [], unresolved: index.unresolved };
  }
}
