/**
 * The Pulumi CLI's policy config handling, ported in src/config/policy-pack-config.ts: the cases of
 * pkg/resource/analyzer/config_test.go (pulumi/pulumi 1b59498), then ours.
 */
import {
  AnalyzerPolicyInfo,
  PolicyPackConfig,
  PolicyPackConfigError,
  checkConfigureRequest,
  extractEnforcementLevel,
  loadPolicyPackConfig,
  parsePolicyPackConfig,
  reconcilePolicyPackConfig,
} from '../../src/config/policy-pack-config';

describe('parsePolicyPackConfig (TestParsePolicyPackConfigSuccess)', () => {
  it.each<[string, PolicyPackConfig | undefined]>([
    ['', undefined],
    ['    ', undefined],
    ['\t', undefined],
    ['\n', undefined],
    ['{"foo":"advisory"}', { foo: { enforcementLevel: 'advisory' } }],
    ['{"foo":"mandatory"}', { foo: { enforcementLevel: 'mandatory' } }],
    [
      '{"all":"mandatory","policy1":{"foo":"one"},"policy2":{"foo":"two"}}',
      { all: { enforcementLevel: 'mandatory' }, policy1: { enforcementLevel: '', properties: { foo: 'one' } }, policy2: { enforcementLevel: '', properties: { foo: 'two' } } },
    ],
    ['{}', {}],
    ['{"foo":{"enforcementLevel":"advisory"}}', { foo: { enforcementLevel: 'advisory' } }],
    ['{"foo":{"enforcementLevel":"mandatory"}}', { foo: { enforcementLevel: 'mandatory' } }],
    ['{"foo":{"enforcementLevel":"advisory","bar":"blah"}}', { foo: { enforcementLevel: 'advisory', properties: { bar: 'blah' } } }],
    ['{"foo":{}}', {}],
    ['{"foo":{"bar":"blah"}}', { foo: { enforcementLevel: '', properties: { bar: 'blah' } } }],
    // Ours: Go leaves the map nil for a JSON null.
    ['null', {}],
  ])('%j', (json, expected) => {
    expect(parsePolicyPackConfig(json).config).toEqual(expected);
  });
});

describe('parsePolicyPackConfig refusals (TestParsePolicyPackConfigFail)', () => {
  it.each([
    '{"foo":[]}',
    '{"foo":null}',
    '{"foo":undefined}',
    '{"foo":0}',
    '{"foo":true}',
    '{"foo":false}',
    '{"foo":""}',
    '{"foo":"bar"}',
    '{"foo":{"enforcementLevel":[]}}',
    '{"foo":{"enforcementLevel":null}}',
    '{"foo":{"enforcementLevel":undefined}}',
    '{"foo":{"enforcementLevel":0}}',
    '{"foo":{"enforcementLevel":true}}',
    '{"foo":{"enforcementLevel":false}}',
    '{"foo":{"enforcementLevel":{}}}',
    '{"foo":{"enforcementLevel":""}}',
    '{"foo":{"enforcementLevel":"bar"}}',
  ])('%s', (json) => {
    expect(() => parsePolicyPackConfig(json)).toThrow(PolicyPackConfigError);
  });

  it.each([
    ['{"exemptions":[{"resource":"a","reason":"b"}]}', 'parsing "exemptions": [map[reason:b resource:a]] is not a valid value; must be a string or object'],
    ['{"NET1":[443, 1000000, 0.5]}', 'parsing "NET1": [443 1e+06 0.5] is not a valid value; must be a string or object'],
    ['{"foo":null}', 'parsing "foo": <nil> is not a valid value; must be a string or object'],
    ['{"foo":"bar"}', 'parsing enforcement level for "foo": "bar" is not a valid enforcement level'],
    ['{"foo":{"enforcementLevel":1}}', 'parsing enforcement level for "foo": 1 is not a valid enforcement level; must be a string'],
    ['[]', 'json: cannot unmarshal array into Go value of type map[string]interface {}'],
    ['"TLS1"', 'json: cannot unmarshal string into Go value of type map[string]interface {}'],
  ])('words %s as the CLI does', (json, message) => {
    expect(() => parsePolicyPackConfig(json)).toThrow(message);
  });

  it('refuses YAML: the CLI reads JSON only', () => {
    expect(() => parsePolicyPackConfig('TLS2: mandatory\n')).toThrow(/not valid JSON/);
  });
});

