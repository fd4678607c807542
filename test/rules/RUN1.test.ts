import { RUN1 } from '../../src/rules/run/RUN1-lambda-supported-runtime';
import { LAMBDA_RUNTIMES, newestRuntimeLike } from '../../src/facts/lambda-runtimes';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const fn = (name: string, props: Record<string, unknown>): TestResource => ({
  type: 'aws:lambda/function:Function',
  name,
  props: { role: 'arn:aws:iam::123456789012:role/app', handler: 'index.handler', ...props },
});
const at = (iso: string) => ({ now: new Date(iso) });

describe('RUN1 Lambda runtimes are supported', () => {
  it('passes runtimes whose deprecation date is more than 90 days away', () => {
    const f = runPulumi(RUN1, [fn('node', { runtime: 'nodejs22.x' }), fn('py', { runtime: 'python3.12' }), fn('java', { runtime: 'java21' })], at('2026-09-01T12:00:00Z'));
    expect(statuses(f)).toEqual(['node: pass', 'py: pass', 'java: pass']);
    expect(f[0].message).toContain('2027-04-30');
  });

  it('fails deprecated runtimes (mandatory) and names the upgrade', () => {
    const f = runPulumi(
      RUN1,
      [fn('n18', { runtime: 'nodejs18.x' }), fn('n16', { runtime: 'nodejs16.x' }), fn('p38', { runtime: 'python3.8' }), fn('p39', { runtime: 'python3.9' }), fn('n20', { runtime: 'nodejs20.x' })],
      at('2026-09-01T00:00:00Z'),
    );
    expect(statuses(f)).toEqual(['n18: fail', 'n16: fail', 'p38: fail', 'p39: fail', 'n20: fail']);
    expect(f.map((x) => x.enforcement)).toEqual(['mandatory', 'mandatory', 'mandatory', 'mandatory', 'mandatory']);
    expect(f[0].message).toContain('deprecated on 2025-09-01');
    expect(f[0].message).toContain('set runtime to nodejs24.x');
    expect(f[3].message).toContain('python3.14');
  });

  it('fails within 90 days of deprecation as advisory', () => {
    const f = runPulumi(RUN1, [fn('dotnet', { runtime: 'dotnet8' }), fn('py', { runtime: 'python3.10' })], at('2026-09-01T00:00:00Z'));
    expect(statuses(f)).toEqual(['dotnet: fail', 'py: fail']);
    expect(f.map((x) => x.enforcement)).toEqual(['advisory', 'advisory']);
    expect(f[0].message).toContain('in 70 days');
    expect(f[1].message).toContain('in 60 days');
  });

  it('turns mandatory on the deprecation day and advisory exactly 90 days before', () => {
    const day = (iso: string) => runPulumi(RUN1, [fn('f', { runtime: 'python3.10' })], at(iso))[0];
    expect([day('2026-10-31T00:00:00Z').status, day('2026-10-31T00:00:00Z').enforcement]).toEqual(['fail', 'mandatory']);
    expect([day('2026-10-30T23:59:59Z').status, day('2026-10-30T23:59:59Z').enforcement]).toEqual(['fail', 'advisory']);
    expect(day('2026-08-02T00:00:00Z').status).toBe('fail'); // 90 days before
    expect(day('2026-08-01T00:00:00Z').status).toBe('pass'); // 91 days before
  });

  it('reports unknown for a runtime not in the table, an unknown runtime and a .zip function without runtime', () => {
    const f = runPulumi(RUN1, [fn('future', { runtime: 'nodejs26.x' }), fn('later', { runtime: UNKNOWN }), fn('none', { packageType: 'Zip' })], at('2026-09-01T00:00:00Z'));
    expect(statuses(f)).toEqual(['future: unknown', 'later: unknown', 'none: unknown']);
    expect(f[0].message).toContain('runtime nodejs26.x is not in the table');
    expect(f[1].message).toContain('runtime');
    expect(f[2].message).toContain('runtime is absent');
  });

  it('is not applicable to container image functions', () => {
    const f = runPulumi(RUN1, [fn('image', { packageType: 'Image', imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1' }), fn('image-later', { packageType: 'Image', runtime: UNKNOWN })]);
    expect(statuses(f)).toEqual(['image: not-applicable', 'image-later: not-applicable']);
  });

  it('has a well-formed table', () => {
    for (const [id, r] of Object.entries(LAMBDA_RUNTIMES)) {
      if (r.deprecation !== null) expect(Number.isNaN(Date.parse(r.deprecation))).toBe(false);
      if (r.deprecation !== null && r.blockUpdate !== null) expect(r.blockUpdate >= r.deprecation).toBe(true);
      expect(newestRuntimeLike(id)).toBeDefined();
    }
    expect(newestRuntimeLike('go1.x')).toBe('provided.al2023');
  });
});
