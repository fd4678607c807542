/**
 * `AWS::Serverless::Function` as the SAM translator writes it (aws/serverless-application-model
 * samtranslator/model/sam_resources.py SamFunction.to_cloudformation, commit 7000d0a3b0e5e0d9fca014ce135850718aad1290):
 * the AWS::Lambda::Function under the same logical ID, the execution role `<Id>Role` when the
 * function names no `Role`, and `<Id>Url` for a `FunctionUrlConfig`. Its Api/HttpApi events are
 * returned for apis.ts, which adds them to their (possibly implicit) API.
 */
import { Invisible } from '../invisible';
import { policyTemplateStatements } from './policy-templates';
import { CfnResource, Expansion, Json, JsonMap, isMap, present, referencedId, tagList } from './common';

export interface ApiEvent {
  functionId: string;
  eventId: string;
  kind: 'Api' | 'HttpApi';
  /** The API's logical ID: the one named by RestApiId/ApiId, else SAM's implicit ServerlessRestApi/ServerlessHttpApi. */
  apiId: string;
  path: Json;
  method: Json;
  auth: JsonMap;
  condition?: Json;
}

const LAMBDA_PROPERTIES = [
  'Runtime',
  'Handler',
  'Environment',
  'MemorySize',
  'Timeout',
  'VpcConfig',
  'KmsKeyArn',
  'Layers',
  'Architectures',
  'ReservedConcurrentExecutions',
  'FunctionName',
  'Description',
  'PackageType',
  'ImageConfig',
  'EphemeralStorage',
  'LoggingConfig',
  'FileSystemConfigs',
  'CodeSigningConfigArn',
  'SnapStart',
  'RuntimeManagementConfig',
];

const IAM_KINDS = ['iam:Role', 'iam:InlinePolicy', 'iam:Policy', 'iam:PolicyAttachment'] as const;

const managedArn = (name: string): Json => ({ 'Fn::Sub': `arn:\${AWS::Partition}:iam::aws:policy/${name}` });

/** `CodeUri`/`InlineCode`/`ImageUri` as the function's `Code` (a local path is what `sam package` uploads: no Code yet). */
function codeOf(props: JsonMap): Json {
  if (props.InlineCode !== undefined) return { ZipFile: props.InlineCode };
  if (props.ImageUri !== undefined) return { ImageUri: props.ImageUri };
  const uri = props.CodeUri;
  if (typeof uri === 'string') {
    const s3 = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
    return s3 ? { S3Bucket: s3[1], S3Key: s3[2] } : undefined;
  }
  if (isMap(uri) && uri.Bucket !== undefined) return { S3Bucket: uri.Bucket, S3Key: uri.Key, ...(uri.Version !== undefined ? { S3ObjectVersion: uri.Version } : {}) };
  return undefined;
}

function isIntrinsic(v: Json): boolean {
  return isMap(v) && Object.keys(v).length === 1 && /^(Ref|Fn::)/.test(Object.keys(v)[0]);
}

/**
 * The generated role. Policies: a managed policy name or ARN (or an intrinsic giving one) is attached;
 * a document with `Statement` is inline as `<Id>RolePolicy<n>`; a policy template becomes its
 * statements, inline the same way. SAM always attaches AWSLambdaBasicExecutionRole, and the VPC and
 * X-Ray managed policies when the function is in a VPC or traced (sam_resources.py _construct_role).
 */