describe('environments (TestParsePolicyPackConfigWithEnvironments)', () => {
  it.each<[string, string, string[] | undefined, number]>([
    ['environments and policies', '{"environments":["org/secrets","org/config"],"cost-policy":{"enforcementLevel":"mandatory","maxCost":1000}}', ['org/secrets', 'org/config'], 1],
    ['only environments', '{"environments":["org/secrets"]}', ['org/secrets'], 0],
    ['no environments key', '{"cost-policy":"mandatory"}', undefined, 1],
    ['empty config', '', undefined, 0],
    ['empty environments array', '{"environments":[],"cost-policy":"advisory"}', [], 1],
  ])('%s', (_name, json, envs, policies) => {
    const parsed = parsePolicyPackConfig(json);
    expect(parsed.environments).toEqual(envs);
    expect(Object.keys(parsed.config ?? {})).toHaveLength(policies);
  });

  it.each([
    ['{"environments":"not-an-array"}', '"environments" must be an array of strings, got string'],
    ['{"environments":[123]}', '"environments[0]" must be a string, got float64'],
  ])('refuses %s', (json, message) => {
    expect(() => parsePolicyPackConfig(json)).toThrow(message);
  });
});

describe('extractEnforcementLevel', () => {
  it.each<[Record<string, unknown>, string, Record<string, unknown>]>([
    [{}, '', {}],
    [{ enforcementLevel: 'advisory' }, 'advisory', {}],
    [{ enforcementLevel: 'mandatory' }, 'mandatory', {}],
    [{ enforcementLevel: 'disabled' }, 'disabled', {}],
    [{ enforcementLevel: 'advisory', foo: 'bar', blah: 1 }, 'advisory', { foo: 'bar', blah: 1 }],
  ])('%j (TestExtractEnforcementLevelSuccess)', (props, level, rest) => {
    expect(extractEnforcementLevel(props)).toBe(level);
    expect(props).toEqual(rest);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ enforcementLevel: '' }, '"" is not a valid enforcement level'],
    [{ enforcementLevel: 'foo' }, '"foo" is not a valid enforcement level'],
    [{ enforcementLevel: null }, '<nil> is not a valid enforcement level; must be a string'],
    [{ enforcementLevel: 1 }, '1 is not a valid enforcement level; must be a string'],
    [{ enforcementLevel: [] }, '[] is not a valid enforcement level; must be a string'],
  ])('%j (TestExtractEnforcementLevelFail)', (props, message) => {
    expect(() => extractEnforcementLevel(props)).toThrow(message);
  });
});

const schema = (properties: Record<string, Record<string, unknown>>, required?: string[]): AnalyzerPolicyInfo['configSchema'] => (required ? { properties, required } : { properties });

