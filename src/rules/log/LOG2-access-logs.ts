import { Fact, StackFacts } from '../../core/facts';
import { PropValue, isProps } from '../../core/props';
import { Rule, StackVerdict, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isRef, isUnknown } from '../../core/values';
import { APIGATEWAY_STAGE, AccessLogSettings } from '../../kinds/apigateway-stage';
import { APIGATEWAYV2_STAGE } from '../../kinds/apigatewayv2-stage';
import { CLOUDTRAIL_TRAIL } from '../../kinds/cloudtrail-trail';
import { CLOUDFRONT_DISTRIBUTION, DistributionProps } from '../../kinds/cloudfront-distribution';
import { LB_LOAD_BALANCER, LoadBalancerProps } from '../../kinds/lb-load-balancer';
import { InlineLogging, S3_BUCKET } from '../../kinds/s3-bucket';
import { PathOf, TypedProps, propsOf, typed } from '../../kinds/typed-props';

/**
 * LOG2 (advisory): request logs exist for the app's entry points and data, so malicious traffic and
 * data access can be noticed and investigated ("Monitor and alert on anomalies in logs").
 *
 * Resource part, from each resource's own props:
 * - CloudFront distributions: standard (legacy) logging, `loggingConfig.bucket`. Standard logging v2
 *   (CloudWatch Logs delivery sources) is a separate set of resources and is out of scope: a
 *   distribution using it is reported and can be exempted with that reason.
 * - Application and network load balancers: `accessLogs.enabled` true with a `bucket` (the provider
 *   default is disabled, even with a bucket). Gateway load balancers have no access logs. (NLBs write
 *   access logs for TLS listeners only.)
 * - API Gateway REST and HTTP/WebSocket stages: `accessLogSettings.destinationArn` (default none).
 * Stack part: S3 server access logs for data buckets, i.e. every bucket except log buckets. A bucket
 * logs through an `aws.s3.BucketLogging` whose `bucket` is it, or the inline `logging` (v6 Bucket,
 * v7 deprecated input, CloudFormation `LoggingConfiguration` as renamed by its adapter) / `loggings`
 * (v6 BucketV2). Log buckets (the `targetBucket` of some bucket's logging, a CloudFront logging
 * bucket, a load balancer's access log bucket, a CloudTrail bucket) are not applicable: logging them
 * into themselves or each other loops, and they hold logs, not app data.
 */

/**
 * Where logs go: the destination's text, or for a reference to a resource of the stack (a CloudFormation
 * `Ref`/`Fn::GetAtt`, never empty) that resource's name.
 */
function destination<P>(props: TypedProps<P>, path: PathOf<P>): string | Unknown | undefined {
  const v = props.get(path);
  return isRef(v) ? v.target : props.str(path);
}

function cloudfront(fact: Fact): Verdict {
  const config = propsOf(fact, CLOUDFRONT_DISTRIBUTION).obj('loggingConfig');
  if (isUnknown(config)) return unknown(config);
  const bucket = destination(typed<NonNullable<DistributionProps['loggingConfig']>>(config), 'bucket');
  if (isUnknown(bucket)) return unknown(new Unknown('loggingConfig.bucket'));
  if (bucket) return pass(`standard logging writes to ${bucket}`);
  return fail(
    'loggingConfig is absent (CloudFront logs nothing by default): set loggingConfig.bucket to a log bucket domain name ' +
      '(or, if the distribution uses standard logging v2 through CloudWatch Logs delivery, exempt it for LOG2 with that reason)',
  );
}

