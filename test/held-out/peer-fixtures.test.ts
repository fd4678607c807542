/**
 * Held-out set: templates written the way peer scanners' test fixtures and attackers write them, for the
 * miss classes of issue 12, scanned as a user would (YAML with short-form intrinsics, every rule at once).
 * None of them is a parity case: they were written apart from the rules' own tests, so a rule tuned to its
 * cases still has to catch them. Written for this project (no scanner's file is copied).
 */
import { evaluate } from '../../src/core/engine';
import { Finding } from '../../src/core/findings';
import { factsFromTemplate } from '../../src/cfn/facts';
import { parseTemplate } from '../../src/cfn/template-source';
import { RULES } from '../../src/rules';
import { TestResource, pulumiFacts } from '../support/pulumi-stack';

function scanYaml(yaml: string): Finding[] {
  return evaluate(factsFromTemplate(parseTemplate(yaml, 'held-out.template.yaml')).stack, RULES, {});
}

function scanPulumi(resources: TestResource[]): Finding[] {
  return evaluate(pulumiFacts(resources), RULES, {});
}

/** `ID resource[/detail]: status` of every finding of the given requirement, and `ID resource: status` for each detail too. */
function verdicts(findings: Finding[], requirement: string): string[] {
  const of = findings.filter((f) => f.requirement === requirement);
  const detailed = of.map((f) => `${f.requirement} ${f.resource.name}${f.detail ? `/${f.detail}` : ''}: ${f.status}`);
  return [...new Set([...detailed, ...of.map((f) => `${f.requirement} ${f.resource.name}: ${f.status}`)])];
}

const FAKE_PASSWORD = 'correct-horse-battery-staple-42';

interface HeldOut {
  name: string;
  template: string;
  requirement: string;
  /** `resource[/detail]: status` entries that must be among the requirement's verdicts (without a detail: on any detail). */
  expected: string[];
  /** Entries that must not be among them (false positives of the issue). */
  absent?: string[];
}

/** A bucket with BPA and ACLs off (so only its policy can make it public) and a policy of the given statement (YAML list item). */
function privateBucketWithStatement(statement: string): string {
  return `
Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }
      OwnershipControls: { Rules: [{ ObjectOwnership: BucketOwnerEnforced }] }
  SitePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Version: '2012-10-17'
        Statement:${statement}
`;
}

const TEMPLATES: HeldOut[] = [
  {
    name: 'DATA2: a bucket policy opens GetObject to `*` "restricted" to the two halves of the IPv4 space',
    requirement: 'DATA2',
    template: privateBucketWithStatement(`
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Sub '\${Site.Arn}/*'
            Condition:
              IpAddress:
                aws:SourceIp: ['0.0.0.0/1', '128.0.0.0/1']`),
    expected: ['Site/policy: fail'],
  },
  {
    name: 'DATA2: the same trick in IPv6 (`::/1` + `8000::/1`), with the ARN spelt out',
    requirement: 'DATA2',
    template: privateBucketWithStatement(`
          - Effect: Allow
            Principal: { AWS: '*' }
            Action: ['s3:GetObject']
            Resource: !Sub 'arn:\${AWS::Partition}:s3:::\${Site}/*'
            Condition: { IpAddress: { 'aws:SourceIp': ['::/1', '8000::/1'] } }`),
    expected: ['Site/policy: fail'],
  },
  {
    name: 'TLS7: the only SecureTransport Deny is narrowed to one user agent, so it denies almost nothing',
    requirement: 'TLS7',
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
  DataPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Data
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [!GetAtt Data.Arn, !Sub '\${Data.Arn}/*']
            Condition:
              Bool: { 'aws:SecureTransport': 'false' }
              StringEquals: { 'aws:UserAgent': 'legacy-uploader/1.0' }
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [!GetAtt Data.Arn, !Sub '\${Data.Arn}/*']
            Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } }
`,
    expected: ['Data: fail'],
  },
  {
    name: 'TLS7 false positive: a bucket named with a resolvable !Sub, denied over !GetAtt Bucket.Arn, passes',
    requirement: 'TLS7',
    template: `
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub 'app-logs-\${AWS::StackName}'
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Logs
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [!GetAtt Logs.Arn, !Sub '\${Logs.Arn}/*']
            Condition: { Bool: { 'aws:SecureTransport': false } }
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [!GetAtt Logs.Arn, !Sub '\${Logs.Arn}/*']
            Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } }
`,
    expected: [],
    absent: ['Logs: fail'],
  },
  {
    name: 'IAM1: every action on `arn:*` is administrator access',
    requirement: 'IAM1',
    template: `
Resources:
  Ops:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - { Effect: Allow, Action: '*', Resource: 'arn:*' }
