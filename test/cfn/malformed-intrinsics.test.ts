/**
 * Templates the property tests (test/properties) found crashing the intrinsic resolver: each must
 * read as an unknown value, never throw out of the scan.
 */
import { Ref, Unknown } from '../../src/core/values';
import { cfnFacts } from '../support/cfn-stack';

describe('CloudFormation intrinsics on malformed templates', () => {
  it('Fn::GetAtt on a logical ID whose resource entry is null is not known, not a crash', () => {
    const stack = cfnFacts({ Resources: { Key: { Type: 'AWS::KMS::Key', Properties: { Description: { 'Fn::GetAtt': ['Gone', 'Arn'] } } }, Gone: null } } as never);
    expect(stack.ofKind('kms:Key')[0].props.description).toBeInstanceOf(Ref);
  });

  it('Fn::Select with an AWS::NoValue index selects nothing: the value is not known', () => {
    const stack = cfnFacts({ Key: { Type: 'AWS::KMS::Key', Properties: { Description: { 'Fn::Select': [{ Ref: 'AWS::NoValue' }, ['a', 'b']] } } } });
    expect(stack.ofKind('kms:Key')[0].props.description).toBeInstanceOf(Unknown);
  });
});
