/**
 * The intrinsic resolver on the shapes a template can take beyond the common ones: malformed
 * arguments, every pseudo parameter, the property each unknown names, and the nesting limit.
 */
import { TemplateContext, identityText, resolveProperties, resourceCondition } from '../../src/cfn/intrinsics';
import { Ref, Unknown } from '../../src/core/values';

const ctx: TemplateContext = {
  parameters: {
    Port: { Type: 'Number', Default: 443 },
    Subnets: { Type: 'List<AWS::EC2::Subnet::Id>', Default: 'subnet-a,subnet-b' },
    Zones: { Type: 'List<String>', Default: ['a', 'b'] },
    Flag: { Type: 'String', Default: 'true' },
    Nothing: { Type: 'String', Default: null },
    Nested: { Type: 'String', Default: { a: [1, null, { b: true }] } },
    Unset: { Type: 'String' },
    Broken: 'not an object',
    BucketRef: { Type: 'String' },
  },
  resources: {
    Key: { Type: 'AWS::KMS::Key' },
    Logs: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'my-logs' } },
    ByUnsetParam: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'BucketRef' } } },
    ByOther: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': '${AWS::StackName}-x' } } },
    ByMissingParam: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'NoSuchParam' } } },
    ByIf: { Type: 'AWS::S3::Bucket', Properties: { 'Fn::If': ['Yes', { BucketName: { 'Fn::Sub': 'app-${AWS::AccountId}' } }, { BucketName: 'other' }] } },
    NoValueName: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::If': ['No', 'named', { Ref: 'AWS::NoValue' }] } } },
  },
  mappings: { M: { k: { v: 'value', n: null } }, Flat: 'not a map' },
  conditions: { Yes: true, No: 'false', Text: 'yes', Unknowable: { 'Fn::Equals': [{ Ref: 'Unset' }, 'x'] } },
  supplied: new Map([
    ['Port', '443'],
    ['Subnets', 'subnet-a,subnet-b'],
    ['Zones', 'a, b'],
    ['Flag', 'true'],
  ]),
};

const resolve = (v: unknown) => resolveProperties({ V: v }, ctx).V;
const unknownAt = (v: unknown): string => {
  const r = resolve(v);
  expect(r).toBeInstanceOf(Unknown);
  return (r as Unknown).property;
};

describe('CloudFormation intrinsics: Ref and parameters', () => {
  it.each([
    ['AWS::Partition', 'aws'],
    ['AWS::URLSuffix', 'amazonaws.com'],
    ['AWS::Region', '{AWS::Region}'],
    ['AWS::AccountId', '{AWS::AccountId}'],
    ['AWS::StackName', '{AWS::StackName}'],
    ['AWS::StackId', '{AWS::StackId}'],
    ['AWS::NotificationARNs', '{AWS::NotificationARNs}'],
  ])('resolves the pseudo parameter %s to %s', (name, text) => {
    expect(resolve({ Ref: name })).toBe(text);
    expect(resolve({ 'Fn::Sub': `<\${${name}}>` })).toBe(`<${text}>`);
  });

  it('resolves supplied parameters by their type, list parameters to lists; a Default is never the value', () => {
    expect(resolve({ Ref: 'Port' })).toBe(443);
    expect(resolve({ Ref: 'Subnets' })).toEqual(['subnet-a', 'subnet-b']);
    expect(resolve({ Ref: 'Zones' })).toEqual(['a', 'b']);
    expect(unknownAt({ Ref: 'Nested' })).toBe('V (parameter Nested)');
    expect(unknownAt({ Ref: 'Nothing' })).toBe('V (parameter Nothing)');
  });

  it('names the property and the parameter or name that could not be resolved', () => {
    expect(unknownAt({ Ref: 'Unset' })).toBe('V (parameter Unset)');
    expect(unknownAt({ Ref: 'Broken' })).toBe('V (parameter Broken)');
    expect(unknownAt({ Ref: 'Missing' })).toBe('V (Ref Missing)');
    expect(unknownAt({ Ref: ['Key'] })).toBe('V');
    expect(unknownAt({ Ref: 'toString' })).toBe('V (Ref toString)');
    const nested = resolveProperties({ A: { B: [{ C: { Ref: 'Unset' } }] } }, ctx);
    expect((((nested.A as Record<string, unknown>).B as unknown[])[0] as Record<string, Unknown>).C.property).toBe('A.B[0].C (parameter Unset)');
  });
});

