/** HDR5's cases, written once for both engines: the parity test (test/parity/HDR5.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { HDR5 } from '../../src/rules/hdr/HDR5-trace-disabled';
import { T, cfDistribution, cfHttpsListener, cfLoadBalancer, cfn, distribution, httpsListener, loadBalancer, noDefault, resource } from '../parity/edge-fixtures';
import { UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const TRACE = { httpRequestMethod: { values: ['TRACE'] } };
const CF_TRACE = { Field: 'http-request-method', HttpRequestMethodConfig: { Values: ['TRACE'] } };
const FIXED = { type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '405', messageBody: 'Method Not Allowed' } };
const CF_FIXED = { Type: 'fixed-response', FixedResponseConfig: { ContentType: 'text/plain', StatusCode: '405', MessageBody: 'Method Not Allowed' } };

/** A listener rule of `listener` (a listener of the same test stack). */
const rule = (name: string, listener: string, conditions: unknown, actions: unknown = [FIXED]) =>
  resource(T.listenerRule, name, { listenerArn: UNKNOWN, priority: 1, conditions, actions }, { listenerArn: [listener] });
const cfRule = (listener: string, Conditions: unknown, Actions: unknown = [CF_FIXED]) =>
  cfn('AWS::ElasticLoadBalancingV2::ListenerRule', { ListenerArn: { Ref: listener }, Priority: 1, Conditions, Actions });

export const HDR5_CASES: RequirementCases = {
  rule: HDR5,
  groups: [
    {
      titles: ['HDR5 parity: TRACE disabled'],
      cases: [
        {
          name: 'compliant: CloudFront by construction; a listener with a rule answering TRACE with a fixed response',
          pulumi: [distribution('Site', {}), loadBalancer('Alb'), httpsListener('Https', 'Alb'), rule('Trace', 'Https', [TRACE])],
          cfn: { Site: cfDistribution({}), Alb: cfLoadBalancer(), Https: cfHttpsListener('Alb'), Trace: cfRule('Https', [CF_TRACE]) },
          expected: ['Site: pass', 'Https: pass'],
        },
        {
          name: 'non-compliant: no rule; a TRACE rule narrowed by a path (legacy Field path-pattern); a TRACE rule that forwards',
          pulumi: [
            loadBalancer('Alb'),
            httpsListener('Bare', 'Alb'),
            httpsListener('Narrow', 'Alb'),
            httpsListener('Forwarding', 'Alb'),
            rule('ApiOnly', 'Narrow', [TRACE, { pathPattern: { values: ['/api/*'] } }]),
            rule('Forwards', 'Forwarding', [TRACE], [{ type: 'forward', targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app/1' }]),
          ],
          cfn: {
            Alb: cfLoadBalancer(),
            Bare: cfHttpsListener('Alb'),
            Narrow: cfHttpsListener('Alb'),
            Forwarding: cfHttpsListener('Alb'),
            ApiOnly: cfRule('Narrow', [CF_TRACE, { Field: 'path-pattern', Values: ['/api/*'] }]),
            Forwards: cfRule('Forwarding', [CF_TRACE], [{ Type: 'forward', TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app/1' }]),
          },
          expected: ['Bare: fail', 'Narrow: fail', 'Forwarding: fail'],
        },
        {
          name: 'not applicable: an HTTP listener that only redirects; a listener of an internal ALB',
          pulumi: [
            loadBalancer('Alb'),
            loadBalancer('Inside', { internal: true }),
            httpsListener('Redirect', 'Alb', { protocol: 'HTTP', port: 80, defaultActions: [{ type: 'redirect', redirect: { protocol: 'HTTPS', statusCode: 'HTTP_301' } }] }),
            httpsListener('Internal', 'Inside'),
          ],
          cfn: {
            Alb: cfLoadBalancer(),
            Inside: cfLoadBalancer({ Scheme: 'internal' }),
            Redirect: cfHttpsListener('Alb', { Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_301' } }] }),
            Internal: cfHttpsListener('Inside'),
          },
          expected: ['Redirect: not-applicable', 'Internal: not-applicable'],
        },
        {
          name: 'unknown: rule conditions from Fn::ImportValue, a condition Field from a parameter without a default',
          pulumi: [loadBalancer('Alb'), httpsListener('Imported', 'Alb'), httpsListener('ByField', 'Alb'), rule('ImportedRule', 'Imported', UNKNOWN), rule('FieldRule', 'ByField', [TRACE, UNKNOWN])],
          cfn: {
            Parameters: noDefault('Field'),
            Resources: {
              Alb: cfLoadBalancer(),
              Imported: cfHttpsListener('Alb'),
              ByField: cfHttpsListener('Alb'),
              ImportedRule: cfRule('Imported', { 'Fn::ImportValue': 'rule-conditions' }),
              FieldRule: cfRule('ByField', [CF_TRACE, { Field: { Ref: 'Field' }, Values: ['/api/*'] }]),
            },
          },
          expected: ['Imported: unknown', 'ByField: unknown'],
        },
        {
          name: 'unknown: a listener without a TRACE rule while a rule of the stack names a listener not known (parameter without a default)',
          pulumi: [loadBalancer('Alb'), httpsListener('Bare', 'Alb'), resource(T.listenerRule, 'Stray', { listenerArn: UNKNOWN, priority: 2, conditions: [TRACE], actions: [FIXED] })],
          cfn: {
            Parameters: noDefault('ListenerArn'),
            Resources: {
              Alb: cfLoadBalancer(),
              Bare: cfHttpsListener('Alb'),
              Stray: cfn('AWS::ElasticLoadBalancingV2::ListenerRule', { ListenerArn: { Ref: 'ListenerArn' }, Priority: 2, Conditions: [CF_TRACE], Actions: [CF_FIXED] }),
            },
          },
          expected: ['Bare: unknown'],
        },
      ],
    },
  ],
};
