/**
 * YAML as CloudFormation reads it: YAML 1.1 booleans, merge keys, a list property written as one
 * mapping, one document per file, and quoted scalars continued on less indented lines.
 */
import { RULES } from '../../src/rules';
import { evaluate } from '../../src/core/engine';
import { factsFromTemplate } from '../../src/cfn/facts';
import { listPropertyPaths, withListProperties } from '../../src/cfn/list-properties';
import { parseTemplate } from '../../src/cfn/template-source';
import { indentQuotedContinuations } from '../../src/cfn/yaml-quoted-scalars';
import { UsageError } from '../../src/cli/errors';

const read = (yaml: string) => parseTemplate(yaml, 'template.yaml').template;
const propsOf = (yaml: string, id = 'A') => (read(yaml).Resources as Record<string, { Properties: Record<string, unknown> }>)[id].Properties;

function statuses(yaml: string, requirement: string): string[] {
  const { stack } = factsFromTemplate(parseTemplate(yaml, 'template.yaml'));
  return evaluate(
    stack,
    RULES.filter((r) => r.id === requirement),
    { now: new Date('2026-06-01') },
  )
    .map((f) => `${f.resource.name} ${f.status}`)
    .sort();
}

describe('YAML 1.1 booleans', () => {
  it('reads the plain words yes/no/on/off in every case form as booleans', () => {
    const props = propsOf('Resources:\n  A:\n    Type: X\n    Properties: {a: yes, b: Yes, c: YES, d: no, e: On, f: OFF, g: off, h: True, i: FALSE}\n');
    expect(props).toEqual({ a: true, b: true, c: true, d: false, e: true, f: false, g: false, h: true, i: false });
  });

  it('keeps quoted words, y/n, dates and other plain text as strings', () => {
    const props = propsOf('Resources:\n  A:\n    Type: X\n    Properties: {a: "yes", b: \'on\', c: y, d: n, e: 2010-09-09, f: yesterday, g: !Sub "no"}\n');
    expect(props).toEqual({ a: 'yes', b: 'on', c: 'y', d: 'n', e: '2010-09-09', f: 'yesterday', g: { 'Fn::Sub': 'no' } });
    expect(read('AWSTemplateFormatVersion: 2010-09-09\nResources: {}\n').AWSTemplateFormatVersion).toBe('2010-09-09');
  });

  it('judges `PubliclyAccessible: yes` as true, and a quoted "no" as no boolean (not as the default)', () => {
    const db = (value: string) => `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      PubliclyAccessible: ${value}\n`;
    expect(statuses(db('yes'), 'DATA5')).toEqual(statuses(db('true'), 'DATA5'));
    expect(statuses(db('yes'), 'DATA5')).toContain('Db fail');
    expect(statuses(db('off'), 'DATA5')).toEqual(statuses(db('false'), 'DATA5'));
    expect(statuses(db('off'), 'DATA5')).not.toContain('Db fail');
  });
});

describe('merge keys', () => {
  it("expands `<<: *base` (shallow, the mapping's own keys winning)", () => {
    const template = read(
      [
        'Base: &base',
        '  Type: AWS::EC2::SecurityGroup',
        '  Properties: {GroupDescription: base}',
        'Resources:',
        '  Sg:',
        '    <<: *base',
        '    Properties:',
        '      GroupDescription: web',
        '      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]',
      ].join('\n'),
    );
    expect((template.Resources as Record<string, unknown>).Sg).toEqual({
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { GroupDescription: 'web', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] },
    });
  });

  it('checks a rule merged in from an anchor', () => {
    const yaml = [
      'Rule: &ssh {IpProtocol: tcp, FromPort: 22, ToPort: 22}',
      'Resources:',
      '  Sg:',
      '    Type: AWS::EC2::SecurityGroup',
      '    Properties:',
      '      GroupDescription: web',
      '      SecurityGroupIngress:',
      '        - <<: *ssh',
      '          CidrIp: 0.0.0.0/0',
    ].join('\n');
    expect(statuses(yaml, 'NET2')).toEqual(['Sg fail']);
  });
});