describe('CloudFormation intrinsics: resource identities', () => {
  it('gives a bucket its name, its logical ID when it has none, or {LogicalId} when the name is not known text', () => {
    expect(identityText(ctx, 'Logs')).toBe('my-logs');
    expect(identityText(ctx, 'Logs', 'Arn')).toBe('arn:aws:s3:::my-logs');
    // A parameter not known until deployment names the bucket by the text Fn::Sub writes for it.
    expect(identityText(ctx, 'ByUnsetParam', 'Arn')).toBe('arn:aws:s3:::{BucketRef}');
    expect(identityText(ctx, 'ByOther')).toBe('{AWS::StackName}-x');
    // A name the template cannot resolve is written so that only references to this bucket match it.
    expect(identityText(ctx, 'ByMissingParam')).toBe('{ByMissingParam}');
    expect(identityText(ctx, 'ByMissingParam', 'Arn')).toBe('arn:aws:s3:::{ByMissingParam}');
    // Properties under one `!If`, read as the S3 mapping reads them; an `AWS::NoValue` name leaves the logical ID.
    expect(identityText(ctx, 'ByIf', 'Arn')).toBe('arn:aws:s3:::app-{AWS::AccountId}');
    expect(identityText(ctx, 'NoValueName')).toBe('NoValueName');
    expect(identityText(ctx, 'Logs', 'DomainName')).toBe('{Logs.DomainName}');
    expect(identityText(ctx, 'Key')).toBe('{Key}');
    expect(identityText(ctx, 'Key', 'Arn')).toBe('{Key.Arn}');
  });

  it('resolves GetAtt to the resource unless it is a bucket ARN, and names what it cannot find', () => {
    expect(resolve({ 'Fn::GetAtt': ['Logs', 'DomainName'] })).toEqual(new Ref('Logs'));
    expect(resolve({ 'Fn::GetAtt': 'Logs.Arn' })).toBe('arn:aws:s3:::my-logs');
    expect(resolve({ 'Fn::GetAtt': 'Logs.RegionalDomainName' })).toEqual(new Ref('Logs'));
    expect(unknownAt({ 'Fn::GetAtt': ['Missing', 'Arn'] })).toBe('V (GetAtt Missing)');
    expect(unknownAt({ 'Fn::GetAtt': 7 })).toBe('V (GetAtt undefined)');
    expect(unknownAt({ 'Fn::GetAtt': [['Key'], 'Arn'] })).toBe('V (GetAtt Key)');
  });
});

