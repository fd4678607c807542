import { Fact, StackFacts } from '../../core/facts';
import { get } from '../../core/props';
import { CheckContext, Rule, StackVerdict, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Value, isUnknown } from '../../core/values';
import { Kind } from '../../facts/kinds';
import { APIGATEWAY_DOMAIN_NAME } from '../../kinds/apigateway-domain-name';
import { APIGATEWAYV2_DOMAIN_NAME } from '../../kinds/apigatewayv2-domain-name';
import { CLOUDFRONT_DISTRIBUTION } from '../../kinds/cloudfront-distribution';
import { ELASTICBEANSTALK_ENVIRONMENT } from '../../kinds/elasticbeanstalk-environment';
import { LB_LOAD_BALANCER } from '../../kinds/lb-load-balancer';
import { ROUTE53_RECORD } from '../../kinds/route53-record';
import { S3_BUCKET } from '../../kinds/s3-bucket';
import { S3_BUCKET_WEBSITE } from '../../kinds/s3-bucket-website';
import { propsOf } from '../../kinds/typed-props';
import { normalizeHost, takeoverProneService } from '../../facts/takeover-prone-hosts';

/**
 * DNS1: Route 53 CNAMEs and aliases that point at takeover-prone hosts (src/facts/takeover-prone-hosts.ts)
 * reference a resource of this stack, so the record and its target live and die together, or a host the
 * team declared as owned (`ownedExternalHosts`, exact or `*.suffix`). Otherwise deleting the target (or
 * never having owned it) leaves a dangling record anyone can claim by creating that name.
 */
const TARGET_KINDS: readonly Kind[] = [
  'cloudfront:Distribution',
  'lb:LoadBalancer',
  'apigateway:DomainName',
  'apigatewayv2:DomainName',
  's3:Bucket',
  's3:BucketWebsite',
  'elasticbeanstalk:Environment',
];

/** Host-valued properties of target resources beyond their ids (outputs a record may quote literally). */
const HOST_PROPS: Partial<Record<Kind, (fact: Fact) => Value<string>[]>> = {
  'cloudfront:Distribution': (f) => [propsOf(f, CLOUDFRONT_DISTRIBUTION).str('domainName')],
  'lb:LoadBalancer': (f) => [propsOf(f, LB_LOAD_BALANCER).str('dnsName')],
  'apigateway:DomainName': (f) => {
    const props = propsOf(f, APIGATEWAY_DOMAIN_NAME);
    return [props.str('regionalDomainName'), props.str('cloudfrontDomainName')];
  },
  'apigatewayv2:DomainName': (f) => {
    const props = propsOf(f, APIGATEWAYV2_DOMAIN_NAME);
    return [props.str('domainNameConfiguration.targetDomainName'), props.str('domainNameConfiguration.0.targetDomainName')];
  },
  's3:Bucket': (f) => {
    const props = propsOf(f, S3_BUCKET);
    return [props.str('websiteEndpoint'), props.str('bucketDomainName'), props.str('bucketRegionalDomainName')];
  },
  's3:BucketWebsite': (f) => [propsOf(f, S3_BUCKET_WEBSITE).str('websiteEndpoint')],
  'elasticbeanstalk:Environment': (f) => [propsOf(f, ELASTICBEANSTALK_ENVIRONMENT).str('cname')],
};

/** Hosts of this stack's target resources, built once per check call. */
class TargetIndex {
  private readonly byHost = new Map<string, Fact>();
  private readonly bucketsByName = new Map<string, Fact>();
  private readonly beanstalkPrefixes = new Map<string, Fact>();

  constructor(stack: StackFacts) {
    for (const fact of stack.ofKind(...TARGET_KINDS)) {
      for (const id of fact.ids ?? []) this.byHost.set(normalizeHost(id), fact);
      for (const v of HOST_PROPS[fact.kind]?.(fact) ?? []) {
        if (typeof v === 'string' && v !== '') this.byHost.set(normalizeHost(v), fact);
      }
      if (fact.kind === 's3:Bucket') {
        const name = propsOf(fact, S3_BUCKET).str('bucket');
        if (typeof name === 'string' && name !== '') this.bucketsByName.set(name.toLowerCase(), fact);
      }
      if (fact.kind === 'elasticbeanstalk:Environment') {
        const prefix = propsOf(fact, ELASTICBEANSTALK_ENVIRONMENT).str('cnamePrefix');
        if (typeof prefix === 'string' && prefix !== '') this.beanstalkPrefixes.set(prefix.toLowerCase(), fact);
      }
    }
  }

