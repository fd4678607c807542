/** LOG3's cases, written once for both engines: the parity test (test/parity/LOG3.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { LOG3 } from '../../src/rules/log/LOG3-no-data-trace';
import { T, cfn, noDefault, resource } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

/**
 * A REST stage's method settings are part of the stage in CloudFormation (one resource, one verdict) and
 * an `aws.apigateway.MethodSettings` resource in Pulumi, which carries the verdict there; a Pulumi Stage
 * itself has no data-trace switch, so the Pulumi side of a case with method settings is that resource,
 * named like the stage.
 */
const settings = (name: string, s: unknown) => resource(T.methodSettings, name, { restApi: 'api-1', stageName: 'prod', methodPath: '*/*', settings: s });
const restStage = (name: string) => resource(T.restStage, name, { restApi: 'api-1', deployment: 'dep-1', stageName: 'prod' });
const cfRestStage = (props: Record<string, unknown> = {}) => cfn('AWS::ApiGateway::Stage', { RestApiId: 'api-1', DeploymentId: 'dep-1', StageName: 'prod', TracingEnabled: true, ...props });
const all = (s: Record<string, unknown>) => ({ ResourcePath: '/*', HttpMethod: '*', ...s });

const v2Stage = (name: string, props: Record<string, unknown>) => resource(T.v2Stage, name, { apiId: 'api-2', name: 'prod', ...props });
const cfV2Stage = (props: Record<string, unknown>) => cfn('AWS::ApiGatewayV2::Stage', { ApiId: 'api-2', StageName: 'prod', ...props });

const deployment = (StageDescription: unknown) => cfn('AWS::ApiGateway::Deployment', { RestApiId: 'api-1', StageName: 'prod', StageDescription });

export const LOG3_CASES: RequirementCases = {
  rule: LOG3,
  groups: [
    {
      titles: ['LOG3 parity: no API Gateway data trace', 'REST stages (CloudFormation MethodSettings; Pulumi MethodSettings resources)'],
      cases: [
        {
          name: 'compliant: no method settings; DataTraceEnabled false with INFO logging',
          pulumi: [restStage('Plain'), settings('Quiet', { dataTraceEnabled: false, loggingLevel: 'INFO', metricsEnabled: true })],
          cfn: { Plain: cfRestStage(), Quiet: cfRestStage({ MethodSettings: [all({ DataTraceEnabled: false, LoggingLevel: 'INFO', MetricsEnabled: true })] }) },
          expected: ['Plain: pass', 'Quiet: pass'],
        },
        {
          name: 'non-compliant: DataTraceEnabled true (and "true" as a string)',
          pulumi: [settings('Traced', { dataTraceEnabled: true, loggingLevel: 'INFO' }), settings('Text', { dataTraceEnabled: true })],
          cfn: { Traced: cfRestStage({ MethodSettings: [all({ DataTraceEnabled: true, LoggingLevel: 'INFO' })] }), Text: cfRestStage({ MethodSettings: [all({ DataTraceEnabled: 'true' })] }) },
          expected: ['Traced: fail', 'Text: fail'],
        },
        {
          name: 'unknown: DataTraceEnabled from a parameter without a default, the method settings from Fn::ImportValue',
          pulumi: [settings('ByParam', { dataTraceEnabled: UNKNOWN }), settings('ByImport', UNKNOWN)],
          cfn: {
            Parameters: noDefault('Trace'),
            Resources: {
              ByParam: cfRestStage({ MethodSettings: [all({ DataTraceEnabled: { Ref: 'Trace' } })] }),
              ByImport: cfRestStage({ MethodSettings: { 'Fn::ImportValue': 'method-settings' } }),
            },
          },
          expected: ['ByParam: unknown', 'ByImport: unknown'],
        },
      ],
    },
    {
      titles: ['LOG3 parity: no API Gateway data trace', 'a REST deployment that creates its stage (StageDescription) = a Pulumi Stage and its MethodSettings'],
      cases: [
        {
          name: 'compliant: stage-wide DataTraceEnabled false with INFO logging; non-compliant: stage-wide true, or true on one method; unknown: from a parameter',
          pulumi: [
            settings('Quiet', { dataTraceEnabled: false, loggingLevel: 'INFO' }),
            settings('Traced', { dataTraceEnabled: true, loggingLevel: 'INFO' }),
            resource(T.methodSettings, 'OneMethod', { restApi: 'api-1', stageName: 'prod', methodPath: 'orders/POST', settings: { dataTraceEnabled: true } }),
            settings('ByParam', { dataTraceEnabled: UNKNOWN }),
          ],
          cfn: {
            Parameters: noDefault('Trace'),
            Resources: {
              Quiet: deployment({ DataTraceEnabled: false, LoggingLevel: 'INFO' }),
              Traced: deployment({ DataTraceEnabled: true, LoggingLevel: 'INFO' }),
              OneMethod: deployment({ LoggingLevel: 'ERROR', MethodSettings: { ResourcePath: '/orders', HttpMethod: 'POST', DataTraceEnabled: true } }),
              ByParam: deployment({ DataTraceEnabled: { Ref: 'Trace' } }),
            },
          },
          expected: ['Quiet: pass', 'Traced: fail', 'OneMethod: fail', 'ByParam: unknown'],
        },
      ],
    },
    {
      titles: ['LOG3 parity: no API Gateway data trace', 'HTTP/WebSocket stages (CloudFormation RouteSettings map = Pulumi routeSettings list)'],
      cases: [
        {
          name: 'compliant: default route settings off, a route logging at INFO without data trace',
          pulumi: [v2Stage('Ws', { defaultRouteSettings: { dataTraceEnabled: false, loggingLevel: 'ERROR' }, routeSettings: [{ routeKey: '$connect', loggingLevel: 'INFO' }] })],
          cfn: { Ws: cfV2Stage({ DefaultRouteSettings: { DataTraceEnabled: false, LoggingLevel: 'ERROR' }, RouteSettings: { $connect: { LoggingLevel: 'INFO' } } }) },
          expected: ['Ws: pass'],
        },
        {
          name: 'non-compliant: data trace on the default route settings, on one route',
          pulumi: [v2Stage('Default', { defaultRouteSettings: { dataTraceEnabled: true } }), v2Stage('Route', { routeSettings: [{ routeKey: 'sendMessage', dataTraceEnabled: true }] })],
          cfn: {
            Default: cfV2Stage({ DefaultRouteSettings: { DataTraceEnabled: true } }),
            Route: cfV2Stage({ RouteSettings: { sendMessage: { DataTraceEnabled: true } } }),
          },
          expected: ['Default: fail', 'Route: fail'],
        },
        {
          name: 'unknown: the route settings from Fn::ImportValue, one route setting from a parameter without a default',
          pulumi: [v2Stage('Imported', { routeSettings: UNKNOWN }), v2Stage('ByParam', { routeSettings: [{ routeKey: '$connect', dataTraceEnabled: UNKNOWN }] })],
          cfn: {
            Parameters: noDefault('Trace'),
            Resources: {
              Imported: cfV2Stage({ RouteSettings: { 'Fn::ImportValue': 'route-settings' } }),
              ByParam: cfV2Stage({ RouteSettings: { $connect: { DataTraceEnabled: { Ref: 'Trace' } } } }),
            },
          },
          expected: ['Imported: unknown', 'ByParam: unknown'],
        },
      ],
    },
  ],
};