describe('reconcilePolicyPackConfig (TestReconcilePolicyPackConfigSuccess, WithInitialConfig)', () => {
  const one = (level: AnalyzerPolicyInfo['enforcementLevel'], s?: AnalyzerPolicyInfo['configSchema']): AnalyzerPolicyInfo[] => [
    s ? { name: 'policy', enforcementLevel: level, configSchema: s } : { name: 'policy', enforcementLevel: level },
  ];
  it.each<[string, AnalyzerPolicyInfo[], PolicyPackConfig | undefined, PolicyPackConfig | undefined, PolicyPackConfig]>([
    ['Default enforcement level used', one('mandatory'), undefined, undefined, { policy: { enforcementLevel: 'mandatory' } }],
    ['Specified enforcement level used', one('mandatory'), undefined, { policy: { enforcementLevel: 'advisory' } }, { policy: { enforcementLevel: 'advisory' } }],
    [
      "Enforcement level from 'all' used",
      one('disabled'),
      undefined,
      { all: { enforcementLevel: 'mandatory' } },
      { all: { enforcementLevel: 'mandatory' }, policy: { enforcementLevel: 'mandatory' } },
    ],
    [
      "Enforcement level from 'all' used with multiple policies",
      [
        { name: 'policy-one', enforcementLevel: 'advisory' },
        { name: 'policy-two', enforcementLevel: 'mandatory' },
      ],
      undefined,
      { all: { enforcementLevel: 'disabled' } },
      { all: { enforcementLevel: 'disabled' }, 'policy-one': { enforcementLevel: 'disabled' }, 'policy-two': { enforcementLevel: 'disabled' } },
    ],
    [
      "Specified config enforcement level used even if 'all' is present",
      one('disabled'),
      undefined,
      { all: { enforcementLevel: 'mandatory' }, policy: { enforcementLevel: 'advisory' } },
      { all: { enforcementLevel: 'mandatory' }, policy: { enforcementLevel: 'advisory' } },
    ],
    [
      'Default string value specified in schema used',
      one('advisory', schema({ foo: { type: 'string', default: 'bar' } })),
      undefined,
      undefined,
      { policy: { enforcementLevel: 'advisory', properties: { foo: 'bar' } } },
    ],
    [
      'Default number value specified in schema used',
      one('advisory', schema({ foo: { type: 'number', default: 42 } })),
      undefined,
      undefined,
      { policy: { enforcementLevel: 'advisory', properties: { foo: 42 } } },
    ],
    [
      'Specified config value overrides default value',
      one('advisory', schema({ foo: { type: 'string', default: 'bar' } })),
      undefined,
      { policy: { enforcementLevel: 'advisory', properties: { foo: 'overridden' } } },
      { policy: { enforcementLevel: 'advisory', properties: { foo: 'overridden' } } },
    ],
    [
      'Default value specified in schema for required field used',
      one('advisory', schema({ foo: { type: 'string', default: 'bar' } }, ['foo'])),
      undefined,
      undefined,
      { policy: { enforcementLevel: 'advisory', properties: { foo: 'bar' } } },
    ],
    ...(
      [
        ['type: string', 'string', 'bar'],
        ['type: number (int)', 'number', 42],
        ['type: number (float)', 'number', 3.14],
        ['type: integer', 'integer', 42],
        ['type: boolean true', 'boolean', true],
        ['type: boolean false', 'boolean', false],
        ['type: object', 'object', { bar: 'baz' }],
        ['type: array', 'array', ['a', 'b', 'c']],
        ['type: null', 'null', null],
      ] as [string, string, unknown][]
    ).map(([name, type, value]): [string, AnalyzerPolicyInfo[], PolicyPackConfig | undefined, PolicyPackConfig | undefined, PolicyPackConfig] => [
      name,
      one('advisory', schema({ foo: { type } })),
      undefined,
      { policy: { enforcementLevel: 'advisory', properties: { foo: value } } },
      { policy: { enforcementLevel: 'advisory', properties: { foo: value } } },
    ]),
    ['Initial config applied', [{ name: 'policy', enforcementLevel: '' }], { policy: { enforcementLevel: 'advisory' } }, undefined, { policy: { enforcementLevel: 'advisory' } }],
    [
      'Initial config replaced by config',
      [{ name: 'policy', enforcementLevel: '' }],
      { policy: { enforcementLevel: 'mandatory' } },
      { policy: { enforcementLevel: 'advisory' } },
      { policy: { enforcementLevel: 'advisory' } },
    ],
    [
      "Initial config 'all' used, then replaced for one policy by config",
      ['policy-one', 'policy-two', 'policy-three'].map((name) => ({ name, enforcementLevel: '' as const })),
      { all: { enforcementLevel: 'mandatory' } },
      { 'policy-three': { enforcementLevel: 'advisory' } },
      { all: { enforcementLevel: 'mandatory' }, 'policy-one': { enforcementLevel: 'mandatory' }, 'policy-two': { enforcementLevel: 'mandatory' }, 'policy-three': { enforcementLevel: 'advisory' } },
    ],
    [
      "Initial config 'all' used with multiple policies",
      ['policy-one', 'policy-two'].map((name) => ({ name, enforcementLevel: '' as const })),
      { all: { enforcementLevel: 'disabled' } },
      undefined,
      { all: { enforcementLevel: 'disabled' }, 'policy-one': { enforcementLevel: 'disabled' }, 'policy-two': { enforcementLevel: 'disabled' } },
    ],
    // Ours: a property given replaces the default whole (maps.Copy), and a key naming no policy stays as an entry.
    [
      'A given array replaces the default',
      one('advisory', schema({ ports: { type: 'array', default: [443] } })),
      undefined,
      { policy: { enforcementLevel: '', properties: { ports: [5432] } } },
      { policy: { enforcementLevel: 'advisory', properties: { ports: [5432] } } },
    ],
    [
      'A key that names no policy is kept',
      one('advisory'),
      undefined,
      { typo: { enforcementLevel: 'disabled' } },
      { policy: { enforcementLevel: 'advisory' }, typo: { enforcementLevel: 'disabled' } },
    ],
  ])('%s', (_name, policies, initial, config, expected) => {
    const r = reconcilePolicyPackConfig(policies, initial, config);
    expect(r.validationErrors).toBeUndefined();
    expect(r.config).toEqual(expected);
  });
});

