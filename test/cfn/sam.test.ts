/**
 * SAM templates (`Transform: AWS::Serverless-2016-10-31`) judged through the resources SAM generates
 * for them. Templates are written the way public SAM templates are (aws-samples/serverless-patterns,
 * aws-sam-cli's `sam init` templates): YAML, Globals, implicit APIs from events.
 */
import { mergeGlobal } from '../../src/cfn/transforms/sam/globals';
import { scanFiles, statusesAt } from '../support/scan-files';

const sam = (body: string) => `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\n${body}`;

const helloWorld = (runtime: string) =>
  sam(`
Globals:
  Function:
    Timeout: 3
    Runtime: ${runtime}
    Environment:
      Variables:
        TABLE: orders
Resources:
  HelloWorldFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: hello_world/
      Handler: app.lambda_handler
      Architectures:
        - x86_64
`);

describe('SAM Globals', () => {
  it('merges as the SAM translator does: maps key by key, lists appended, scalars and intrinsics overridden', () => {
    expect(mergeGlobal({ Variables: { A: '1', B: '2' } }, { Variables: { B: '3' } })).toEqual({ Variables: { A: '1', B: '3' } });
    expect(mergeGlobal(['layer-a'], ['layer-b'])).toEqual(['layer-a', 'layer-b']);
    expect(mergeGlobal('python3.12', 'nodejs22.x')).toBe('nodejs22.x');
    // An intrinsic is a scalar: the resource's own value replaces it whole, it is not merged into.
    expect(mergeGlobal({ Ref: 'Global' }, { Ref: 'Local' })).toEqual({ Ref: 'Local' });
    expect(mergeGlobal({ A: 1 }, ['x'])).toEqual(['x']);
  });

  it('a deprecated runtime set in Globals fails RUN1 on the generated Lambda function; a supported one passes', () => {
    expect(statusesAt(scanFiles({ 'template.yaml': helloWorld('python3.6') }).findings, 'RUN1', 'HelloWorldFunction')).toEqual(['fail']);
    expect(statusesAt(scanFiles({ 'template.yaml': helloWorld('python3.13') }).findings, 'RUN1', 'HelloWorldFunction')).toEqual(['pass']);
  });

  it("the function's own Runtime overrides the global one", () => {
    const text = helloWorld('python3.6').replace('Handler: app.lambda_handler', 'Handler: app.lambda_handler\n      Runtime: python3.13');
    expect(statusesAt(scanFiles({ 'template.yaml': text }).findings, 'RUN1', 'HelloWorldFunction')).toEqual(['pass']);
  });
});

describe('SAM function policies', () => {
  const withPolicies = (policies: string) =>
    sam(`
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      CodeUri: src/
      Policies:
${policies}
`);

  it('an inline statement granting * on * fails IAM1 on the generated WorkerRole', () => {
    const findings = scanFiles({ 'template.yaml': withPolicies("        - Statement:\n            - Effect: Allow\n              Action: '*'\n              Resource: '*'") }).findings;
    expect(statusesAt(findings, 'IAM1', 'WorkerRole')).toContain('fail');
  });

  it('SAM policy templates become their statements: S3ReadPolicy on one bucket passes IAM1', () => {
    const findings = scanFiles({
      'template.yaml': withPolicies('        - S3ReadPolicy:\n            BucketName: orders-bucket\n        - DynamoDBCrudPolicy:\n            TableName: orders'),
    }).findings;
    expect(statusesAt(findings, 'IAM1', 'WorkerRole').every((s) => s === 'pass')).toBe(true);
    expect(statusesAt(findings, 'IAM1', 'WorkerRole').length).toBeGreaterThan(0);
  });

  it('an AWS managed policy by name is attached; AdministratorAccess fails IAM1', () => {
    const findings = scanFiles({ 'template.yaml': withPolicies('        - AdministratorAccess') }).findings;
    expect(statusesAt(findings, 'IAM1', 'WorkerRole')).toContain('fail');
  });

  it('a policy template this tool does not know is unknown for IAM1, not a pass', () => {
    const findings = scanFiles({ 'template.yaml': withPolicies('        - RekognitionDetectOnlyPolicy: {}') }).findings;
    expect(statusesAt(findings, 'IAM1', 'WorkerRole')).toContain('unknown');
  });

  it('a function with its own Role gets no generated role', () => {
    const text = withPolicies("        - Statement:\n            - Effect: Allow\n              Action: '*'\n              Resource: '*'").replace(
      '      Policies:',
      '      Role: arn:aws:iam::123456789012:role/existing\n      Policies:',
    );
    const scan = scanFiles({ 'template.yaml': text });
    expect(scan.findings.some((f) => f.resource.key === 'WorkerRole')).toBe(false);
  });
});

