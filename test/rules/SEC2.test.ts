import { SEC2 } from '../../src/rules/sec/SEC2-secret-rotation';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const ARN = (n: string) => `arn:aws:secretsmanager:us-east-1:123456789012:secret:${n}-AbCdEf`;
const secret = (name: string): TestResource => ({ type: 'aws:secretsmanager/secret:Secret', name, props: { name, arn: ARN(name) } });
const rotation = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
  type: 'aws:secretsmanager/secretRotation:SecretRotation',
  name,
  props: { rotationLambdaArn: 'arn:aws:lambda:us-east-1:123456789012:function:rotate', ...props },
  dependsOn,
});

describe('SEC2 secrets rotate at most every N days', () => {
  it('passes automaticallyAfterDays within the limit, rate() in days and hours, and cron (with a message)', () => {
    const f = runPulumi(SEC2, [
      secret('a'),
      secret('b'),
      secret('c'),
      secret('d'),
      rotation('ra', { secretId: ARN('a'), rotationRules: { automaticallyAfterDays: 30 } }),
      rotation('rb', { secretId: ARN('b'), rotationRules: { scheduleExpression: 'rate(90 days)' } }),
      rotation('rc', { secretId: ARN('c'), rotationRules: { scheduleExpression: 'rate(12 hours)' } }),
      rotation('rd', { secretId: 'd', rotationRules: { scheduleExpression: 'cron(0 4 1 * ? *)' } }),
    ]);
    expect(statuses(f)).toEqual(['a: pass', 'b: pass', 'c: pass', 'd: pass']);
    expect(f[3].message).toContain('cron');
  });

  it('fails a missing rotation, a too-long interval, rotation turned off and no schedule', () => {
    const f = runPulumi(SEC2, [
      secret('none'),
      secret('long'),
      secret('long-rate'),
      secret('off'),
      secret('no-rules'),
      rotation('r1', { secretId: ARN('long'), rotationRules: { automaticallyAfterDays: 365 } }),
      rotation('r2', { secretId: ARN('long-rate'), rotationRules: { scheduleExpression: 'rate(120 days)' } }),
      rotation('r3', { secretId: ARN('off'), rotationEnabled: false }),
      rotation('r4', { secretId: ARN('no-rules') }),
    ]);
    expect(statuses(f)).toEqual(['none: fail', 'long: fail', 'long-rate: fail', 'off: fail', 'no-rules: fail']);
    expect(f[0].message).toContain('SecretRotation');
    expect(f[1].message).toContain('automaticallyAfterDays 365');
  });

  it('reads maxRotationDays from the config', () => {
    const resources = [secret('a'), rotation('ra', { secretId: ARN('a'), rotationRules: { automaticallyAfterDays: 30 } })];
    expect(statuses(runPulumi(SEC2, resources, { params: { maxRotationDays: 7 } }))).toEqual(['a: fail']);
    expect(SEC2.params).toEqual(['maxRotationDays']);
  });

  it('finds the rotation through a property dependency (unknown secretId)', () => {
    const f = runPulumi(SEC2, [secret('a'), rotation('ra', { secretId: UNKNOWN, rotationRules: { automaticallyAfterDays: 30 } }, { secretId: ['a'] })]);
    expect(statuses(f)).toEqual(['a: pass']);
  });

  it('reports unknown when a rotation might point at the secret, or its schedule is unknown', () => {
    const f = runPulumi(SEC2, [
      secret('a'),
      secret('b'),
      rotation('ra', { secretId: UNKNOWN, rotationRules: { automaticallyAfterDays: 30 } }),
      rotation('rb', { secretId: ARN('b'), rotationRules: { automaticallyAfterDays: UNKNOWN } }),
    ]);
    expect(statuses(f)).toEqual(['a: unknown', 'b: unknown']);
    expect(f[1].message).toContain('rotationRules.automaticallyAfterDays');
  });

  it('is advisory (catalog default)', () => {
    const f = runPulumi(SEC2, [secret('none')]);
    expect(f[0].enforcement).toBe('advisory');
  });
});