describe('reconcilePolicyPackConfig validation (TestReconcilePolicyPackConfigValidationErrors)', () => {
  const foo = (properties: Record<string, Record<string, unknown>>, required?: string[]): AnalyzerPolicyInfo[] => [
    { name: 'foo-policy', enforcementLevel: 'advisory', configSchema: schema(properties, required) },
  ];
  const given = (properties: Record<string, unknown>): PolicyPackConfig => ({ 'foo-policy': { enforcementLevel: 'advisory', properties } });
  it.each<[string, AnalyzerPolicyInfo[], PolicyPackConfig | undefined, string[]]>([
    ['Required config property not set', foo({ foo: { type: 'string' } }, ['foo']), undefined, ['foo-policy: foo is required']],
    ['Default value set to incorrect type', foo({ foo: { type: 'string', default: 1 } }), undefined, ['foo-policy: foo: Invalid type. Expected: string, given: integer']],
    ['Default value too long', foo({ foo: { type: 'string', maxLength: 3, default: 'this value is too long' } }), undefined, ['foo-policy: foo: String length must be less than or equal to 3']],
    ['Default value too short', foo({ foo: { type: 'string', minLength: 50, default: 'this value is too short' } }), undefined, ['foo-policy: foo: String length must be greater than or equal to 50']],
    [
      'Default value set to invalid enum value',
      foo({ foo: { type: 'string', enum: ['bar', 'baz'], default: 'blah' } }),
      undefined,
      ['foo-policy: foo: foo must be one of the following: "bar", "baz"'],
    ],
    ['Default value set to invalid constant value', foo({ foo: { const: 'bar', default: 'blah' } }), undefined, ['foo-policy: foo: foo does not match: "bar"']],
    ['Incorrect type', foo({ foo: { type: 'string' } }), given({ foo: 1 }), ['foo-policy: foo: Invalid type. Expected: string, given: integer']],
    ['Invalid enum value', foo({ foo: { type: 'string', enum: ['bar', 'baz'] } }), given({ foo: 'blah' }), ['foo-policy: foo: foo must be one of the following: "bar", "baz"']],
    ['Invalid constant value', foo({ foo: { const: 'bar' } }), given({ foo: 'blah' }), ['foo-policy: foo: foo does not match: "bar"']],
    [
      'Multiple validation errors',
      foo({ foo: { type: 'string', maxLength: 3 }, bar: { type: 'integer' } }),
      given({ foo: 'this is too long', bar: 3.14 }),
      ['foo-policy: bar: Invalid type. Expected: integer, given: number', 'foo-policy: foo: String length must be less than or equal to 3'],
    ],
    // Ours: nested items, additionalProperties and minimum, as gojsonschema words them.
    [
      'Array item of the wrong type',
      foo({ ports: { type: 'array', items: { type: 'integer' } } }),
      given({ ports: [443, '5432'] }),
      ['foo-policy: ports.1: Invalid type. Expected: integer, given: string'],
    ],
    [
      'Unknown key in an item',
      foo({ list: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false } } }),
      given({ list: [{ b: 1 }] }),
      ['foo-policy: list.0: Additional property b is not allowed'],
    ],
    ['Below the minimum', foo({ days: { type: 'integer', minimum: 1 } }), given({ days: 0 }), ['foo-policy: days: Must be greater than or equal to 1']],
    ['Pattern', foo({ until: { type: 'string', pattern: '^\\d{4}$' } }), given({ until: 'x' }), ["foo-policy: until: Does not match pattern '^\\d{4}$'"]],
  ])('%s', (_name, policies, config, errors) => {
    const r = reconcilePolicyPackConfig(policies, undefined, config);
    expect(r.config).toBeUndefined();
    expect([...(r.validationErrors ?? [])].sort()).toEqual([...errors].sort());
  });

  it('accepts a key the schema does not name: the CLI drops the top-level additionalProperties', () => {
    const policies: AnalyzerPolicyInfo[] = [{ name: 'p', enforcementLevel: 'advisory', configSchema: { properties: { a: { type: 'string' } } } }];
    expect(reconcilePolicyPackConfig(policies, undefined, { p: { enforcementLevel: '', properties: { typo: 1 } } }).config).toEqual({ p: { enforcementLevel: 'advisory', properties: { typo: 1 } } });
  });
});

