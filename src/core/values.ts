/**
 * The engine-neutral value model. Adapters turn Pulumi props and CloudFormation properties into
 * these shapes; checks read nothing else.
 */

/** A value that cannot be known at check time: a Pulumi output during preview, an unresolvable intrinsic. */
export class Unknown {
  constructor(
    /** The property path as the user wrote it in their engine, e.g. `viewerCertificate.minimumProtocolVersion`. */
    readonly property: string,
    /**
     * The text other values of the stack write for the same deploy-time value (a CloudFormation
     * parameter's `{Name}`, which `Fn::Sub` puts into ARNs), so a reference by that value still finds
     * the resource it names. Checks never judge it: the value itself stays unknown.
     */
    readonly identity?: string,
    /**
     * Text the source writes for this value without it being the value (a CloudFormation parameter's
     * `Default`): only checks about what the source itself contains (plaintext secrets) read it.
     */
    readonly written?: string,
    /**
     * The engine keeps the value secret (a CloudFormation NoEcho parameter, a Pulumi secret): whatever
     * it is, it is neither written in the source nor shown in plain text (SEC4).
     */
    readonly secret?: boolean,
  ) {}
}

/** `undefined` means the property is absent, so the AWS (or provider) default applies. */
export type Value<T> = T | Unknown | undefined;

/** A reference to another resource of the same stack, by its stack key (Pulumi URN, CloudFormation logical ID). */
export class Ref {
  constructor(readonly target: string) {}
}

/** A reference-valued property: a resource of this stack, an external identifier (ID, ARN, name), or unknown. */
export type RefValue = Ref | string | Unknown | undefined;

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

export function isRef(v: unknown): v is Ref {
  return v instanceof Ref;
}

/** The first unknown among several values, so a check can report the property that blocked it. */
export function firstUnknown(...values: unknown[]): Unknown | undefined {
  return values.find(isUnknown);
}
