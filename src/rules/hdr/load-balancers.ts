/**
 * Load balancer side of the HDR rules. Application Load Balancers add response headers through listener
 * attributes (`routing.http.response.*.header_value`, @pulumi/aws v7 `routingHttpResponse*HeaderValue`
 * props of `aws.lb.Listener`). Only listeners of internet-facing Application Load Balancers serve
 * browsers: internal load balancers, Network and Gateway Load Balancers are not applicable.
 */
import { Fact, StackFacts } from '../../core/facts';
import { StackVerdict, Verdict, combineCandidates, notApplicable, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { normalizeHost } from '../../facts/takeover-prone-hosts';
import { CLOUDFRONT_DISTRIBUTION } from '../../kinds/cloudfront-distribution';
import { LB_LISTENER } from '../../kinds/lb-listener';
import { LB_LOAD_BALANCER } from '../../kinds/lb-load-balancer';
import { ROUTE53_RECORD } from '../../kinds/route53-record';
import { propsOf } from '../../kinds/typed-props';

/** 'internet-facing', or the not-applicable / unknown verdict that says why the load balancer does not count. */
export function exposureOf(lb: Fact): 'internet-facing' | Verdict {
  const props = propsOf(lb, LB_LOAD_BALANCER);
  const internal = props.bool('internal');
  if (isUnknown(internal)) return unknown(internal);
  // `internal` defaults to false: an omitted value is an internet-facing load balancer.
  if (internal === true) return notApplicable(`load balancer ${lb.name} is internal (not reachable from browsers on the internet)`);
  const type = props.str('loadBalancerType');
  if (isUnknown(type)) return unknown(type);
  // `loadBalancerType` defaults to application.
  if (type !== undefined && type !== 'application') {
    return notApplicable(`load balancer ${lb.name} is a ${type} load balancer, which does not handle HTTP (no response headers, no HTTP methods)`);
  }
  return 'internet-facing';
}

export interface ListenerScope {
  /** Listener protocols the rule applies to (upper case). An omitted protocol is HTTP (the ALB default). */
  protocols: readonly string[];
  /** Judges a listener of an internet-facing ALB (`lb` undefined when the load balancer is outside the stack). */
  judge(listener: Fact, lb: Fact | undefined): Verdict;
}

/** One verdict per lb:Listener: not applicable unless it listens with one of the protocols on an internet-facing ALB. */
export function judgeInternetFacingListeners(stack: StackFacts, scope: ListenerScope): StackVerdict[] {
  const out: StackVerdict[] = [];
  for (const listener of stack.ofKind('lb:Listener')) {
    out.push({ ...judgeListener(stack, listener, scope), subject: listener });
  }
  return out;
}

function judgeListener(stack: StackFacts, listener: Fact, scope: ListenerScope): Verdict {
  const protocol = propsOf(listener, LB_LISTENER).str('protocol');
  if (isUnknown(protocol)) return unknown(protocol);
  const effective = (protocol ?? 'HTTP').toUpperCase();
  if (!scope.protocols.includes(effective)) {
    return notApplicable(`protocol is ${protocol ?? 'absent (default HTTP)'}; this applies to ${scope.protocols.join(' and ')} listeners only`);
  }
  const r = stack.resolve(listener, 'loadBalancerArn', ['lb:LoadBalancer']);
  switch (r.to) {
    case 'unknown':
      return unknown(r.unknown);
    case 'absent':
    case 'external': {
      // The load balancer is not in this stack: whether it is internet-facing cannot be seen, but a
      // listener that is compliant anyway passes.
      const v = scope.judge(listener, undefined);
      if (v.status !== 'fail') return v;
      const which = r.to === 'external' ? `loadBalancerArn ${r.value} names a load balancer outside this stack` : 'loadBalancerArn is absent';
      return { status: 'unknown', message: `${which}, so whether it is internet-facing cannot be checked; if it is: ${v.message}` };
    }
    case 'resources':
      return combineCandidates(
        r.facts.map((lb) => {
          const exposure = exposureOf(lb);
          return exposure === 'internet-facing' ? scope.judge(listener, lb) : exposure;
        }),
        'loadBalancerArn',
      );
  }
}

export interface CloudFrontFronting {
  /** Load balancer key to the names of the distributions with an origin that is certainly it. */
  behind: Map<string, string[]>;
  /** Load balancer key to the names of distributions with an origin that may be it (several candidates). */
  maybe: Map<string, string[]>;
  /** Distributions with an origin whose domain name cannot be resolved and might be any load balancer. */
  unresolved: Fact[];
}

function add(map: Map<string, string[]>, key: string, name: string): void {
  const names = map.get(key);
  if (names) {
    if (!names.includes(name)) names.push(name);
  } else map.set(key, [name]);
}

/**
 * Which load balancers of the stack are origins of a CloudFront distribution of the stack (an origin
 * `domainName` that is the load balancer's `dnsName`, by value, reference or property dependency).
 * Built once per check.
 */
/**
 * Host names of the stack's Route 53 alias records to the load balancers they alias: a distribution
 * usually reaches its ALB origin through a name like `origin.example.com` (the ALB's certificate cannot
 * name `*.elb.amazonaws.com`), not through the ALB's own DNS name.
 */
function loadBalancerAliases(stack: StackFacts): Map<string, Fact[]> {
  const byHost = new Map<string, Fact[]>();
  for (const record of stack.ofKind('route53:Record')) {
    const props = propsOf(record, ROUTE53_RECORD);
    const name = props.str('name');
    const aliases = props.list('aliases');
    if (typeof name !== 'string' || isUnknown(aliases) || !aliases || aliases.length === 0) continue;
    const r = stack.resolve(record, 'aliases.0.name', ['lb:LoadBalancer']);
    // Route 53 (and CDK's LoadBalancerTarget) alias an ALB as `dualstack.<its DNS name>`.
    const lbs = r.to === 'resources' ? r.facts : r.to === 'external' ? stack.withId(r.value.replace(/^dualstack\./i, ''), ['lb:LoadBalancer']) : [];
    if (lbs.length > 0) byHost.set(normalizeHost(name), lbs);
  }
  return byHost;
}

export function loadBalancersBehindCloudFront(stack: StackFacts): CloudFrontFronting {
  const fronting: CloudFrontFronting = { behind: new Map(), maybe: new Map(), unresolved: [] };
  let aliases: Map<string, Fact[]> | undefined;
  for (const distribution of stack.ofKind('cloudfront:Distribution')) {
    const origins = propsOf(distribution, CLOUDFRONT_DISTRIBUTION).list('origins');
    if (isUnknown(origins)) {
      fronting.unresolved.push(distribution);
      continue;
    }
    // Pulumi names the resources `origins` was computed from: when it names some and none is a load
    // balancer, an unknown domain name is not one of this stack's load balancers.
    const knownDeps = (distribution.dependsOn?.['origins'] ?? []).length > 0;
    let unresolved = false;
    for (let i = 0; i < (origins ?? []).length; i++) {
      const r = stack.resolve(distribution, `origins.${i}.domainName`, ['lb:LoadBalancer']);
      let lbs: Fact[] = r.to === 'resources' ? r.facts : [];
      if (r.to === 'external') {
        aliases ??= loadBalancerAliases(stack);
        lbs = aliases.get(normalizeHost(r.value)) ?? [];
      }
      if (lbs.length > 0) {
        if (lbs.length === 1) add(fronting.behind, lbs[0].key, distribution.name);
        else for (const lb of lbs) add(fronting.maybe, lb.key, distribution.name);
      } else if (r.to === 'unknown' && !knownDeps) {
        unresolved = true;
      }
    }
    if (unresolved) fronting.unresolved.push(distribution);
  }
  return fronting;
}
