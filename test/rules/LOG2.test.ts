import { LOG2 } from '../../src/rules/log/LOG2-access-logs';
import { Finding } from '../../src/core/findings';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const r = (type: string, name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({ type, name, props, dependsOn });
const T = {
  bucket: 'aws:s3/bucket:Bucket',
  bucketV2: 'aws:s3/bucketV2:BucketV2',
  logging: 'aws:s3/bucketLogging:BucketLogging',
  loggingV2: 'aws:s3/bucketLoggingV2:BucketLoggingV2',
  cf: 'aws:cloudfront/distribution:Distribution',
  lb: 'aws:lb/loadBalancer:LoadBalancer',
  alb: 'aws:alb/loadBalancer:LoadBalancer',
  stage: 'aws:apigateway/stage:Stage',
  v2stage: 'aws:apigatewayv2/stage:Stage',
  trail: 'aws:cloudtrail/trail:Trail',
};
const bucket = (name: string, props: Record<string, unknown> = {}, type = T.bucket) => r(type, name, { bucket: name, ...props });
const onlyType = (f: Finding[], type: string) => f.filter((x) => x.resource.type === type);
const cf = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>) =>
  r(T.cf, name, { enabled: true, defaultCacheBehavior: { viewerProtocolPolicy: 'https-only' }, ...props }, dependsOn);
const logGroup = 'arn:aws:logs:us-east-1:123456789012:log-group:api-access';