describe('Configure and the whole load, as `pulumi preview --policy-pack-config` runs them', () => {
  const pack = { name: 'pack', version: '1.0.0', path: 'policies', policies: [{ name: 'p', enforcementLevel: 'mandatory' as const, configSchema: { properties: { n: { type: 'integer' } } } }] };

  it('sends an entry for every policy, and for keys that name none', () => {
    expect(loadPolicyPackConfig('{"other":"disabled"}', pack).request).toEqual({ p: { enforcementLevel: 'mandatory', properties: {} }, other: { enforcementLevel: 'disabled', properties: {} } });
  });

  it('fails Configure for a key without a level that names no policy (analyzer_plugin.go)', () => {
    expect(() => checkConfigureRequest({ x: { enforcementLevel: '', properties: { a: 1 } } })).toThrow('invalid enforcement level ""');
    expect(() => loadPolicyPackConfig('{"all":{"a":1}}', pack)).toThrow('configuring policy pack "pack" at "policies": invalid enforcement level ""');
  });

  it('reports validation errors sorted on one line, as loadPolicyPlugins words them', () => {
    expect(() => loadPolicyPackConfig('{"p":{"n":"x"}}', pack)).toThrow('validating policy config: pack 1.0.0  p: n: Invalid type. Expected: integer, given: string');
  });

  it('refuses ESC environments: an offline run has no backend to resolve them', () => {
    expect(() => loadPolicyPackConfig('{"environments":["org/env"]}', pack)).toThrow(/ESC environments/);
    expect(loadPolicyPackConfig('{"environments":[]}', pack).request.p.enforcementLevel).toBe('mandatory');
  });
});
