/** `Fn::ForEach` (Transform AWS::LanguageExtensions) expanded before the checks, as the AWS docs define it. */
import { expandForEach } from '../../src/cfn/transforms/foreach';
import { scanFiles, statusesAt } from '../support/scan-files';

const functions = (collection: string, runtime: string, extraParameters = '') => `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::LanguageExtensions
Parameters:
  Services:
    Type: CommaDelimitedList
    Default: orders,billing
${extraParameters}
Resources:
  Fn::ForEach::Functions:
    - Service
    - ${collection}
    - \${Service}Function:
        Type: AWS::Lambda::Function
        Properties:
          FunctionName: !Sub 'app-\${Service}'
          Runtime: ${runtime}
          Handler: index.handler
          Role: arn:aws:iam::123456789012:role/app
          Code:
            ZipFile: exports.handler = async () => ({})
`;

describe('Fn::ForEach', () => {
  it('expands a literal collection into one resource per value: each deprecated runtime fails RUN1, the compliant twin passes', () => {
    const bad = scanFiles({ 't.yaml': functions('[orders, billing]', 'nodejs14.x') });
    expect(statusesAt(bad.findings, 'RUN1', 'ordersFunction')).toEqual(['fail']);
    expect(statusesAt(bad.findings, 'RUN1', 'billingFunction')).toEqual(['fail']);
    expect(bad.resources).toBe(2);
    const good = scanFiles({ 't.yaml': functions('[orders, billing]', 'nodejs22.x') });
    expect(statusesAt(good.findings, 'RUN1', 'ordersFunction')).toEqual(['pass']);
  });

  it('takes a Ref to a CommaDelimitedList parameter: its Default, or the value supplied with --parameters', () => {
    const byDefault = scanFiles({ 't.yaml': functions('!Ref Services', 'nodejs14.x') });
    expect(statusesAt(byDefault.findings, 'RUN1', 'billingFunction')).toEqual(['fail']);
    const supplied = scanFiles({ 't.yaml': functions('!Ref Services', 'nodejs14.x') }, 't.yaml', new Map([['Services', 'search']]));
    expect(statusesAt(supplied.findings, 'RUN1', 'searchFunction')).toEqual(['fail']);
    expect(statusesAt(supplied.findings, 'RUN1', 'ordersFunction')).toEqual([]);
  });

  it('a collection not known here (a parameter without a value) leaves the resources unseen: unknown, never a pass', () => {
    const scan = scanFiles({ 't.yaml': functions('!Ref Unset', 'nodejs22.x', '  Unset:\n    Type: CommaDelimitedList') });
    expect(statusesAt(scan.findings, 'RUN1', 'Resources/Fn::ForEach::Functions')).toEqual(['unknown']);
    expect(scan.findings.some((f) => f.status === 'pass' && f.requirement === 'RUN1')).toBe(false);
  });

  it('&{Identifier} in a key drops non-alphanumeric characters', () => {
    const text = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Envs:
    - Env
    - [my-dev, my-prod]
    - '&{Env}Group':
        Type: AWS::EC2::SecurityGroup
        Properties:
          GroupDescription: !Sub 'web \${Env}'
          SecurityGroupIngress:
            - IpProtocol: tcp
              FromPort: 22
              ToPort: 22
              CidrIp: 0.0.0.0/0
`;
    const findings = scanFiles({ 't.yaml': text }).findings;
    expect(statusesAt(findings, 'NET2', 'mydevGroup')).toContain('fail');
    expect(statusesAt(findings, 'NET2', 'myprodGroup')).toContain('fail');
  });

  it('a loop inside properties writes map entries: a plaintext secret in a generated environment variable fails SEC4', () => {
    const text = (value: string) => `Transform: AWS::LanguageExtensions
Resources:
  Api:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/app
      Code:
        ZipFile: exports.handler = async () => ({})
      Environment:
        Variables:
          Fn::ForEach::Vars:
            - Name
            - [DB_PASSWORD]
            - \${Name}: ${value}
`;
    expect(statusesAt(scanFiles({ 't.yaml': text('fake-Secret-value-123') }).findings, 'SEC4', 'Api')).toContain('fail');
    expect(statusesAt(scanFiles({ 't.yaml': text('!Sub "{{resolve:secretsmanager:db:SecretString:password}}"') }).findings, 'SEC4', 'Api')).not.toContain('fail');
  });

  it('folds Fn::Length of a literal list and Fn::ToJsonString of a literal value', () => {
    const { template } = expandForEach({
      Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { DelaySeconds: { 'Fn::Length': [1, 2, 3] }, Policy: { 'Fn::ToJsonString': { a: 1 } } } } },
    });
    expect(template.Resources).toEqual({ Q: { Type: 'AWS::SQS::Queue', Properties: { DelaySeconds: 3, Policy: '{"a":1}' } } });
  });
});