function loadBalancer(fact: Fact): Verdict {
  const props = propsOf(fact, LB_LOAD_BALANCER);
  const type = props.str('loadBalancerType');
  if (isUnknown(type)) return unknown(type);
  if (type === 'gateway') return notApplicable('gateway load balancers have no access logs');
  const logs = props.obj('accessLogs');
  if (isUnknown(logs)) return unknown(logs);
  const accessLogs = typed<NonNullable<LoadBalancerProps['accessLogs']>>(logs);
  const enabled = accessLogs.bool('enabled');
  if (isUnknown(enabled)) return unknown(new Unknown('accessLogs.enabled'));
  const bucket = destination(accessLogs, 'bucket');
  if (isUnknown(bucket)) return unknown(new Unknown('accessLogs.bucket'));
  if (enabled === true && bucket) return pass(`access logs go to ${bucket}`);
  const why =
    logs === undefined
      ? 'accessLogs is absent'
      : enabled !== true
        ? `accessLogs.enabled is ${enabled === false ? 'false' : 'absent (default false, even with a bucket)'}`
        : 'accessLogs.bucket is empty';
  return fail(`${why}: the load balancer keeps no access logs; set accessLogs to { bucket: <log bucket>, enabled: true }`);
}

function stage(fact: Fact): Verdict {
  const settings = (fact.kind === 'apigatewayv2:Stage' ? propsOf(fact, APIGATEWAYV2_STAGE) : propsOf(fact, APIGATEWAY_STAGE)).obj('accessLogSettings');
  if (isUnknown(settings)) return unknown(settings);
  const arn = destination(typed<AccessLogSettings>(settings), 'destinationArn');
  if (isUnknown(arn)) return unknown(new Unknown('accessLogSettings.destinationArn'));
  if (arn) return pass(`access logs go to ${arn}`);
  return fail(
    'accessLogSettings is absent (API Gateway writes no access logs by default): set accessLogSettings.destinationArn to a CloudWatch log group ARN ' +
      'and format to a line with $context.requestId, $context.identity.sourceIp and $context.status',
  );
}

/** Whether the bucket logs through its own inline logging: true, false, or the unknown blocking it. */
function inlineLogging(bucket: Fact): boolean | Unknown {
  const props = propsOf(bucket, S3_BUCKET);
  for (const path of ['logging', 'loggings'] as const) {
    const items = props.list(path);
    if (isUnknown(items)) return items;
    for (const item of items ?? []) {
      if (isUnknown(item)) return item;
      if (!isProps(item)) continue;
      const target = typed<InlineLogging>(item).str('targetBucket');
      if (isUnknown(target)) return new Unknown(`${path}.targetBucket`);
      if (target) return true;
    }
  }
  return false;
}

/** The bucket a domain name such as `logs.s3.amazonaws.com` or `logs.s3.eu-west-1.amazonaws.com` names. */
function bucketNameOfDomain(domain: string): string {
  return domain.replace(/\.s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?\.?$/i, '');
}

interface LogTargets {
  /** Keys of buckets that receive logs, with what sends them. */
  targets: Map<string, string>;
  /** Senders whose destination bucket could not be resolved (might be any bucket). */
  unresolved: string[];
}