`,
    expected: ['Ops: fail'],
  },
  {
    name: 'IAM1: `*:*` written as every service in every region and account (`arn:aws:*:*:*:*`)',
    requirement: 'IAM1',
    template: `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
      Policies:
        - PolicyName: everything
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: ['*'], Resource: ['arn:aws:*:*:*:*'] }]
`,
    expected: ['Role: fail'],
  },
  {
    name: 'IAM1: NotAction that excludes one harmless action on every resource is administrator access',
    requirement: 'IAM1',
    template: `
Resources:
  Broad:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - { Effect: Allow, NotAction: 'cloudshell:*', Resource: '*' }
`,
    expected: ['Broad: fail'],
  },
  {
    name: 'SEC4: a password parameter without NoEcho, with a literal Default, feeding MasterUserPassword',
    requirement: 'SEC4',
    template: `
Parameters:
  DbPassword:
    Type: String
    Default: ${FAKE_PASSWORD}
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: '20'
      StorageEncrypted: true
      MasterUsername: app
      MasterUserPassword: !Ref DbPassword
`,
    expected: ['DbPassword: fail'],
  },
  {
    name: 'SEC4: a literal MasterUserPassword on an Aurora cluster',
    requirement: 'SEC4',
    template: `
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      StorageEncrypted: true
      MasterUsername: app
      MasterUserPassword: ${FAKE_PASSWORD}
`,
    expected: ['Cluster: fail'],
  },
  {
    name: 'SEC4: a connection string with embedded credentials in a Lambda environment',
    requirement: 'SEC4',
    template: `
Resources:
  Api:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/app
      Code: { ZipFile: 'exports.handler = async () => 1' }
      Environment:
        Variables:
          DATABASE_URL: postgres://app:${FAKE_PASSWORD}@db.internal.example.com:5432/app
`,
    expected: ['Api: fail'],
  },
  {
    name: 'SEC4: a JSON SecretString that is literal apart from one {{resolve:...}} field',
    requirement: 'SEC4',
    template: `
Resources:
  Creds:
    Type: AWS::SecretsManager::Secret
    Properties:
      SecretString: '{"username":"app","password":"${FAKE_PASSWORD}","apiKey":"{{resolve:ssm-secure:/app/api-key:1}}"}'
`,
    expected: ['Creds: fail'],
  },
  {
    name: 'TLS5: an HTTP listener that redirects by default but forwards everything through a path-pattern rule',
    requirement: 'TLS5',
    template: `
Resources:
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Scheme: internet-facing, Subnets: [subnet-0a, subnet-0b] }
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: { Port: 8080, Protocol: HTTP, VpcId: vpc-0a }
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Port: 80
      Protocol: HTTP
      DefaultActions:
        - Type: redirect
          RedirectConfig: { Protocol: HTTPS, Port: '443', StatusCode: HTTP_301 }
  Everything:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Http
      Priority: 1
      Conditions: [{ Field: path-pattern, PathPatternConfig: { Values: ['/*'] } }]
      Actions: [{ Type: forward, TargetGroupArn: !Ref Tg }]
`,
    expected: ['Http: fail'],
  },
  {
    name: 'TLS5: a Classic Load Balancer serving the app on plain HTTP',
    requirement: 'TLS5',
    template: `
Resources:
  Legacy:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      Subnets: [subnet-0a]
      Listeners:
        - { LoadBalancerPort: '80', InstancePort: '8080', Protocol: HTTP }
`,
    expected: ['Legacy: fail'],
  },
  {
    name: 'SEC2: a yearly cron rotation schedule is not "at most every 90 days"',
    requirement: 'SEC2',
    template: `
Resources:
  Token:
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString: { PasswordLength: 48 }
  TokenRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref Token
      RotationLambdaARN: arn:aws:lambda:us-east-1:123456789012:function:rotate
      RotationRules: { ScheduleExpression: 'cron(0 4 1 1 ? *)' }
`,
    expected: ['Token: fail'],
  },
  {
    name: 'HDR1: a Strict-Transport-Security value that repeats max-age is invalid (RFC 6797 section 6.1)',
    requirement: 'HDR1',
    template: `
Resources:
  Headers:
    Type: AWS::CloudFront::ResponseHeadersPolicy
    Properties:
      ResponseHeadersPolicyConfig:
        Name: app-headers
        CustomHeadersConfig:
          Items:
            - { Header: Strict-Transport-Security, Value: 'max-age=31536000; includeSubDomains; max-age=0', Override: true }
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins: [{ Id: app, DomainName: app.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] } }]
        DefaultCacheBehavior:
          TargetOriginId: app
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad
          ResponseHeadersPolicyId: !Ref Headers
`,
    expected: ['Cdn/defaultCacheBehavior: fail'],
  },
  {
    name: 'DATA4: an SQS queue with SSE-SQS switched off and an empty KmsMasterKeyId is unencrypted',
    requirement: 'DATA4',
    template: `
Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      KmsMasterKeyId: ''
      SqsManagedSseEnabled: false
