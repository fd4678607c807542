/**
 * One resource kind in one module: its Pulumi type tokens, its CloudFormation types with the mapping of
 * each into the kind's normalized props, the template names that map back (so findings on a template
 * name its own property paths), and the TypeScript interface of the normalized props the rules read.
 * Adding a resource type means one kind module (listed in its family, ./families/) plus the rule's kind list.
 */
import type { CfnMapping } from '../cfn/mappings/types';

/** A wrapper property a CloudFormation type's properties sit in, which the mapping flattens (`DistributionConfig`). */
export interface Wrapper {
  /** The CloudFormation property holding the others. */
  key: string;
  /** The normalized names that come from inside it (none listed: all of them). */
  inputs?: readonly string[];
}

export interface KindModule<K extends string = string, P = unknown> {
  /** `service:Resource`, the name rules list in their `kinds`. */
  readonly kind: K;
  /** Pulumi type tokens; props follow the input shape of the first, the others are aliases (v6/v7 renames, `aws:alb/*`). */
  readonly pulumi: readonly string[];
  /** CloudFormation types of this kind, each with its mapping into the normalized props (`defaultMapping`: names camelCased). */
  readonly cfn: Readonly<Record<string, CfnMapping>>;
  /**
   * Where CloudFormation writes this kind when it has no type of its own (an S3 bucket's public access
   * block is `PublicAccessBlockConfiguration` on `AWS::S3::Bucket`): findings and fixes for template users say so.
   */
  readonly inline?: { readonly type: string; readonly property: string };
  /**
   * Template key -> normalized name wherever the two are not each other's camelCase (`IsLogging` ->
   * `enableLogging`, `SSEAlgorithm` -> `sseAlgorithm`): the mapping renames forwards with it, findings read
   * it backwards to name the template's path, absent properties included.
   */
  readonly pathNames?: Readonly<Record<string, string>>;
  /** The wrapper the mapping flattens, for every CloudFormation type of the kind. */
  readonly wrapper?: Wrapper;
  /** Type only (never set): the normalized props the rules read. */
  readonly props?: P;
}

/**
 * A kind module typed by its props interface: `defineKind<CertificateProps>()({ kind: 'acm:Certificate', ... })`.
 * (Two calls so the kind's name is inferred as its literal while the props type is given.)
 */
export function defineKind<P>() {
  return <K extends string>(module: Omit<KindModule<K, P>, 'props'>): KindModule<K, P> => module;
}
