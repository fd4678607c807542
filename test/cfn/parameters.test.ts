/**
 * Parameters as a deployer sets them (issue 11, item 3): never at their Default; over every allowed
 * value; unknown without AllowedValues unless supplied (`--parameters`); SSM-typed unknown; NoEcho
 * values never written; a parameter that only names things leaves verdicts as they are.
 */
import { parseParameterValues } from '../../src/cfn/parameters';
import { UsageError } from '../../src/cli/errors';
import { distribution, judged, messageOf, statusOf } from '../support/cfn-alternatives';
import { parseReport, runCli, tempFile } from '../support/cli';

const floor = (declaration: Record<string, unknown>) => ({ Parameters: { Floor: { Type: 'String', ...declaration } }, Resources: { Cdn: distribution({ Ref: 'Floor' }) } });

describe('parameters', () => {
  it('judges every allowed value: one failing value fails, naming the parameter and the value', () => {
    const f = judged(floor({ Default: 'TLSv1.2_2021', AllowedValues: ['TLSv1.2_2021', 'TLSv1'] }));
    expect(statusOf(f, 'TLS1', 'Cdn')).toBe('fail');
    expect(messageOf(f, 'TLS1', 'Cdn')).toContain('when parameter Floor is "TLSv1"');
    const strong = judged(floor({ Default: 'TLSv1', AllowedValues: ['TLSv1.2_2021', 'TLSv1.2_2019'] }));
    expect(statusOf(strong, 'TLS1', 'Cdn')).toBe('pass');
  });

  it('is unknown without AllowedValues, whatever the Default, naming the parameter', () => {
    const f = judged(floor({ Default: 'TLSv1.2_2021' }));
    expect(statusOf(f, 'TLS1', 'Cdn')).toBe('unknown');
    expect(messageOf(f, 'TLS1', 'Cdn')).toContain('parameter Floor');
  });

  it('judges supplied values: failing, passing', () => {
    expect(statusOf(judged(floor({}), { parameters: new Map([['Floor', 'TLSv1_2016']]) }), 'TLS1', 'Cdn')).toBe('fail');
    expect(statusOf(judged(floor({}), { parameters: new Map([['Floor', 'TLSv1.2_2021']]) }), 'TLS1', 'Cdn')).toBe('pass');
    // A supplied value settles a parameter with AllowedValues too.
    const settled = judged(floor({ AllowedValues: ['TLSv1.2_2021', 'TLSv1'] }), { parameters: new Map([['Floor', 'TLSv1.2_2021']]) });
    expect(statusOf(settled, 'TLS1', 'Cdn')).toBe('pass');
  });

  it('leaves an AWS::SSM::Parameter::Value parameter unknown, even supplied (the value is read from SSM at deployment)', () => {
    const ssm = floor({ Type: 'AWS::SSM::Parameter::Value<String>', Default: '/tls/floor' });
    const f = judged(ssm, { parameters: new Map([['Floor', '/tls/floor']]) });
    expect(statusOf(f, 'TLS1', 'Cdn')).toBe('unknown');
    expect(messageOf(f, 'TLS1', 'Cdn')).toContain('SSM');
  });

  it('never writes a NoEcho value, supplied or allowed', () => {
    const secret = 'TLSv1_2016';
    const allowed = judged(floor({ NoEcho: true, AllowedValues: ['TLSv1.2_2021', secret] }));
    expect(statusOf(allowed, 'TLS1', 'Cdn')).toBe('fail');
    expect(JSON.stringify(allowed)).not.toContain(secret);
    expect(messageOf(allowed, 'TLS1', 'Cdn')).toContain('NoEcho parameter Floor');
    const supplied = judged(floor({ NoEcho: 'true' }), { parameters: new Map([['Floor', secret]]) });
    expect(statusOf(supplied, 'TLS1', 'Cdn')).toBe('fail');
    expect(JSON.stringify(supplied)).not.toContain(secret);
  });

  it('keeps verdicts that rest on names: a bucket named by a parameter and its policy written with Fn::Sub', () => {
    const deny = (condition: Record<string, unknown>) => ({
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [{ 'Fn::Sub': 'arn:aws:s3:::${Name}' }, { 'Fn::Sub': 'arn:aws:s3:::${Name}/*' }],
      Condition: condition,
    });
    const template = (statements: unknown[]) => ({
      Parameters: { Name: { Type: 'String', Default: 'assets' } },
      Resources: {
        Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'Name' } } },
        Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Name' }, PolicyDocument: { Statement: statements } } },
      },
    });
    const good = judged(template([deny({ Bool: { 'aws:SecureTransport': 'false' } }), deny({ NumericLessThan: { 's3:TlsVersion': '1.2' } })]));
    expect(statusOf(good, 'TLS7', 'Bucket')).toBe('pass');
    // The policy is the bucket's, not a policy of a bucket elsewhere.
    expect(good.filter((f) => f.requirement === 'TLS7').map((f) => f.resource.key)).toEqual(['Bucket']);
    const bad = judged(template([deny({ Bool: { 'aws:SecureTransport': 'false' } })]));
    expect(statusOf(bad, 'TLS7', 'Bucket')).toBe('fail');
  });
});

