import { Rule, StackVerdict, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { S3_BUCKET } from '../../kinds/s3-bucket';
import { BucketPublicAccessBlockProps, S3_BUCKET_PUBLIC_ACCESS_BLOCK } from '../../kinds/s3-bucket-public-access-block';
import { TypedProps, propsOf, typed } from '../../kinds/typed-props';
import { sideResources } from './s3-bucket';

/** The four S3 Block Public Access flags; each is false when absent (the API default), so each must be set. */
export const BPA_FLAGS = ['blockPublicAcls', 'blockPublicPolicy', 'ignorePublicAcls', 'restrictPublicBuckets'] as const;

const FIX = 'set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true';

/** Judges the four flags of a BPA (a side resource, or a bucket's inline `publicAccessBlockConfiguration`). */
function judgeFlags(props: TypedProps<BucketPublicAccessBlockProps>, prefix: string): Verdict {
  const off: string[] = [];
  for (const flag of BPA_FLAGS) {
    const v = props.bool(flag);
    if (isUnknown(v)) return unknown(new Unknown(`${prefix}${flag}`));
    if (v !== true) off.push(`${prefix}${flag} is ${v === false ? 'false' : 'absent (default false)'}`);
  }
  if (off.length > 0) return fail(`${off.join(', ')}; ${FIX}`);
  return pass('all four Block Public Access flags are true');
}

export const DATA1: Rule = {
  id: 'DATA1',
  resource: {
    kinds: ['s3:BucketPublicAccessBlock'],
    check(fact) {
      return [judgeFlags(propsOf(fact, S3_BUCKET_PUBLIC_ACCESS_BLOCK), '')];
    },
  },
  stack: {
    kinds: ['s3:Bucket'],
    check(stack) {
      const out: StackVerdict[] = [];
      for (const bucket of stack.ofKind('s3:Bucket')) {
        // CloudFormation declares the BPA inline on the bucket; the adapter names it `publicAccessBlockConfiguration`.
        const inline = propsOf(bucket, S3_BUCKET).obj('publicAccessBlockConfiguration');
        if (isUnknown(inline)) {
          out.push({ ...unknown(inline), subject: bucket });
          continue;
        }
        if (inline !== undefined) {
          out.push({ ...judgeFlags(typed<BucketPublicAccessBlockProps>(inline), 'publicAccessBlockConfiguration.'), subject: bucket });
          continue;
        }
        const bpas = sideResources(stack, bucket, 's3:BucketPublicAccessBlock');
        if (bpas.facts.length > 0) {
          // The flags themselves are judged on the BPA resource (the resource part).
          out.push({ ...pass(`has the Block Public Access resource ${bpas.facts.map((f) => f.name).join(', ')}`), subject: bucket });
        } else if (bpas.unresolved.length > 0) {
          out.push({
            ...unknown(new Unknown('bucket')),
            message: `no Block Public Access resource is known to target this bucket, and the bucket of ${bpas.unresolved.map((f) => f.name).join(', ')} is not known until deployment`,
            subject: bucket,
          });
        } else {
          out.push({
            ...fail(`the bucket has no S3 Block Public Access: add an aws.s3.BucketPublicAccessBlock with bucket set to this bucket and ${FIX}`),
            subject: bucket,
          });
        }
      }
      return out;
    },
  },
  remediate(fact) {
    if (fact.kind !== 's3:BucketPublicAccessBlock') return undefined;
    return { ...fact.props, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };
  },
};