describe('SAM function URLs and APIs', () => {
  const fn = (extra: string, apis = '') =>
    sam(`
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: app/
${extra}
${apis}`);

  it('FunctionUrlConfig AuthType NONE fails AUTH1 on ApiUrl; AWS_IAM passes', () => {
    expect(statusesAt(scanFiles({ 't.yaml': fn('      FunctionUrlConfig:\n        AuthType: NONE') }).findings, 'AUTH1', 'ApiUrl')).toEqual(['fail']);
    expect(statusesAt(scanFiles({ 't.yaml': fn('      FunctionUrlConfig:\n        AuthType: AWS_IAM') }).findings, 'AUTH1', 'ApiUrl')).toEqual(['pass']);
  });

  const apiEvent = (auth = '') =>
    `      Events:\n        GetOrders:\n          Type: Api\n          Properties:\n            Path: /orders\n            Method: get\n            RestApiId: !Ref OrdersApi\n${auth}`;
  const ordersApi = (props: string) => `  OrdersApi:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: prod\n${props}`;
  const cognito =
    '      Auth:\n        DefaultAuthorizer: Cognito\n        Authorizers:\n          Cognito:\n            UserPoolArn: arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_example\n';

  it('an implicit ServerlessRestApi method without Auth fails AUTH1; its Prod stage without access logs fails LOG2', () => {
    const text = fn('      Events:\n        Hello:\n          Type: Api\n          Properties:\n            Path: /hello\n            Method: get');
    const findings = scanFiles({ 't.yaml': text }).findings;
    expect(statusesAt(findings, 'AUTH1', 'ApiHelloMethod')).toEqual(['fail']);
    expect(statusesAt(findings, 'LOG2', 'ServerlessRestApiProdStage')).toEqual(['fail']);
  });

  it('a Cognito DefaultAuthorizer on the Api passes AUTH1; an event with Authorizer NONE overrides it and fails', () => {
    expect(statusesAt(scanFiles({ 't.yaml': fn(apiEvent(), ordersApi(cognito)) }).findings, 'AUTH1', 'ApiGetOrdersMethod')).toEqual(['pass']);
    const none = apiEvent('            Auth:\n              Authorizer: NONE\n');
    expect(statusesAt(scanFiles({ 't.yaml': fn(none, ordersApi(cognito)) }).findings, 'AUTH1', 'ApiGetOrdersMethod')).toEqual(['fail']);
  });

  it('MethodSettings with DataTraceEnabled fail LOG3 on the stage; AccessLogSetting passes LOG2', () => {
    const props = '      MethodSettings:\n        - ResourcePath: "/*"\n          HttpMethod: "*"\n          DataTraceEnabled: true\n          LoggingLevel: INFO\n';
    expect(statusesAt(scanFiles({ 't.yaml': fn(apiEvent(), ordersApi(props)) }).findings, 'LOG3', 'OrdersApiprodStage')).toContain('fail');
    const logs =
      "      AccessLogSetting:\n        DestinationArn: arn:aws:logs:us-east-1:123456789012:log-group:api\n        Format: '$context.requestId $context.identity.sourceIp $context.status'\n";
    expect(statusesAt(scanFiles({ 't.yaml': fn(apiEvent(), ordersApi(logs)) }).findings, 'LOG2', 'OrdersApiprodStage')).toEqual(['pass']);
  });

  it('a Domain with SecurityPolicy TLS_1_0 fails TLS6; TLS_1_2 passes', () => {
    const domain = (policy: string) =>
      `      Domain:\n        DomainName: api.example.com\n        CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/example\n        SecurityPolicy: ${policy}\n`;
    expect(statusesAt(scanFiles({ 't.yaml': fn(apiEvent(), ordersApi(domain('TLS_1_0'))) }).findings, 'TLS6', 'OrdersApiDomainName')).toEqual(['fail']);
    expect(statusesAt(scanFiles({ 't.yaml': fn(apiEvent(), ordersApi(domain('TLS_1_2'))) }).findings, 'TLS6', 'OrdersApiDomainName')).toEqual(['pass']);
  });

  it('HttpApi events: the implicit API route without auth fails AUTH1; a JWT DefaultAuthorizer passes', () => {
    const event = '      Events:\n        List:\n          Type: HttpApi\n          Properties:\n            Path: /items\n            Method: GET\n';
    expect(statusesAt(scanFiles({ 't.yaml': fn(event) }).findings, 'AUTH1', 'ApiListRoute')).toEqual(['fail']);
    const named = `${event}            ApiId: !Ref ItemsApi\n`;
    const jwt =
      '  ItemsApi:\n    Type: AWS::Serverless::HttpApi\n    Properties:\n      Auth:\n        DefaultAuthorizer: Jwt\n        Authorizers:\n          Jwt:\n            JwtConfiguration:\n              issuer: https://issuer.example.com\n              audience: [app]\n            IdentitySource: $request.header.Authorization\n';
    const findings = scanFiles({ 't.yaml': fn(named, jwt) }).findings;
    expect(statusesAt(findings, 'AUTH1', 'ApiListRoute')).toEqual(['pass']);
    expect(statusesAt(findings, 'LOG2', 'ItemsApiApiGatewayDefaultStage')).toEqual(['fail']);
  });

  it('an inline OpenAPI DefinitionBody leaves its methods unknown for AUTH1', () => {
    const findings = scanFiles({ 't.yaml': fn(apiEvent(), ordersApi('      DefinitionBody:\n        openapi: 3.0.1\n        paths: {}\n')) }).findings;
    expect(statusesAt(findings, 'AUTH1', 'OrdersApi')).toEqual(['unknown']);
  });
});