describe('parameter files', () => {
  it('reads the create-stack JSON, the deploy Key=Value list (text or JSON), and skips UsePreviousValue', () => {
    const json = JSON.stringify([
      { ParameterKey: 'A', ParameterValue: 'x=y' },
      { ParameterKey: 'B', ParameterValue: 2 },
      { ParameterKey: 'C', UsePreviousValue: true },
    ]);
    expect(parseParameterValues(json, 'p.json')).toEqual(
      new Map([
        ['A', 'x=y'],
        ['B', '2'],
      ]),
    );
    expect(parseParameterValues('A=1 B="two words"\nC=', 'p.txt')).toEqual(
      new Map([
        ['A', '1'],
        ['B', 'two words'],
        ['C', ''],
      ]),
    );
    expect(parseParameterValues('["A=1", "B=2"]', 'p.json')).toEqual(
      new Map([
        ['A', '1'],
        ['B', '2'],
      ]),
    );
  });

  it.each([
    ['a JSON object', '{"Parameters": {"A": "1"}}', /expected a JSON list/],
    ['an entry without a value', '[{"ParameterKey": "A"}]', /entry 0 \(A\) has no text ParameterValue/],
    ['an entry of another shape', '[1]', /entry 0 is neither/],
    ['broken JSON', '[{', /not valid JSON/],
    ['a word without =', 'A=1 B', /"B" is not Key=Value/],
    ['a name that is not alphanumeric', 'my-param=1', /is not Key=Value/],
    ['an open quote', 'A="1', /quote is not closed/],
  ])('refuses %s with one line', (_, text, message) => {
    expect(() => parseParameterValues(text, 'p')).toThrow(UsageError);
    expect(() => parseParameterValues(text, 'p')).toThrow(message);
  });

  it('scan --parameters judges the supplied values; a bad file is one line and exit 2', () => {
    const template = tempFile('app.template.json', floor({ Default: 'TLSv1.2_2021' }));
    const weak = runCli(['scan', template, '--format', 'json', '--parameters', tempFile('p.txt', 'Floor=TLSv1')]);
    expect(weak.code).toBe(1);
    expect(parseReport(weak).findings.find((f) => f.requirement === 'TLS1')?.status).toBe('fail');
    const strong = runCli(['scan', template, '--format', 'json', '--parameters', tempFile('p.json', [{ ParameterKey: 'Floor', ParameterValue: 'TLSv1.2_2021' }])]);
    expect(parseReport(strong).findings.find((f) => f.requirement === 'TLS1')?.status).toBe('pass');
    const bad = runCli(['scan', template, '--parameters', tempFile('p.json', { Floor: 'x' })]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('expected a JSON list');
  });
});
