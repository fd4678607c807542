import { Requirement } from '../types';

/*
 * Sources quote the marketplace documents in shared/seeds verbatim. A source's level is the sentence's
 * own word where it has one ("must", "required" / "should", "recommended"); otherwise the document's:
 * Miro's first half must, its second half should; Atlassian's guidelines should, its requirements must;
 * Trello's best practices should.
 */
const MIRO = '000_3a6f8757cabd1b3d.txt';
const ATLASSIAN_GUIDELINES = '001_38a64b8c7ac22666.txt';
const ATLASSIAN_REQUIREMENTS = '002_9dae125c408bd9d6.txt';
const TRELLO = '003_be9a984fc131ae42.txt';

/** The four "TLS 1.2 or higher" sentences, one per document. */
const TLS12_SOURCES: Requirement['sources'] = [
  {
    marketplace: 'miro',
    seed: MIRO,
    section: 'Network and server configuration',
    level: 'must',
    quote: 'Use TLS version 1.2 or higher to encrypt all application traffic.',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_GUIDELINES,
    section: 'App server configuration',
    level: 'must',
    quote: 'TLS must be configured to support TLS version 1.2 or higher.',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_REQUIREMENTS,
    section: 'Transport layer security',
    level: 'must',
    quote: 'TLS version 1.2 (or higher) are required.',
  },
  {
    marketplace: 'trello',
    seed: TRELLO,
    section: 'Server Settings',
    level: 'should',
    quote: 'TLS version 1.2 (or higher) should be used.',
  },
];

/** "All traffic over TLS" / "HTTPS on every page" sentences. */
const ALL_TRAFFIC_TLS: Requirement['sources'] = [
  {
    marketplace: 'miro',
    seed: MIRO,
    section: 'Network and server configuration',
    level: 'must',
    quote: 'Use TLS version 1.2 or higher to encrypt all application traffic.',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_REQUIREMENTS,
    section: 'Transport layer security',
    level: 'must',
    quote: 'The application must use TLS to encrypt all of its traffic',
  },
];

const HTTPS_ON_ALL_PAGES: Requirement['sources'] = [
  {
    marketplace: 'miro',
    seed: MIRO,
    section: 'Network and server configuration',
    level: 'must',
    quote: 'Ensure HTTPS-only connections on all app pages.',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_GUIDELINES,
    section: 'App server configuration',
    level: 'should',
    quote: 'HTTPS should be enforced on all app pages.',
  },
  {
    marketplace: 'atlassian',
    seed: ATLASSIAN_REQUIREMENTS,
    section: 'Transport layer security',
    level: 'must',
    quote: 'The application must use TLS to encrypt all of its traffic',
  },
];