function executionRole(id: string, props: JsonMap, invisible: Invisible[]): CfnResource {
  const managed: Json[] = [managedArn('service-role/AWSLambdaBasicExecutionRole')];
  if (props.VpcConfig !== undefined) managed.push(managedArn('service-role/AWSLambdaVPCAccessExecutionRole'));
  if (props.Tracing === 'Active') managed.push(managedArn('AWSXrayWriteOnlyAccess'));
  const inline: JsonMap[] = [];
  const policies = props.Policies === undefined ? [] : Array.isArray(props.Policies) ? props.Policies : [props.Policies];
  policies.forEach((policy, i) => {
    if (typeof policy === 'string') managed.push(policy.startsWith('arn:') ? policy : managedArn(policy));
    else if (isIntrinsic(policy)) managed.push(policy);
    else if (isMap(policy) && policy.Statement !== undefined) inline.push({ PolicyName: `${id}RolePolicy${i}`, PolicyDocument: policy });
    else if (isMap(policy) && Object.keys(policy).length === 1) {
      const [name, given] = Object.entries(policy)[0];
      const statements = policyTemplateStatements(name, given);
      if (statements) inline.push({ PolicyName: `${id}RolePolicy${i}`, PolicyDocument: { Version: '2012-10-17', Statement: statements } });
      else invisible.push({ key: `${id}Role`, type: 'AWS::IAM::Role', what: `SAM policy template ${name} of ${id} (not one this tool knows, or its parameters missing)`, kinds: IAM_KINDS });
    } else invisible.push({ key: `${id}Role`, type: 'AWS::IAM::Role', what: `Policies[${i}] of ${id}`, kinds: IAM_KINDS });
  });
  const role: JsonMap = {
    AssumeRolePolicyDocument: props.AssumeRolePolicyDocument ?? {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }],
    },
    ManagedPolicyArns: managed,
    ...present(props, ['PermissionsBoundary']),
  };
  if (inline.length > 0) role.Policies = inline;
  if (props.RolePath !== undefined) role.Path = props.RolePath;
  if (props.Tags !== undefined) role.Tags = tagList(props.Tags);
  return { Type: 'AWS::IAM::Role', Properties: role };
}

export function expandFunction(id: string, props: JsonMap, base: Omit<CfnResource, 'Type' | 'Properties'>): Expansion & { events: ApiEvent[] } {
  const invisible: Invisible[] = [];
  const resources: Record<string, CfnResource> = {};
  const fn: JsonMap = present(props, LAMBDA_PROPERTIES);
  const code = codeOf(props);
  if (code !== undefined) fn.Code = code;
  fn.Role = props.Role ?? { 'Fn::GetAtt': [`${id}Role`, 'Arn'] };
  if (props.Tracing !== undefined) fn.TracingConfig = { Mode: props.Tracing };
  if (isMap(props.DeadLetterQueue)) fn.DeadLetterConfig = { TargetArn: props.DeadLetterQueue.TargetArn };
  if (props.Tags !== undefined) fn.Tags = tagList(props.Tags);
  resources[id] = { ...base, Type: 'AWS::Lambda::Function', Properties: fn };
  if (props.Role === undefined) resources[`${id}Role`] = { ...base, ...executionRole(id, props, invisible) };
  if (isMap(props.FunctionUrlConfig)) {
    resources[`${id}Url`] = {
      ...base,
      Type: 'AWS::Lambda::Url',
      Properties: { TargetFunctionArn: { Ref: id }, ...present(props.FunctionUrlConfig, ['AuthType', 'Cors', 'InvokeMode']) },
    };
  }
  const events: ApiEvent[] = [];
  for (const [eventId, event] of Object.entries(isMap(props.Events) ? props.Events : {})) {
    if (!isMap(event) || (event.Type !== 'Api' && event.Type !== 'HttpApi')) continue;
    const p = isMap(event.Properties) ? event.Properties : {};
    const named = referencedId(event.Type === 'Api' ? p.RestApiId : p.ApiId);
    events.push({
      functionId: id,
      eventId,
      kind: event.Type,
      apiId: named ?? (event.Type === 'Api' ? 'ServerlessRestApi' : 'ServerlessHttpApi'),
      path: p.Path,
      method: p.Method,
      auth: isMap(p.Auth) ? p.Auth : {},
      ...(base.Condition !== undefined ? { condition: base.Condition } : {}),
    });
  }
  return { resources, invisible, events };
}