  /** The stack resource serving `host`, given the record's own name (an S3 website alias is served by the bucket named like the record). */
  find(host: string, recordName: string | undefined): Fact | undefined {
    const direct = this.byHost.get(host);
    if (direct) return direct;
    // bucket.s3-website-<region>.amazonaws.com, bucket.s3.<region>.amazonaws.com: the bucket by name.
    const s3 = /^(.+?)\.s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/.exec(host);
    if (s3) return this.bucketsByName.get(s3[1]);
    // The bare website domain (alias target): S3 serves the bucket whose name is the record's name.
    if (/^s3-website[.-]/.test(host) && recordName !== undefined) return this.bucketsByName.get(normalizeHost(recordName));
    const beanstalk = /^([^.]+)\.([a-z0-9-]+\.)?elasticbeanstalk\.com(\.cn)?$/.exec(host);
    if (beanstalk) return this.beanstalkPrefixes.get(beanstalk[1]);
    return undefined;
  }
}

function owned(host: string, ownedHosts: readonly string[]): boolean {
  return ownedHosts.some((entry) => {
    const e = normalizeHost(entry);
    return e.startsWith('*.') ? host.endsWith(e.slice(1)) : host === e;
  });
}

/** The property paths of the record's targets: its alias, or its CNAME values. */
function targetPaths(record: Fact): string[] | Verdict {
  const props = propsOf(record, ROUTE53_RECORD);
  const aliases = props.list('aliases');
  if (isUnknown(aliases)) return ['aliases.0.name'];
  if (aliases !== undefined && aliases.length > 0) return aliases.map((_, i) => `aliases.${i}.name`);
  const type = props.str('type');
  if (isUnknown(type)) return unknown(type);
  if (type?.toUpperCase() !== 'CNAME') return notApplicable(`a ${type ?? 'typeless'} record without an alias points at no host name`);
  const records = props.list('records');
  if (isUnknown(records)) return ['records.0'];
  if (records === undefined || records.length === 0) return notApplicable('a CNAME record with no records');
  return records.map((_, i) => `records.${i}`);
}

/** The pass for a record whose target is a resource of this stack: the record and its target live and die together. */
const declaredHere = (what: string, targets: readonly Fact[], detail: string | undefined): Verdict =>
  pass(`${what} points at ${targets.map((f) => f.name).join(', ')}, a resource declared in this stack`, detail);

function judgeTarget(stack: StackFacts, index: TargetIndex, record: Fact, path: string, ctx: CheckContext, detail: string | undefined): Verdict {
  const raw = get(record.props, path);
  // A literal, a CloudFormation reference or quoted `{LogicalId.Attr}` text, a Pulumi output (through
  // property dependencies): a target of this stack is the point, whatever service it is, so it is
  // looked up before the host is judged on its own.
  const resolved = stack.resolve(record, path, TARGET_KINDS);
  if (typeof raw !== 'string') {
    if (resolved.to === 'resources') return declaredHere(path, resolved.facts, detail);
    if (resolved.to === 'unknown') return unknown(resolved.unknown, detail);
    if (resolved.to === 'absent') return notApplicable(`${path} is absent`, detail);
  }
  const value = typeof raw === 'string' ? raw : '';
  const host = normalizeHost(value);
  // `{Distribution.DomainName}` is how the CloudFormation adapter quotes a reference inside Fn::Sub / Fn::Join: not a host to show.
  const what = /[{}]/.test(host) ? path : `${path} ${host}`;
  if (resolved.to === 'resources') return declaredHere(what, resolved.facts.slice(0, 1), detail);
  const recordName = propsOf(record, ROUTE53_RECORD).str('name');
  const target = index.find(host, typeof recordName === 'string' ? recordName : undefined);
  if (target) return declaredHere(what, [target], detail);
  const service = takeoverProneService(host);
  if (!service) return pass(`${path} ${host} is not a takeover-prone host`, detail);
  if (owned(host, ctx.params.ownedExternalHosts)) return pass(`${path} ${host} (${service}) is listed in ownedExternalHosts`, detail);
  if (isUnknown(recordName) && /^s3-website[.-]/.test(host)) return unknown(recordName, detail);
  return fail(
    `${path} points at ${host} (${service}), which no resource of this stack declares: if that ${service} resource is deleted or not yours, ` +
      'anyone can claim the name and serve content on this domain; reference the resource from this stack, or list the host in ownedExternalHosts',
    detail,
  );
}

export const DNS1: Rule = {
  id: 'DNS1',
  params: ['ownedExternalHosts'],
  stack: {
    kinds: ['route53:Record', ...TARGET_KINDS],
    check(stack, ctx): StackVerdict[] {
      const records = stack.ofKind('route53:Record');
      if (records.length === 0) return [];
      const index = new TargetIndex(stack);
      const out: StackVerdict[] = [];
      for (const record of records) {
        const paths = targetPaths(record);
        if (!Array.isArray(paths)) {
          out.push({ ...paths, subject: record });
          continue;
        }
        for (const path of paths) {
          const detail = paths.length > 1 ? path.replace(/\.(\d+)/, '[$1]').replace(/\.name$/, '') : undefined;
          out.push({ ...judgeTarget(stack, index, record, path, ctx, detail), subject: record });
        }
      }
      return out;
    },
  },
};
