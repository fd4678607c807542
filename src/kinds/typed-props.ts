/**
 * Typed reads of a fact's normalized props: the path a rule reads is checked at compile time against
 * the props interface of the kind (./<kind>.ts), so a rule cannot read a name no adapter produces. The
 * reads stay the defensive ones of core/props: a hostile template's wrong-typed value reads as absent,
 * an unknown as unknown.
 */
import { Fact } from '../core/facts';
import { PropValue, Props, bool, get, list, num, obj, str, strings } from '../core/props';
import { Unknown, Value } from '../core/values';
import { KindModule } from './kind-module';

type Depth = [never, 0, 1, 2, 3, 4, 5];
type Leaf = string | number | boolean | null;

/** The dotted paths of `P` (`viewerCertificate.minimumProtocolVersion`, `orderedCacheBehaviors.0.viewerProtocolPolicy`). */
export type PathOf<P, D extends number = 5> = [D] extends [never]
  ? never
  : P extends Leaf
    ? never
    : P extends readonly (infer I)[]
      ? `${number}` | `${number}.${PathOf<NonNullable<I>, Depth[D]>}`
      : P extends object
        ? { [K in keyof P & string]-?: K | `${K}.${PathOf<NonNullable<P[K]>, Depth[D]>}` }[keyof P & string]
        : never;

/** A props value read through the paths of `P`. */
export class TypedProps<P> {
  constructor(readonly value: PropValue | undefined) {}
  get(path: PathOf<P>): PropValue | undefined {
    return get(this.value, path);
  }
  str(path: PathOf<P>): Value<string> {
    return str(this.value, path);
  }
  bool(path: PathOf<P>): Value<boolean> {
    return bool(this.value, path);
  }
  num(path: PathOf<P>): Value<number> {
    return num(this.value, path);
  }
  list(path: PathOf<P>): PropValue[] | Unknown | undefined {
    return list(this.value, path);
  }
  obj(path: PathOf<P>): Props | Unknown | undefined {
    return obj(this.value, path);
  }
  strings(path: PathOf<P>): string[] | Unknown | undefined {
    return strings(this.value, path);
  }
  /** Whether the props write `path` at all (absent is the AWS default). */
  has(path: PathOf<P>): boolean {
    return get(this.value, path) !== undefined;
  }
}

/** The props of `fact` read as the kind `module` declares them. */
export function propsOf<P>(fact: Fact, module: KindModule<string, P>): TypedProps<P> {
  void module;
  return new TypedProps<P>(fact.props);
}

/** A nested value (a list item, a sub-configuration) read as `P` declares it. */
export function typed<P>(value: PropValue | undefined): TypedProps<P> {
  return new TypedProps<P>(value);
}
