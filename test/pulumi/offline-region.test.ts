/** A program that asks the AWS provider for its region runs offline, with the region the stand-ins use. */
import * as path from 'node:path';
import { ROOT, parseReport, runCli } from '../support/cli';

const PROGRAM = path.join(ROOT, 'test/fixtures/programs/region-from-provider');
const withoutRegion = { AWS_REGION: '', AWS_DEFAULT_REGION: '' };

describe('the region a program reads from the AWS provider', () => {
  it('is us-east-1 when neither the stack nor the environment sets one', () => {
    const r = runCli(['preview', PROGRAM, '--format', 'json'], { env: withoutRegion });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(parseReport(r).findings.some((f) => f.requirement === 'DATA1' && f.status === 'fail' && f.resource.name === 'site')).toBe(true);
  });

  it('is the one the environment sets, as the provider reads it', () => {
    const r = runCli(['preview', PROGRAM, '--format', 'json'], { env: { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: '' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });
});
