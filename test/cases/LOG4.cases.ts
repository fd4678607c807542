/** LOG4's cases, written once for both engines: the parity test (test/parity/LOG4.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { LOG4 } from '../../src/rules/log/LOG4-misconfiguration-monitoring';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const pulumiDetector = (enable: unknown): TestResource => ({ type: 'aws:guardduty/detector:Detector', name: 'Detector', props: { enable, datasources: { s3Logs: { enable: true } } } });
const cfnDetector = (Enable: unknown) => ({ Type: 'AWS::GuardDuty::Detector', Properties: { Enable, DataSources: { S3Logs: { Enable: true } } } });
const pulumiTopic: TestResource = { type: 'aws:sns/topic:Topic', name: 'Topic', props: {} };
const cfnTopic = { Type: 'AWS::SNS::Topic', Properties: {} };

export const LOG4_CASES: RequirementCases = {
  rule: LOG4,
  groups: [
    {
      titles: ['LOG4 parity: something monitors the account for misconfigurations'],
      cases: [
        {
          name: 'compliant: an enabled GuardDuty detector',
          pulumi: [pulumiDetector(true)],
          cfn: { Detector: cfnDetector(true) },
          expected: ['stack: pass'],
        },
        {
          name: 'compliant: an AWS Config managed rule',
          pulumi: [{ type: 'aws:cfg/rule:Rule', name: 'PublicRead', props: { name: 'no-public-read', source: { owner: 'AWS', sourceIdentifier: 'S3_BUCKET_PUBLIC_READ_PROHIBITED' } } }],
          cfn: {
            PublicRead: {
              Type: 'AWS::Config::ConfigRule',
              Properties: { ConfigRuleName: 'no-public-read', Source: { Owner: 'AWS', SourceIdentifier: 'S3_BUCKET_PUBLIC_READ_PROHIBITED' }, InputParameters: { MaxAgeDays: 90 } },
            },
          },
          expected: ['stack: pass'],
        },
        {
          name: 'compliant: Security Hub',
          pulumi: [{ type: 'aws:securityhub/account:Account', name: 'Hub', props: { enableDefaultStandards: true } }],
          cfn: { Hub: { Type: 'AWS::SecurityHub::Hub', Properties: { EnableDefaultStandards: true } } },
          expected: ['stack: pass'],
        },
        {
          name: 'non-compliant (advisory): nothing monitors the stack',
          pulumi: [pulumiTopic],
          cfn: { Topic: cfnTopic },
          expected: ['stack: fail'],
        },
        {
          name: 'non-compliant: the only detector is disabled ("false" from a parameter default)',
          pulumi: [pulumiDetector(false)],
          cfn: { Parameters: { GuardDuty: { Type: 'String', Default: 'false', AllowedValues: ['false'] } }, Resources: { Detector: cfnDetector({ Ref: 'GuardDuty' }) } },
          expected: ['stack: fail'],
        },
        {
          name: 'unknown: the only detector is enabled by a parameter without a default',
          pulumi: [pulumiDetector(UNKNOWN)],
          cfn: { Parameters: { GuardDuty: { Type: 'String' } }, Resources: { Detector: cfnDetector({ Ref: 'GuardDuty' }) } },
          expected: ['stack: unknown'],
        },
      ],
    },
  ],
};
