/**
 * Bucket policies of buckets the stack does not declare: `bucket` is a name no bucket of the stack
 * has (a literal, or a parameter's value: the bucket lives elsewhere), or is not known at check time
 * and names none of the stack's buckets for sure. S3 keeps one policy per bucket and a BucketPolicy
 * resource replaces it (S3 API PutBucketPolicy), so the policy's own statements are all the bucket's
 * policy: DATA2 and TLS7 judge them on their own, with the policy resource as the subject.
 */
import { Fact, StackFacts } from '../core/facts';
import { Unknown, isUnknown } from '../core/values';
import { S3_BUCKET_POLICY } from '../kinds/s3-bucket-policy';
import { propsOf } from '../kinds/typed-props';

export interface UndeclaredBucketPolicy {
  policy: Fact;
  /** The bucket's name, or unknown (the policy may then be one of a stack bucket's, which that bucket's verdict weighs). */
  bucket: { name: string } | { unknown: Unknown };
}

export function undeclaredBucketPolicies(stack: StackFacts): UndeclaredBucketPolicy[] {
  const out: UndeclaredBucketPolicy[] = [];
  for (const policy of stack.ofKind('s3:BucketPolicy')) {
    const r = stack.resolve(policy, 'bucket', ['s3:Bucket']);
    if (r.to === 'external') out.push({ policy, bucket: { name: r.value } });
    else if (r.to === 'unknown') {
      // A name known only as the text that stands for it (a CloudFormation parameter's `{Name}`) is
      // still the bucket's name: statements written with the same parameter name the same bucket.
      const value = propsOf(policy, S3_BUCKET_POLICY).get('bucket');
      const identity = isUnknown(value) ? value.identity : undefined;
      out.push({ policy, bucket: identity !== undefined ? { name: identity } : { unknown: r.unknown } });
    }
  }
  return out;
}
