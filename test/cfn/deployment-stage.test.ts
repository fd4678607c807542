/**
 * The stage an AWS::ApiGateway::Deployment creates (StageName + StageDescription): LOG3 names the
 * stage-wide data trace where the template writes it, `StageDescription.DataTraceEnabled`, and the
 * description's own MethodSettings by the indices the template gives them.
 */
import { LOG3 } from '../../src/rules/log/LOG3-no-data-trace';
import { runCfn } from '../support/cfn-stack';
import { statuses } from '../support/pulumi-stack';

const deployment = (StageDescription: unknown) => ({ Type: 'AWS::ApiGateway::Deployment', Properties: { RestApiId: 'api-1', StageName: 'prod', StageDescription } });

describe('LOG3 on a deployment\u2019s inline stage', () => {
  const findings = runCfn(LOG3, {
    Parameters: { Trace: { Type: 'String', AllowedValues: ['true', 'false'] } },
    Resources: {
      StageWide: deployment({ DataTraceEnabled: true, LoggingLevel: 'INFO' }),
      Both: deployment({ DataTraceEnabled: true, MethodSettings: [{ ResourcePath: '/orders', HttpMethod: 'POST', DataTraceEnabled: true }] }),
      OneMethod: deployment({ LoggingLevel: 'ERROR', MethodSettings: [{ ResourcePath: '/orders', HttpMethod: 'POST', DataTraceEnabled: true }] }),
      Quiet: deployment({ DataTraceEnabled: false, LoggingLevel: 'INFO' }),
      ByParam: deployment({ DataTraceEnabled: { Ref: 'Trace' } }),
    },
  });
  const message = (name: string) => findings.find((f) => f.resource.name === name)?.message ?? '';

  it('judges the stage-wide switch and each method setting', () => {
    expect(statuses(findings)).toEqual(['StageWide: fail', 'Both: fail', 'OneMethod: fail', 'Quiet: pass', 'ByParam: unknown']);
  });

  it('names the stage-wide switch StageDescription.DataTraceEnabled, never a method setting the template does not write', () => {
    expect(message('StageWide')).toMatch(/^StageDescription\.DataTraceEnabled is true: /);
    expect(message('Both')).toMatch(/^StageDescription\.DataTraceEnabled, methodSettings\[0\]\.dataTraceEnabled are true: /);
    expect(message('OneMethod')).toMatch(/^methodSettings\[0\]\.dataTraceEnabled is true: /);
    expect(findings.map((f) => f.message).join('\n')).not.toContain('methodSettings[1]');
  });
});
