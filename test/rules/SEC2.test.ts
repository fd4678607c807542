import { SEC2 } from '../../src/rules/sec/SEC2-secret-rotation';
import { rotationInterval } from '../../src/rules/sec/rotation-schedule';
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

  it('judges a cron schedule by its longest gap, not by being a cron: a yearly cron is not within 90 days', () => {
    const f = runPulumi(SEC2, [
      secret('weekly'),
      secret('yearly'),
      secret('quarterly'),
      secret('never'),
      secret('bad'),
      rotation('r1', { secretId: ARN('weekly'), rotationRules: { scheduleExpression: 'cron(0 3 ? * MON *)' } }),
      rotation('r2', { secretId: ARN('yearly'), rotationRules: { scheduleExpression: 'cron(0 0 1 1 ? *)' } }),
      rotation('r3', { secretId: ARN('quarterly'), rotationRules: { scheduleExpression: 'cron(0 0 L JAN,APR,JUL,OCT ? *)' } }),
      rotation('r4', { secretId: ARN('never'), rotationRules: { scheduleExpression: 'cron(0 0 30 FEB ? *)' } }),
      rotation('r5', { secretId: ARN('bad'), rotationRules: { scheduleExpression: 'cron(0 0 1 * *)' } }),
    ]);
    expect(statuses(f)).toEqual(['weekly: pass', 'yearly: fail', 'quarterly: fail', 'never: fail', 'bad: unknown']);
    expect(f[1].message).toContain('366 days');
    expect(f[2].message).toContain('92 days');
    expect(f[4].message).toContain('6 fields');
  });

  it('an unreadable schedule is unknown, naming it', () => {
    const f = runPulumi(SEC2, [secret('a'), rotation('ra', { secretId: ARN('a'), rotationRules: { scheduleExpression: 'every month' } })]);
    expect(statuses(f)).toEqual(['a: unknown']);
    expect(f[0].message).toContain('rotationRules.scheduleExpression "every month"');
  });
});

describe('rotation schedule intervals (Secrets Manager rate() and cron())', () => {
  const hours = (expression: string) => {
    const r = rotationInterval(expression);
    return r.kind === 'interval' ? r.hours : r.kind;
  };

  it('rate() in hours and days', () => {
    expect(hours('rate(10 days)')).toBe(240);
    expect(hours('rate(1 day)')).toBe(24);
    expect(hours('rate(1 hour)')).toBe(1);
    expect(hours(' rate(4 hours) ')).toBe(4);
    expect(hours('rate(0 days)')).toBe('invalid');
  });

  it('cron(): hour increments reset each day; weekdays, last days, nth weekdays and month lists', () => {
    expect(hours('cron(0 4/12 * * ? *)')).toBe(12);
    expect(hours('cron(0 20 * * ? *)')).toBe(24);
    expect(hours('cron(0 0 ? * MON-FRI *)')).toBe(72); // Friday to Monday
    expect(hours('cron(0 0 ? * 6L *)')).toBe(35 * 24); // last Friday of the month: up to five weeks apart
    expect(hours('cron(0 0 ? * SUN#1 *)')).toBe(35 * 24);
    expect(hours('cron(0 8 1/7 * ? *)')).toBe(7 * 24); // the 1st, 8th, 15th, 22nd, 29th: the 29th to the next 1st is shorter
    expect(hours('cron(0 0 15 */3 ? *)')).toBe(92 * 24); // Oct 15 to Jan 15
    expect(hours('cron(0 0 29 2 ? *)')).toBe(4 * 365 * 24 + 24); // leap days only: four years apart
  });

  it('expressions Secrets Manager does not read are invalid; one matching no day never fires', () => {
    for (const e of [
      'cron(5 0 * * ? *)',
      'cron(0 0 * * ? 2027)',
      'cron(0 0 * * * *)',
      'cron(0 0 ? * ? *)',
      'cron(0 25 * * ? *)',
      'cron(0 0 ? * FOO *)',
      'cron(0 0 5-1 * ? *)',
      'cron(0 0 */0 * ? *)',
      'weekly',
    ])
      expect(rotationInterval(e).kind).toBe('invalid');
    expect(rotationInterval('cron(0 0 31 4,6,9,11 ? *)').kind).toBe('never');
  });
});
