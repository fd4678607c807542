/**
 * `Transform: AWS::Serverless-2016-10-31`: the template as the SAM translator would hand it to
 * CloudFormation, for the resources and properties the checks read. Other resources pass through.
 * SAM types not expanded here are reported as invisible (invisible.ts) with the kinds of what SAM
 * generates for them.
 */
import { Kind } from '../../../facts/kinds';
import { Invisible } from '../invisible';
import { expandHttpApi, expandRestApi } from './apis';
import { CfnResource, Json, JsonMap, isMap, present } from './common';
import { ApiEvent, expandFunction } from './function';
import { globalsFor, withGlobals } from './globals';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** What SAM generates for the types not expanded here (sam_resources.py), so their requirements are unknown. */
const UNSUPPORTED: Readonly<Record<string, readonly Kind[] | 'all'>> = {
  // A state machine gets an execution role and, with Logging, a log destination.
  'AWS::Serverless::StateMachine': ['iam:Role', 'iam:InlinePolicy', 'iam:Policy', 'iam:PolicyAttachment', 'cloudwatch:LogGroup'],
  // An application is a nested stack from the Serverless Application Repository: anything.
  'AWS::Serverless::Application': 'all',
  // A layer version is code only; no requirement judges it, so it is listed without kinds.
  'AWS::Serverless::LayerVersion': [],
  // AppSync: service roles for the data sources, an API key, logging.
  'AWS::Serverless::GraphQLApi': ['iam:Role', 'iam:InlinePolicy', 'iam:Policy', 'cloudwatch:LogGroup'],
  // A WebSocket API: routes (authorized on $connect), a stage with its logging, a custom domain.
  'AWS::Serverless::WebSocketApi': ['apigatewayv2:Route', 'apigatewayv2:Stage', 'apigatewayv2:DomainName'],
  // A connector writes IAM policies, or resource policies on queues, topics, buckets.
  'AWS::Serverless::Connector': ['iam:Policy', 'iam:InlinePolicy', 's3:BucketPolicy', 'secretsmanager:SecretPolicy'],
};

export interface SamExpansion {
  template: JsonMap;
  invisible: Invisible[];
  /** Each generated logical ID to the SAM resource it came from (for source locations). */
  origin: Map<string, string>;
}

function baseOf(entry: JsonMap): Omit<CfnResource, 'Type' | 'Properties'> {
  return present(entry, ['Condition', 'DependsOn', 'Metadata']) as Omit<CfnResource, 'Type' | 'Properties'>;
}

function simpleTable(props: JsonMap): JsonMap {
  const key = isMap(props.PrimaryKey) ? props.PrimaryKey : { Name: 'id', Type: 'String' };
  const attrType = key.Type === 'Number' ? 'N' : key.Type === 'Binary' ? 'B' : key.Type === undefined || key.Type === 'String' ? 'S' : key.Type;
  return {
    ...present(props, ['TableName', 'SSESpecification', 'ProvisionedThroughput']),
    // Without ProvisionedThroughput SAM makes the table on-demand (sam_resources.py SamSimpleTable).
    ...(props.ProvisionedThroughput === undefined ? { BillingMode: 'PAY_PER_REQUEST' } : {}),
    KeySchema: [{ AttributeName: key.Name, KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: key.Name, AttributeType: attrType }],
    ...(isMap(props.Tags) ? { Tags: Object.entries(props.Tags).map(([Key, Value]) => ({ Key, Value })) } : {}),
  };
}

export function expandSam(template: JsonMap): SamExpansion {
  const input = isMap(template.Resources) ? template.Resources : {};
  const out: Record<string, Json> = {};
  const invisible: Invisible[] = [];
  const origin = new Map<string, string>();
  const events: ApiEvent[] = [];
  const apis: [string, JsonMap, 'Api' | 'HttpApi'][] = [];
  const add = (from: string, resources: Record<string, CfnResource>) => {
    for (const [id, r] of Object.entries(resources)) {
      // A resource the template declares itself wins over a generated one of the same ID, as in SAM
      // (its plugins skip generating what exists); the generated one is then not checked twice.
      if (id in input && id !== from) continue;
      out[id] = r;
      origin.set(id, from);
    }
  };
  for (const [id, entry] of Object.entries(input)) {
    if (!isMap(entry) || typeof entry.Type !== 'string' || !entry.Type.startsWith('AWS::Serverless::')) {
      out[id] = entry;
      continue;
    }
    const props = withGlobals(globalsFor(template, entry.Type), isMap(entry.Properties) ? entry.Properties : {});
    switch (entry.Type) {
      case 'AWS::Serverless::Function': {
        const f = expandFunction(id, props, baseOf(entry));
        add(id, f.resources);
        invisible.push(...f.invisible);
        events.push(...f.events);
        break;
      }
      case 'AWS::Serverless::Api':
        apis.push([id, props, 'Api']);
        break;
      case 'AWS::Serverless::HttpApi':
        apis.push([id, props, 'HttpApi']);
        break;
      case 'AWS::Serverless::SimpleTable':
        add(id, { [id]: { ...baseOf(entry), Type: 'AWS::DynamoDB::Table', Properties: simpleTable(props) } });
        break;
      default: {
        out[id] = entry;
        const kinds = Object.prototype.hasOwnProperty.call(UNSUPPORTED, entry.Type) ? UNSUPPORTED[entry.Type] : 'all';
        invisible.push({ key: id, type: entry.Type, what: `${id} (${entry.Type}, a SAM type this tool does not expand)`, kinds });
      }
    }
  }
  // The implicit APIs exist when some event names no API; they take the Globals of their type too.
  for (const [implicit, kind, stage] of [
    ['ServerlessRestApi', 'Api', 'Prod'],
    ['ServerlessHttpApi', 'HttpApi', undefined],
  ] as const) {
    if (events.some((e) => e.apiId === implicit && e.kind === kind) && !apis.some(([id]) => id === implicit)) {
      const props = withGlobals(globalsFor(template, `AWS::Serverless::${kind}`), stage ? { StageName: stage } : {});
      // Methods are found in the template by the implicit API's first function.
      const first = events.find((e) => e.apiId === implicit) as ApiEvent;
      origin.set(implicit, first.functionId);
      apis.push([implicit, props, kind]);
    }
  }
  for (const [id, props, kind] of apis) {
    const own = events.filter((e) => e.apiId === id && e.kind === kind);
    const entry = input[id];
    const base = isMap(entry) ? baseOf(entry) : {};
    const expansion = kind === 'Api' ? expandRestApi(id, props, own, base) : expandHttpApi(id, props, own, base);
    add(origin.get(id) ?? id, expansion.resources);
    for (const e of own) {
      origin.set(`${e.functionId}${e.eventId}${kind === 'Api' ? 'Method' : 'Route'}`, e.functionId);
    }
    invisible.push(...expansion.invisible);
  }
  // An event naming an API the template does not declare as a SAM API: its method cannot be placed.
  const known = new Set(apis.map(([id]) => id));
  for (const e of events) {
    if (known.has(e.apiId)) continue;
    invisible.push({
      key: e.functionId,
      type: 'AWS::Serverless::Function',
      what: `the ${e.kind} event ${e.eventId} of ${e.functionId} on ${e.apiId} (not an AWS::Serverless::${e.kind} of this template)`,
      kinds: [e.kind === 'Api' ? 'apigateway:Method' : 'apigatewayv2:Route'],
    });
  }
  const { Globals: _globals, ...rest } = template;
  return { template: { ...rest, Resources: out }, invisible, origin };
}
