import { DNS1 } from '../../src/rules/dns/DNS1-no-dangling-records';
import { takeoverProneService } from '../../src/facts/takeover-prone-hosts';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const RECORD = 'aws:route53/record:Record';
const record = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: RECORD,
  name,
  props: { zoneId: 'Z1', name: `${name}.example.com`, ...props },
  dependsOn,
});
const cname = (name: string, target: unknown, dependsOn?: Record<string, string[]>) => record(name, { type: 'CNAME', ttl: 300, records: [target] }, dependsOn);
const alias = (name: string, target: unknown, dependsOn?: Record<string, string[]>) =>
  record(name, { type: 'A', aliases: [{ name: target, zoneId: 'Z2FDTNDATAQYW2', evaluateTargetHealth: false }] }, dependsOn);

const distribution = { type: 'aws:cloudfront/distribution:Distribution', name: 'cdn', props: { enabled: true, domainName: 'd111111abcdef8.cloudfront.net' } };
const alb = { type: 'aws:lb/loadBalancer:LoadBalancer', name: 'alb', props: { dnsName: 'app-123.us-east-1.elb.amazonaws.com' } };
const restDomain = { type: 'aws:apigateway/domainName:DomainName', name: 'rest', props: { domainName: 'api.example.com', regionalDomainName: 'd-abc.execute-api.us-east-1.amazonaws.com' } };
const httpDomain = {
  type: 'aws:apigatewayv2/domainName:DomainName',
  name: 'http',
  props: { domainName: 'ws.example.com', domainNameConfiguration: { targetDomainName: 'd-xyz.execute-api.eu-west-1.amazonaws.com', endpointType: 'REGIONAL' } },
};
const bucket = { type: 'aws:s3/bucket:Bucket', name: 'site-bucket', props: { bucket: 'www.example.com' } };
const website = {
  type: 'aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration',
  name: 'site',
  props: { bucket: 'www.example.com', websiteEndpoint: 'www.example.com.s3-website-us-east-1.amazonaws.com' },
};
const beanstalk = { type: 'aws:elasticbeanstalk/environment:Environment', name: 'env', props: { cnamePrefix: 'myapp', application: 'app' } };

