import { Finding, STACK_RESOURCE, summarize } from '../../src/core/findings';

const finding = (status: Finding['status'], enforcement: Finding['enforcement'] = 'mandatory'): Finding => ({
  requirement: 'TLS1',
  status,
  enforcement,
  resource: STACK_RESOURCE,
  message: status,
});

describe('summarize', () => {
  it('counts nothing for no findings', () => {
    expect(summarize([])).toEqual({ fail: { mandatory: 0, advisory: 0 }, unknown: 0, error: 0, exempt: 0, pass: 0, notApplicable: 0 });
  });

  it('counts each status once, fails by enforcement', () => {
    const findings = [
      finding('fail'),
      finding('fail'),
      finding('fail', 'advisory'),
      finding('unknown'),
      finding('unknown', 'advisory'),
      finding('error'),
      finding('exempt'),
      finding('exempt'),
      finding('pass'),
      finding('pass'),
      finding('pass', 'advisory'),
      finding('not-applicable'),
    ];
    expect(summarize(findings)).toEqual({ fail: { mandatory: 2, advisory: 1 }, unknown: 2, error: 1, exempt: 2, pass: 3, notApplicable: 1 });
  });
});
