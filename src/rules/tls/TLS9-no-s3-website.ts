import { Fact } from '../../core/facts';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { S3_BUCKET } from '../../kinds/s3-bucket';
import { propsOf } from '../../kinds/typed-props';

const FIX = 'S3 website endpoints serve HTTP only; serve the content through CloudFront with an S3 REST origin and origin access control (private bucket), and remove the website configuration';

/**
 * The bucket's own website settings: v6 Bucket and v7 Bucket's deprecated `website`, v6 BucketV2's
 * `websites` (the CloudFormation adapter names `WebsiteConfiguration` `website`).
 */
function bucketVerdict(fact: Fact): Verdict {
  const props = propsOf(fact, S3_BUCKET);
  for (const path of ['website', 'websites'] as const) {
    const v = props.get(path);
    if (isUnknown(v)) return unknown(v);
    const items = props.list(path);
    if (isUnknown(items)) return unknown(items);
    if (items !== undefined && items.length > 0) return fail(`${path} enables S3 static-website hosting on this bucket; ${FIX}`);
  }
  return pass('no static-website hosting configured on the bucket');
}

export const TLS9: Rule = {
  id: 'TLS9',
  resource: {
    kinds: ['s3:Bucket', 's3:BucketWebsite'],
    check(fact) {
      if (fact.kind === 's3:BucketWebsite') return [fail(`a BucketWebsiteConfiguration enables S3 static-website hosting; ${FIX}`)];
      return [bucketVerdict(fact)];
    },
  },
};
