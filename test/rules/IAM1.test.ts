import { IAM1 } from '../../src/rules/iam/IAM1-least-privilege';
import { TestResource, UNKNOWN, runPulumi, statuses } from '../support/pulumi-stack';

const doc = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const narrow = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::bucket/*' };
const adminStatement = { Effect: 'Allow', Action: '*', Resource: '*' };

const policyTokens = ['aws:iam/policy:Policy'];
const inlineTokens = ['aws:iam/rolePolicy:RolePolicy', 'aws:iam/userPolicy:UserPolicy', 'aws:iam/groupPolicy:GroupPolicy'];
const attachmentTokens = [
  'aws:iam/rolePolicyAttachment:RolePolicyAttachment',
  'aws:iam/userPolicyAttachment:UserPolicyAttachment',
  'aws:iam/groupPolicyAttachment:GroupPolicyAttachment',
  'aws:iam/policyAttachment:PolicyAttachment',
];

describe('IAM1 least privilege', () => {
  it.each([...policyTokens, ...inlineTokens])('%s: passes narrow statements, fails * on *, advisory for service:* on *', (type) => {
    const f = runPulumi(IAM1, [
      { type, name: 'narrow', props: { policy: doc(narrow, { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::bucket' }, { Effect: 'Deny', Action: '*', Resource: '*' }) } },
      { type, name: 'admin', props: { policy: doc(narrow, adminStatement) } },
      { type, name: 'service', props: { policy: doc({ Effect: 'Allow', Action: ['s3:*', 'sqs:SendMessage'], Resource: ['*'] }) } },
      { type, name: 'not-action', props: { policy: doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) } },
      { type, name: 'broken', props: { policy: 'not json' } },
    ]);
    expect(statuses(f)).toEqual(['narrow/policy: pass', 'admin/policy.Statement[1]: fail', 'service/policy.Statement[0]: fail', 'not-action/policy.Statement[0]: fail', 'broken/policy: fail']);
    expect(f.map((x) => x.enforcement)).toEqual(['mandatory', 'mandatory', 'advisory', 'advisory', 'mandatory']);
    expect(f[2].message).toContain('s3:*');
  });

  it.each([...policyTokens, ...inlineTokens])('%s: unknown document, resource or action is unknown; a known narrow action with an unknown resource passes', (type) => {
    const f = runPulumi(IAM1, [
      { type, name: 'later', props: { policy: UNKNOWN } },
      { type, name: 'resource', props: { policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: UNKNOWN }] } } },
      { type, name: 'action', props: { policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [UNKNOWN], Resource: '*' }] } } },
      { type, name: 'known-action', props: { policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: UNKNOWN }] } } },
    ]);
    expect(statuses(f)).toEqual(['later/policy: unknown', 'resource/policy.Statement[0]: unknown', 'action/policy.Statement[0]: unknown', 'known-action/policy: pass']);
  });

  it('role: judges inline policies and managed ARNs, not the trust policy', () => {
    const trust = doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' });
    const role = (name: string, props: Record<string, unknown>, dependsOn?: Record<string, string[]>): TestResource => ({
      type: 'aws:iam/role:Role',
      name,
      props: { assumeRolePolicy: trust, ...props },
      dependsOn,
    });
    const f = runPulumi(IAM1, [
      { type: 'aws:iam/policy:Policy', name: 'own', props: { policy: doc(narrow) } },
      role('ok', { inlinePolicies: [{ name: 'read', policy: doc(narrow) }], managedPolicyArns: [READ_ONLY] }),
      role('remove-inline', { inlinePolicies: [{}] }),
      role('admin-inline', { inlinePolicies: [{ name: 'all', policy: doc(adminStatement) }] }),
      role('admin-managed', { managedPolicyArns: [READ_ONLY, ADMIN] }),
      role('power-user', { managedPolicyArns: ['arn:aws:iam::aws:policy/PowerUserAccess'] }),
      role('own-policy', { managedPolicyArns: [UNKNOWN] }, { managedPolicyArns: ['own'] }),
      role('unknown-arn', { managedPolicyArns: [UNKNOWN] }),
      role('unknown-inline', { inlinePolicies: UNKNOWN }),
    ]);
    expect(statuses(f)).toEqual([
      'own/policy: pass',
      'ok: pass',
      'remove-inline: pass',
      'admin-inline/inlinePolicies[0].policy.Statement[0]: fail',
      'admin-managed/managedPolicyArns[1]: fail',
      'power-user/managedPolicyArns[0]: fail',
      'own-policy: pass',
      'unknown-arn/managedPolicyArns[0]: unknown',
      'unknown-inline/inlinePolicies: unknown',
    ]);
    expect(f[4].message).toContain('AdministratorAccess');
    expect(f[5].enforcement).toBe('advisory');
  });

  it.each(attachmentTokens)('%s: fails AdministratorAccess, passes others, unknown without a dependency', (type) => {
    const f = runPulumi(IAM1, [
      { type: 'aws:iam/policy:Policy', name: 'own', props: { policy: doc(narrow) } },
      { type, name: 'admin', props: { role: 'r', policyArn: ADMIN } },
      { type, name: 'gov-admin', props: { role: 'r', policyArn: 'arn:aws-us-gov:iam::aws:policy/AdministratorAccess' } },
      { type, name: 'read', props: { role: 'r', policyArn: READ_ONLY } },
      { type, name: 'own-arn', props: { role: 'r', policyArn: UNKNOWN }, dependsOn: { policyArn: ['own'] } },
      { type, name: 'later', props: { role: 'r', policyArn: UNKNOWN } },
    ]);
    expect(statuses(f)).toEqual(['own/policy: pass', 'admin/policyArn: fail', 'gov-admin/policyArn: fail', 'read/policyArn: pass', 'own-arn/policyArn: pass', 'later/policyArn: unknown']);
  });
});

describe('IAM1: every resource and administrator access however written', () => {
  const judged = (statement: Record<string, unknown>) => {
    const [f] = runPulumi(IAM1, [{ type: 'aws:iam/policy:Policy', name: 'p', props: { policy: { Version: '2012-10-17', Statement: [statement] } } }]);
    return `${f.status}${f.status === 'fail' ? ` ${f.enforcement}` : ''}`;
  };

  it.each(['arn:*', 'arn:aws:*', 'arn:aws:*:*:*:*', 'arn:*:*:*:*:*', 'arn:aws-us-gov:*:*:*:*', 'arn:aws*', 'arn:aws:**:*', '**'])(
    'Resource %s matches every ARN, so * on it is administrator access',
    (resource) => {
      expect(judged({ Effect: 'Allow', Action: '*', Resource: resource })).toBe('fail mandatory');
      expect(judged({ Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::bucket', resource] })).toBe('fail advisory');
    },
  );

  it.each(['arn:aws:s3:::*', 'arn:aws:*:*:*:*/*', 'arn:aws', 'arn:aws:*:us-east-1:*:*', 'arn:aws:*:*:*:*:*', 'arn:aws:*:*:123456789012:*', 'ARN:*'])(
    'Resource %s does not match every ARN',
    (resource) => {
      expect(judged({ Effect: 'Allow', Action: '*', Resource: resource })).toBe('pass');
    },
  );

  it('the failure quotes the ARN pattern that stands for every resource', () => {
    const [f] = runPulumi(IAM1, [{ type: 'aws:iam/policy:Policy', name: 'p', props: { policy: doc({ Effect: 'Allow', Action: '*:*', Resource: 'arn:aws:*:*:*:*' }) } }]);
    expect(f.message).toContain('allows every action (*:*) on every resource (arn:aws:*:*:*:*, which matches every ARN): administrator access');
  });

  it.each<[string, unknown, string]>([
    ['a few IAM actions', ['iam:CreateUser', 'iam:DeleteUser'], 'fail mandatory'],
    ['other services only', ['s3:*', 'ec2:*', 'organizations:*'], 'fail mandatory'],
    ['all of IAM (PowerUserAccess)', ['iam:*', 'organizations:*', 'account:*'], 'fail advisory'],
    ['all of IAM, written IAM*', 'IAM*', 'fail advisory'],
    ['every action', '*', 'pass'],
    ['an unknown list', UNKNOWN, 'unknown'],
    ['a known service and an unknown one', ['s3:*', UNKNOWN], 'unknown'],
    ['all of IAM and an unknown one', ['iam:*', UNKNOWN], 'fail advisory'],
  ])('Allow with NotAction excluding %s on every resource', (_what, notAction, expected) => {
    expect(judged({ Effect: 'Allow', NotAction: notAction, Resource: '*' })).toBe(expected);
    expect(judged({ Effect: 'Allow', NotAction: notAction, Resource: 'arn:*' })).toBe(expected);
  });

  it('NotAction that leaves IAM allowed is named as administrator access; on a narrower resource it is not judged here', () => {
    const [f] = runPulumi(IAM1, [{ type: 'aws:iam/policy:Policy', name: 'p', props: { policy: doc({ Effect: 'Allow', NotAction: 'iam:DeleteUser', Resource: '*' }) } }]);
    expect(f.message).toContain('allows every action except iam:DeleteUser (NotAction), IAM included');
    expect(judged({ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' })).toBe('pass');
    expect(judged({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' })).toBe('pass');
  });

  it('every IAM action on every resource is administrator access (a principal with them grants itself the rest)', () => {
    expect(judged({ Effect: 'Allow', Action: ['s3:GetObject', 'iam:*'], Resource: '*' })).toBe('fail mandatory');
    expect(judged({ Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::123456789012:role/app' })).toBe('pass');
  });
});
