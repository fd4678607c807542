/**
 * Nested stacks whose template is a local file (`aws cloudformation package` input, or the
 * `*.nested.template.json` CDK writes for a NestedStack) scanned with their parent.
 */
import { UsageError } from '../../src/cli/errors';
import { runScan } from '../../src/cfn/scan';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../support/cli';
import { scanFiles, statusesAt } from '../support/scan-files';

const network = `Parameters:
  AllowedCidr:
    Type: String
    Default: 10.0.0.0/8
Resources:
  WebSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: ssh
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !Ref AllowedCidr
`;

const parent = (templateUrl: string, parameters = '') => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Network:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ${templateUrl}
${parameters}`;

describe('nested stacks', () => {
  it('a local nested template is scanned with its parent; its findings name the nested stack path and the parent passes its parameters', () => {
    const open = scanFiles({ 'main.yaml': parent('stacks/network.yaml', '      Parameters:\n        AllowedCidr: 0.0.0.0/0\n'), 'stacks/network.yaml': network });
    expect(statusesAt(open.findings, 'NET2', 'Network/WebSg')).toContain('fail');
    expect(open.resources).toBe(2);
    const closed = scanFiles({ 'main.yaml': parent('stacks/network.yaml', '      Parameters:\n        AllowedCidr: 10.1.0.0/16\n'), 'stacks/network.yaml': network });
    expect(statusesAt(closed.findings, 'NET2', 'Network/WebSg')).not.toContain('fail');
    expect(statusesAt(closed.findings, 'NET2', 'Network/WebSg').length).toBeGreaterThan(0);
  });

  it('a parameter the parent sets to a value known only at deployment is unknown in the nested stack, not its Default', () => {
    const scan = scanFiles({ 'main.yaml': parent('network.yaml', '      Parameters:\n        AllowedCidr: !GetAtt Vpc.CidrBlock\n'), 'network.yaml': network });
    expect(statusesAt(scan.findings, 'NET2', 'Network/WebSg')).toContain('unknown');
  });

  it('a remote TemplateURL is invisible: unknown for every requirement with resource kinds, at the nested stack', () => {
    const scan = scanFiles({ 'main.yaml': parent('https://s3.amazonaws.com/bucket/network.yaml') });
    expect(statusesAt(scan.findings, 'NET2', 'Network')).toEqual(['unknown']);
    expect(statusesAt(scan.findings, 'DATA4', 'Network')).toEqual(['unknown']);
    expect(scan.findings.find((f) => f.resource.key === 'Network')?.message).toContain('https://s3.amazonaws.com/bucket/network.yaml');
  });

  it('refuses a nested template outside the parent template folder, and a template that nests itself', () => {
    const dir = tempDir('mg-nested-');
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'outside.yaml'), network);
    fs.writeFileSync(path.join(dir, 'app', 'main.yaml'), parent('../outside.yaml'));
    expect(() => runScan(path.join(dir, 'app', 'main.yaml'))).toThrow(UsageError);
    expect(() => scanFiles({ 'main.yaml': parent('main.yaml') })).toThrow(/contains this stack itself/);
  });

  it('a template used by two nested stacks is checked once; the second use is unknown, not silently passed', () => {
    const twice = `${parent('network.yaml')}  Network2:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: network.yaml\n`;
    const scan = scanFiles({ 'main.yaml': twice, 'network.yaml': network });
    expect(statusesAt(scan.findings, 'NET2', 'Network/WebSg').length).toBeGreaterThan(0);
    expect(statusesAt(scan.findings, 'NET2', 'Network2')).toEqual(['unknown']);
  });

  it('a CDK NestedStack in a cdk.out: the template named by aws:asset:path is scanned with its parent stack', () => {
    const dir = tempDir('mg-cdkout-');
    const nestedFile = 'AppStackNetworkNestedStackE1A2B3C4.nested.template.json';
    const nested = {
      Resources: {
        WebSgABC123: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: { GroupDescription: 'ssh', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] },
        },
      },
    };
    const parentStack = {
      Resources: {
        NetworkNestedStackResource: {
          Type: 'AWS::CloudFormation::Stack',
          Properties: { TemplateURL: { 'Fn::Join': ['', ['https://s3.', { Ref: 'AWS::Region' }, '.amazonaws.com/cdk-assets/', nestedFile]] } },
          Metadata: { 'aws:cdk:path': 'AppStack/Network.NestedStack/Network.NestedStackResource', 'aws:asset:path': nestedFile, 'aws:asset:property': 'TemplateURL' },
        },
      },
    };
    fs.writeFileSync(path.join(dir, nestedFile), JSON.stringify(nested));
    fs.writeFileSync(path.join(dir, 'AppStack.template.json'), JSON.stringify(parentStack));
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ version: '36.0.0', artifacts: { AppStack: { type: 'aws:cloudformation:stack', properties: { templateFile: 'AppStack.template.json' } } } }),
    );
    const report = runScan(dir, { now: '2026-06-01' });
    expect(statusesAt(report.findings, 'NET2', 'NetworkNestedStackResource/WebSgABC123')).toContain('fail');
    expect(report.resources).toBe(2);
  });
});