describe('a list property written as one mapping', () => {
  const sg = (ingress: string) => `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      SecurityGroupIngress:\n${ingress}`;
  const rule = ['IpProtocol: tcp', 'FromPort: 22', 'ToPort: 22', 'CidrIp: 0.0.0.0/0'];

  it('reads SecurityGroupIngress without `-` as a list of one rule: an open SSH port fails', () => {
    const single = sg(rule.map((l) => `        ${l}\n`).join(''));
    const listed = sg(rule.map((l, i) => `        ${i === 0 ? '- ' : '  '}${l}\n`).join(''));
    expect(statuses(single, 'NET2')).toEqual(['Sg fail']);
    expect(statuses(single, 'NET2')).toEqual(statuses(listed, 'NET2'));
  });

  it("reads a record set group's single RecordSets mapping as its one record", () => {
    const group = (sets: string) => `Resources:\n  Dns:\n    Type: AWS::Route53::RecordSetGroup\n    Properties:\n      HostedZoneName: example.com.\n      RecordSets:\n${sets}`;
    const record = ['Name: app.example.com.', 'Type: CNAME', 'TTL: 300', 'ResourceRecords: [gone.s3-website-us-east-1.amazonaws.com]'];
    const single = group(record.map((l) => `        ${l}\n`).join(''));
    const listed = group(record.map((l, i) => `        ${i === 0 ? '- ' : '  '}${l}\n`).join(''));
    const facts = (yaml: string) => factsFromTemplate(parseTemplate(yaml, 't.yaml')).stack.facts.map((f) => [f.key, f.props]);
    expect(facts(single)).toEqual(facts(listed));
    expect(facts(single)).toHaveLength(1);
  });

  it.each([...listPropertyPaths()].flatMap(([type, paths]) => paths.map((p) => [type, p] as const)))('%s %s: one value reads as a list of it', (type, path) => {
    // Build the property at `path` (one item at each `[]`), holding a single mapping, then the same with a list of it.
    const leaf = { Probe: 'value' };
    const build = (steps: string[], single: boolean): unknown => {
      if (steps.length === 0) return single ? leaf : [leaf];
      const [step, ...rest] = steps;
      if (step === '[]') return [build(rest, single)];
      return { [step]: build(rest, single) };
    };
    const steps = path.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
    const single = build(steps, true) as Record<string, never>;
    expect(withListProperties(type, single)).toEqual(build(steps, false));
  });

  it('leaves lists, unknowns, nulls and types without list properties as they are', () => {
    const listed = { SecurityGroupIngress: [{ CidrIp: '0.0.0.0/0' }] };
    expect(withListProperties('AWS::EC2::SecurityGroup', listed)).toBe(listed);
    const absent = { GroupDescription: 'x' };
    expect(withListProperties('AWS::EC2::SecurityGroup', absent)).toBe(absent);
    expect(withListProperties('AWS::EC2::SecurityGroup', { SecurityGroupIngress: null })).toEqual({ SecurityGroupIngress: null });
    const other = { Rules: { Probe: 1 } };
    expect(withListProperties('AWS::Unknown::Type', other)).toBe(other);
  });
});

describe('several YAML documents in one file', () => {
  it.each([
    ['two templates', 'Resources: {A: {Type: X}}\n---\nResources: {B: {Type: X}}\n', 3],
    ['a trailing document marker', 'Resources: {A: {Type: X}}\n---\n', 3],
  ])('refuses %s in our words, naming the line', (_what, yaml, line) => {
    const run = () => parseTemplate(yaml, 'template.yaml');
    expect(run).toThrow(UsageError);
    expect(run).toThrow(`template.yaml:${line - 1}:1: a second YAML document starts here; a CloudFormation template is a single document`);
  });

  it('reads one document with its start and end markers', () => {
    expect(read('---\nResources: {A: {Type: X}}\n...\n').Resources).toEqual({ A: { Type: 'X' } });
  });
});

describe('multi-line quoted scalars as PyYAML and CloudFormation read them', () => {
  it.each([
    ['a top-level double-quoted description', 'Description: "line one\nline two"\nResources: {}\n', (t: Record<string, unknown>) => t.Description, 'line one line two'],
    [
      "a tag value continued at its key's column",
      'Resources:\n  A:\n    Type: X\n    Properties:\n      Tags:\n        - Key: k\n          Value: "one\n          two"\n',
      (t: Record<string, unknown>) => (t.Resources as Record<string, { Properties: { Tags: { Value: string }[] } }>).A.Properties.Tags[0].Value,
      'one two',
    ],
    [
      'a single-quoted scalar with an escaped quote',
      "Resources:\n  A:\n    Type: X\n    Properties:\n      Name: 'it''s\n      here'\n",
      (t: Record<string, unknown>) => (t.Resources as Record<string, { Properties: { Name: string } }>).A.Properties.Name,
      "it's here",
    ],
    [
      'a !Sub string',
      'Resources:\n  A:\n    Type: X\n    Properties:\n      Name: !Sub "${AWS::StackName}-\n      logs"\n',
      (t: Record<string, unknown>) => (t.Resources as Record<string, { Properties: { Name: unknown } }>).A.Properties.Name,
      { 'Fn::Sub': '${AWS::StackName}- logs' },
    ],
    [
      'an escaped line break and a blank line',
      'Resources:\n  A:\n    Type: X\n    Properties:\n      Name: "a\\\n    b\n\n    c"\n',
      (t: Record<string, unknown>) => (t.Resources as Record<string, { Properties: { Name: unknown } }>).A.Properties.Name,
      'ab\nc',
    ],
  ])('reads %s', (_what, yaml, pick, expected) => {
    expect(pick(read(yaml))).toEqual(expected);
  });

  it('changes only the indentation of continuation lines, never a block scalar or a comment', () => {
    const yaml = ['A: "one', 'two"  # a "quoted" comment', 'B: |', '  echo "open', "C: 'x", "y'"].join('\n');
    expect(indentQuotedContinuations(yaml)).toBe(['A: "one', '    two"  # a "quoted" comment', 'B: |', '  echo "open', "C: 'x", "    y'"].join('\n'));
  });

  it('keeps line numbers: a resource after a repaired scalar is located where it stands', () => {
    const source = parseTemplate('Description: "one\ntwo"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n', 't.yaml');
    expect(source.positions.get('Bucket')).toEqual({ line: 4, column: 3 });
  });

  it("still refuses a quote that never closes, with the reader's position", () => {
    expect(() => read('Resources:\n  A:\n    Type: X\n    Properties:\n      Name: "open\n')).toThrow(/template\.yaml:\d+:\d+: /);
  });
});