describe('DNS1 no dangling records', () => {
  it('passes records pointing at targets of this stack by known value', () => {
    const f = runPulumi(DNS1, [
      distribution,
      alb,
      restDomain,
      httpDomain,
      bucket,
      beanstalk,
      alias('cdn-alias', 'd111111abcdef8.cloudfront.net.'),
      alias('alb-alias', 'dualstack.app-123.us-east-1.elb.amazonaws.com'),
      cname('rest-cname', 'd-abc.execute-api.us-east-1.amazonaws.com'),
      cname('http-cname', 'd-xyz.execute-api.eu-west-1.amazonaws.com'),
      // The bucket serving an S3 website alias is the one named like the record.
      record('www', { type: 'A', aliases: [{ name: 's3-website-us-east-1.amazonaws.com', zoneId: 'Z3AQBSTGFYJSTF', evaluateTargetHealth: false }] }),
      cname('site-cname', 'www.example.com.s3-website-us-east-1.amazonaws.com'),
      cname('eb', 'myapp.us-east-1.elasticbeanstalk.com'),
    ]);
    expect(statuses(f)).toEqual(['cdn-alias: pass', 'alb-alias: pass', 'rest-cname: pass', 'http-cname: pass', 'www: pass', 'site-cname: pass', 'eb: pass']);
    // What makes them safe is that the target is the stack's own, whether or not its host is takeover-prone.
    expect(f.map((x) => x.message)).toEqual([
      'aliases.0.name d111111abcdef8.cloudfront.net points at cdn, a resource declared in this stack',
      'aliases.0.name app-123.us-east-1.elb.amazonaws.com points at alb, a resource declared in this stack',
      'records.0 d-abc.execute-api.us-east-1.amazonaws.com points at rest, a resource declared in this stack',
      'records.0 d-xyz.execute-api.eu-west-1.amazonaws.com points at http, a resource declared in this stack',
      'aliases.0.name s3-website-us-east-1.amazonaws.com points at site-bucket, a resource declared in this stack',
      'records.0 www.example.com.s3-website-us-east-1.amazonaws.com points at site-bucket, a resource declared in this stack',
      'records.0 myapp.us-east-1.elasticbeanstalk.com points at env, a resource declared in this stack',
    ]);
  });

  it('passes a S3 website CNAME matching a BucketWebsiteConfiguration endpoint', () => {
    const f = runPulumi(DNS1, [website, cname('site-cname', 'www.example.com.s3-website-us-east-1.amazonaws.com')]);
    expect(statuses(f)).toEqual(['site-cname: pass']);
  });

  it('passes unknown targets whose property dependencies lead to a target resource', () => {
    const f = runPulumi(DNS1, [
      { ...distribution, props: { enabled: true } },
      { ...website, props: { bucket: 'x' } },
      alias('cdn-alias', UNKNOWN, { aliases: ['cdn'] }),
      cname('site-cname', UNKNOWN, { records: ['site'] }),
      record('list', { type: 'CNAME', records: UNKNOWN }, { records: ['cdn'] }),
    ]);
    expect(statuses(f)).toEqual(['cdn-alias: pass', 'site-cname: pass', 'list: pass']);
  });

  it('fails takeover-prone targets no resource of the stack declares', () => {
    const f = runPulumi(DNS1, [
      alias('cdn-alias', 'd999.cloudfront.net'),
      cname('pages', 'acme.github.io'),
      cname('heroku', 'acme-app.herokuapp.com'),
      cname('azure', 'acme.azurewebsites.net'),
      cname('eb', 'gone.us-east-1.elasticbeanstalk.com'),
      cname('bucket', 'old-bucket.s3.amazonaws.com'),
      record('www', { type: 'A', aliases: [{ name: 's3-website.eu-central-1.amazonaws.com', zoneId: 'Z21DNDUVLTQW6Q', evaluateTargetHealth: false }] }),
    ]);
    expect(statuses(f)).toEqual(['cdn-alias: fail', 'pages: fail', 'heroku: fail', 'azure: fail', 'eb: fail', 'bucket: fail', 'www: fail']);
    expect(f[1].message).toContain('acme.github.io (GitHub Pages)');
    expect(f[1].message).toContain('ownedExternalHosts');
  });

  it('passes hosts listed in ownedExternalHosts (exact or *.suffix) and hosts that are not takeover-prone', () => {
    const resources = [cname('pages', 'acme.github.io'), cname('heroku', 'acme-app.herokuapp.com'), cname('saas', 'tenant.example-saas.com'), record('a', { type: 'A', records: ['203.0.113.1'] })];
    const f = runPulumi(DNS1, resources, { params: { ownedExternalHosts: ['acme.github.io', '*.herokuapp.com'] } });
    expect(statuses(f)).toEqual(['pages: pass', 'heroku: pass', 'saas: pass', 'a: not-applicable']);
  });

  it('reports unknown for targets not known and not resolvable, and for unknown types', () => {
    const f = runPulumi(DNS1, [
      alias('later', UNKNOWN),
      cname('later-cname', UNKNOWN),
      record('typeless', { type: UNKNOWN, records: ['x.github.io'] }),
      record('www', { name: UNKNOWN, type: 'A', aliases: [{ name: 's3-website-us-east-1.amazonaws.com', zoneId: 'Z3AQBSTGFYJSTF', evaluateTargetHealth: false }] }),
    ]);
    expect(statuses(f)).toEqual(['later: unknown', 'later-cname: unknown', 'typeless: unknown', 'www: unknown']);
    expect(f[0].message).toContain('aliases');
  });

  it('judges each CNAME value apart', () => {
    const f = runPulumi(DNS1, [distribution, record('multi', { type: 'CNAME', records: ['d111111abcdef8.cloudfront.net', 'other.github.io'] })]);
    expect(statuses(f)).toEqual(['multi/records[0]: pass', 'multi/records[1]: fail']);
  });

  it('knows the takeover-prone host families', () => {
    expect(takeoverProneService('d1.cloudfront.net')).toBe('CloudFront');
    expect(takeoverProneService('b.s3-website.eu-central-1.amazonaws.com')).toBe('S3 website');
    expect(takeoverProneService('nlb-1.elb.us-east-2.amazonaws.com')).toBe('Elastic Load Balancing');
    expect(takeoverProneService('abc.execute-api.us-east-1.amazonaws.com')).toBe('API Gateway');
    expect(takeoverProneService('x.herokudns.com')).toBe('Heroku');
    expect(takeoverProneService('example.com')).toBeUndefined();
    expect(takeoverProneService('notgithub.io')).toBeUndefined();
  });
});
