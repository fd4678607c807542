/**
 * Pseudo parameters are one value each at deployment, unknown at check time: a comparison with them
 * is unknown, so what a condition on them guards is still checked (issue 11, item 1).
 */
import { TemplateContext, resolveProperties, resourceCondition } from '../../src/cfn/intrinsics';
import { Unknown } from '../../src/core/values';
import { database, distribution, judged, messageOf, openGroup, statusOf } from '../support/cfn-alternatives';

const ctx: TemplateContext = {
  parameters: {},
  resources: { Key: { Type: 'AWS::KMS::Key' } },
  mappings: {},
  conditions: {
    InUsEast1: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] },
    InChina: { 'Fn::Equals': [{ Ref: 'AWS::Partition' }, 'aws-cn'] },
    SubRegion: { 'Fn::Equals': [{ 'Fn::Sub': '${AWS::Region}-x' }, 'us-east-1-x'] },
    Literal: { 'Fn::Equals': ['us-east-1', 'us-east-1'] },
  },
};

describe('pseudo parameters', () => {
  it.each(['InUsEast1', 'InChina', 'SubRegion'])('makes condition %s unknown, not false', (name) => {
    expect(resourceCondition(name, ctx)).toBeInstanceOf(Unknown);
  });

  it('still compares literal text', () => {
    expect(resourceCondition('Literal', ctx)).toBe(true);
  });

  it('keeps a policy condition pinned to the account: the account is one fixed value at deployment', () => {
    const props = resolveProperties({ Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } }, ctx);
    expect(props).toEqual({ Condition: { StringEquals: { 'aws:SourceAccount': '{AWS::AccountId}' } } });
  });

  it('checks a resource under a region condition, saying when its findings apply; the compliant twin passes', () => {
    const conditions = { InUsEast1: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } };
    const open = judged({ Conditions: conditions, Resources: { Sg: openGroup(22, { Condition: 'InUsEast1' }) } });
    expect(statusOf(open, 'NET2', 'Sg', 'ingress[0]')).toBe('fail');
    expect(messageOf(open, 'NET2', 'Sg', 'ingress[0]')).toContain('condition InUsEast1 holds');
    const closed = judged({ Conditions: conditions, Resources: { Sg: openGroup(443, { Condition: 'InUsEast1' }) } });
    expect(statusOf(closed, 'NET2', 'Sg', 'ingress[0]')).toBe('pass');
  });

  it('judges an Fn::If on a region condition in both regions', () => {
    const conditions = { InUsEast1: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } };
    const split = judged({ Conditions: conditions, Resources: { Db: database({ 'Fn::If': ['InUsEast1', true, false] }) } });
    expect(statusOf(split, 'DATA5', 'Db')).toBe('unknown');
    expect(messageOf(split, 'DATA5', 'Db')).toMatch(/condition InUsEast1.*not known until deployment/);
    const weakBoth = judged({ Conditions: conditions, Resources: { Cdn: distribution({ 'Fn::If': ['InUsEast1', 'TLSv1', 'TLSv1_2016'] }) } });
    expect(statusOf(weakBoth, 'TLS1', 'Cdn')).toBe('fail');
    const strongBoth = judged({ Conditions: conditions, Resources: { Cdn: distribution({ 'Fn::If': ['InUsEast1', 'TLSv1.2_2021', 'TLSv1.2_2019'] }) } });
    expect(statusOf(strongBoth, 'TLS1', 'Cdn')).toBe('pass');
  });
});
