/**
 * Attributes this template cannot know (issue 11, item 4): a custom resource's attributes and physical
 * ID, a nested stack's outputs and imports are unknown, never "absent, so the default applies".
 */
import { database, judged, messageOf, statusOf } from '../support/cfn-alternatives';

const lookup = (type: string) => ({ Type: type, Properties: { ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:lookup' } });

describe('attributes not known until deployment', () => {
  it.each([
    ['a Custom:: resource attribute', { Lookup: lookup('Custom::Lookup') }, { 'Fn::GetAtt': ['Lookup', 'Public'] }, 'custom resource Lookup'],
    ['an AWS::CloudFormation::CustomResource attribute', { Lookup: lookup('AWS::CloudFormation::CustomResource') }, { 'Fn::GetAtt': 'Lookup.Public' }, 'custom resource Lookup'],
    ['a custom resource physical ID', { Lookup: lookup('Custom::Lookup') }, { Ref: 'Lookup' }, 'custom resource Lookup'],
    [
      'a nested stack output',
      { Child: { Type: 'AWS::CloudFormation::Stack', Properties: { TemplateURL: 'https://example.com/child.json' } } },
      { 'Fn::GetAtt': ['Child', 'Outputs.Public'] },
      'nested stack Child',
    ],
    ['an imported value', {}, { 'Fn::ImportValue': 'shared-public' }, 'Fn::ImportValue'],
  ])('judges %s as unknown, naming it', (_, others, value, named) => {
    const f = judged({ Resources: { ...others, Db: database(value) } });
    expect(statusOf(f, 'DATA5', 'Db')).toBe('unknown');
    expect(messageOf(f, 'DATA5', 'Db')).toContain(named);
  });

  it('passes the compliant twin and fails the literal insecure one', () => {
    expect(statusOf(judged({ Resources: { Lookup: lookup('Custom::Lookup'), Db: database(false) } }), 'DATA5', 'Db')).toBe('pass');
    expect(statusOf(judged({ Resources: { Lookup: lookup('Custom::Lookup'), Db: database(true) } }), 'DATA5', 'Db')).toBe('fail');
  });
});