describe('CloudFormation intrinsics: Sub and Join', () => {
  it('substitutes variables of every kind', () => {
    const vars = { N: 8, B: false, R: { Ref: 'Key' }, S: { 'Fn::GetAtt': ['Logs', 'Arn'] }, P: { Ref: 'Port' } };
    expect(resolve({ 'Fn::Sub': ['${N}/${B}/${R}/${S}/${P}', vars] })).toBe('8/false/{Key}/arn:aws:s3:::my-logs/443');
    expect(resolve({ 'Fn::Sub': ['${Port}-${Logs}-${Logs.Arn}-${Key.Arn}', 'not vars'] })).toBe('443-my-logs-arn:aws:s3:::my-logs-{Key.Arn}');
    expect(resolve({ 'Fn::Sub': 'no variables' })).toBe('no variables');
    expect(resolve({ 'Fn::Sub': '${!A}-${!B}' })).toBe('${A}-${B}');
  });

  it('is unknown with the first part that cannot be known', () => {
    expect(unknownAt({ 'Fn::Sub': '${Unset}-${Missing}' })).toBe('V (${Missing})');
    // A list is not text.
    expect(unknownAt({ 'Fn::Sub': '${Nothing}-${Subnets}-${Unset}' })).toBe('V');
    expect(unknownAt({ 'Fn::Sub': 'a-${Missing}' })).toBe('V (${Missing})');
    expect(unknownAt({ 'Fn::Sub': 'a-${Missing.Arn}' })).toBe('V (${Missing.Arn})');
    expect(resolve({ 'Fn::Sub': ['${X}', { X: { Ref: 'Unset' } }] })).toBe('{Unset}');
    expect(unknownAt({ 'Fn::Sub': ['${X}', { X: ['a'] }] })).toBe('V');
    expect(unknownAt({ 'Fn::Sub': 42 })).toBe('V');
    expect(unknownAt({ 'Fn::Sub': [42, {}] })).toBe('V');
  });

  it('joins text, numbers and resource identities, and is unknown for malformed or unknown parts', () => {
    expect(resolve({ 'Fn::Join': ['-', ['a', 1, true, { Ref: 'Key' }, { Ref: 'Logs' }]] })).toBe('a-1-true-{Key}-my-logs');
    expect(resolve({ 'Fn::Join': [':', { Ref: 'Subnets' }] })).toBe('subnet-a:subnet-b');
    expect(resolve({ 'Fn::Join': ['', []] })).toBe('');
    expect(unknownAt({ 'Fn::Join': [',', { Ref: 'Unset' }] })).toBe('V (parameter Unset)');
    expect(unknownAt({ 'Fn::Join': [',', ['a', { Ref: 'Unset' }, { Ref: 'Missing' }]] })).toBe('V[2] (Ref Missing)');
    expect(resolve({ 'Fn::Join': [',', ['a', { Ref: 'Unset' }]] })).toBe('a,{Unset}');
    expect(unknownAt({ 'Fn::Join': [',', 'a'] })).toBe('V');
    expect(unknownAt({ 'Fn::Join': [',', [['a']]] })).toBe('V');
    expect(unknownAt({ 'Fn::Join': [1, ['a']] })).toBe('V');
    expect(unknownAt({ 'Fn::Join': 'a' })).toBe('V');
  });
});

describe('CloudFormation intrinsics: Select, Split, FindInMap', () => {
  it('selects by number or numeric text, and is unknown out of range or when anything is unknown', () => {
    expect(resolve({ 'Fn::Select': ['0', ['a', 'b']] })).toBe('a');
    expect(resolve({ 'Fn::Select': [0, ['a', 'b']] })).toBe('a');
    expect(unknownAt({ 'Fn::Select': [2, ['a', 'b']] })).toBe('V');
    expect(unknownAt({ 'Fn::Select': [true, ['a', 'b']] })).toBe('V');
    expect(unknownAt({ 'Fn::Select': [0, 'a'] })).toBe('V');
    expect(unknownAt({ 'Fn::Select': [{ Ref: 'Unset' }, ['a']] })).toBe('V');
    expect(unknownAt({ 'Fn::Select': [0, { Ref: 'Unset' }] })).toBe('V');
    expect(unknownAt({ 'Fn::Select': 0 })).toBe('V');
  });

  it('splits known text only', () => {
    expect(resolve({ 'Fn::Split': ['|', { Ref: 'Flag' }] })).toEqual(['true']);
    expect(unknownAt({ 'Fn::Split': [',', { Ref: 'Unset' }] })).toBe('V');
    expect(unknownAt({ 'Fn::Split': [1, 'a1b'] })).toBe('V');
    expect(unknownAt({ 'Fn::Split': ',' })).toBe('V');
  });

  it('finds values in maps, and is unknown for any missing or non-text key', () => {
    expect(resolve({ 'Fn::FindInMap': ['M', 'k', 'v'] })).toBe('value');
    expect(resolve({ 'Fn::FindInMap': ['M', 'k', 'n'] })).toBeNull();
    expect(unknownAt({ 'Fn::FindInMap': ['M', 'k', 'missing'] })).toBe('V');
    expect(unknownAt({ 'Fn::FindInMap': ['Missing', 'k', 'v'] })).toBe('V');
    expect(unknownAt({ 'Fn::FindInMap': ['Flat', 'k', 'v'] })).toBe('V');
    expect(unknownAt({ 'Fn::FindInMap': ['M', 'v', 'k'] })).toBe('V');
    expect(unknownAt({ 'Fn::FindInMap': [1, 'k', 'v'] })).toBe('V');
    expect(unknownAt({ 'Fn::FindInMap': ['M', 1, 'v'] })).toBe('V');
    expect(unknownAt({ 'Fn::FindInMap': ['M', 'k', 1] })).toBe('V');
    expect(unknownAt({ 'Fn::FindInMap': 'M' })).toBe('V');
  });
});

