/** SEC5's cases, written once for both engines: the parity test (test/parity/SEC5.parity.test.ts) runs them, docs/requirements.md shows examples of them. */
import { SEC5 } from '../../src/rules/sec/SEC5-secret-policy-not-public';
import { TestResource, UNKNOWN } from '../support/pulumi-stack';
import { RequirementCases } from './types';

const APP_ROLE = 'arn:aws:iam::123456789012:role/app';
const read = { Action: 'secretsmanager:GetSecretValue', Resource: '*' };
const documentOf = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const fromSourceIp = (...cidrs: unknown[]) => ({ Condition: { IpAddress: { 'aws:SourceIp': cidrs } } });
const allow = (Principal: unknown, extra: Record<string, unknown> = {}) => ({ Effect: 'Allow', Principal, ...read, ...extra });

const pulumiSecret: TestResource = { type: 'aws:secretsmanager/secret:Secret', name: 'Secret', props: {} };
/** Pulumi takes the policy as JSON text (`JSON.stringify`), or as an object when a leaf is not known yet. */
const pulumiPolicy = (policy: unknown, props: Record<string, unknown> = {}): TestResource => ({
  type: 'aws:secretsmanager/secretPolicy:SecretPolicy',
  name: 'Policy',
  props: { secretArn: UNKNOWN, policy, ...props },
  dependsOn: { secretArn: ['Secret'] },
});
const cfnResources = (ResourcePolicy: unknown, props: Record<string, unknown> = {}) => ({
  Secret: { Type: 'AWS::SecretsManager::Secret', Properties: {} },
  Policy: { Type: 'AWS::SecretsManager::ResourcePolicy', Properties: { SecretId: { Ref: 'Secret' }, ResourcePolicy, ...props } },
});

/** The secret itself carries no policy in either engine here. */
const SECRET_NA = 'Secret: not-applicable';

export const SEC5_CASES: RequirementCases = {
  rule: SEC5,
  groups: [
    {
      titles: ['SEC5 parity: Secrets Manager resource policies are not public'],
      cases: [
        {
          name: 'compliant: a named role, with BlockPublicPolicy',
          pulumi: [pulumiSecret, pulumiPolicy(JSON.stringify(documentOf(allow({ AWS: APP_ROLE }))), { blockPublicPolicy: true })],
          cfn: cfnResources(documentOf(allow({ AWS: APP_ROLE })), { BlockPublicPolicy: true }),
          expected: [SECRET_NA, 'Policy: pass'],
        },
        {
          name: 'compliant: principal * pinned to the organization; the policy written as JSON text in the template',
          pulumi: [pulumiSecret, pulumiPolicy(JSON.stringify(documentOf(allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-example' } } }))))],
          cfn: cfnResources(JSON.stringify(documentOf(allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-example' } } })))),
          expected: [SECRET_NA, 'Policy: pass'],
        },
        {
          name: 'non-compliant: principal * without a condition',
          pulumi: [pulumiSecret, pulumiPolicy(JSON.stringify(documentOf(allow('*'))))],
          cfn: cfnResources(documentOf(allow('*'))),
          expected: [SECRET_NA, 'Policy: fail'],
        },
        {
          name: 'non-compliant: AWS * under BlockPublicPolicy (Secrets Manager would reject it; still a public policy in the code)',
          pulumi: [pulumiSecret, pulumiPolicy(JSON.stringify(documentOf(allow({ AWS: '*' }))), { blockPublicPolicy: true })],
          cfn: cfnResources(documentOf(allow({ AWS: '*' })), { BlockPublicPolicy: true }),
          expected: [SECRET_NA, 'Policy: fail'],
        },
        {
          name: 'unknown: the organization pin is a parameter without a default',
          pulumi: [pulumiSecret, pulumiPolicy(documentOf(allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': UNKNOWN } } })))],
          cfn: {
            Parameters: { OrgId: { Type: 'String' } },
            Resources: cfnResources(documentOf(allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': { Ref: 'OrgId' } } } }))),
          },
          expected: [SECRET_NA, 'Policy: unknown'],
        },
        {
          name: 'compliant: principal * only from one narrow address block',
          pulumi: [pulumiSecret, pulumiPolicy(JSON.stringify(documentOf(allow('*', fromSourceIp('203.0.113.0/24')))))],
          cfn: cfnResources(documentOf(allow('*', fromSourceIp('203.0.113.0/24')))),
          expected: [SECRET_NA, 'Policy: pass'],
        },
        {
          name: 'non-compliant: principal * from ::/1 and 8000::/1 (the whole IPv6 internet)',
          pulumi: [pulumiSecret, pulumiPolicy(JSON.stringify(documentOf(allow('*', fromSourceIp('::/1', '8000::/1')))))],
          cfn: cfnResources(documentOf(allow('*', fromSourceIp('::/1', '8000::/1')))),
          expected: [SECRET_NA, 'Policy: fail'],
        },
        {
          name: 'unknown: principal * from a narrow block and one given by a parameter without a default',
          pulumi: [pulumiSecret, pulumiPolicy(documentOf(allow('*', fromSourceIp('203.0.113.0/24', UNKNOWN))))],
          cfn: { Parameters: { Office: { Type: 'String' } }, Resources: cfnResources(documentOf(allow('*', fromSourceIp('203.0.113.0/24', { Ref: 'Office' })))) },
          expected: [SECRET_NA, 'Policy: unknown'],
        },
        {
          name: 'unknown: the whole policy is imported',
          pulumi: [pulumiSecret, pulumiPolicy(UNKNOWN)],
          cfn: cfnResources({ 'Fn::ImportValue': 'secret-policy' }),
          expected: [SECRET_NA, 'Policy: unknown'],
        },
      ],
    },
  ],
};