`,
    expected: ['Jobs: fail'],
  },
  {
    name: 'DATA4: an RDS instance with a KmsKeyId but no StorageEncrypted',
    requirement: 'DATA4',
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { EnableKeyRotation: true }
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: '20'
      KmsKeyId: !Ref Key
`,
    expected: ['Db: fail'],
  },
  {
    name: 'DATA4: a Redis ElastiCache CacheCluster cannot be encrypted at rest',
    requirement: 'DATA4',
    template: `
Resources:
  Cache:
    Type: AWS::ElastiCache::CacheCluster
    Properties: { Engine: redis, CacheNodeType: cache.t4g.micro, NumCacheNodes: 1 }
`,
    expected: ['Cache: fail'],
  },
  {
    name: 'DATA4: a Redshift cluster with encryption switched off (new clusters are encrypted by default)',
    requirement: 'DATA4',
    template: `
Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.large
      DBName: app
      MasterUsername: app
      ManageMasterPassword: true
      Encrypted: false
`,
    expected: ['Warehouse: fail'],
  },
  {
    name: 'NET3: an Auto Scaling launch configuration that leaves IMDSv1 on',
    requirement: 'NET3',
    template: `
Resources:
  Workers:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0abcdef1234567890
      InstanceType: t4g.small
`,
    expected: ['Workers: fail'],
  },
  {
    name: 'AUTH1: a REST API defined by an OpenAPI Body with an unauthenticated GET',
    requirement: 'AUTH1',
    template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        info: { title: app, version: '1' }
        paths:
          /items:
            get:
              x-amazon-apigateway-integration: { type: http_proxy, httpMethod: GET, uri: 'https://backend.example.com/items' }
`,
    expected: ['Api: fail'],
  },
  {
    name: 'AUTH1: an HTTP API created by quick create (Target), which has no authorizer',
    requirement: 'AUTH1',
    template: `
Resources:
  Quick:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: quick
      ProtocolType: HTTP
      Target: arn:aws:lambda:us-east-1:123456789012:function:app
`,
    expected: ['Quick: fail'],
  },
  {
    name: 'LOG2: a Deployment that creates its stage (StageName) with a StageDescription but no access log setting',
    requirement: 'LOG2',
    template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: app }
  Deploy:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: prod
      StageDescription: { LoggingLevel: ERROR, MetricsEnabled: true }
`,
    expected: ['Deploy: fail'],
  },
  {
    name: 'LOG3: a Deployment whose StageDescription turns on full request/response logging',
    requirement: 'LOG3',
    template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: app }
  Deploy:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: prod
      StageDescription: { DataTraceEnabled: true, LoggingLevel: INFO }
`,
    expected: ['Deploy: fail'],
  },
];

describe('held-out peer and attacker templates (issue 12 miss classes)', () => {
  it.each(TEMPLATES.map((t) => [t.name, t] as const))('%s', (_name, t) => {
    const got = verdicts(scanYaml(t.template), t.requirement);
    expect(got).toEqual(expect.arrayContaining(t.expected.map((e) => `${t.requirement} ${e}`)));
    for (const a of t.absent ?? []) expect(got).not.toContain(`${t.requirement} ${a}`);
  });

  describe('Pulumi resources the CloudFormation side already covers', () => {
    it('SEC3: an aws.kms.KeyPolicy that grants kms:* to every principal', () => {
      const policy = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }] });
      const got = verdicts(scanPulumi([{ type: 'aws:kms/keyPolicy:KeyPolicy', name: 'open-key-policy', props: { keyId: 'key-1', policy } }]), 'SEC3');
      expect(got).toEqual(expect.arrayContaining([expect.stringMatching(/^SEC3 open-key-policy(\/[^:]+)?: fail$/)]));
    });

    it('DATA5: an aws.opensearch.DomainPolicy that lets anyone call es:* on a public domain of the stack, named by its domainName', () => {
      const accessPolicies = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: 'arn:aws:es:us-east-1:123456789012:domain/search/*' }] });
      const domain: TestResource = { type: 'aws:opensearch/domain:Domain', name: 'search', props: { domainName: 'search', encryptAtRest: { enabled: true }, nodeToNodeEncryption: { enabled: true } } };
      const policy: TestResource = { type: 'aws:opensearch/domainPolicy:DomainPolicy', name: 'open-search-policy', props: { domainName: 'search', accessPolicies } };
      const got = verdicts(scanPulumi([domain, policy]), 'DATA5');
      expect(got).toEqual(expect.arrayContaining([expect.stringMatching(/^DATA5 open-search-policy(\/[^:]+)?: fail$/)]));
    });

    it('NET2: an aws.ec2.DefaultSecurityGroup that opens SSH to the internet', () => {
      const ingress = [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] }];
      const got = verdicts(scanPulumi([{ type: 'aws:ec2/defaultSecurityGroup:DefaultSecurityGroup', name: 'default-sg', props: { vpcId: 'vpc-0a', ingress, egress: [] } }]), 'NET2');
      expect(got).toEqual(expect.arrayContaining([expect.stringMatching(/^NET2 default-sg(\/[^:]+)?: fail$/)]));
    });
  });
});
