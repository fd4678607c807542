import { Requirement } from '../types';

/* Quotes are verbatim from shared/seeds; levels follow the rule stated in tls.ts. */
const MIRO = '000_3a6f8757cabd1b3d.txt';
const ATLASSIAN_GUIDELINES = '001_38a64b8c7ac22666.txt';
const TRELLO = '003_be9a984fc131ae42.txt';

const FILTER_EGRESS: Requirement['sources'] = [
  {
    marketplace: 'miro',
    seed: MIRO,
    section: 'Egress traffic',
    level: 'should',
    quote: 'Properly filter all egress traffic from your app and restrict access to internal resources.',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_GUIDELINES,
    section: 'Egress traffic',
    level: 'should',
    quote: 'Ensure that all egress traffic from your app is properly filtered and access to internal resources is restricted.',
  },
];

export const NET_REQUIREMENTS: Requirement[] = [
  {
    id: 'NET1',
    area: 'NET',
    title: 'Security groups restrict egress to allowed ports',
    rationale:
      'Unrestricted outbound traffic lets a compromised or tricked app (SSRF) exfiltrate data or reach anything; limiting egress to the ports the app needs (HTTPS) narrows that to what is intended.',
    sources: FILTER_EGRESS,
    enforcement: 'mandatory',
    check:
      "Restricted egress: no security-group egress to the internet on all protocols/ports; egress to the internet only on allowed ports (config, default 443). Covers inline rules (also of an adopted `aws.ec2.DefaultSecurityGroup`) and separate rule resources. A CloudFormation security group with no egress rule gets AWS's allow-all = fail (CDK `allowAllOutbound` default).",
    fix: {
      pulumi: `new aws.ec2.SecurityGroup('app', {
  vpcId: vpc.id,
  egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'], description: 'HTTPS out' }],
});`,
      cdk: `const sg = new ec2.SecurityGroup(this, 'App', { vpc, allowAllOutbound: false });
sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS out');`,
      cloudformation: `AppSg:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: app
    VpcId: !Ref Vpc
    SecurityGroupEgress:
      - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0, Description: HTTPS out }`,
      byKind: {
        'ec2:SecurityGroupRule': {
          pulumi: `new aws.ec2.SecurityGroupRule('https-out', {
  type: 'egress', securityGroupId: sg.id, protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'],
});`,
          cdk: `sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS out'); // with allowAllOutbound: false`,
          cloudformation: `HttpsOut:
  Type: AWS::EC2::SecurityGroupEgress
  Properties: { GroupId: !Ref AppSg, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }`,
        },
        'vpc:SecurityGroupEgressRule': {
          pulumi: `new aws.vpc.SecurityGroupEgressRule('https-out', {
  securityGroupId: sg.id, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0',
});`,
          cdk: `sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS out'); // with allowAllOutbound: false`,
          cloudformation: `HttpsOut:
  Type: AWS::EC2::SecurityGroupEgress
  Properties: { GroupId: !Ref AppSg, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }`,
        },
      },
    },
  },
  {
    id: 'NET2',
    area: 'NET',
    title: 'Internet ingress only to web ports, never to admin or database ports',
    rationale: "SSH, RDP and database ports open to the internet bypass the app's own authentication and are scanned and brute-forced constantly; only the web entry points belong on the internet.",
    sources: [
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Monitoring and alerting',
        level: 'should',
        quote: 'Examples include monitoring and alerting on open S3 buckets, lax security groups, dangling domains, and MFA disabled.',
      },
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Authentication and authorization',
        level: 'must',
        quote: 'Authenticate and authorize access to Miro User Data that your app stores.',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Backend Server Security',
        level: 'must',
        quote: 'Access to Trello user data stored by your application and services must be authenticated and authorized.',
      },
    ],
    enforcement: 'mandatory',
    check: 'Restricted ingress: internet ingress only on allowed ports (default 80, 443); never all protocols; never admin or database ports (22, 3389, 3306, 5432, 1433, 1521, 6379, 9200, 27017...).',
    fix: {
      pulumi: `new aws.ec2.SecurityGroup('alb', {
  vpcId: vpc.id,
  ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],
});
// databases: ingress from the app's security group only (securityGroups: [appSg.id])`,
      cdk: `const albSg = new ec2.SecurityGroup(this, 'Alb', { vpc, allowAllOutbound: false });
albSg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS in');
// databases: db.connections.allowDefaultPortFrom(appSg)`,
      cloudformation: `AlbSg:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: alb
    VpcId: !Ref Vpc
    SecurityGroupIngress:
      - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
# databases: ingress from the app's security group only (SourceSecurityGroupId: !Ref AppSg)`,
      byKind: {
        'ec2:SecurityGroupRule': {
          pulumi: `new aws.ec2.SecurityGroupRule('db-from-app', {
  type: 'ingress', securityGroupId: dbSg.id, protocol: 'tcp', fromPort: 5432, toPort: 5432, sourceSecurityGroupId: appSg.id,
}); // the internet only on 443 of the load balancer`,
          cdk: `dbSg.addIngressRule(appSg, ec2.Port.tcp(5432), 'from the app only'); // the internet only on 443 of the load balancer`,
          cloudformation: `DbFromApp:
  Type: AWS::EC2::SecurityGroupIngress
  Properties: { GroupId: !Ref DbSg, IpProtocol: tcp, FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: !Ref AppSg }`,
        },
        'vpc:SecurityGroupIngressRule': {
          pulumi: `new aws.vpc.SecurityGroupIngressRule('db-from-app', {
  securityGroupId: dbSg.id, ipProtocol: 'tcp', fromPort: 5432, toPort: 5432, referencedSecurityGroupId: appSg.id,
}); // the internet only on 443 of the load balancer`,
          cdk: `dbSg.addIngressRule(appSg, ec2.Port.tcp(5432), 'from the app only'); // the internet only on 443 of the load balancer`,
          cloudformation: `DbFromApp:
  Type: AWS::EC2::SecurityGroupIngress
  Properties: { GroupId: !Ref DbSg, IpProtocol: tcp, FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: !Ref AppSg }`,
        },
      },
    },
  },
  {
    id: 'NET3',
    area: 'NET',
    title: 'Instances require IMDSv2',
    rationale: "With IMDSv1 a single server-side request forgery can read the instance role's credentials from the metadata service; IMDSv2's session token blocks that path to internal credentials.",
    sources: FILTER_EGRESS,
    enforcement: 'mandatory',
    check: 'IMDSv2 required (`httpTokens` required) on instances, launch templates and Auto Scaling launch configurations: blocks SSRF to internal credentials.',
    fix: {
      pulumi: `new aws.ec2.LaunchTemplate('app', {
  imageId: ami,
  metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },
});`,
      cdk: `new ec2.LaunchTemplate(this, 'App', {
  machineImage: ec2.MachineImage.latestAmazonLinux2023(),
  requireImdsv2: true,
});`,
      cloudformation: `App:
  Type: AWS::EC2::LaunchTemplate
  Properties:
    LaunchTemplateData:
      MetadataOptions: { HttpEndpoint: enabled, HttpTokens: required, HttpPutResponseHopLimit: 1 }`,
      byKind: {
        'ec2:Instance': {
          pulumi: `new aws.ec2.Instance('app', {
  ...instanceArgs,
  metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },
});`,
          cdk: `new ec2.Instance(this, 'App', { ...instanceProps, requireImdsv2: true });`,
          cloudformation: `App:
  Type: AWS::EC2::Instance
  Properties:
    MetadataOptions: { HttpEndpoint: enabled, HttpTokens: required, HttpPutResponseHopLimit: 1 }`,
        },
        'autoscaling:LaunchConfiguration': {
          pulumi: `new aws.ec2.LaunchConfiguration('app', {
  ...launchConfigurationArgs,
  metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },
});`,
          cdk: `new autoscaling.AutoScalingGroup(this, 'App', { ...asgProps, requireImdsv2: true });`,
          cloudformation: `App:
  Type: AWS::AutoScaling::LaunchConfiguration
  Properties:
    MetadataOptions: { HttpEndpoint: enabled, HttpTokens: required, HttpPutResponseHopLimit: 1 }`,
        },
      },
    },
  },
  {
    id: 'NET4',
    area: 'NET',
    title: 'Egress allowlisted by domain (DNS Firewall or Network Firewall)',
    rationale: 'Port filtering still lets traffic reach any host on 443; a domain allowlist confines the app to the APIs it actually calls, so stolen data has nowhere to go.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Egress traffic',
        level: 'should',
        quote: 'If possible, allowlist domains for egress traffic.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Egress traffic',
        level: 'should',
        quote: 'Allowlist domains for egress traffic, if possible.',
      },
    ],
    enforcement: 'advisory',
    check:
      'Egress allowlisted by domain: a VPC with a NAT or internet gateway has a Route 53 Resolver DNS Firewall association (deny-by-default rule group) or a Network Firewall with a domain allowlist. Stack-level.',
    fix: {
      pulumi: `const allowed = new aws.route53.ResolverFirewallDomainList('allowed', { domains: ['api.atlassian.com.', '*.miro.com.'] });
const everything = new aws.route53.ResolverFirewallDomainList('everything', { domains: ['*'] });
const group = new aws.route53.ResolverFirewallRuleGroup('egress');
new aws.route53.ResolverFirewallRule('allow', { firewallRuleGroupId: group.id, firewallDomainListId: allowed.id, action: 'ALLOW', priority: 100 });
new aws.route53.ResolverFirewallRule('deny', { firewallRuleGroupId: group.id, firewallDomainListId: everything.id, action: 'BLOCK', blockResponse: 'NXDOMAIN', priority: 200 });
new aws.route53.ResolverFirewallRuleGroupAssociation('egress', { firewallRuleGroupId: group.id, vpcId: vpc.id, priority: 101 });`,
      cdk: `const group = new route53resolver.CfnFirewallRuleGroup(this, 'Egress', {
  firewallRules: [
    { firewallDomainListId: allowedList.attrId, action: 'ALLOW', priority: 100 },
    { firewallDomainListId: everythingList.attrId, action: 'BLOCK', blockResponse: 'NXDOMAIN', priority: 200 },
  ],
});
new route53resolver.CfnFirewallRuleGroupAssociation(this, 'EgressAssoc', {
  firewallRuleGroupId: group.attrId, vpcId: vpc.vpcId, priority: 101,
});`,
      cloudformation: `Allowed:
  Type: AWS::Route53Resolver::FirewallDomainList
  Properties: { Domains: [api.atlassian.com., '*.miro.com.'] }
Everything:
  Type: AWS::Route53Resolver::FirewallDomainList
  Properties: { Domains: ['*'] }
Egress:
  Type: AWS::Route53Resolver::FirewallRuleGroup
  Properties:
    FirewallRules:
      - { FirewallDomainListId: !GetAtt Allowed.Id, Action: ALLOW, Priority: 100 }
      - { FirewallDomainListId: !GetAtt Everything.Id, Action: BLOCK, BlockResponse: NXDOMAIN, Priority: 200 }
EgressAssociation:
  Type: AWS::Route53Resolver::FirewallRuleGroupAssociation
  Properties: { FirewallRuleGroupId: !GetAtt Egress.Id, VpcId: !Ref Vpc, Priority: 101 }`,
    },
  },
];
