import { TemplateContext, resolveProperties, resourceCondition } from '../../src/cfn/intrinsics';
import { Ref, Unknown } from '../../src/core/values';

const ctx: TemplateContext = {
  parameters: {
    Floor: { Type: 'String', Default: 'TLSv1.2_2021' },
    Unset: { Type: 'String' },
    Ports: { Type: 'CommaDelimitedList', Default: '443, 8443' },
    BucketNameParam: { Type: 'String', Default: 'assets-prod' },
    Env: { Type: 'String', Default: 'prod' },
  },
  resources: {
    Key: { Type: 'AWS::KMS::Key' },
    Logs: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'my-logs' } },
    Named: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'BucketNameParam' } } },
    Anonymous: { Type: 'AWS::S3::Bucket' },
  },
  mappings: { Tls: { prod: { Floor: 'TLSv1.2_2021' }, dev: { Floor: 'TLSv1' } } },
  conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, Later: { 'Fn::Equals': [{ Ref: 'Unset' }, 'x'] } },
  // A parameter's value is what the deployer supplies, never its Default (parameters.test.ts).
  supplied: new Map([
    ['Floor', 'TLSv1.2_2021'],
    ['Ports', '443, 8443'],
    ['BucketNameParam', 'assets-prod'],
    ['Env', 'prod'],
  ]),
};

const resolve = (v: unknown) => resolveProperties({ V: v }, ctx).V;

describe('CloudFormation intrinsics', () => {
  it('resolves Ref to a resource, a supplied parameter, a list parameter and a pseudo parameter; removes AWS::NoValue', () => {
    expect(resolve({ Ref: 'Key' })).toEqual(new Ref('Key'));
    expect(resolve({ Ref: 'Floor' })).toBe('TLSv1.2_2021');
    expect(resolve({ Ref: 'Ports' })).toEqual(['443', '8443']);
    expect(resolve({ Ref: 'AWS::Partition' })).toBe('aws');
    // Symbolic, and not `${...}`, which policy readers take for a policy variable.
    expect(resolve({ Ref: 'AWS::AccountId' })).toBe('{AWS::AccountId}');
    expect(resolveProperties({ A: 1, B: { Ref: 'AWS::NoValue' } }, ctx)).toEqual({ A: 1 });
  });

  it('leaves a parameter without a default, an unknown name and imports unknown, naming the property', () => {
    const unset = resolve({ Ref: 'Unset' });
    expect(unset).toBeInstanceOf(Unknown);
    expect((unset as Unknown).property).toContain('Unset');
    expect(resolve({ Ref: 'Nope' })).toBeInstanceOf(Unknown);
    // Names of Object.prototype members are not parameters or resources.
    expect(resolve({ Ref: 'toString' })).toBeInstanceOf(Unknown);
    expect(resolve({ 'Fn::Sub': '${constructor}' })).toBeInstanceOf(Unknown);
    expect(resolve({ 'Fn::GetAtt': ['hasOwnProperty', 'Arn'] })).toBeInstanceOf(Unknown);
    const imported = resolveProperties({ Outer: { Inner: { 'Fn::ImportValue': 'shared-key' } } }, ctx);
    expect(((imported.Outer as Record<string, unknown>).Inner as Unknown).property).toBe('Outer.Inner (Fn::ImportValue)');
  });

  it('resolves GetAtt to the resource, an S3 bucket ARN to its real shape (named by a literal or a supplied parameter)', () => {
    expect(resolve({ 'Fn::GetAtt': ['Key', 'Arn'] })).toEqual(new Ref('Key'));
    expect(resolve({ 'Fn::GetAtt': 'Key.Arn' })).toEqual(new Ref('Key'));
    expect(resolve({ 'Fn::GetAtt': ['Logs', 'Arn'] })).toBe('arn:aws:s3:::my-logs');
    expect(resolve({ 'Fn::GetAtt': ['Named', 'Arn'] })).toBe('arn:aws:s3:::assets-prod');
    expect(resolve({ 'Fn::GetAtt': ['Anonymous', 'Arn'] })).toBe('arn:aws:s3:::Anonymous');
    expect(resolve({ 'Fn::GetAtt': ['Missing', 'Arn'] })).toBeInstanceOf(Unknown);
  });

  it('resolves Sub and Join into text with identity placeholders for resources', () => {
    expect(resolve({ 'Fn::Sub': 'arn:aws:s3:::${Logs}/*' })).toBe('arn:aws:s3:::my-logs/*');
    expect(resolve({ 'Fn::Sub': '${Key.Arn}' })).toBe('{Key.Arn}');
    expect(resolve({ 'Fn::Sub': ['${Prefix}-${Floor}', { Prefix: 'tls' }] })).toBe('tls-TLSv1.2_2021');
    expect(resolve({ 'Fn::Sub': '${!Literal}' })).toBe('${Literal}');
    // A parameter not known until deployment writes its name into text, as a pseudo parameter does.
    expect(resolve({ 'Fn::Sub': 'x-${Unset}' })).toBe('x-{Unset}');
    expect(resolve({ 'Fn::Join': ['', ['arn:aws:s3:::', { Ref: 'Logs' }, '/*']] })).toBe('arn:aws:s3:::my-logs/*');
    expect(resolve({ 'Fn::Join': [',', [{ Ref: 'Unset' }]] })).toBe('{Unset}');
    expect(resolve({ 'Fn::Join': [',', [{ 'Fn::ImportValue': 'x' }]] })).toBeInstanceOf(Unknown);
  });

  it('resolves Select, Split and FindInMap', () => {
    expect(resolve({ 'Fn::Select': [1, { Ref: 'Ports' }] })).toBe('8443');
    expect(resolve({ 'Fn::Split': [',', 'a,b'] })).toEqual(['a', 'b']);
    expect(resolve({ 'Fn::FindInMap': ['Tls', { Ref: 'Env' }, 'Floor'] })).toBe('TLSv1.2_2021');
    expect(resolve({ 'Fn::FindInMap': ['Tls', 'staging', 'Floor'] })).toBeInstanceOf(Unknown);
  });

  it('evaluates If and conditions; an unknown condition is unknown unless both branches agree', () => {
    expect(resolve({ 'Fn::If': ['IsProd', 'TLSv1.2_2021', 'TLSv1'] })).toBe('TLSv1.2_2021');
    expect(resolve({ 'Fn::If': ['Later', 'a', 'b'] })).toBeInstanceOf(Unknown);
    expect(resolve({ 'Fn::If': ['Later', 'same', 'same'] })).toBe('same');
    expect(resourceCondition('IsProd', ctx)).toBe(true);
    expect(resourceCondition('Later', ctx)).toBeInstanceOf(Unknown);
    expect(resourceCondition(undefined, ctx)).toBe(true);
    expect(resolve({ 'Fn::And': [{ Condition: 'IsProd' }, { 'Fn::Not': [{ Condition: 'IsProd' }] }] })).toBe(false);
    expect(resolve({ 'Fn::Or': [{ Condition: 'Later' }, { Condition: 'IsProd' }] })).toBe(true);
  });

  it('stops at a nesting depth limit with an unknown instead of overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = { 'Fn::Base64': deep };
    expect(resolve(deep)).toBeInstanceOf(Unknown);
  });
});
