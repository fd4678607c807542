import { Requirement } from '../types';

/* Quotes are verbatim from shared/seeds; levels follow the rule stated in tls.ts. */
const MIRO = '000_3a6f8757cabd1b3d.txt';
const ATLASSIAN_GUIDELINES = '001_38a64b8c7ac22666.txt';
const TRELLO = '003_be9a984fc131ae42.txt';

export const IAM_REQUIREMENTS: Requirement[] = [
  {
    id: 'IAM1',
    area: 'IAM',
    title: 'IAM policies grant least privilege (no admin, no *:* grants)',
    rationale:
      'A role allowed every action on every resource turns any bug in the app into a takeover of the whole AWS account and all stored user data; grant only the actions and resources the code uses.',
    sources: [
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Authentication and authorization',
        level: 'should',
        quote: 'Grant scopes to your app in accordance with the principle of least privileged access.',
      },
      {
        marketplace: 'miro',
        seed: MIRO,
        section: 'Authentication and authorization',
        level: 'must',
        quote: 'Authenticate and authorize access to Miro User Data that your app stores.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Authentication and authorization',
        level: 'should',
        quote: 'Follow the principle of least privileged access when granting scopes to your apps.',
      },
      {
        marketplace: 'trello',
        seed: TRELLO,
        section: 'Backend Server Security',
        level: 'must',
        quote: 'Access to Trello user data stored by your application and services must be authenticated and authorized.',
      },
    ],
    enforcement: 'mandatory',
    check:
      "Least privilege, in inline, managed and attached policies: no Allow of administrator access on every resource, which is `*` or an ARN pattern that matches every ARN (`arn:*`, `arn:aws:*:*:*:*`) or a `NotResource`. Administrator access is `*` (or `*:*`) actions, IAM's own actions (`iam:*`, `iam*`: with them a principal grants itself any permission), or an Allow with `NotAction` that leaves any IAM action allowed; attaching AdministratorAccess or IAMFullAccess is the same (mandatory). `service:*` on every resource, a `NotAction` that excludes all of IAM, and a PowerUserAccess attachment are advisory.",
    fix: {
      pulumi: `new aws.iam.RolePolicy('app-read-data', {
  role: role.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: pulumi.interpolate\`\${bucket.arn}/*\` }],
  }),
});`,
      cdk: `bucket.grantRead(role); // s3:GetObject* / s3:List* on this bucket only
role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }));`,
      cloudformation: `AppReadData:
  Type: AWS::IAM::RolePolicy
  Properties:
    RoleName: !Ref AppRole
    PolicyName: read-data
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - { Effect: Allow, Action: ['s3:GetObject'], Resource: !Join ['', [!GetAtt Data.Arn, '/*']] }`,
      byKind: {
        'iam:Policy': {
          pulumi: `new aws.iam.Policy('app-read-data', {
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: pulumi.concat(bucket.arn, '/*') }],
  }),
});`,
          cdk: `new iam.ManagedPolicy(this, 'AppReadData', {
  statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] })],
});`,
          cloudformation: `AppReadData:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - { Effect: Allow, Action: ['s3:GetObject'], Resource: !Join ['', [!GetAtt Data.Arn, '/*']] }`,
        },
        'iam:Role': {
          pulumi: `const role = new aws.iam.Role('app', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });
new aws.iam.RolePolicyAttachment('app-logs', {
  role: role.name,
  policyArn: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole, // not AdministratorAccess or PowerUserAccess
});`,
          cdk: `const role = new iam.Role(this, 'App', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
bucket.grantRead(role); // not iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')`,
          cloudformation: `AppRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole' }]
    Policies:
      - PolicyName: read-data
        PolicyDocument:
          Version: '2012-10-17'
          Statement: [{ Effect: Allow, Action: ['s3:GetObject'], Resource: !Join ['', [!GetAtt Data.Arn, '/*']] }]
    # ManagedPolicyArns: not AdministratorAccess or PowerUserAccess`,
        },
        'iam:PolicyAttachment': {
          pulumi: `new aws.iam.RolePolicyAttachment('app-read-data', {
  role: role.name,
  policyArn: readData.arn, // a policy with the app's actions and resources, not AdministratorAccess or PowerUserAccess
});`,
          cdk: `role.addManagedPolicy(readData); // a policy with the app's actions and resources, not AdministratorAccess or PowerUserAccess`,
          cloudformation: `AppRole:
  Type: AWS::IAM::Role
  Properties:
    ManagedPolicyArns: [!Ref ReadData] # the app's actions and resources, not AdministratorAccess or PowerUserAccess`,
        },
      },
    },
  },
  {
    id: 'IAM2',
    area: 'IAM',
    title: 'No IAM users with console passwords',
    rationale:
      'Passwords of IAM users are static credentials that are phished, reused and rarely rotated; people should sign in through federation (IAM Identity Center) and assume roles with temporary credentials.',
    sources: [
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Data storage',
        level: 'should',
        quote: 'Ensure that the keys are dynamic and rotated on a regular basis: sensitive keys should not be static.',
      },
      {
        marketplace: 'atlassian',
        seed: ATLASSIAN_GUIDELINES,
        section: 'Monitoring and alerting',
        level: 'should',
        quote: 'Examples include monitoring and alerting on open S3 buckets, lax security groups, dangling domains, and MFA disabled.',
      },
    ],
    enforcement: 'advisory',
    check: "No long-lived credentials created in IaC beyond SEC4's access keys: IAM users with console passwords.",
    fix: {
      pulumi: `// No aws.iam.UserLoginProfile: operators federate (IAM Identity Center) and assume a role
new aws.iam.Role('operator', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ AWS: 'arn:aws:iam::123456789012:root' }),
  maxSessionDuration: 3600,
});`,
      cdk: `// No iam.User with a password: operators federate (IAM Identity Center) and assume a role
new iam.Role(this, 'Operator', {
  assumedBy: new iam.AccountPrincipal('123456789012'),
  maxSessionDuration: cdk.Duration.hours(1),
});`,
      cloudformation: `# No LoginProfile on an AWS::IAM::User: operators federate (IAM Identity Center) and assume a role
Operator:
  Type: AWS::IAM::Role
  Properties:
    MaxSessionDuration: 3600
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement: [{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }]`,
      byKind: {
        'iam:User': {
          pulumi: `// No aws.iam.User with a login profile: operators federate (IAM Identity Center) and assume a role
new aws.iam.Role('operator', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ AWS: 'arn:aws:iam::123456789012:root' }),
  maxSessionDuration: 3600,
});`,
          cdk: `// No iam.User with a password: operators federate (IAM Identity Center) and assume a role
new iam.Role(this, 'Operator', {
  assumedBy: new iam.AccountPrincipal('123456789012'),
  maxSessionDuration: cdk.Duration.hours(1),
});`,
          cloudformation: `# No LoginProfile on an AWS::IAM::User: operators federate (IAM Identity Center) and assume a role
Operator:
  Type: AWS::IAM::Role
  Properties:
    MaxSessionDuration: 3600
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement: [{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }]`,
        },
      },
    },
  },
];
