/** NET3's cases, written once for both engines: the parity test (test/parity/NET3.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { NET3 } from '../../src/rules/net/NET3-imdsv2-required';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const INSTANCE = 'aws:ec2/instance:Instance';
const TEMPLATE = 'aws:ec2/launchTemplate:LaunchTemplate';

const instance = (name: string, props: Record<string, unknown>): TestResource => ({ type: INSTANCE, name, props: { ami: 'ami-123', instanceType: 't3.micro', ...props } });
const cfnInstance = (props: Record<string, unknown>) => ({ Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-123', InstanceType: 't3.micro', ...props } });
const launchTemplate = (name: string, props: Record<string, unknown>): TestResource => ({ type: TEMPLATE, name, props: { name: 'web', imageId: 'ami-123', ...props } });
export const cfnLaunchTemplate = (data: unknown) => ({ Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateName: 'web', LaunchTemplateData: data } });
const noDefault = { Parameters: { Tokens: { Type: 'String' } } };

const launchConfiguration = (name: string, props: Record<string, unknown>): TestResource => ({
  type: 'aws:ec2/launchConfiguration:LaunchConfiguration',
  name,
  props: { imageId: 'ami-123', instanceType: 't3.micro', ...props },
});
const cfnLaunchConfiguration = (props: Record<string, unknown>) => ({ Type: 'AWS::AutoScaling::LaunchConfiguration', Properties: { ImageId: 'ami-123', InstanceType: 't3.micro', ...props } });

export const NET3_CASES: RequirementCases = {
  rule: NET3,
  groups: [
    {
      titles: ['NET3 parity'],
      cases: [
        {
          name: "compliant: instances requiring IMDSv2, with the metadata endpoint off, or taking a launch template's options",
          pulumi: [
            instance('Required', { metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' } }),
            instance('Off', { metadataOptions: { httpEndpoint: 'disabled' } }),
            launchTemplate('Template', { metadataOptions: { httpTokens: 'required' } }),
            instance('FromTemplate', { launchTemplate: { id: UNKNOWN, version: '$Latest' } }),
          ],
          cfn: {
            Required: cfnInstance({ MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' } }),
            Off: cfnInstance({ MetadataOptions: { HttpEndpoint: 'disabled' } }),
            Template: cfnLaunchTemplate({ ImageId: 'ami-123', MetadataOptions: { HttpTokens: 'required' } }),
            FromTemplate: cfnInstance({ LaunchTemplate: { LaunchTemplateId: { Ref: 'Template' }, Version: { 'Fn::GetAtt': ['Template', 'LatestVersionNumber'] } } }),
          },
          expected: ['Required: pass', 'Off: pass', 'Template: pass', 'FromTemplate: pass'],
        },
        {
          name: 'non-compliant: instances and launch templates allowing IMDSv1 (optional, or absent)',
          pulumi: [
            instance('Optional', { metadataOptions: { httpTokens: 'optional' } }),
            instance('Default', {}),
            launchTemplate('Template', { metadataOptions: { httpPutResponseHopLimit: 2 } }),
            launchTemplate('Bare', {}),
          ],
          cfn: {
            Optional: cfnInstance({ MetadataOptions: { HttpTokens: 'optional' } }),
            Default: cfnInstance({}),
            Template: cfnLaunchTemplate({ ImageId: 'ami-123', MetadataOptions: { HttpPutResponseHopLimit: 2 } }),
            Bare: cfnLaunchTemplate({ ImageId: 'ami-123' }),
          },
          expected: ['Optional: fail', 'Default: fail', 'Template: fail', 'Bare: fail'],
        },
        {
          name: 'unknown: HttpTokens from a parameter without a default, launch template data imported from another stack',
          pulumi: [
            instance('Instance', { metadataOptions: { httpTokens: UNKNOWN } }),
            launchTemplate('Template', { metadataOptions: { httpTokens: UNKNOWN } }),
            launchTemplate('Imported', { metadataOptions: UNKNOWN }),
          ],
          cfn: {
            ...noDefault,
            Resources: {
              Instance: cfnInstance({ MetadataOptions: { HttpTokens: { Ref: 'Tokens' } } }),
              Template: cfnLaunchTemplate({ MetadataOptions: { HttpTokens: { Ref: 'Tokens' } } }),
              Imported: cfnLaunchTemplate({ 'Fn::ImportValue': 'shared-launch-data' }),
            },
          },
          expected: ['Instance: unknown', 'Template: unknown', 'Imported: unknown'],
        },
        {
          name: 'Fn::If choosing the metadata options: known condition resolves, an unknown one with different branches is unknown',
          pulumi: [instance('Known', { metadataOptions: { httpTokens: 'optional' } }), instance('Either', { metadataOptions: { httpTokens: UNKNOWN } })],
          cfn: {
            Parameters: { Env: { Type: 'String' }, Stage: { Type: 'String', Default: 'dev', AllowedValues: ['dev'] } },
            Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, StageProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] } },
            Resources: {
              Known: cfnInstance({ MetadataOptions: { HttpTokens: { 'Fn::If': ['StageProd', 'required', 'optional'] } } }),
              Either: cfnInstance({ MetadataOptions: { HttpTokens: { 'Fn::If': ['IsProd', 'required', 'optional'] } } }),
            },
          },
          expected: ['Known: fail', 'Either: unknown'],
        },
      ],
    },
    {
      titles: ['NET3 parity: Auto Scaling launch configurations'],
      cases: [
        {
          name: 'required passes; absent (default optional) and optional fail; from a parameter without a default is unknown',
          pulumi: [
            launchConfiguration('Required', { metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' } }),
            launchConfiguration('Bare', {}),
            launchConfiguration('Optional', { metadataOptions: { httpTokens: 'optional' } }),
            launchConfiguration('Later', { metadataOptions: { httpTokens: UNKNOWN } }),
          ],
          cfn: {
            ...noDefault,
            Resources: {
              Required: cfnLaunchConfiguration({ MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' } }),
              Bare: cfnLaunchConfiguration({}),
              Optional: cfnLaunchConfiguration({ MetadataOptions: { HttpTokens: 'optional' } }),
              Later: cfnLaunchConfiguration({ MetadataOptions: { HttpTokens: { Ref: 'Tokens' } } }),
            },
          },
          expected: ['Required: pass', 'Bare: fail', 'Optional: fail', 'Later: unknown'],
        },
      ],
    },
  ],
};
