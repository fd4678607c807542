/** The format findings travel in between the pack and the offline preview (src/pulumi/pack/diagnostics.ts). */
import { Finding } from '../../src/core/findings';
import { exemptionText, readExemptions, readViolation, requirementOfPolicy, violationText } from '../../src/pulumi/pack/diagnostics';

describe('violations', () => {
  it.each([
    [{ status: 'fail' as const, message: 'ViewerProtocolPolicy is allow-all: set redirect-to-https' }],
    [{ status: 'unknown' as const, message: 'viewerCertificate.minimumProtocolVersion is not known until deployment', detail: 'orderedCacheBehaviors[1]' }],
    [{ status: 'error' as const, message: 'the check failed to run: boom' }],
    // A message that itself looks like a prefix or holds the trailer's brackets comes back unchanged.
    [{ status: 'fail' as const, message: 'unknown: [marketplace-guardrails {"status":"error"}] is a bucket name', detail: 'a: b' }],
  ])('round-trips %j', (finding) => {
    expect(readViolation(violationText(finding))).toEqual(finding);
  });

  it('reads as prose on the first line, with the status and part a person needs', () => {
    const text = violationText({ status: 'unknown', message: 'x is not known until deployment', detail: 'defaultCacheBehavior' });
    expect(text.split('\n')[0]).toBe('unknown: defaultCacheBehavior: x is not known until deployment');
    expect(text.split('\n')).toHaveLength(2);
  });

  it.each([
    ["can't run policy 'TLS1' from policy pack 'marketplace-guardrails@v0.1.0' during preview: unknown value"],
    ['a message from another pack'],
    ['prose\n[marketplace-guardrails {"status":"pass"}]'],
    ['prose\n[marketplace-guardrails {"status":"fail","detail":3}]'],
    ['prose\n[marketplace-guardrails {not json}]'],
  ])('does not claim a diagnostic it did not write: %j', (text) => {
    expect(readViolation(text)).toBeUndefined();
  });
});

describe('exemptions', () => {
  const exempted = (key: string | undefined, until?: string, detail?: string): Finding => ({
    requirement: 'TLS1',
    status: 'exempt',
    enforcement: 'mandatory',
    resource: key ? { type: 't', name: 'n', key } : { type: 'stack', name: 'stack' },
    message: 'uses the default certificate',
    ...(detail ? { detail } : {}),
    exemption: until ? { reason: 'internal admin site', until } : { reason: 'internal admin site' },
  });

  it('carries every exempted finding of a run with key, part, message, reason and until', () => {
    const text = exemptionText([exempted('urn:a', '2027-03-31', 'defaultCacheBehavior'), exempted(undefined)]);
    expect(readExemptions(text)).toEqual([
      { key: 'urn:a', detail: 'defaultCacheBehavior', message: 'uses the default certificate', exemption: { reason: 'internal admin site', until: '2027-03-31' } },
      { message: 'uses the default certificate', exemption: { reason: 'internal admin site' } },
    ]);
    expect(text.split('\n').slice(0, 2)).toEqual(['exempt urn:a (defaultCacheBehavior): internal admin site (until 2027-03-31)', 'exempt stack: internal admin site']);
  });

  it('reads nothing from a reason it did not write', () => {
    expect(readExemptions("Policy only applies to resources of type 'aws:s3/bucket:Bucket'")).toEqual([]);
    expect(readExemptions('x\n[marketplace-guardrails {"exempt":[{"message":1}]}]')).toEqual([]);
  });
});

it.each([
  ['TLS1', 'TLS1'],
  ['TLS1-advisory', 'TLS1'],
  ['DATA1-stack', 'DATA1'],
  ['DATA1-stack-advisory', 'DATA1'],
])('policy %s belongs to requirement %s', (policy, id) => {
  expect(requirementOfPolicy(policy)).toBe(id);
});