describe('CloudFormation intrinsics: conditions', () => {
  it('reads booleans and "true"/"false" text as truth, anything else as unknown', () => {
    expect(resolve({ 'Fn::If': ['Yes', 'a', 'b'] })).toBe('a');
    expect(resolve({ 'Fn::If': ['No', 'a', 'b'] })).toBe('b');
    expect(unknownAt({ 'Fn::If': ['Text', 'a', 'b'] })).toBe('V (condition Text)');
    expect(unknownAt({ 'Fn::If': ['Missing', 'a', 'b'] })).toBe('V (condition Missing)');
    expect(unknownAt({ Condition: 'Missing' })).toBe('V (condition Missing)');
    expect(unknownAt({ Condition: 'Text' })).toBe('V (condition Text)');
    // Not a condition's name: a property named Condition.
    expect(resolve({ Condition: 1 })).toEqual({ Condition: 1 });
    expect(resolve({ Condition: 'No' })).toBe(false);
    expect(resolveProperties({ A: { 'Fn::If': ['No', 'a', { Ref: 'AWS::NoValue' }] } }, ctx)).toEqual({});
  });

  it('keeps an unknown condition unknown unless both branches are the same known value', () => {
    expect(unknownAt({ 'Fn::If': ['Unknowable', 'a', 'b'] })).toBe('V (condition Unknowable)');
    expect(resolve({ 'Fn::If': ['Unknowable', { x: [1] }, { x: [1] }] })).toEqual({ x: [1] });
    expect(unknownAt({ 'Fn::If': ['Unknowable', { Ref: 'Unset' }, { Ref: 'Unset' }] })).toBe('V (condition Unknowable)');
    expect(unknownAt({ 'Fn::If': [1, 'a', 'b'] })).toBe('V');
    expect(unknownAt({ 'Fn::If': 'Yes' })).toBe('V');
  });

  it('compares values, and is unknown when either side is', () => {
    expect(resolve({ 'Fn::Equals': [{ a: [1] }, { a: [1] }] })).toBe(true);
    expect(resolve({ 'Fn::Equals': ['1', 1] })).toBe(false);
    expect(unknownAt({ 'Fn::Equals': ['x', { Ref: 'Unset' }] })).toBe('V (compares a value known only at deployment)');
    expect(unknownAt({ 'Fn::Equals': [{ Ref: 'Unset' }, 'x'] })).toBe('V (compares a value known only at deployment)');
    expect(unknownAt({ 'Fn::Equals': 'x' })).toBe('V');
  });

  it('combines with And, Or and Not, deciding early where one side settles it', () => {
    const unknowable = { Condition: 'Unknowable' };
    expect(resolve({ 'Fn::And': [true, 'true'] })).toBe(true);
    expect(resolve({ 'Fn::And': [unknowable, false] })).toBe(false);
    expect(unknownAt({ 'Fn::And': [unknowable, true] })).toBe('V');
    expect(resolve({ 'Fn::Or': [false, 'false'] })).toBe(false);
    expect(resolve({ 'Fn::Or': [unknowable, true] })).toBe(true);
    expect(unknownAt({ 'Fn::Or': [unknowable, false] })).toBe('V');
    expect(unknownAt({ 'Fn::And': true })).toBe('V');
    expect(unknownAt({ 'Fn::Or': true })).toBe('V');
    expect(resolve({ 'Fn::Not': [false] })).toBe(true);
    expect(resolve({ 'Fn::Not': ['true'] })).toBe(false);
    expect(unknownAt({ 'Fn::Not': [unknowable] })).toBe('V (condition Unknowable)');
    expect(unknownAt({ 'Fn::Not': true })).toBe('V');
  });

  it('says whether a resource is created', () => {
    expect(resourceCondition('No', ctx)).toBe(false);
    expect((resourceCondition('Missing', ctx) as Unknown).property).toBe('Condition (condition Missing)');
    expect(resourceCondition(['Yes'], ctx)).toBe(true);
  });
});