describe('LOG2 access logs', () => {
  describe('cloudfront:Distribution', () => {
    it('passes standard logging, fails none (advisory), reports unknown', () => {
      const f = runPulumi(LOG2, [cf('logged', { loggingConfig: { bucket: 'ext-logs.s3.amazonaws.com', prefix: 'cdn/' } }), cf('silent', {}), cf('later', { loggingConfig: { bucket: UNKNOWN } })]);
      expect(statuses(f)).toEqual(['logged: pass', 'silent: fail', 'later: unknown']);
      expect(f[1].enforcement).toBe('advisory');
      expect(f[1].message).toContain('loggingConfig is absent');
      expect(f[2].message).toContain('loggingConfig.bucket');
    });
  });

  describe('lb:LoadBalancer (aws:lb and aws:alb tokens)', () => {
    it('passes enabled access logs with a bucket on ALB and NLB; fails disabled, bucket-only and absent; gateway not applicable', () => {
      const f = runPulumi(LOG2, [
        r(T.lb, 'alb', { loadBalancerType: 'application', accessLogs: { bucket: 'ext-logs', enabled: true } }),
        r(T.alb, 'alb-alias', { accessLogs: { bucket: 'ext-logs', prefix: 'alb', enabled: true } }),
        r(T.lb, 'nlb', { loadBalancerType: 'network', accessLogs: { bucket: 'ext-logs', enabled: true } }),
        r(T.lb, 'bucket-only', { accessLogs: { bucket: 'ext-logs' } }),
        r(T.alb, 'disabled', { accessLogs: { bucket: 'ext-logs', enabled: false } }),
        r(T.lb, 'absent', {}),
        r(T.lb, 'gwlb', { loadBalancerType: 'gateway' }),
      ]);
      expect(statuses(f)).toEqual(['alb: pass', 'alb-alias: pass', 'nlb: pass', 'bucket-only: fail', 'disabled: fail', 'absent: fail', 'gwlb: not-applicable']);
      expect(f[3].message).toContain('absent (default false, even with a bucket)');
    });

    it('reports unknown', () => {
      const f = runPulumi(LOG2, [r(T.lb, 'a', { accessLogs: { bucket: 'ext-logs', enabled: UNKNOWN } }), r(T.alb, 'b', { accessLogs: UNKNOWN })]);
      expect(statuses(f)).toEqual(['a: unknown', 'b: unknown']);
      expect(f[0].message).toContain('accessLogs.enabled');
    });
  });

  describe('apigateway:Stage and apigatewayv2:Stage', () => {
    it('passes access log settings, fails none, reports unknown', () => {
      const f = runPulumi(LOG2, [
        r(T.stage, 'rest-logged', { restApi: 'a', deployment: 'd', stageName: 'prod', accessLogSettings: { destinationArn: logGroup, format: '$context.requestId' } }),
        r(T.stage, 'rest-silent', { restApi: 'a', deployment: 'd', stageName: 'prod' }),
        r(T.stage, 'rest-later', { restApi: 'a', deployment: 'd', stageName: 'prod', accessLogSettings: { destinationArn: UNKNOWN, format: '$context.requestId' } }),
        r(T.v2stage, 'http-logged', { apiId: 'h', name: '$default', accessLogSettings: { destinationArn: logGroup, format: '$context.requestId' } }),
        r(T.v2stage, 'http-silent', { apiId: 'h', name: '$default' }),
        r(T.v2stage, 'http-later', { apiId: 'h', name: '$default', accessLogSettings: UNKNOWN }),
      ]);
      expect(statuses(f)).toEqual(['rest-logged: pass', 'rest-silent: fail', 'rest-later: unknown', 'http-logged: pass', 'http-silent: fail', 'http-later: unknown']);
      expect(f[1].message).toContain('accessLogSettings is absent');
      expect(f[2].message).toContain('accessLogSettings.destinationArn');
    });
  });

  describe('s3:Bucket server access logs (stack part)', () => {
    it('passes a data bucket logged by a BucketLogging (known name), and the log bucket is not applicable', () => {
      const f = runPulumi(LOG2, [bucket('data'), bucket('logs'), r(T.logging, 'data-logging', { bucket: 'data', targetBucket: 'logs', targetPrefix: 'data/' })]);
      expect(statuses(f)).toEqual(['data: pass', 'logs: not-applicable']);
      expect(f[0].message).toContain('data-logging');
      expect(f[1].message).toContain('data-logging.targetBucket');
    });

    it('resolves BucketLogging (v2 alias) through property dependencies', () => {
      const f = runPulumi(LOG2, [
        r(T.bucketV2, 'data', { bucket: UNKNOWN }),
        r(T.bucketV2, 'logs', { bucket: UNKNOWN }),
        r(T.loggingV2, 'data-logging', { bucket: UNKNOWN, targetBucket: UNKNOWN, targetPrefix: 'data/' }, { bucket: ['data'], targetBucket: ['logs'] }),
      ]);
      expect(statuses(f)).toEqual(['data: pass', 'logs: not-applicable']);
    });

    it('passes inline logging (v7 `logging` object, v6 BucketV2 `loggings` list)', () => {
      const f = runPulumi(LOG2, [bucket('v7', { logging: { targetBucket: 'ext-logs', targetPrefix: 'v7/' } }), bucket('v6', { loggings: [{ targetBucket: 'ext-logs' }] }, T.bucketV2)]);
      expect(statuses(f)).toEqual(['v7: pass', 'v6: pass']);
    });

    it('fails a data bucket without server access logging (advisory)', () => {
      const f = runPulumi(LOG2, [bucket('data')]);
      expect(statuses(f)).toEqual(['data: fail']);
      expect(f[0].enforcement).toBe('advisory');
      expect(f[0].message).toContain('aws.s3.BucketLogging');
    });

    it('treats CloudFront (by domain name or dependency), load balancer and CloudTrail log buckets as not applicable', () => {
      const f = runPulumi(LOG2, [
        bucket('cdn-logs'),
        bucket('cdn-logs-2', { bucket: UNKNOWN }),
        bucket('alb-logs'),
        bucket('trail-logs'),
        cf('cdn', { loggingConfig: { bucket: 'cdn-logs.s3.amazonaws.com' } }),
        cf('cdn2', { loggingConfig: { bucket: UNKNOWN } }, { loggingConfig: ['cdn-logs-2'] }),
        r(T.lb, 'alb', { accessLogs: { bucket: 'alb-logs', enabled: true } }),
        r(T.trail, 'audit', { s3BucketName: 'trail-logs' }),
      ]);
      expect(statuses(onlyType(f, T.bucket))).toEqual(['cdn-logs: not-applicable', 'cdn-logs-2: not-applicable', 'alb-logs: not-applicable', 'trail-logs: not-applicable']);
    });

    it('reports unknown when the logging side resource or a log destination cannot be resolved', () => {
      const sideUnresolved = runPulumi(LOG2, [bucket('data'), r(T.logging, 'somebody', { bucket: UNKNOWN, targetBucket: 'ext-logs', targetPrefix: 'x/' })]);
      expect(statuses(sideUnresolved)).toEqual(['data: unknown']);
      expect(sideUnresolved[0].message).toContain('somebody');
      const targetUnresolved = runPulumi(LOG2, [bucket('maybe-logs'), r(T.lb, 'alb', { accessLogs: { bucket: UNKNOWN, enabled: true } })]);
      expect(statuses(onlyType(targetUnresolved, T.bucket))).toEqual(['maybe-logs: unknown']);
      expect(targetUnresolved.find((x) => x.resource.name === 'maybe-logs')!.message).toContain('alb.accessLogs.bucket');
      const inlineUnknown = runPulumi(LOG2, [bucket('data', { logging: UNKNOWN })]);
      expect(statuses(inlineUnknown)).toEqual(['data: unknown']);
    });
  });
});
