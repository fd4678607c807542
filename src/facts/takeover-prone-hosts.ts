/**
 * Hosts a DNS record can point at whose name someone else can claim once the target is deleted: the
 * record keeps resolving, and whoever creates a resource with that name (a bucket, a Heroku app, a
 * GitHub Pages site, an Azure web app...) serves content on the app's domain ("subdomain takeover").
 * AWS service endpoints from REQUIREMENTS.md DNS1 (CloudFront, S3 website, Elastic Beanstalk, ELB,
 * API Gateway) and third-party hosts commonly listed as takeover-prone. Matched against the lowercased
 * host without a trailing dot or the `dualstack.` prefix Route 53 alias targets may carry.
 */
export interface TakeoverProneHost {
  service: string;
  pattern: RegExp;
}

export const TAKEOVER_PRONE_HOSTS: readonly TakeoverProneHost[] = [
  { service: 'CloudFront', pattern: /(^|\.)cloudfront\.net$/ },
  // bucket.s3-website-us-east-1.amazonaws.com, bucket.s3-website.eu-central-1.amazonaws.com, and the bare
  // regional website domain used as an alias target (the bucket is then the one named like the record).
  { service: 'S3 website', pattern: /(^|\.)s3-website[.-][a-z0-9-]+(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/ },
  // bucket.s3.amazonaws.com, bucket.s3.us-east-1.amazonaws.com, bucket.s3-us-west-2.amazonaws.com, dualstack.
  { service: 'S3', pattern: /(^|\.)s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/ },
  { service: 'Elastic Beanstalk', pattern: /(^|\.)elasticbeanstalk\.com(\.cn)?$/ },
  // ALB/CLB: name-123.us-east-1.elb.amazonaws.com; NLB: name-123.elb.us-east-1.amazonaws.com.
  { service: 'Elastic Load Balancing', pattern: /\.elb\.([a-z0-9-]+\.)?amazonaws\.com(\.cn)?$/ },
  { service: 'API Gateway', pattern: /\.execute-api\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/ },
  { service: 'GitHub Pages', pattern: /(^|\.)github\.io$/ },
  { service: 'Heroku', pattern: /(^|\.)(herokuapp|herokudns|herokussl)\.com$/ },
  { service: 'Azure App Service', pattern: /(^|\.)azurewebsites\.net$/ },
  { service: 'Azure cloud service', pattern: /(^|\.)(cloudapp\.net|cloudapp\.azure\.com)$/ },
  { service: 'Azure Traffic Manager', pattern: /(^|\.)trafficmanager\.net$/ },
  { service: 'Azure Blob Storage', pattern: /\.blob\.core\.windows\.net$/ },
  { service: 'Azure CDN / Front Door', pattern: /(^|\.)(azureedge\.net|azurefd\.net)$/ },
  { service: 'Azure API Management', pattern: /(^|\.)azure-api\.net$/ },
  { service: 'Bitbucket', pattern: /(^|\.)bitbucket\.io$/ },
  { service: 'Netlify', pattern: /(^|\.)(netlify\.app|netlify\.com)$/ },
  { service: 'Surge', pattern: /(^|\.)surge\.sh$/ },
  { service: 'Pantheon', pattern: /(^|\.)pantheonsite\.io$/ },
  { service: 'Ghost', pattern: /(^|\.)ghost\.io$/ },
  { service: 'Read the Docs', pattern: /(^|\.)readthedocs\.io$/ },
  { service: 'Shopify', pattern: /(^|\.)myshopify\.com$/ },
  { service: 'WordPress.com', pattern: /(^|\.)wordpress\.com$/ },
  { service: 'Tumblr', pattern: /(^|\.)domains\.tumblr\.com$/ },
  { service: 'Fastly', pattern: /(^|\.)fastly\.net$/ },
  { service: 'Zendesk', pattern: /(^|\.)zendesk\.com$/ },
  { service: 'Help Scout', pattern: /(^|\.)helpscoutdocs\.com$/ },
  { service: 'Unbounce', pattern: /(^|\.)unbouncepages\.com$/ },
];

/** The host as records compare it: lowercase, no trailing dot, no `dualstack.` prefix. */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^dualstack\./, '');
}

/** The takeover-prone service a (normalized) host belongs to, if any. */
export function takeoverProneService(host: string): string | undefined {
  return TAKEOVER_PRONE_HOSTS.find((h) => h.pattern.test(host))?.service;
}