describe('CloudFormation intrinsics: structure', () => {
  it('marks functions resolved only at deploy time as unknown, naming the function', () => {
    for (const fn of ['Fn::ImportValue', 'Fn::GetAZs', 'Fn::Cidr', 'Fn::Transform', 'Fn::ToJsonString', 'Fn::Length']) expect(unknownAt({ [fn]: 'x' })).toBe(`V (${fn})`);
  });

  it('keeps plain objects with one or several keys, drops AWS::NoValue from lists and objects', () => {
    expect(resolve({ NotAFunction: { Ref: 'Port' } })).toEqual({ NotAFunction: 443 });
    expect(resolve({ Ref: 'Port', Other: 1 })).toEqual({ Ref: 'Port', Other: 1 });
    expect(resolve(['a', { Ref: 'AWS::NoValue' }, 'b'])).toEqual(['a', 'b']);
    expect(resolve({ 'Fn::Base64': 'text' })).toBe('text');
    expect(resolveProperties({ A: undefined, B: null }, ctx)).toEqual({ A: null, B: null });
  });

  it('reads only objects as properties', () => {
    expect(resolveProperties(undefined, ctx)).toEqual({});
    expect(resolveProperties(null, ctx)).toEqual({});
    expect(resolveProperties(['a'], ctx)).toEqual({});
    expect(resolveProperties({ Ref: 'Key' }, ctx)).toEqual({});
    expect(resolveProperties({ Ref: 'Unset' }, ctx)).toEqual({});
    expect(resolveProperties({ Ref: 'Nested' }, ctx)).toEqual({});
  });

  it.each([
    ['a list', (v: unknown) => [v]],
    ['Fn::Sub variables', (v: unknown) => ({ 'Fn::Sub': ['${X}', { X: v }] })],
    ['Fn::Join', (v: unknown) => ({ 'Fn::Join': ['', v] })],
    ['a Fn::Select index', (v: unknown) => ({ 'Fn::Select': [v, ['a']] })],
    ['a Fn::Select list', (v: unknown) => ({ 'Fn::Select': [0, v] })],
    ['Fn::Split', (v: unknown) => ({ 'Fn::Split': [',', v] })],
    ['Fn::FindInMap', (v: unknown) => ({ 'Fn::FindInMap': [v, 'k', 'v'] })],
    ['a Fn::If true branch', (v: unknown) => ({ 'Fn::If': ['Yes', v, 'b'] })],
    ['a Fn::If false branch', (v: unknown) => ({ 'Fn::If': ['No', 'a', v] })],
    ['Fn::Equals', (v: unknown) => ({ 'Fn::Equals': [v, 'x'] })],
    ['Fn::And', (v: unknown) => ({ 'Fn::And': [v] })],
    ['Fn::Not', (v: unknown) => ({ 'Fn::Not': [v] })],
  ])('stops nesting through %s at the depth limit', (_, wrap) => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = wrap(deep);
    expect(() => resolve(deep)).not.toThrow();
  });

  it('stops a condition that refers to itself at the depth limit', () => {
    const loop: TemplateContext = { ...ctx, conditions: { Loop: { 'Fn::Not': [{ Condition: 'Loop' }] } } };
    expect(resourceCondition('Loop', loop)).toBeInstanceOf(Unknown);
  });

  it('resolves 63 nested functions below a property and refuses the 64th', () => {
    const nest = (n: number): unknown => {
      let v: unknown = 'x';
      for (let i = 0; i < n; i++) v = { 'Fn::Base64': v };
      return v;
    };
    expect(resolve(nest(63))).toBe('x');
    expect(unknownAt(nest(64))).toBe('V (nested too deeply)');
  });
});
