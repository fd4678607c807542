import { LOG3 } from '../../src/rules/log/LOG3-no-data-trace';
import { factFromPulumi } from '../../src/pulumi/pack/facts';
import { TestResource, UNKNOWN, runPulumi, statuses, urnOf } from '../support/pulumi-stack';

const settings = (name: string, s: unknown): TestResource => ({
  type: 'aws:apigateway/methodSettings:MethodSettings',
  name,
  props: { restApi: 'api-1', stageName: 'prod', methodPath: '*/*', settings: s },
});
/** `methodSettings` is the CloudFormation Stage shape (MethodSettings[].DataTraceEnabled) as its adapter renames it. */
const restStage = (name: string, props: Record<string, unknown>): TestResource => ({
  type: 'aws:apigateway/stage:Stage',
  name,
  props: { restApi: 'api-1', deployment: 'dep-1', stageName: 'prod', ...props },
});
const v2Stage = (name: string, props: Record<string, unknown>): TestResource => ({ type: 'aws:apigatewayv2/stage:Stage', name, props: { apiId: 'api-2', name: '$default', ...props } });
const fact = (r: TestResource) => factFromPulumi({ ...r, urn: urnOf(r) })!;

describe('LOG3 no data trace in API Gateway logs', () => {
  describe('apigateway:MethodSettings', () => {
    it('passes false or absent (default off), fails true (mandatory), reports unknown', () => {
      const f = runPulumi(LOG3, [
        settings('off', { dataTraceEnabled: false, loggingLevel: 'ERROR' }),
        settings('absent', { metricsEnabled: true }),
        settings('on', { dataTraceEnabled: true, loggingLevel: 'INFO' }),
        settings('later', { dataTraceEnabled: UNKNOWN }),
        settings('all-later', UNKNOWN),
      ]);
      expect(statuses(f)).toEqual(['off: pass', 'absent: pass', 'on: fail', 'later: unknown', 'all-later: unknown']);
      expect(f[2].enforcement).toBe('mandatory');
      expect(f[2].message).toContain('settings.dataTraceEnabled is true');
      expect(f[3].message).toContain('settings.dataTraceEnabled');
    });

    it('remediates to dataTraceEnabled false, keeping the other settings', () => {
      expect(LOG3.remediate!(fact(settings('on', { dataTraceEnabled: true, loggingLevel: 'INFO' })))).toEqual({
        restApi: 'api-1',
        stageName: 'prod',
        methodPath: '*/*',
        settings: { dataTraceEnabled: false, loggingLevel: 'INFO' },
      });
    });
  });

  describe('apigateway:Stage (CloudFormation MethodSettings)', () => {
    it('passes a stage without method settings (Pulumi) or with data trace off; fails one entry on; unknown', () => {
      const f = runPulumi(LOG3, [
        restStage('plain', {}),
        restStage('off', { methodSettings: [{ resourcePath: '/*', httpMethod: '*', dataTraceEnabled: false }] }),
        restStage('on', {
          methodSettings: [
            { resourcePath: '/*', httpMethod: '*', loggingLevel: 'INFO' },
            { resourcePath: '/items', httpMethod: 'GET', dataTraceEnabled: true },
          ],
        }),
        restStage('later', { methodSettings: [{ resourcePath: '/*', httpMethod: '*', dataTraceEnabled: UNKNOWN }] }),
      ]);
      expect(statuses(f)).toEqual(['plain: pass', 'off: pass', 'on: fail', 'later: unknown']);
      expect(f[2].message).toContain('methodSettings[1].dataTraceEnabled is true');
    });

    it('remediates only the entries that were on', () => {
      const fixed = LOG3.remediate!(
        fact(
          restStage('on', {
            methodSettings: [
              { httpMethod: '*', loggingLevel: 'INFO' },
              { httpMethod: 'GET', dataTraceEnabled: true },
            ],
          }),
        ),
      );
      expect(fixed?.methodSettings).toEqual([
        { httpMethod: '*', loggingLevel: 'INFO' },
        { httpMethod: 'GET', dataTraceEnabled: false },
      ]);
    });
  });

  describe('apigatewayv2:Stage', () => {
    it('judges defaultRouteSettings and routeSettings', () => {
      const f = runPulumi(LOG3, [
        v2Stage('plain', {}),
        v2Stage('off', { defaultRouteSettings: { dataTraceEnabled: false, loggingLevel: 'ERROR' }, routeSettings: [{ routeKey: 'sendmessage', loggingLevel: 'INFO' }] }),
        v2Stage('default-on', { defaultRouteSettings: { dataTraceEnabled: true } }),
        v2Stage('route-on', { routeSettings: [{ routeKey: '$connect', dataTraceEnabled: true }] }),
        v2Stage('later', { defaultRouteSettings: UNKNOWN }),
        v2Stage('route-later', { routeSettings: [{ routeKey: '$connect', dataTraceEnabled: UNKNOWN }] }),
      ]);
      expect(statuses(f)).toEqual(['plain: pass', 'off: pass', 'default-on: fail', 'route-on: fail', 'later: unknown', 'route-later: unknown']);
      expect(f[2].message).toContain('defaultRouteSettings.dataTraceEnabled');
      expect(f[3].message).toContain('routeSettings[0].dataTraceEnabled');
    });

    it('remediates both places', () => {
      const fixed = LOG3.remediate!(fact(v2Stage('on', { defaultRouteSettings: { dataTraceEnabled: true }, routeSettings: [{ routeKey: '$connect', dataTraceEnabled: true }] })));
      expect(fixed?.defaultRouteSettings).toEqual({ dataTraceEnabled: false });
      expect(fixed?.routeSettings).toEqual([{ routeKey: '$connect', dataTraceEnabled: false }]);
    });
  });
});
