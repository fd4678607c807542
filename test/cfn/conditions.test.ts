/**
 * Conditions the template cannot settle: every combination is judged (issue 11, item 2). All fail ->
 * fail; disagree -> unknown naming the condition; a resource under such a condition is checked and
 * its findings say when they apply; `Properties: !If` is judged like a property-level `!If`.
 */
import { MAX_WORLDS, World, inEveryWorld, worldBudget } from '../../src/cfn/conditions';
import { TemplateContext, resourceCondition } from '../../src/cfn/intrinsics';
import { database, distribution, judged, messageOf, openGroup, statusOf } from '../support/cfn-alternatives';

const Parameters = { Flag: { Type: 'String' } };
const Conditions = { Later: { 'Fn::Equals': [{ Ref: 'Flag' }, 'on'] } };

describe('conditions not known at check time', () => {
  it('checks a resource under an unknown condition and says its findings apply when the condition holds', () => {
    const open = judged({ Parameters, Conditions, Resources: { Sg: openGroup(3389, { Condition: 'Later' }) } });
    expect(statusOf(open, 'NET2', 'Sg', 'ingress[0]')).toBe('fail');
    expect(messageOf(open, 'NET2', 'Sg', 'ingress[0]')).toContain('applies when condition Later holds');
    const closed = judged({ Parameters, Conditions, Resources: { Sg: openGroup(443, { Condition: 'Later' }) } });
    expect(statusOf(closed, 'NET2', 'Sg', 'ingress[0]')).toBe('pass');
  });

  it('fails an Fn::If whose every branch fails, is unknown naming the condition when branches disagree, passes when all pass', () => {
    const both = judged({ Parameters, Conditions, Resources: { Cdn: distribution({ 'Fn::If': ['Later', 'TLSv1', 'TLSv1_2016'] }) } });
    expect(statusOf(both, 'TLS1', 'Cdn')).toBe('fail');
    const one = judged({ Parameters, Conditions, Resources: { Cdn: distribution({ 'Fn::If': ['Later', 'TLSv1.2_2021', 'TLSv1'] }) } });
    expect(statusOf(one, 'TLS1', 'Cdn')).toBe('unknown');
    expect(messageOf(one, 'TLS1', 'Cdn')).toContain('depends on condition Later, which is not known until deployment: when condition Later does not hold');
    const none = judged({ Parameters, Conditions, Resources: { Cdn: distribution({ 'Fn::If': ['Later', 'TLSv1.2_2021', 'TLSv1.2_2019'] }) } });
    expect(statusOf(none, 'TLS1', 'Cdn')).toBe('pass');
  });

  it('reads `Properties: !If [...]` as a property-level Fn::If, not as a resource without properties', () => {
    const group = (port: number) => openGroup(port).Properties;
    const allOpen = judged({ Parameters, Conditions, Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { 'Fn::If': ['Later', group(22), group(3389)] } } } });
    expect(statusOf(allOpen, 'NET2', 'Sg', 'ingress[0]')).toBe('fail');
    const oneOpen = judged({ Parameters, Conditions, Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { 'Fn::If': ['Later', group(443), group(22)] } } } });
    expect(statusOf(oneOpen, 'NET2', 'Sg', 'ingress[0]')).toBe('unknown');
    const closed = judged({ Parameters, Conditions, Resources: { Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { 'Fn::If': ['Later', group(443), group(443)] } } } });
    expect(statusOf(closed, 'NET2', 'Sg', 'ingress[0]')).toBe('pass');
    // A branch without the property: AWS::NoValue there.
    const publicOrDefault = judged({
      Parameters,
      Conditions,
      Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { 'Fn::If': ['Later', database(true).Properties, { Engine: 'postgres', StorageEncrypted: true }] } } },
    });
    expect(statusOf(publicOrDefault, 'DATA5', 'Db')).toBe('unknown');
  });

  it('settles a condition built from other conditions once each, and judges correlated uses consistently', () => {
    const template = {
      Parameters,
      Conditions: { ...Conditions, Both: { 'Fn::And': [{ Condition: 'Later' }, { Condition: 'Later' }] }, Neither: { 'Fn::Not': [{ Condition: 'Both' }] } },
      // Exactly one of the two exists in every combination, so the stack always has an open port.
      Resources: { A: openGroup(22, { Condition: 'Both' }), B: openGroup(22, { Condition: 'Neither' }) },
    };
    const findings = judged(template);
    expect(statusOf(findings, 'NET2', 'A', 'ingress[0]')).toBe('fail');
    expect(messageOf(findings, 'NET2', 'A', 'ingress[0]')).toContain('applies when condition Later holds');
    expect(messageOf(findings, 'NET2', 'B', 'ingress[0]')).toContain('applies when condition Later does not hold');
  });

  it('evaluates a 2.7 KB chain of Fn::And over earlier conditions once per condition per combination', () => {
    const conditions: Record<string, unknown> = { C0: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } };
    for (let i = 1; i <= 45; i++) conditions[`C${i}`] = { 'Fn::And': [{ Condition: `C${i - 1}` }, { Condition: `C${i - 1}` }] };
    expect(JSON.stringify(conditions).length).toBeGreaterThan(2700);
    const ctx = (world: World): TemplateContext => ({ parameters: {}, resources: {}, mappings: {}, conditions, world });
    const runs = inEveryWorld((world) => ({ created: resourceCondition('C45', ctx(world)), evaluations: world.conditionEvaluations }));
    // One open choice (the region comparison): two combinations, 46 evaluations each; without memoizing, 2^46.
    expect(runs.map((r) => r.result)).toEqual([
      { created: true, evaluations: 46 },
      { created: false, evaluations: 46 },
    ]);
  });

  it('gives large templates fewer combinations, never fewer than two', () => {
    expect(worldBudget(10)).toBe(MAX_WORLDS);
    expect(worldBudget(5000)).toBe(8);
    expect(worldBudget(1_000_000)).toBe(2);
  });

  it('judges at most MAX_WORLDS combinations and leaves the rest unknown, never dropped', () => {
    const conditions: Record<string, unknown> = {};
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 12; i++) {
      conditions[`C${i}`] = { 'Fn::Equals': [{ Ref: 'Flag' }, `v${i}`] };
      resources[`Sg${i}`] = openGroup(22, { Condition: `C${i}` });
    }
    const findings = judged({ Parameters, Conditions: conditions, Resources: resources }, { maxWorlds: 8 });
    for (let i = 0; i < 12; i++) expect(statusOf(findings, 'NET2', `Sg${i}`, 'ingress[0]')).toBe('fail');
    // The first three choices are enumerated; the others stay open and say so.
    expect(messageOf(findings, 'NET2', 'Sg0', 'ingress[0]')).toContain('applies when condition C0 holds');
    expect(messageOf(findings, 'NET2', 'Sg11', 'ingress[0]')).toContain('applies only if condition C11 holds, which is not known until deployment');
  });
});