export const TLS_REQUIREMENTS: Requirement[] = [
  {
    id: 'TLS1',
    area: 'TLS',
    title: 'CloudFront viewers use TLS 1.2 or newer',
    rationale:
      'TLS 1.0 and 1.1 have known weaknesses and are refused by the marketplaces; a distribution on the default cloudfront.net certificate or without a minimum protocol version still accepts them.',
    sources: TLS12_SOURCES,
    enforcement: 'mandatory',
    check:
      'CF distributions serve viewers TLS >= 1.2: a custom (ACM/IAM) certificate, not the default `*.cloudfront.net` one (which forces TLSv1), and `MinimumProtocolVersion` in TLSv1.2_2018, TLSv1.2_2019, TLSv1.2_2021, TLSv1.2_2025, TLSv1.3_2025. Missing value = provider default TLSv1 = fail.',
    fix: {
      pulumi: `new aws.cloudfront.Distribution('cdn', {
  ...distributionArgs,
  aliases: ['app.example.com'],
  viewerCertificate: {
    acmCertificateArn: cert.arn, // ACM certificate in us-east-1
    sslSupportMethod: 'sni-only',
    minimumProtocolVersion: 'TLSv1.2_2021',
  },
});`,
      cdk: `new cloudfront.Distribution(this, 'Cdn', {
  defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
  domainNames: ['app.example.com'],
  certificate: cert, // ACM certificate in us-east-1
  minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
});`,
      cloudformation: `Cdn:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      Aliases: [app.example.com]
      ViewerCertificate:
        AcmCertificateArn: !Ref Cert # ACM certificate in us-east-1
        SslSupportMethod: sni-only
        MinimumProtocolVersion: TLSv1.2_2021`,
    },
  },
  {
    id: 'TLS2',
    area: 'TLS',
    title: 'Recommended TLS ciphers only (AES-GCM, SHA-256 MAC)',
    rationale: 'CBC-mode and SHA-1 cipher suites are the weak end of TLS 1.2; the marketplaces recommend AES 256 with a SHA-256 MAC, which the newer CloudFront and ELB security policies restrict to.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Network configuration',
        level: 'should',
        quote: 'Recommend using TLS version 1.2 with AES 256 encryption or higher and SHA-256 MAC.',
      },
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'item 1 of list 2 after "Session cookies"',
        level: 'should',
        quote: 'Use recommended algorithms, such as AES 256 in GCM mode.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'App server configuration',
        level: 'should',
        quote: 'TLS version 1.2 using AES 256 encryption or higher with SHA-256 MAC is recommended.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Transport layer security',
        level: 'should',
        quote: 'TLS version 1.2 using AES 256 encryption or higher with SHA-256 MAC is recommended.',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Server Settings',
        level: 'should',
        quote: 'TLS version 1.2 using AES 256 encryption or higher with SHA-256 MAC is recommended.',
      },
    ],
    enforcement: 'advisory',
    check:
      'Recommended ciphers (AES-GCM, SHA-256+ MAC, no CBC, no SHA-1): CF >= TLSv1.2_2021; ELB policies only from the no-CBC families (TLS13-1-2-Res-2021-06, TLS13-1-3-2021-06, FS-1-2-Res-2020-10, their FIPS-2023-04 and PQ-2025-09 `Res`/`1-3` variants).',
    fix: {
      pulumi: `// CloudFront: viewerCertificate.minimumProtocolVersion 'TLSv1.2_2021' or newer
new aws.lb.Listener('https', {
  loadBalancerArn: alb.arn,
  port: 443,
  protocol: 'HTTPS',
  certificateArn: cert.arn,
  sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06', // no CBC, no SHA-1
  defaultActions: [{ type: 'forward', targetGroupArn: targetGroup.arn }],
});`,
      cdk: `// CloudFront: minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021
alb.addListener('Https', {
  port: 443,
  certificates: [cert],
  sslPolicy: elbv2.SslPolicy.TLS13_RES, // ELBSecurityPolicy-TLS13-1-2-Res-2021-06
  defaultTargetGroups: [targetGroup],
});`,
      cloudformation: `# CloudFront: DistributionConfig.ViewerCertificate.MinimumProtocolVersion TLSv1.2_2021 or later
Https:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    LoadBalancerArn: !Ref Alb
    Port: 443
    Protocol: HTTPS
    Certificates: [{ CertificateArn: !Ref Cert }]
    SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-2021-06 # no CBC, no SHA-1
    DefaultActions: [{ Type: forward, TargetGroupArn: !Ref TargetGroup }]`,
      byKind: {
        'cloudfront:Distribution': {
          pulumi: `new aws.cloudfront.Distribution('cdn', {
  ...distributionArgs,
  viewerCertificate: { acmCertificateArn: cert.arn, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' },
});`,
          cdk: `new cloudfront.Distribution(this, 'Cdn', {
  defaultBehavior: { origin },
  domainNames: ['app.example.com'],
  certificate: cert, // ACM certificate in us-east-1
  minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
});`,
          cloudformation: `Cdn:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      ViewerCertificate:
        AcmCertificateArn: !Ref Cert # ACM certificate in us-east-1
        SslSupportMethod: sni-only
        MinimumProtocolVersion: TLSv1.2_2021`,
        },
        'lb:Listener': {
          pulumi: `new aws.lb.Listener('https', {
  loadBalancerArn: alb.arn, port: 443, protocol: 'HTTPS', certificateArn: cert.arn,
  sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06', // no CBC, no SHA-1
  defaultActions: [{ type: 'forward', targetGroupArn: targetGroup.arn }],
});`,
          cdk: `alb.addListener('Https', {
  port: 443,
  certificates: [cert],
  sslPolicy: elbv2.SslPolicy.TLS13_RES, // ELBSecurityPolicy-TLS13-1-2-Res-2021-06
  defaultTargetGroups: [targetGroup],
});`,
          cloudformation: `Https:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    LoadBalancerArn: !Ref Alb
    Port: 443
    Protocol: HTTPS
    Certificates: [{ CertificateArn: !Ref Cert }]
    SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-2021-06 # no CBC, no SHA-1
    DefaultActions: [{ Type: forward, TargetGroupArn: !Ref TargetGroup }]`,
        },
      },
    },
  },
  {
    id: 'TLS3',
    area: 'TLS',
    title: 'CloudFront behaviors redirect HTTP to HTTPS',
    rationale: 'A behavior that allows plain HTTP serves app pages, tokens and cookies unencrypted; allow-all is the CloudFormation and CDK default, so it has to be set on every behavior.',
    sources: HTTPS_ON_ALL_PAGES,
    enforcement: 'mandatory',
    check: 'Every CF cache behavior (default and ordered) has `ViewerProtocolPolicy` `redirect-to-https` or `https-only` (`allow-all` is the CloudFormation and CDK default).',
    fix: {
      pulumi: `new aws.cloudfront.Distribution('cdn', {
  ...distributionArgs,
  defaultCacheBehavior: { ...behavior, viewerProtocolPolicy: 'redirect-to-https' },
  orderedCacheBehaviors: [{ ...apiBehavior, pathPattern: '/api/*', viewerProtocolPolicy: 'https-only' }],
});`,
      cdk: `new cloudfront.Distribution(this, 'Cdn', {
  defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
  additionalBehaviors: {
    '/api/*': { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY },
  },
});`,
      cloudformation: `Cdn:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      DefaultCacheBehavior:
        ViewerProtocolPolicy: redirect-to-https
      CacheBehaviors:
        - PathPattern: /api/*
          ViewerProtocolPolicy: https-only`,
    },
  },
  {
    id: 'TLS4',
    area: 'TLS',
    title: 'CloudFront reaches custom origins over TLS 1.2 only',
    rationale: 'The hop from CloudFront to the origin carries the same requests and tokens; with http-only or match-viewer, or SSLv3/TLS 1.0/1.1 allowed, it can be read or downgraded in transit.',
    sources: ALL_TRAFFIC_TLS,
    enforcement: 'mandatory',
    check: 'CF custom origins use `https-only` and `OriginSSLProtocols` = TLSv1.2 only (no SSLv3/TLSv1/TLSv1.1).',
    fix: {
      pulumi: `new aws.cloudfront.Distribution('cdn', {
  ...distributionArgs,
  origins: [{
    originId: 'api',
    domainName: 'api.example.com',
    customOriginConfig: {
      httpPort: 80,
      httpsPort: 443,
      originProtocolPolicy: 'https-only',
      originSslProtocols: ['TLSv1.2'],
    },
  }],
});`,
      cdk: `new origins.HttpOrigin('api.example.com', {
  protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
  originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
});`,
      cloudformation: `Cdn:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      Origins:
        - Id: api
          DomainName: api.example.com
          CustomOriginConfig:
            HTTPSPort: 443
            OriginProtocolPolicy: https-only
            OriginSSLProtocols: [TLSv1.2]`,
    },
  },
  {
    id: 'TLS5',
    area: 'TLS',
    title: 'Load balancer listeners use a TLS 1.2+ policy; HTTP only redirects',
    rationale: 'A listener without an explicit SslPolicy gets ELBSecurityPolicy-2016-08, which still accepts TLS 1.0; a plain HTTP listener that forwards serves the app unencrypted.',
    sources: TLS12_SOURCES,
    enforcement: 'mandatory',
    check:
      'ALB/NLB listeners: HTTPS/TLS listeners name an `SslPolicy` whose minimum is TLS 1.2 (omitted = ELBSecurityPolicy-2016-08 = TLS 1.0 = fail; TLS13-1-0/1-1 and TLS-1-1 fail). A plain HTTP listener passes only if its default action redirects to HTTPS and none of its listener rules forwards (a `path-pattern /*` forward serves the app over HTTP whatever the default does). Classic Load Balancer HTTPS/SSL listeners need an SSL negotiation policy on their port that references a TLS 1.2 policy or enables TLS 1.2 only (none = ELBSecurityPolicy-2016-08 = fail; a policy the stack does not declare = unknown); their HTTP listeners fail (a Classic Load Balancer cannot redirect).',
    fix: {
      pulumi: `new aws.lb.Listener('https', {
  loadBalancerArn: alb.arn, port: 443, protocol: 'HTTPS', certificateArn: cert.arn,
  sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  defaultActions: [{ type: 'forward', targetGroupArn: targetGroup.arn }],
});
new aws.lb.Listener('http', {
  loadBalancerArn: alb.arn, port: 80, protocol: 'HTTP',
  defaultActions: [{ type: 'redirect', redirect: { port: '443', protocol: 'HTTPS', statusCode: 'HTTP_301' } }],
});`,
      cdk: `alb.addListener('Https', {
  port: 443,
  certificates: [cert],
  sslPolicy: elbv2.SslPolicy.TLS13_RES,
  defaultTargetGroups: [targetGroup],
});
alb.addRedirect(); // port 80 answers with a redirect to HTTPS 443`,
      cloudformation: `Https:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    LoadBalancerArn: !Ref Alb
    Port: 443
    Protocol: HTTPS
    Certificates: [{ CertificateArn: !Ref Cert }]
    SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-2021-06
    DefaultActions: [{ Type: forward, TargetGroupArn: !Ref TargetGroup }]
Http:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    LoadBalancerArn: !Ref Alb
    Port: 80
    Protocol: HTTP
    DefaultActions:
      - Type: redirect
        RedirectConfig: { Port: '443', Protocol: HTTPS, StatusCode: HTTP_301 }`,
      byKind: {
        'elb:LoadBalancer': {
          pulumi: `new aws.elb.LoadBalancer('web', {
  ...elbArgs,
  listeners: [{ lbPort: 443, lbProtocol: 'https', instancePort: 8080, instanceProtocol: 'http', sslCertificateId: cert.arn }],
});
// or move to an Application Load Balancer (aws.lb.LoadBalancer) with an HTTPS listener`,
          cdk: `new elb.LoadBalancer(this, 'Web', {
  vpc,
  listeners: [{ externalPort: 443, externalProtocol: elb.LoadBalancingProtocol.HTTPS, internalPort: 8080, sslCertificateArn: cert.certificateArn }],
});
// or move to an Application Load Balancer (elbv2.ApplicationLoadBalancer) with an HTTPS listener`,
          cloudformation: `Web:
  Type: AWS::ElasticLoadBalancing::LoadBalancer
  Properties:
    Listeners:
      - LoadBalancerPort: '443'
        Protocol: HTTPS
        InstancePort: '8080'
        InstanceProtocol: HTTP
        SSLCertificateId: !Ref Cert`,
        },
      },
    },
  },
  {
    id: 'TLS6',
    area: 'TLS',
    title: 'API Gateway custom domains require TLS 1.2',
    rationale: "API Gateway domains on the TLS_1_0 policy, and the default execute-api endpoint, accept TLS 1.0; a TLS 1.2 custom domain is the only way to hold an API to the marketplaces' minimum.",
    sources: TLS12_SOURCES,
    enforcement: 'mandatory',
    check:
      'API Gateway custom domains (REST and HTTP/WebSocket) use TLS_1_2 or an enhanced `SecurityPolicy_TLS13_*` / `SecurityPolicy_TLS12_*` policy; REST APIs that keep the default execute-api endpoint (accepts TLS 1.0) get an advisory.',
    fix: {
      pulumi: `new aws.apigateway.DomainName('api', {
  domainName: 'api.example.com',
  regionalCertificateArn: cert.arn,
  endpointConfiguration: { types: 'REGIONAL' },
  securityPolicy: 'TLS_1_2',
});
new aws.apigateway.RestApi('app', { disableExecuteApiEndpoint: true });
new aws.apigatewayv2.DomainName('ws', {
  domainName: 'ws.example.com',
  domainNameConfiguration: { certificateArn: cert.arn, endpointType: 'REGIONAL', securityPolicy: 'TLS_1_2' },
});`,
      cdk: `new apigw.RestApi(this, 'Api', {
  disableExecuteApiEndpoint: true,
  domainName: { domainName: 'api.example.com', certificate: cert, securityPolicy: apigw.SecurityPolicy.TLS_1_2 },
});
new apigwv2.DomainName(this, 'WsDomain', {
  domainName: 'ws.example.com',
  certificate: cert,
  securityPolicy: apigwv2.SecurityPolicy.TLS_1_2,
});`,
      cloudformation: `ApiDomain:
  Type: AWS::ApiGateway::DomainName
  Properties:
    DomainName: api.example.com
    RegionalCertificateArn: !Ref Cert
    EndpointConfiguration: { Types: [REGIONAL] }
    SecurityPolicy: TLS_1_2
Api:
  Type: AWS::ApiGateway::RestApi
  Properties:
    DisableExecuteApiEndpoint: true
WsDomain:
  Type: AWS::ApiGatewayV2::DomainName
  Properties:
    DomainName: ws.example.com
    DomainNameConfigurations:
      - CertificateArn: !Ref Cert
        EndpointType: REGIONAL
        SecurityPolicy: TLS_1_2`,
      byKind: {
        'apigateway:DomainName': {
          pulumi: `new aws.apigateway.DomainName('api', {
  domainName: 'api.example.com',
  regionalCertificateArn: cert.arn,
  endpointConfiguration: { types: 'REGIONAL' },
  securityPolicy: 'TLS_1_2',
});`,
          cdk: `new apigw.DomainName(this, 'ApiDomain', {
  domainName: 'api.example.com',
  certificate: cert,
  endpointType: apigw.EndpointType.REGIONAL,
  securityPolicy: apigw.SecurityPolicy.TLS_1_2,
});`,
          cloudformation: `ApiDomain:
  Type: AWS::ApiGateway::DomainName
  Properties:
    DomainName: api.example.com
    RegionalCertificateArn: !Ref Cert
    EndpointConfiguration: { Types: [REGIONAL] }
    SecurityPolicy: TLS_1_2`,
        },
        'apigatewayv2:DomainName': {
          pulumi: `new aws.apigatewayv2.DomainName('ws', {
  domainName: 'ws.example.com',
  domainNameConfiguration: { certificateArn: cert.arn, endpointType: 'REGIONAL', securityPolicy: 'TLS_1_2' },
});`,
          cdk: `new apigwv2.DomainName(this, 'WsDomain', {
  domainName: 'ws.example.com',
  certificate: cert,
  securityPolicy: apigwv2.SecurityPolicy.TLS_1_2,
});`,
          cloudformation: `WsDomain:
  Type: AWS::ApiGatewayV2::DomainName
  Properties:
    DomainName: ws.example.com
    DomainNameConfigurations:
      - CertificateArn: !Ref Cert
        EndpointType: REGIONAL
        SecurityPolicy: TLS_1_2`,
        },
        'apigateway:RestApi': {
          pulumi: `// the default execute-api endpoint accepts TLS 1.0: serve the API on a custom domain only
new aws.apigateway.RestApi('app', { ...restApiArgs, disableExecuteApiEndpoint: true });`,
          cdk: `new apigw.RestApi(this, 'Api', {
  disableExecuteApiEndpoint: true, // the default execute-api endpoint accepts TLS 1.0
  domainName: { domainName: 'api.example.com', certificate: cert, securityPolicy: apigw.SecurityPolicy.TLS_1_2 },
});`,
          cloudformation: `Api:
  Type: AWS::ApiGateway::RestApi
  Properties:
    DisableExecuteApiEndpoint: true # the default execute-api endpoint accepts TLS 1.0`,
        },
      },
    },
  },
  {
    id: 'TLS7',
    area: 'TLS',
    title: 'S3 buckets refuse requests without TLS 1.2',
    rationale: 'S3 accepts plain HTTP and old TLS unless the bucket policy denies them, so data read or written by the app could cross the network unprotected.',
    sources: ALL_TRAFFIC_TLS,
    enforcement: 'mandatory',
    check:
      'S3 bucket policies deny requests without TLS (`aws:SecureTransport` false) and with `s3:TlsVersion` < 1.2, for the bucket ARN and `arn/*`. Each Deny counts only when that is its one condition (another condition in the statement, such as `aws:SourceVpce` or `aws:UserAgent`, narrows it).',
    fix: {
      pulumi: `new aws.s3.BucketPolicy('data-tls', {
  bucket: bucket.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [bucket.arn, pulumi.interpolate\`\${bucket.arn}/*\`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [bucket.arn, pulumi.interpolate\`\${bucket.arn}/*\`],
        Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } },
    ],
  }),
});`,
      cdk: `new s3.Bucket(this, 'Data', {
  enforceSSL: true, // denies aws:SecureTransport false on the bucket and its objects
  minimumTLSVersion: 1.2, // denies s3:TlsVersion < 1.2
});`,
      cloudformation: `DataPolicy:
  Type: AWS::S3::BucketPolicy
  Properties:
    Bucket: !Ref Data
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Deny
          Principal: '*'
          Action: 's3:*'
          Resource: [!GetAtt Data.Arn, !Join ['', [!GetAtt Data.Arn, '/*']]]
          Condition: { Bool: { 'aws:SecureTransport': 'false' } }
        - Effect: Deny
          Principal: '*'
          Action: 's3:*'
          Resource: [!GetAtt Data.Arn, !Join ['', [!GetAtt Data.Arn, '/*']]]
          Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } }`,
    },
  },
  {
    id: 'TLS8',
    area: 'TLS',
    title: 'TLS certificates are DNS-validated ACM certificates that renew themselves',
    rationale:
      'An expired certificate blocks the app in browsers and invites man-in-the-middle attacks; ACM renews DNS-validated certificates on its own, while imported ones (and their private keys in the code) do not.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Domain control',
        level: 'must',
        quote: 'Ensure TLS certificates on your domain are valid.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Validity of domain registration & TLS certificates',
        level: 'must',
        quote: 'TLS certificates of these domains must be valid.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_REQUIREMENTS,
        section: 'Validity of domain registration & TLS certificates',
        level: 'should',
        quote: 'Enable auto-renewal of TLS certificates, where possible.',
      },
    ],
    enforcement: 'mandatory',
    check: 'Certificates renew themselves: ACM certificates use DNS validation; imported certificates (private key in the IaC) fail; certificate transparency logging not disabled.',
    fix: {
      pulumi: `const cert = new aws.acm.Certificate('app', {
  domainName: 'app.example.com',
  validationMethod: 'DNS',
  options: { certificateTransparencyLoggingPreference: 'ENABLED' },
});
new aws.route53.Record('app-cert-validation', {
  zoneId: zone.zoneId,
  name: cert.domainValidationOptions[0].resourceRecordName,
  type: cert.domainValidationOptions[0].resourceRecordType,
  records: [cert.domainValidationOptions[0].resourceRecordValue],
  ttl: 300,
});`,
      cdk: `new acm.Certificate(this, 'Cert', {
  domainName: 'app.example.com',
  validation: acm.CertificateValidation.fromDns(zone),
  transparencyLoggingEnabled: true,
});`,
      cloudformation: `Cert:
  Type: AWS::CertificateManager::Certificate
  Properties:
    DomainName: app.example.com
    ValidationMethod: DNS
    DomainValidationOptions:
      - DomainName: app.example.com
        HostedZoneId: !Ref Zone # CloudFormation writes the validation record
    CertificateTransparencyLoggingPreference: ENABLED`,
      byKind: {
        'iam:ServerCertificate': {
          pulumi: `// Replace the aws.iam.ServerCertificate (uploaded, never renewed) with an ACM certificate AWS renews
const cert = new aws.acm.Certificate('app', { domainName: 'app.example.com', validationMethod: 'DNS' });
// and point the listener or distribution at cert.arn`,
          cdk: `// Replace the iam.CfnServerCertificate (uploaded, never renewed) with an ACM certificate AWS renews
const cert = new acm.Certificate(this, 'Cert', {
  domainName: 'app.example.com',
  validation: acm.CertificateValidation.fromDns(zone),
});`,
          cloudformation: `# Replace the AWS::IAM::ServerCertificate (uploaded, never renewed) with an ACM certificate AWS renews
Cert:
  Type: AWS::CertificateManager::Certificate
  Properties:
    DomainName: app.example.com
    ValidationMethod: DNS
    DomainValidationOptions: [{ DomainName: app.example.com, HostedZoneId: !Ref Zone }]
# and point the listener's Certificates (or ViewerCertificate.AcmCertificateArn) at !Ref Cert`,
        },
      },
    },
  },
  {
    id: 'TLS9',
    area: 'TLS',
    title: 'No HTTP-only S3 website endpoint serves the app',
    rationale: 'S3 static-website endpoints speak only HTTP, so pages served from them cannot be encrypted; serve the bucket privately through CloudFront over HTTPS instead.',
    sources: HTTPS_ON_ALL_PAGES,
    enforcement: 'mandatory',
    check: 'No HTTP-only public endpoint: S3 static-website hosting (HTTP only) is not used to serve the app directly.',
    fix: {
      pulumi: `// No aws.s3.BucketWebsiteConfiguration: a private bucket behind CloudFront with origin access control
const oac = new aws.cloudfront.OriginAccessControl('site', {
  originAccessControlOriginType: 's3',
  signingBehavior: 'always',
  signingProtocol: 'sigv4',
});
new aws.cloudfront.Distribution('site', {
  ...distributionArgs,
  origins: [{ originId: 'site', domainName: bucket.bucketRegionalDomainName, originAccessControlId: oac.id }],
});`,
      cdk: `// No websiteIndexDocument: a private bucket behind CloudFront with origin access control
new cloudfront.Distribution(this, 'Site', {
  defaultBehavior: {
    origin: origins.S3BucketOrigin.withOriginAccessControl(bucket),
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
  },
});`,
      cloudformation: `# No WebsiteConfiguration on the AWS::S3::Bucket: a private bucket behind CloudFront with origin access control
SiteOac:
  Type: AWS::CloudFront::OriginAccessControl
  Properties:
    OriginAccessControlConfig:
      Name: site
      OriginAccessControlOriginType: s3
      SigningBehavior: always
      SigningProtocol: sigv4
Site:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      Origins:
        - Id: site
          DomainName: !GetAtt SiteBucket.RegionalDomainName
          OriginAccessControlId: !GetAtt SiteOac.Id
          S3OriginConfig: { OriginAccessIdentity: '' }`,
    },
  },
];
