import { Requirement } from '../types';

/* Quotes are verbatim from shared/seeds; levels follow the rule stated in tls.ts. */
const MIRO = '000_3a6f8757cabd1b3d.txt';
const ATLASSIAN_GUIDELINES = '001_38a64b8c7ac22666.txt';
const ATLASSIAN_REQUIREMENTS = '002_9dae125c408bd9d6.txt';

export const DNS_REQUIREMENTS: Requirement[] = [
  {
    id: 'DNS1',
    area: 'DNS',
    title: 'No dangling DNS records (subdomain takeover)',
    rationale:
      "A record that points at a CloudFront distribution, bucket, load balancer or third-party host that no longer exists can be claimed by an attacker, who then serves content on the app's own subdomain.",
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Domain control',
        level: 'must',
        quote: 'Maintain control of domains and subdomains where your application is hosted.',
      },
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Domain control',
        level: 'should',
        quote: 'DNS configurations for subdomains should point only to services in use.',
      },
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Egress traffic',
        level: 'should',
        quote: 'Ensure that any domains or subdomains belonging to the app are owned and not left dangling.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'App server configuration',
        level: 'should',
        quote: 'Ensure that any domains or subdomains belonging to the app are owned and are not left dangling.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Domain and subdomain takeover',
        level: 'must',
        quote: 'Your DNS configuration for subdomains must point to services that are in use.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Validity of domain registration & TLS certificates',
        level: 'must',
        quote: 'You must maintain control of these domains.',
      },
    ],
    enforcement: 'mandatory',
    check:
      'No dangling records: Route 53 CNAMEs and aliases that point at takeover-prone hosts (CF, S3 website, Elastic Beanstalk, ELB, API Gateway, third-party hosts such as GitHub Pages or Heroku) must reference a resource declared in the same stack or a host listed as owned in config.',
    fix: {
      pulumi: `// Alias the record to a resource of the same stack, so both are created and deleted together
new aws.route53.Record('app', {
  zoneId: zone.zoneId,
  name: 'app.example.com',
  type: 'A',
  aliases: [{ name: cdn.domainName, zoneId: cdn.hostedZoneId, evaluateTargetHealth: false }],
});`,
      cdk: `// Alias the record to a resource of the same stack, so both are created and deleted together
new route53.ARecord(this, 'App', {
  zone,
  recordName: 'app',
  target: route53.RecordTarget.fromAlias(new targets.CloudFrontTarget(distribution)),
});`,
      cloudformation: `# Alias the record to a resource of the same stack, so both are created and deleted together
App:
  Type: AWS::Route53::RecordSet
  Properties:
    HostedZoneId: !Ref Zone
    Name: app.example.com
    Type: A
    AliasTarget:
      DNSName: !GetAtt Cdn.DomainName
      HostedZoneId: Z2FDTNDATAQYW2 # CloudFront's hosted zone`,
    },
  },
];
