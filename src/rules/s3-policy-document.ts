/**
 * S3 bucket-policy helpers shared by the TLS (TLS7) and DATA (DATA2) rules: reading a bucket policy
 * (a JSON string, the usual Pulumi and CloudFormation form, or a `PolicyDocument` object), the ARNs
 * a bucket answers to, and whether a statement's `Resource` covers the bucket and its objects.
 * Parsing itself is the policy-document reader's (`policy-document`): it never throws and keeps unknown leaves.
 */
import { Fact } from '../core/facts';
import { compileGlob } from '../core/glob';
import { PropValue } from '../core/props';
import { Unknown, isUnknown } from '../core/values';
import { S3_BUCKET } from '../kinds/s3-bucket';
import { propsOf } from '../kinds/typed-props';
import { PolicyRead, PolicyStatement, PolicyValue, Tri, anyOf, effectIs, principalsAreEveryone, readPolicyDocument } from './policy-document';

export type { PolicyRead, PolicyStatement, PolicyValue, Tri } from './policy-document';
export { allOf, anyOf } from './policy-document';

/** Reads a bucket policy property (`policy` of a BucketPolicy, or a bucket's inline `policy`). */
export function readBucketPolicy(value: PropValue | undefined, property: string): PolicyRead {
  return readPolicyDocument(value, property);
}

/** The partitions whose S3 ARNs a bucket may be written with. */
const S3_ARN = /^arn:aws[a-z-]*:s3:::([^/]+)$/;

/**
 * The bucket ARNs known at check time: its `arn`, and `arn:<partition>:s3:::<bucket>` for a known
 * bucket name, or for the identity of an unknown one (the text the engine writes for references to
 * that bucket, so a policy that names it by reference still covers it, and a policy for another does
 * not). Empty when none is known (a Pulumi auto-named bucket during preview).
 */
export function bucketArns(bucket: Fact): string[] {
  const out = new Set<string>();
  const props = propsOf(bucket, S3_BUCKET);
  const arn = props.str('arn');
  if (typeof arn === 'string' && S3_ARN.test(arn)) out.add(arn);
  const given = props.str('bucket');
  const name = isUnknown(given) ? given.identity : given;
  if (typeof name === 'string' && name !== '') for (const partition of ['aws', 'aws-cn', 'aws-us-gov']) out.add(`arn:${partition}:s3:::${name}`);
  return [...out];
}

export type ResourceTarget = 'bucket' | 'objects';

/**
 * Whether one `Resource` value covers the bucket (`arn`) or all its objects (`arn/*`). With known
 * bucket ARNs the value is globbed against them (`*`, `arn:aws:s3:::name`, `arn:aws:s3:::name/*`,
 * `arn:aws:s3:::name*`); a literal ARN may also be unknown (`mayBeTheBucket`). With none known (the
 * policy is tied to the bucket by its `bucket` reference), a literal S3 ARN without `${...}`
 * placeholders is taken as the bucket's.
 */
export function resourceCovers(value: PolicyValue, arns: readonly string[], target: ResourceTarget): Tri {
  if (isUnknown(value)) return value;
  if (value === '*') return true;
  if (arns.length > 0) {
    // IAM `Resource` globs: `?` is one character, matching is case-sensitive as ARNs are.
    const covers = compileGlob(value, { singleChar: true });
    if (arns.some((arn) => covers(target === 'bucket' ? arn : `${arn}/*`))) return true;
    return mayBeTheBucket(value, arns, target);
  }
  if (value.includes('${')) return false;
  if (target === 'bucket') return S3_ARN.test(value);
  const slash = value.indexOf('/');
  return slash > 0 && S3_ARN.test(value.slice(0, slash)) && value.slice(slash + 1) === '*';
}

/** A deploy-time value's text in a bucket name (`{AWS::AccountId}`, `{NameParam}`, `{Bucket}`): S3 names have no braces. */
const PLACEHOLDER = /\{[^{}]*\}/g;

/**
 * A literal ARN that does not match a bucket named in part by a deploy-time value may still be that
 * bucket's once the value is known (`arn:aws:s3:::logs-123456789012` for `logs-{AWS::AccountId}`):
 * unknown, not false. A literal that cannot match whatever the value is stays false.
 */
function mayBeTheBucket(value: string, arns: readonly string[], target: ResourceTarget): Tri {
  const literal = target === 'bucket' ? value : value.endsWith('/*') ? value.slice(0, -2) : undefined;
  // Braces in the value are a deploy-time value or another resource's reference: not a literal name.
  if (literal === undefined || /[*?{]/.test(literal) || !S3_ARN.test(literal)) return false;
  const could = arns.some((arn) => {
    const pattern = arn.replace(PLACEHOLDER, '*');
    return pattern !== arn && compileGlob(pattern)(literal);
  });
  return could ? new Unknown('bucket (the bucket\u2019s name is not known until deployment)') : false;
}

/** Whether the statement's `Resource` list covers the target (a `NotResource` statement never counts). */
export function statementCovers(s: PolicyStatement, arns: readonly string[], target: ResourceTarget): Tri {
  if (s.notResources !== undefined || s.resources === undefined) return false;
  return anyOf(s.resources.map((r) => resourceCovers(r, arns, target)));
}

/** Whether the statement applies to every principal: `"*"` or `{ AWS: "*" }` (a `NotPrincipal` never counts). */
export function appliesToEveryone(s: PolicyStatement): Tri {
  if (s.notPrincipals !== undefined || s.principals === undefined) return false;
  return principalsAreEveryone(s.principals);
}

/** Whether the statement's `Action` covers every S3 action (`*`, `s3:*`); a `NotAction` statement never counts. */
export function coversAllS3Actions(s: PolicyStatement): Tri {
  if (s.notActions !== undefined || s.actions === undefined) return false;
  return anyOf(s.actions.map((a) => (isUnknown(a) ? a : a === '*' || a.toLowerCase() === 's3:*')));
}

/** The effect is `Deny`. */
export function isDeny(s: PolicyStatement): Tri {
  return effectIs(s, 'Deny');
}

/**
 * Whether the statement's condition is exactly one test, with an operator matching `operator` on `key`
 * (both case-insensitive) and a value that satisfies `accept`. Conditions are ANDed, so any further
 * test (another key, another operator on the same key) narrows when the statement applies: a Deny on
 * `aws:SecureTransport` false that also requires `aws:SourceVpce` or `aws:UserAgent` lets every other
 * plain-HTTP request through.
 */
export function hasOnlyCondition(s: PolicyStatement, operator: RegExp, key: string, accept: (value: string) => boolean): Tri {
  if (isUnknown(s.conditions)) return s.conditions;
  if (s.conditions.length !== 1) return false;
  const [c] = s.conditions;
  if (!operator.test(c.operator) || c.key.toLowerCase() !== key.toLowerCase()) return false;
  // A condition's values are alternatives: the statement applies when any of them matches.
  return anyOf(c.values.map((v) => (isUnknown(v) ? v : accept(v))));
}