describe('SAM SimpleTable and unsupported types', () => {
  it('a SimpleTable without SSESpecification is on the AWS-owned key (DATA4 advisory fail); with a customer key it passes', () => {
    const table = (sse: string) => sam(`\nResources:\n  Orders:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      PrimaryKey:\n        Name: id\n        Type: String\n${sse}`);
    expect(statusesAt(scanFiles({ 't.yaml': table('') }).findings, 'DATA4', 'Orders')).toEqual(['fail']);
    const kms = '      SSESpecification:\n        SSEEnabled: true\n        SSEType: KMS\n        KMSMasterKeyId: arn:aws:kms:us-east-1:123456789012:key/example\n';
    // SAM passes SimpleTable's SSESpecification to the table as written.
    expect(statusesAt(scanFiles({ 't.yaml': table(kms) }).findings, 'DATA4', 'Orders')).toEqual(['pass']);
  });

  it('an AWS::Serverless::StateMachine is unknown for IAM1 (its generated role), with a message naming it', () => {
    const text = sam('\nResources:\n  Flow:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: statemachine/flow.asl.json\n');
    const findings = scanFiles({ 't.yaml': text }).findings;
    expect(statusesAt(findings, 'IAM1', 'Flow')).toEqual(['unknown']);
    expect(findings.find((f) => f.requirement === 'IAM1' && f.resource.key === 'Flow')?.message).toContain('AWS::Serverless::StateMachine');
  });

  it('SAM resources in a template without the Transform line are still judged as SAM writes them, never skipped', () => {
    const text = 'Resources:\n  Legacy:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: nodejs12.x\n      Handler: index.handler\n      CodeUri: s3://bucket/key\n';
    expect(statusesAt(scanFiles({ 't.yaml': text }).findings, 'RUN1', 'Legacy')).toEqual(['fail']);
  });
});