/** Every bucket of the stack that receives logs, built once per check. */
function logTargets(stack: StackFacts, buckets: readonly Fact[]): LogTargets {
  const targets = new Map<string, string>();
  const unresolved: string[] = [];
  const byName = new Map<string, Fact>();
  for (const b of buckets) {
    const names: string[] = [...(b.ids ?? [])];
    const props = propsOf(b, S3_BUCKET);
    for (const prop of ['bucket', 'bucketDomainName', 'bucketRegionalDomainName'] as const) {
      const v = props.str(prop);
      if (typeof v === 'string' && v !== '') names.push(v);
    }
    for (const n of names) byName.set(n, b);
  }
  const add = (sender: Fact, path: string, domain = false): void => {
    const r = stack.resolve(sender, path, ['s3:Bucket']);
    if (r.to === 'resources' && r.facts.length === 1) targets.set(r.facts[0].key, `${sender.name}.${path}`);
    else if (r.to === 'resources' || r.to === 'unknown') unresolved.push(`${sender.name}.${path}`);
    else if (r.to === 'external' && domain) {
      const b = byName.get(r.value) ?? byName.get(bucketNameOfDomain(r.value));
      if (b) targets.set(b.key, `${sender.name}.${path}`);
    }
  };
  for (const logging of stack.ofKind('s3:BucketLogging')) add(logging, 'targetBucket');
  for (const b of buckets) {
    const props = propsOf(b, S3_BUCKET);
    for (const path of ['logging', 'loggings'] as const) {
      const items = props.list(path);
      if (items === undefined || isUnknown(items)) continue;
      items.forEach((item: PropValue, i: number) => {
        if (isProps(item) && typed<InlineLogging>(item).has('targetBucket')) add(b, path === 'logging' && !Array.isArray(props.get('logging')) ? 'logging.targetBucket' : `${path}.${i}.targetBucket`);
      });
    }
  }
  // `has` (any value), not `str`: a reference to a bucket of the stack (CloudFormation `Ref`) is a destination too.
  for (const d of stack.ofKind('cloudfront:Distribution')) if (propsOf(d, CLOUDFRONT_DISTRIBUTION).has('loggingConfig.bucket')) add(d, 'loggingConfig.bucket', true);
  for (const lb of stack.ofKind('lb:LoadBalancer')) if (propsOf(lb, LB_LOAD_BALANCER).has('accessLogs.bucket')) add(lb, 'accessLogs.bucket');
  for (const trail of stack.ofKind('cloudtrail:Trail')) if (propsOf(trail, CLOUDTRAIL_TRAIL).has('s3BucketName')) add(trail, 's3BucketName');
  return { targets, unresolved };
}

function judgeBucket(stack: StackFacts, bucket: Fact, logs: LogTargets): Verdict {
  const sender = logs.targets.get(bucket.key);
  if (sender) return notApplicable(`this is a log bucket (${sender} writes to it); it needs no server access logs of its own`);
  const inline = inlineLogging(bucket);
  if (isUnknown(inline)) return unknown(inline);
  if (inline) return pass('server access logging is configured inline');
  const side = stack.referrers(bucket, 's3:BucketLogging', 'bucket');
  if (side.facts.length > 0) return pass(`server access logging is configured by ${side.facts.map((f) => f.name).join(', ')}`);
  if (side.unresolved.length > 0) {
    return {
      status: 'unknown',
      message: `no BucketLogging is known to target this bucket, and the bucket of ${side.unresolved.map((f) => f.name).join(', ')} is not known until deployment`,
    };
  }
  if (logs.unresolved.length > 0) {
    return {
      status: 'unknown',
      message: `the bucket has no server access logging, but it may be a log bucket: the destination of ${logs.unresolved.join(', ')} is not known until deployment`,
    };
  }
  return fail('server access logging is off (the S3 default): add an aws.s3.BucketLogging with bucket set to this bucket and targetBucket set to a dedicated log bucket');
}

export const LOG2: Rule = {
  id: 'LOG2',
  resource: {
    kinds: ['cloudfront:Distribution', 'lb:LoadBalancer', 'apigateway:Stage', 'apigatewayv2:Stage'],
    check(fact) {
      if (fact.kind === 'cloudfront:Distribution') return [cloudfront(fact)];
      if (fact.kind === 'lb:LoadBalancer') return [loadBalancer(fact)];
      return [stage(fact)];
    },
  },
  stack: {
    kinds: ['s3:Bucket', 's3:BucketLogging', 'cloudfront:Distribution', 'lb:LoadBalancer', 'cloudtrail:Trail'],
    check(stack): StackVerdict[] {
      const buckets = stack.ofKind('s3:Bucket');
      if (buckets.length === 0) return [];
      const logs = logTargets(stack, buckets);
      return buckets.map((bucket) => ({ ...judgeBucket(stack, bucket, logs), subject: bucket }));
    },
  },
};
