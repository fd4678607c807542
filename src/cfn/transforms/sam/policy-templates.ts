/**
 * SAM policy templates (`Policies: [{S3ReadPolicy: {BucketName: b}}]`) as the statements SAM writes
 * for them, ported from aws/serverless-application-model
 * samtranslator/policy_templates_data/policy_templates.json (commit 7000d0a3b0e5e0d9fca014ce135850718aad1290).
 * Only the templates teams use most are here; another name is unknown (invisible.ts), never assumed safe.
 */
type Json = unknown;

const arn = (service: string, rest: string, param: string): Json => ({
  'Fn::Sub': [`arn:\${AWS::Partition}:${service}:${rest}`, { p: { Ref: param } }],
});
const regional = (service: string, resource: string, param: string) => arn(service, `\${AWS::Region}:\${AWS::AccountId}:${resource}`, param);
const bucket = (): Json[] => [arn('s3', '::${p}', 'BucketName'), arn('s3', '::${p}/*', 'BucketName')];
const table = (): Json[] => [regional('dynamodb', 'table/${p}', 'TableName'), regional('dynamodb', 'table/${p}/index/*', 'TableName')];
const allow = (Action: string[], Resource: Json) => ({ Effect: 'Allow', Action, Resource });

const TEMPLATES: Readonly<Record<string, { params: string[]; statements: Json[] }>> = {
  S3ReadPolicy: { params: ['BucketName'], statements: [allow(['s3:GetObject', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObjectVersion', 's3:GetLifecycleConfiguration'], bucket())] },
  S3WritePolicy: { params: ['BucketName'], statements: [allow(['s3:PutObject', 's3:PutObjectAcl', 's3:PutLifecycleConfiguration'], bucket())] },
  S3CrudPolicy: {
    params: ['BucketName'],
    statements: [
      allow(
        [
          's3:GetObject',
          's3:ListBucket',
          's3:GetBucketLocation',
          's3:GetObjectVersion',
          's3:PutObject',
          's3:PutObjectAcl',
          's3:GetLifecycleConfiguration',
          's3:PutLifecycleConfiguration',
          's3:DeleteObject',
        ],
        bucket(),
      ),
    ],
  },
  DynamoDBReadPolicy: { params: ['TableName'], statements: [allow(['dynamodb:GetItem', 'dynamodb:Scan', 'dynamodb:Query', 'dynamodb:BatchGetItem', 'dynamodb:DescribeTable'], table())] },
  DynamoDBWritePolicy: { params: ['TableName'], statements: [allow(['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'], table())] },
  DynamoDBCrudPolicy: {
    params: ['TableName'],
    statements: [
      allow(
        [
          'dynamodb:GetItem',
          'dynamodb:DeleteItem',
          'dynamodb:PutItem',
          'dynamodb:Scan',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:BatchGetItem',
          'dynamodb:DescribeTable',
          'dynamodb:ConditionCheckItem',
        ],
        table(),
      ),
    ],
  },
  SQSPollerPolicy: {
    params: ['QueueName'],
    statements: [
      allow(
        ['sqs:ChangeMessageVisibility', 'sqs:ChangeMessageVisibilityBatch', 'sqs:DeleteMessage', 'sqs:DeleteMessageBatch', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage'],
        regional('sqs', '${p}', 'QueueName'),
      ),
    ],
  },
  SQSSendMessagePolicy: { params: ['QueueName'], statements: [allow(['sqs:SendMessage*'], regional('sqs', '${p}', 'QueueName'))] },
  SNSPublishMessagePolicy: { params: ['TopicName'], statements: [allow(['sns:Publish'], regional('sns', '${p}', 'TopicName'))] },
  LambdaInvokePolicy: { params: ['FunctionName'], statements: [allow(['lambda:InvokeFunction'], regional('lambda', 'function:${p}*', 'FunctionName'))] },
  SSMParameterReadPolicy: {
    params: ['ParameterName'],
    statements: [allow(['ssm:DescribeParameters'], '*'), allow(['ssm:GetParameters', 'ssm:GetParameter', 'ssm:GetParametersByPath'], regional('ssm', 'parameter/${p}', 'ParameterName'))],
  },
  AWSSecretsManagerGetSecretValuePolicy: { params: ['SecretArn'], statements: [allow(['secretsmanager:GetSecretValue'], { Ref: 'SecretArn' })] },
  KMSDecryptPolicy: { params: ['KeyId'], statements: [allow(['kms:Decrypt'], regional('kms', 'key/${p}', 'KeyId'))] },
  CloudWatchPutMetricPolicy: { params: [], statements: [allow(['cloudwatch:PutMetricData'], '*')] },
  EventBridgePutEventsPolicy: { params: ['EventBusName'], statements: [allow(['events:PutEvents'], regional('events', 'event-bus/${p}', 'EventBusName'))] },
  VPCAccessPolicy: {
    params: [],
    statements: [allow(['ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DetachNetworkInterface'], '*')],
  },
};

/** `{Ref: Param}` placeholders replaced by the values the function gives. */
function substituted(value: Json, given: Readonly<Record<string, unknown>>): Json {
  if (Array.isArray(value)) return value.map((v) => substituted(v, given));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  if (entries.length === 1 && entries[0][0] === 'Ref' && typeof entries[0][1] === 'string' && entries[0][1] in given) return given[entries[0][1]];
  return Object.fromEntries(entries.map(([k, v]) => [k, substituted(v, given)]));
}

/** The statements of the named template with the given parameters, or undefined for a template not known here (or a parameter missing). */
export function policyTemplateStatements(name: string, given: unknown): Json[] | undefined {
  const template = Object.prototype.hasOwnProperty.call(TEMPLATES, name) ? TEMPLATES[name] : undefined;
  if (!template) return undefined;
  const values = typeof given === 'object' && given !== null && !Array.isArray(given) ? (given as Record<string, unknown>) : {};
  if (template.params.some((p) => !(p in values))) return undefined;
  return template.statements.map((s) => substituted(s, values));
}
