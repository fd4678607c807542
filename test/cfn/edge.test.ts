/**
 * The edge mappings' conversions that parity cases do not show by verdict alone: the exact Pulumi input
 * shape produced from CloudFormation properties.
 */
import { Props } from '../../src/core/props';
import { Ref, Unknown } from '../../src/core/values';
import { CfnTestResource, cfnFacts } from '../support/cfn-stack';

function propsOf(resource: CfnTestResource, others: Record<string, CfnTestResource> = {}, parameters: Record<string, unknown> = {}): Props {
  const fact = cfnFacts({ Parameters: parameters, Resources: { Subject: resource, ...others } }).byKey('Subject');
  if (!fact) throw new Error('no fact for Subject');
  return fact.props;
}

describe('edge mappings: CloudFormation -> Pulumi input shape', () => {
  it('unwraps DistributionConfig and renames behaviors, TTLs, origins, certificate and logging', () => {
    const props = propsOf({
      Type: 'AWS::CloudFront::Distribution',
      Properties: {
        Tags: [{ Key: 'team', Value: 'edge' }],
        DistributionConfig: {
          Enabled: true,
          IPV6Enabled: true,
          WebACLId: 'arn:waf',
          Logging: { Bucket: 'logs.s3.amazonaws.com', IncludeCookies: false },
          ViewerCertificate: { CloudFrontDefaultCertificate: true },
          DefaultCacheBehavior: {
            TargetOriginId: 'app',
            ViewerProtocolPolicy: 'https-only',
            MinTTL: 0,
            DefaultTTL: 0,
            MaxTTL: 0,
            LambdaFunctionAssociations: [{ EventType: 'viewer-request', LambdaFunctionARN: 'arn:fn:1' }],
            FunctionAssociations: [{ EventType: 'viewer-response', FunctionARN: 'arn:cf-fn' }],
          },
          CacheBehaviors: [{ PathPattern: '/api/*', TargetOriginId: 'app', ViewerProtocolPolicy: 'https-only' }],
          Origins: [
            {
              Id: 'app',
              DomainName: 'api.example.com',
              OriginCustomHeaders: [{ HeaderName: 'X-Origin-Verify', HeaderValue: 'v' }],
              CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
            },
          ],
          OriginGroups: {
            Quantity: 1,
            Items: [{ Id: 'group', FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [502] } }, Members: { Quantity: 1, Items: [{ OriginId: 'app' }] } }],
          },
          CustomErrorResponses: [{ ErrorCode: 404, ErrorCachingMinTTL: 10 }],
        },
      },
    });
    expect(props).toEqual({
      tags: { team: 'edge' },
      enabled: true,
      isIpv6Enabled: true,
      webAclId: 'arn:waf',
      loggingConfig: { bucket: 'logs.s3.amazonaws.com', includeCookies: false },
      viewerCertificate: { cloudfrontDefaultCertificate: true },
      defaultCacheBehavior: {
        targetOriginId: 'app',
        viewerProtocolPolicy: 'https-only',
        minTtl: 0,
        defaultTtl: 0,
        maxTtl: 0,
        lambdaFunctionAssociations: [{ eventType: 'viewer-request', lambdaArn: 'arn:fn:1' }],
        functionAssociations: [{ eventType: 'viewer-response', functionArn: 'arn:cf-fn' }],
      },
      orderedCacheBehaviors: [{ pathPattern: '/api/*', targetOriginId: 'app', viewerProtocolPolicy: 'https-only' }],
      origins: [
        {
          originId: 'app',
          domainName: 'api.example.com',
          customHeaders: [{ name: 'X-Origin-Verify', value: 'v' }],
          customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] },
        },
      ],
      originGroups: [{ originId: 'group', failoverCriteria: { statusCodes: [502] }, members: [{ originId: 'app' }] }],
      customErrorResponses: [{ errorCode: 404, errorCachingMinTtl: 10 }],
    });
  });

  it('turns legacy S3Origin and CNAMEs into origins and aliases; an unknown DistributionConfig makes every input unknown', () => {
    const legacy = propsOf({
      Type: 'AWS::CloudFront::Distribution',
      Properties: { DistributionConfig: { Enabled: true, CNAMEs: ['www.example.com'], S3Origin: { DNSName: 'site.s3.amazonaws.com', OriginAccessIdentity: 'origin-access-identity/cloudfront/E1' } } },
    });
    expect(legacy).toEqual({
      enabled: true,
      aliases: ['www.example.com'],
      origins: [{ domainName: 'site.s3.amazonaws.com', s3OriginConfig: { originAccessIdentity: 'origin-access-identity/cloudfront/E1' } }],
    });
    const unknown = propsOf({ Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { 'Fn::ImportValue': 'config' } } });
    expect(unknown.viewerCertificate).toBeInstanceOf(Unknown);
    expect(unknown.origins).toBeInstanceOf(Unknown);
    expect(unknown.loggingConfig).toBeInstanceOf(Unknown);
  });

  it('wraps cache policy name lists as {items} and renames its TTLs', () => {
    const props = propsOf({
      Type: 'AWS::CloudFront::CachePolicy',
      Properties: {
        CachePolicyConfig: {
          Name: 'p',
          MinTTL: 0,
          DefaultTTL: 0,
          MaxTTL: 1,
          ParametersInCacheKeyAndForwardedToOrigin: {
            CookiesConfig: { CookieBehavior: 'whitelist', Cookies: ['session'] },
            HeadersConfig: { HeaderBehavior: 'none' },
            QueryStringsConfig: { QueryStringBehavior: 'whitelist', QueryStrings: ['q'] },
            EnableAcceptEncodingGzip: true,
          },
        },
      },
    });
    expect(props).toEqual({
      name: 'p',
      minTtl: 0,
      defaultTtl: 0,
      maxTtl: 1,
      parametersInCacheKeyAndForwardedToOrigin: {
        cookiesConfig: { cookieBehavior: 'whitelist', cookies: { items: ['session'] } },
        headersConfig: { headerBehavior: 'none' },
        queryStringsConfig: { queryStringBehavior: 'whitelist', queryStrings: { items: ['q'] } },
        enableAcceptEncodingGzip: true,
      },
    });
  });

  it('moves ACM transparency and export switches under options, validation options to validationOptions', () => {
    const props = propsOf({
      Type: 'AWS::CertificateManager::Certificate',
      Properties: {
        DomainName: 'app.example.com',
        ValidationMethod: 'DNS',
        CertificateTransparencyLoggingPreference: 'ENABLED',
        CertificateExport: 'DISABLED',
        DomainValidationOptions: [{ DomainName: 'app.example.com', HostedZoneId: 'Z1', ValidationDomain: 'example.com' }],
      },
    });
    expect(props).toEqual({
      domainName: 'app.example.com',
      validationMethod: 'DNS',
      options: { certificateTransparencyLoggingPreference: 'ENABLED', export: 'DISABLED' },
      validationOptions: [{ domainName: 'app.example.com', validationDomain: 'example.com' }],
    });
  });

  it('turns load balancer Scheme, Type and attributes into Pulumi inputs of their types', () => {
    const props = propsOf({
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: {
        Scheme: 'internal',
        Type: 'application',
        SubnetMappings: [{ SubnetId: 'subnet-1', PrivateIPv4Address: '10.0.0.5', IPv6Address: '::5' }],
        LoadBalancerAttributes: [
          { Key: 'access_logs.s3.enabled', Value: 'true' },
          { Key: 'access_logs.s3.bucket', Value: 'logs' },
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'TRUE' },
          { Key: 'idle_timeout.timeout_seconds', Value: '120' },
          { Key: 'routing.http.desync_mitigation_mode', Value: 'strictest' },
          { Key: 'some.future.attribute', Value: 'x' },
        ],
      },
    });
    expect(props).toEqual({
      internal: true,
      loadBalancerType: 'application',
      subnetMappings: [{ subnetId: 'subnet-1', privateIpv4Address: '10.0.0.5', ipv6Address: '::5' }],
      accessLogs: { enabled: true, bucket: 'logs' },
      dropInvalidHeaderFields: true,
      idleTimeout: 120,
      desyncMitigationMode: 'strictest',
    });
    const keyUnknown = propsOf(
      { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { LoadBalancerAttributes: [{ Key: { Ref: 'Key' }, Value: 'true' }] } },
      {},
      { Key: { Type: 'String' } },
    );
    expect(keyUnknown.accessLogs).toBeInstanceOf(Unknown);
    expect(keyUnknown.dropInvalidHeaderFields).toBeInstanceOf(Unknown);
  });

  it('names listener attributes after their keys, takes the first certificate, renames action blocks', () => {
    const props = propsOf(
      {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
          LoadBalancerArn: { Ref: 'Alb' },
          Protocol: 'HTTPS',
          Certificates: [{ CertificateArn: 'arn:cert:1' }, { CertificateArn: 'arn:cert:2' }],
          AlpnPolicy: ['HTTP2Preferred'],
          ListenerAttributes: [
            { Key: 'routing.http.response.server.enabled', Value: 'false' },
            { Key: 'tcp.idle_timeout.seconds', Value: '350' },
            { Key: 'routing.http.response.x_frame_options.header_value', Value: 'DENY' },
          ],
          DefaultActions: [
            {
              Type: 'authenticate-cognito',
              Order: 1,
              AuthenticateCognitoConfig: { UserPoolArn: 'arn:pool', UserPoolClientId: 'c', UserPoolDomain: 'd', AuthenticationRequestExtraParams: { Prompt: 'login' } },
            },
            { Type: 'forward', Order: 2, ForwardConfig: { TargetGroups: [{ TargetGroupArn: 'arn:tg', Weight: 1 }], TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 60 } } },
          ],
        },
      },
      { Alb: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: {} } },
    );
    expect(props).toEqual({
      loadBalancerArn: new Ref('Alb'),
      protocol: 'HTTPS',
      certificateArn: 'arn:cert:1',
      alpnPolicy: 'HTTP2Preferred',
      routingHttpResponseServerEnabled: false,
      tcpIdleTimeoutSeconds: 350,
      routingHttpResponseXFrameOptionsHeaderValue: 'DENY',
      defaultActions: [
        { type: 'authenticate-cognito', order: 1, authenticateCognito: { userPoolArn: 'arn:pool', userPoolClientId: 'c', userPoolDomain: 'd', authenticationRequestExtraParams: { Prompt: 'login' } } },
        { type: 'forward', order: 2, forward: { targetGroups: [{ arn: 'arn:tg', weight: 1 }], stickiness: { enabled: true, duration: 60 } } },
      ],
    });
  });

  it('writes listener rule conditions as Pulumi blocks (config objects, query strings, the legacy Field form)', () => {
    const props = propsOf({
      Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      Properties: {
        ListenerArn: 'arn:listener',
        Priority: 5,
        Conditions: [
          { Field: 'host-header', Values: ['app.example.com'] },
          { Field: 'query-string', QueryStringConfig: { Values: [{ Key: 'debug', Value: '1' }] } },
          { Field: 'source-ip', SourceIpConfig: { Values: ['10.0.0.0/8'] } },
        ],
        Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
      },
    });
    expect(props).toEqual({
      listenerArn: 'arn:listener',
      priority: 5,
      conditions: [{ hostHeader: { values: ['app.example.com'] } }, { queryStrings: [{ key: 'debug', value: '1' }] }, { sourceIp: { values: ['10.0.0.0/8'] } }],
      actions: [{ type: 'fixed-response', fixedResponse: { statusCode: '404' } }],
    });
  });

  it('keeps names that are data as written: environment variables, stage variables, route keys, request parameters', () => {
    const fn = propsOf({
      Type: 'AWS::Lambda::Function',
      Properties: {
        FunctionName: 'app',
        Runtime: 'nodejs22.x',
        Code: { S3Bucket: 'artifacts', S3Key: 'app.zip' },
        Environment: { Variables: { DB_PASSWORD: 'x', LogLevel: 'info' } },
        FileSystemConfigs: [{ Arn: 'arn:ap', LocalMountPath: '/mnt/data' }],
        ImageConfig: { Command: ['app'], EntryPoint: ['/bin/sh'] },
      },
    });
    expect(fn).toEqual({
      name: 'app',
      runtime: 'nodejs22.x',
      s3Bucket: 'artifacts',
      s3Key: 'app.zip',
      environment: { variables: { DB_PASSWORD: 'x', LogLevel: 'info' } },
      fileSystemConfig: { arn: 'arn:ap', localMountPath: '/mnt/data' },
      imageConfig: { commands: ['app'], entryPoints: ['/bin/sh'] },
    });
    const stage = propsOf({
      Type: 'AWS::ApiGatewayV2::Stage',
      Properties: { ApiId: 'a', StageName: 'prod', StageVariables: { BackendUrl: 'u' }, RouteSettings: { 'GET /Items': { DataTraceEnabled: false, LoggingLevel: 'INFO' } } },
    });
    expect(stage).toEqual({ apiId: 'a', name: 'prod', stageVariables: { BackendUrl: 'u' }, routeSettings: [{ routeKey: 'GET /Items', dataTraceEnabled: false, loggingLevel: 'INFO' }] });
    const route = propsOf({ Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: 'a', RouteKey: '$connect', RequestParameters: { 'route.request.header.Auth': { Required: true } } } });
    expect(route).toEqual({ apiId: 'a', routeKey: '$connect', requestParameters: [{ requestParameterKey: 'route.request.header.Auth', required: true }] });
  });

  it('renames REST API inputs: one endpoint type, the OpenAPI body as written, a method without its integration', () => {
    const api = propsOf({
      Type: 'AWS::ApiGateway::RestApi',
      Properties: { Name: 'api', ApiKeySourceType: 'HEADER', EndpointConfiguration: { Types: ['REGIONAL'] }, Body: { openapi: '3.0.1', info: { Title: 'x' } } },
    });
    expect(api).toEqual({ name: 'api', apiKeySource: 'HEADER', endpointConfiguration: { types: 'REGIONAL' }, body: { openapi: '3.0.1', info: { Title: 'x' } } });
    const method = propsOf({
      Type: 'AWS::ApiGateway::Method',
      Properties: { RestApiId: 'r', ResourceId: 'res', HttpMethod: 'GET', AuthorizationType: 'NONE', Integration: { Type: 'MOCK' }, RequestParameters: { 'method.request.header.X-Id': true } },
    });
    expect(method).toEqual({ restApi: 'r', resourceId: 'res', httpMethod: 'GET', authorization: 'NONE', requestParameters: { 'method.request.header.X-Id': true } });
    const stage = propsOf({
      Type: 'AWS::ApiGateway::Stage',
      Properties: { RestApiId: 'r', DeploymentId: 'd', StageName: 'prod', TracingEnabled: true, AccessLogSetting: { DestinationArn: 'arn:lg' }, Variables: { Mode: 'live' } },
    });
    expect(stage).toEqual({ restApi: 'r', deployment: 'd', stageName: 'prod', xrayTracingEnabled: true, accessLogSettings: { destinationArn: 'arn:lg' }, variables: { Mode: 'live' } });
  });
});
