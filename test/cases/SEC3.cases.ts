/** SEC3's cases, written once for both engines: the parity test (test/parity/SEC3.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { SEC3 } from '../../src/rules/sec/SEC3-kms-key';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const ACCOUNT_ROOT = 'arn:aws:iam::123456789012:root';
const statement = (principal: unknown, extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Principal: principal, Action: 'kms:*', Resource: '*', ...extra });
const documentOf = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const fromSourceIp = (...cidrs: unknown[]) => ({ Condition: { IpAddress: { 'aws:SourceIp': cidrs } } });

const pulumiKey = (props: Record<string, unknown>): TestResource => ({ type: 'aws:kms/key:Key', name: 'Key', props });
const keyPolicy = (policy: unknown): TestResource => ({ type: 'aws:kms/keyPolicy:KeyPolicy', name: 'KeyPolicy', props: { keyId: UNKNOWN, policy }, dependsOn: { keyId: ['Key'] } });
const cfnKey = (props: Record<string, unknown>) => ({ Key: { Type: 'AWS::KMS::Key', Properties: props } });

const ALL_PASS = ['Key/rotation: pass', 'Key/keySpec: pass', 'Key/policy: pass'];

export const SEC3_CASES: RequirementCases = {
  rule: SEC3,
  groups: [
    {
      titles: ['SEC3 parity: KMS keys rotate, use AES-256-GCM and are not public'],
      cases: [
        {
          name: 'compliant: rotation on, the account root in the key policy (Fn::Sub, an object in the template, JSON in Pulumi)',
          pulumi: [pulumiKey({ enableKeyRotation: true, policy: JSON.stringify(documentOf(statement({ AWS: ACCOUNT_ROOT }))) })],
          cfn: cfnKey({ EnableKeyRotation: true, KeyPolicy: documentOf(statement({ AWS: { 'Fn::Sub': 'arn:aws:iam::${AWS::AccountId}:root' } })) }),
          expected: ALL_PASS,
        },
        {
          name: 'compliant: rotation on from a parameter default ("true" as CloudFormation passes it), every 180 days',
          pulumi: [pulumiKey({ enableKeyRotation: true, rotationPeriodInDays: 180 })],
          cfn: {
            Parameters: { Rotate: { Type: 'String', Default: 'true', AllowedValues: ['true'] } },
            Resources: cfnKey({ EnableKeyRotation: { Ref: 'Rotate' }, RotationPeriodInDays: 180 }),
          },
          expected: ALL_PASS,
        },
        {
          name: 'compliant: a signing key (KeySpec ECC_NIST_P256): rotation does not apply',
          pulumi: [pulumiKey({ customerMasterKeySpec: 'ECC_NIST_P256', keyUsage: 'SIGN_VERIFY' })],
          cfn: cfnKey({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }),
          expected: ['Key/rotation: not-applicable', 'Key/keySpec: pass', 'Key/policy: pass'],
        },
        {
          name: 'non-compliant: EnableKeyRotation absent (CloudFormation default: off)',
          pulumi: [pulumiKey({})],
          cfn: cfnKey({}),
          expected: ['Key/rotation: fail', 'Key/keySpec: pass', 'Key/policy: pass'],
        },
        {
          name: 'non-compliant: a rotation period of 730 days',
          pulumi: [pulumiKey({ enableKeyRotation: true, rotationPeriodInDays: 730 })],
          cfn: cfnKey({ EnableKeyRotation: true, RotationPeriodInDays: 730 }),
          expected: ['Key/rotation: fail', 'Key/keySpec: pass', 'Key/policy: pass'],
        },
        {
          name: 'non-compliant: an RSA encryption key (KeySpec RSA_4096, KeyUsage ENCRYPT_DECRYPT)',
          pulumi: [pulumiKey({ customerMasterKeySpec: 'RSA_4096', keyUsage: 'ENCRYPT_DECRYPT' })],
          cfn: cfnKey({ KeySpec: 'RSA_4096', KeyUsage: 'ENCRYPT_DECRYPT' }),
          expected: ['Key/rotation: not-applicable', 'Key/keySpec: fail', 'Key/policy: pass'],
        },
        {
          name: 'non-compliant: the key policy allows principal * without a condition',
          pulumi: [pulumiKey({ enableKeyRotation: true, policy: JSON.stringify(documentOf(statement({ AWS: ACCOUNT_ROOT }), statement('*'))) })],
          cfn: cfnKey({ EnableKeyRotation: true, KeyPolicy: documentOf(statement({ AWS: ACCOUNT_ROOT }), statement('*')) }),
          expected: ['Key/rotation: pass', 'Key/keySpec: pass', 'Key/policy: fail'],
        },
        {
          name: 'compliant: the key policy allows principal * only from one narrow IPv4 and one IPv6 block',
          pulumi: [pulumiKey({ enableKeyRotation: true, policy: JSON.stringify(documentOf(statement('*', fromSourceIp('203.0.113.0/24', '2001:db8::/48')))) })],
          cfn: cfnKey({ EnableKeyRotation: true, KeyPolicy: documentOf(statement('*', fromSourceIp('203.0.113.0/24', '2001:db8::/48'))) }),
          expected: ALL_PASS,
        },
        {
          name: 'non-compliant: the key policy allows principal * from 0.0.0.0/1 and 128.0.0.0/1 (the whole IPv4 internet)',
          pulumi: [pulumiKey({ enableKeyRotation: true, policy: JSON.stringify(documentOf(statement('*', fromSourceIp('0.0.0.0/1', '128.0.0.0/1')))) })],
          cfn: cfnKey({ EnableKeyRotation: true, KeyPolicy: documentOf(statement('*', fromSourceIp('0.0.0.0/1', '128.0.0.0/1'))) }),
          expected: ['Key/rotation: pass', 'Key/keySpec: pass', 'Key/policy: fail'],
        },
        {
          name: 'unknown: the key policy\u2019s aws:SourceIp list has an entry from a parameter without a default',
          pulumi: [pulumiKey({ enableKeyRotation: true, policy: documentOf(statement('*', fromSourceIp('203.0.113.0/24', UNKNOWN))) })],
          cfn: { Parameters: { Office: { Type: 'String' } }, Resources: cfnKey({ EnableKeyRotation: true, KeyPolicy: documentOf(statement('*', fromSourceIp('203.0.113.0/24', { Ref: 'Office' }))) }) },
          expected: ['Key/rotation: pass', 'Key/keySpec: pass', 'Key/policy: unknown'],
        },
        {
          name: 'unknown: EnableKeyRotation from a parameter without a default',
          pulumi: [pulumiKey({ enableKeyRotation: UNKNOWN })],
          cfn: { Parameters: { Rotate: { Type: 'String' } }, Resources: cfnKey({ EnableKeyRotation: { Ref: 'Rotate' } }) },
          expected: ['Key/rotation: unknown', 'Key/keySpec: pass', 'Key/policy: pass'],
        },
        {
          name: 'unknown: KeySpec imported (Fn::ImportValue)',
          pulumi: [pulumiKey({ enableKeyRotation: true, customerMasterKeySpec: UNKNOWN })],
          cfn: cfnKey({ EnableKeyRotation: true, KeySpec: { 'Fn::ImportValue': 'key-spec' } }),
          expected: ['Key/rotation: unknown', 'Key/keySpec: unknown', 'Key/policy: pass'],
        },
        {
          name: 'unknown: the key policy\u2019s principal is imported',
          pulumi: [pulumiKey({ enableKeyRotation: true, policy: documentOf(statement({ AWS: UNKNOWN })) })],
          cfn: cfnKey({ EnableKeyRotation: true, KeyPolicy: documentOf(statement({ AWS: { 'Fn::ImportValue': 'admin-role-arn' } })) }),
          expected: ['Key/rotation: pass', 'Key/keySpec: pass', 'Key/policy: unknown'],
        },
      ],
    },
    {
      titles: ['SEC3 Pulumi only: aws.kms.KeyPolicy, judged as its key\u2019s policy (CloudFormation writes KeyPolicy on the key)'],
      cases: [
        {
          name: 'compliant: a KeyPolicy granting the account root',
          pulumi: [pulumiKey({ enableKeyRotation: true }), keyPolicy(JSON.stringify(documentOf(statement({ AWS: ACCOUNT_ROOT }))))],
          cfn: {},
          expected: ALL_PASS.concat('KeyPolicy/policy: pass'),
          only: 'pulumi',
        },
        {
          name: 'non-compliant: a KeyPolicy granting principal * without a condition',
          pulumi: [pulumiKey({ enableKeyRotation: true }), keyPolicy(JSON.stringify(documentOf(statement('*'))))],
          cfn: {},
          expected: ALL_PASS.concat('KeyPolicy/policy: fail'),
          only: 'pulumi',
        },
        {
          name: 'unknown: a KeyPolicy whose policy is not known during preview',
          pulumi: [pulumiKey({ enableKeyRotation: true }), keyPolicy(UNKNOWN)],
          cfn: {},
          expected: ALL_PASS.concat('KeyPolicy/policy: unknown'),
          only: 'pulumi',
        },
      ],
    },
  ],
};
