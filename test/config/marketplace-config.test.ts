/**
 * Our meaning of a policy config over the CLI's semantics: a requirement configured by its ID governs
 * all its policies whatever the CLI filled in for them; shared exemptions; refusals; and the pack's
 * declared policies equal to the list the in-process readers reconcile against.
 */
import { MarketplaceConfigError, disabledRequirements, engineConfigOf, followMainPolicies } from '../../src/config/marketplace-config';
import { packPolicyInfos } from '../../src/config/pack-policies';
import { loadPolicyPackConfig } from '../../src/config/policy-pack-config';
import { engineConfigFromFile } from '../../src/config/config-file';
import { buildPolicies } from '../../src/pulumi/pack/policies';
import { sharedExemptionsPolicy } from '../../src/pulumi/pack/config';

const policies = packPolicyInfos();
/** What the CLI would send Configure for this file, then what the pack's policies run under. */
const run = (config: Record<string, unknown>) =>
  followMainPolicies(loadPolicyPackConfig(JSON.stringify(config), { name: 'marketplace-guardrails', version: '0.1.0', path: 'policies', policies }).request, policies);

describe('a requirement configured by its ID', () => {
  it('disables every policy of the requirement, which the CLI alone would leave at their defaults', () => {
    const cli = loadPolicyPackConfig('{"DATA1": "disabled"}', { name: 'p', version: '1', path: 'policies', policies }).request;
    expect(cli['DATA1-stack'].enforcementLevel).toBe('mandatory');
    const c = run({ DATA1: 'disabled' });
    expect(['DATA1', 'DATA1-advisory', 'DATA1-stack', 'DATA1-stack-advisory'].map((n) => c[n].enforcementLevel)).toEqual(['disabled', 'disabled', 'disabled', 'disabled']);
    expect(disabledRequirements(c)).toEqual(['DATA1']);
  });

  it('gives its settings to its -stack part, and keeps companions advisory', () => {
    const c = run({ DATA1: { enforcementLevel: 'advisory', exemptions: [{ resource: 'logs', reason: 'log bucket, reviewed' }] } });
    expect(c['DATA1-stack']).toEqual(c.DATA1);
    expect(c['DATA1-stack'].properties.exemptions).toEqual([{ resource: 'logs', reason: 'log bucket, reviewed' }]);
    expect(c['DATA1-stack-advisory'].enforcementLevel).toBe('advisory');
  });

  it('keeps companions advisory under "all": "mandatory" (unknown values never block)', () => {
    const c = run({ all: 'mandatory' });
    expect(c['TLS1-advisory'].enforcementLevel).toBe('advisory');
    expect(c.TLS2.enforcementLevel).toBe('mandatory');
    const some = run({ all: 'disabled', TLS1: 'mandatory' });
    expect([some.TLS1.enforcementLevel, some['TLS1-advisory'].enforcementLevel, some.TLS2.enforcementLevel]).toEqual(['mandatory', 'advisory', 'disabled']);
  });

  it('joins shared exemptions to their requirement', () => {
    const c = run({ NET1: { exemptions: [{ resource: 'a', reason: 'x' }] }, 'shared-exemptions': { exemptions: [{ requirement: 'NET1', resource: 'b', reason: 'y', until: '2027-01-31' }] } });
    expect(engineConfigOf(c).exemptions?.filter((e) => e.requirement === 'NET1')).toEqual([
      { requirement: 'NET1', resource: 'a', reason: 'x' },
      { requirement: 'NET1', resource: 'b', reason: 'y', until: '2027-01-31' },
    ]);
  });

  it('hands parameters to the engine per requirement, defaults elsewhere', () => {
    const e = engineConfigOf(run({ NET1: { allowedEgressPorts: [443, 5432] } }));
    expect(e.paramsByRequirement?.NET1?.allowedEgressPorts).toEqual([443, 5432]);
    expect(e.paramsByRequirement?.NET2?.allowedIngressPorts).toEqual([80, 443]);
    expect(engineConfigFromFile(undefined).enforcement?.TLS2).toBe('advisory');
  });
});

describe('refusals, one line each', () => {
  it.each<[Record<string, unknown>, RegExp]>([
    [{ TSL1: 'disabled' }, /"TSL1" is not a policy of this pack/],
    [{ all: { enforcementLevel: 'advisory', allowedEgressPorts: [443] } }, /"all" takes an enforcement level only/],
    [{ NET1: { alowedEgressPorts: [443] } }, /NET1: unknown setting "alowedEgressPorts" \(NET1 takes exemptions, allowedEgressPorts, allowedEgressCidrs\)/],
    [{ 'DATA1-stack': 'disabled' }, /"DATA1-stack" follows "DATA1"/],
    [{ 'TLS1-advisory': { enforcementLevel: 'advisory', x: 1 } }, /"TLS1-advisory" follows "TLS1"/],
    [{ NET1: { exemptions: [{ requirement: 'NET2', resource: 'a', reason: 'x' }] } }, /NET1: exemptions\.0 names requirement NET2/],
    [{ NET1: { exemptions: [{ resource: 'a', reason: ' ' }] } }, /needs a "reason"/],
  ])('%j', (config, message) => {
    expect(() => run(config)).toThrow(MarketplaceConfigError);
    expect(() => run(config)).toThrow(message);
  });

  it('accepts the levels and settings the CLI filled in by itself', () => {
    expect(() => run({})).not.toThrow();
    expect(() => run({ all: 'advisory' })).not.toThrow();
  });
});

describe('the pack declares the policies the in-process readers reconcile against', () => {
  it('names, levels and schemas equal', () => {
    const built = [...buildPolicies(), sharedExemptionsPolicy].map((p) => ({ name: p.name, level: p.enforcementLevel, schema: p.configSchema }));
    expect(built).toEqual(policies.map((p) => ({ name: p.name, level: p.enforcementLevel, schema: p.configSchema })));
  });
});
