import { LOG4 } from '../../src/rules/log/LOG4-misconfiguration-monitoring';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const detector = (name: string, props: Record<string, unknown>): TestResource => ({ type: 'aws:guardduty/detector:Detector', name, props });
const configRule = (name: string): TestResource => ({ type: 'aws:cfg/rule:Rule', name, props: { source: { owner: 'AWS', sourceIdentifier: 'S3_BUCKET_PUBLIC_READ_PROHIBITED' } } });
const hub = (name: string): TestResource => ({ type: 'aws:securityhub/account:Account', name, props: { enableDefaultStandards: true } });
const bucket: TestResource = { type: 'aws:s3/bucket:Bucket', name: 'b', props: {} };

describe('LOG4 misconfiguration monitoring', () => {
  it('passes with a GuardDuty detector (enable absent = true), an AWS Config rule or Security Hub', () => {
    for (const r of [detector('gd', {}), detector('gd', { enable: true }), configRule('public-read'), hub('hub')]) {
      const f = runPulumi(LOG4, [bucket, r]);
      expect(statuses(f)).toEqual(['stack: pass']);
      expect(f[0].message).toContain(r.name);
    }
  });

  it('fails (advisory) a stack with nothing, or only a disabled detector', () => {
    const f = runPulumi(LOG4, [bucket]);
    expect(statuses(f)).toEqual(['stack: fail']);
    expect(f[0].enforcement).toBe('advisory');
    const off = runPulumi(LOG4, [detector('gd', { enable: false })]);
    expect(statuses(off)).toEqual(['stack: fail']);
    expect(off[0].message).toContain('gd has enable false');
  });

  it('passes when monitoringManagedElsewhere is set', () => {
    expect(statuses(runPulumi(LOG4, [], { params: { monitoringManagedElsewhere: true } }))).toEqual(['stack: pass']);
    expect(LOG4.params).toEqual(['monitoringManagedElsewhere']);
  });

  it('reports unknown when the only detector is enabled by a value not known yet', () => {
    const f = runPulumi(LOG4, [detector('gd', { enable: UNKNOWN })]);
    expect(statuses(f)).toEqual(['stack: unknown']);
    expect(f[0].message).toContain('enable');
    expect(statuses(runPulumi(LOG4, [detector('gd', { enable: UNKNOWN }), hub('hub')]))).toEqual(['stack: pass']);
  });
});
