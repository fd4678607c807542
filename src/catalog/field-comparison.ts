/**
 * Where our checks deliberately differ from the established scanners' checks of the same thing, per
 * requirement, and why. Read from the scanners' CloudFormation rule definitions and test templates (never
 * copied): Checkov `checkov/cloudformation/checks/resource/aws/` at bridgecrewio/checkov@03d5fdad, cfn_nag
 * `lib/cfn-nag/custom_rules/` at stelligent/cfn_nag@8b5f03da, the cfn-guard rules registry `rules/aws/` at
 * aws-cloudformation/aws-guard-rules-registry@7f7340c2, KICS `assets/queries/cloudFormation/aws/` (the
 * query files named below). Kept apart from the requirement entries so the comparison can be reviewed as
 * one table; the catalog (src/catalog/index.ts) attaches each list to its requirement.
 */
import { FieldDifference } from './types';

export const FIELD_COMPARISON_SOURCES: readonly string[] = [
  'Checkov (bridgecrewio/checkov@03d5fdad, `checkov/cloudformation/checks/resource/aws/`)',
  'cfn_nag (stelligent/cfn_nag@8b5f03da, `lib/cfn-nag/custom_rules/`)',
  'cfn-guard rules registry (aws-cloudformation/aws-guard-rules-registry@7f7340c2, `rules/aws/`)',
  'KICS (Checkmarx/kics, `assets/queries/cloudFormation/aws/`)',
];

export const FIELD_COMPARISON: Readonly<Record<string, readonly FieldDifference[]>> = {
  DATA5: [
    {
      scanners: ['cfn_nag F22'],
      difference:
        'cfn_nag fails an `AWS::RDS::DBInstance` without `PubliclyAccessible` (as it does `true`); we report it unknown, naming where RDS decides: the account\u2019s default VPC when there is no `DBSubnetGroupName` (public if that VPC has its internet gateway, as AWS creates it), else the VPC of the subnet group. The same absent value in a Pulumi program passes: the @pulumi/aws provider sends `false`.',
      why: 'RDS makes the database public only when that VPC has an internet gateway (CreateDBInstance PubliclyAccessible, "Default"), which the template cannot show; a fail would be wrong for a database in a private VPC, a pass wrong for one in the default VPC. Writing `PubliclyAccessible: false` settles it.',
    },
  ],
  TLS1: [
    {
      scanners: ['Checkov CKV_AWS_174'],
      difference:
        'Checkov accepts any `MinimumProtocolVersion` of the form `TLSv1.2_<year>` or `TLSv1.3_<year>`; we accept only the names CloudFront defines (TLSv1.2_2018, _2019, _2021, _2025, TLSv1.3_2025) and call any other one not a valid value.',
      why: 'A misspelt or invented name is rejected by CloudFront at deployment; reporting it as a passing TLS 1.2 setting would hide a broken template.',
    },
    {
      scanners: ['cfn_nag W70', 'KICS cloudfront_without_minimum_protocol_tls_1.2'],
      difference:
        'cfn_nag and KICS warn on the protocol version alone; we also fail a distribution that keeps the default `*.cloudfront.net` certificate, and our finding is mandatory, not a warning.',
      why: 'With the default certificate CloudFront ignores `MinimumProtocolVersion` and negotiates TLSv1; the marketplaces require TLS 1.2 or later (a must).',
    },
  ],
  TLS3: [
    {
      scanners: ['Checkov CKV_AWS_34'],
      difference:
        'Checkov passes a behavior that has no `ViewerProtocolPolicy` and reports the first failing behavior only; we fail an absent value and report every behavior (default and ordered) separately.',
      why: '`allow-all` is what CloudFront and CDK use when the value is left out, and a reviewer needs every behavior that serves HTTP, not the first.',
    },
  ],
  TLS5: [
    {
      scanners: ['Checkov CKV_AWS_2', 'Checkov CKV_AWS_103'],
      difference:
        'They pass a plain HTTP listener whose default action redirects to HTTPS; we also look at the listener rules and fail the listener when one of them forwards (e.g. `path-pattern /*`).',
      why: 'Listener rules are evaluated before the default action: a forwarding rule serves the app over HTTP whatever the default does.',
    },
    {
      scanners: ['cfn_nag W56', 'KICS alb_listening_on_http'],
      difference: 'cfn_nag and KICS flag every HTTP listener, redirecting or not; we pass one that only redirects to HTTPS.',
      why: 'A redirect-only port 80 listener is how browsers reach HTTPS; failing it would push users to drop the redirect, which is worse.',
    },
    {
      scanners: ['Checkov CKV_AWS_2', 'Checkov CKV_AWS_103'],
      difference: 'Checkov treats TCP, UDP and TCP_UDP listeners as passing; we report them not applicable.',
      why: "The load balancer passes those bytes through and any TLS is the target's: the listener neither meets nor breaks the requirement, and counting it as a pass would overstate what was verified.",
    },
  ],
  TLS7: [
    {
      scanners: ['cfn-guard S3_BUCKET_SSL_REQUESTS_ONLY'],
      difference:
        'The registry rule looks at bucket policies only (a bucket with no policy is never flagged), accepts any Deny statement with `aws:SecureTransport` false, whatever its resources or other conditions, and does not ask for a TLS version floor. We judge every bucket, fail one without a policy, require the Deny to cover the bucket ARN and `arn/*`, require `s3:TlsVersion` < 1.2 to be denied too, and ignore a Deny that another condition narrows (`aws:SourceVpce`, `aws:UserAgent`...).',
      why: 'S3 accepts plain HTTP unless a policy denies it, so the missing policy is the violation; a Deny that only applies to some requests or some objects leaves the rest reachable over HTTP or TLS 1.0/1.1, which the marketplaces forbid.',
    },
  ],
  DATA1: [
    {
      scanners: ['Checkov CKV_AWS_53', 'Checkov CKV_AWS_54', 'Checkov CKV_AWS_55', 'Checkov CKV_AWS_56', 'cfn-guard S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'],
      difference:
        'Checkov reports each of the four flags as its own check; we report one finding per bucket naming every flag that is missing or false (as the registry rule does). In Pulumi we also look for the separate `BucketPublicAccessBlock` resource of the bucket.',
      why: 'The requirement is the four flags together; one finding with the full list is one fix for the user.',
    },
  ],
  DATA2: [
    {
      scanners: ['cfn_nag F16', 'cfn-guard S3_BUCKET_POLICY_NO_WILDCARD_PRINCIPAL'],
      difference:
        'They fail any Allow to principal `*`; we pass one whose conditions pin the caller (`aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`, `aws:SourceVpce`, `aws:PrincipalArn` with fixed values), and treat an `aws:SourceIp` list whose ranges together cover most of the address space as public.',
      why: 'Service principals and CloudFront origin access are granted exactly that way, so a blanket rule would fail correct templates; while `0.0.0.0/1` plus `128.0.0.0/1` is the whole internet written in two halves.',
    },
  ],
  DATA3: [
    {
      scanners: ['Checkov CKV_AWS_19', 'cfn_nag W41', 'cfn-guard S3_DEFAULT_ENCRYPTION_KMS'],
      difference:
        'They accept SSE-S3 (`AES256`), and Checkov also passes a bucket with no encryption settings; we require SSE-KMS or DSSE-KMS unless the `acceptSseS3` parameter is set, and the AWS-managed `aws/s3` key is advisory.',
      why: "The catalog asks for KMS so that reads of user data are governed by a key policy and logged in CloudTrail; S3's default encryption since 2023 is SSE-S3, which gives neither.",
    },
  ],
  DATA4: [
    {
      scanners: ['Checkov CKV_AWS_16', 'cfn_nag F27'],
      difference:
        'Checkov returns unknown for an Aurora DB instance and cfn_nag skips an instance with `DBClusterIdentifier`; we judge the cluster the instance belongs to, so the member instance gets no finding of its own and the cluster one does.',
      why: "An Aurora member's storage is the cluster's; judging it at the cluster gives one verdict where the fix is made.",
    },
    {
      scanners: ['Checkov CKV_AWS_27', 'cfn_nag W48'],
      difference:
        'They require `KmsMasterKeyId` on every SQS queue; we pass SSE-SQS (the service default), fail a queue with `SqsManagedSseEnabled: false` and no key, and read an empty `KmsMasterKeyId` as no key (as SQS does), not as SSE-KMS.',
      why: 'The requirement is encryption at rest; SSE-SQS is encryption at rest and the default for new queues.',
    },
  ],
  SEC1: [
    {
      scanners: ['Checkov CKV_AWS_149', 'cfn_nag W77'],
      difference:
        "Checkov fails a key id containing `aws/` and cfn_nag only wants `KmsKeyId` present; we also fail `alias/aws/...` names, and add an advisory when the secret's key also encrypts resources that are not secrets.",
      why: 'The marketplaces ask for a dedicated key so that re-encryption and the KMS audit trail concern the secret alone.',
    },
  ],
  SEC3: [
    {
      scanners: ['Checkov CKV_AWS_7', 'cfn_nag F19', 'cfn-guard CMK_BACKING_KEY_ROTATION_ENABLED'],
      difference:
        'cfn_nag and the registry rule fail every key without rotation, asymmetric and HMAC keys included, and Checkov reports those unknown; we report rotation not applicable for them, and also fail a `RotationPeriodInDays` over 365.',
      why: 'KMS cannot rotate asymmetric or HMAC keys, so failing them asks for the impossible; a rotation period up to 2560 days is allowed by KMS but outside the yearly rotation the catalog asks for.',
    },
    {
      scanners: ['Checkov CKV_AWS_33', 'cfn_nag F76', 'cfn-guard KMS_NO_WILDCARD_PRINCIPAL'],
      difference:
        'They fail any key-policy Allow to principal `*`; we pass one whose conditions pin the caller (`kms:CallerAccount`, `aws:PrincipalOrgID`, ... with fixed values), read by the same policy reader as S3 and Secrets Manager policies.',
      why: "AWS's own key policies for services (e.g. `kms:ViaService` with `kms:CallerAccount`) use principal `*` with conditions; a wildcard without such a condition is what exposes the key.",
    },
  ],
  SEC4: [
    {
      scanners: ['Checkov CKV_AWS_45', 'Checkov CKV_AWS_46'],
      difference:
        'Checkov skips every environment value that is an intrinsic function and looks for secret-shaped strings only; we resolve what the template can resolve (parameters with defaults, `!Sub`, `!Join`), judge secret-like names as well as secret-shaped values, and report a value the template cannot resolve as unknown.',
      why: 'A `!Ref` to a parameter with a literal `Default` puts the secret in the template just as a string does, and a value the scan cannot see is never a pass.',
    },
    {
      scanners: ['cfn_nag F23 and the other password rules'],
      difference:
        'cfn_nag checks a fixed list of password properties per resource type; we also flag template parameters named like secrets without `NoEcho`, connection strings with embedded credentials, and a JSON `SecretString` that is literal apart from one `{{resolve:...}}` field.',
      why: 'Each of these writes a credential into the template or the console; the property a credential sits in does not change that.',
    },
  ],
  NET1: [
    {
      scanners: ['cfn_nag W5'],
      difference:
        'cfn_nag warns on any egress open to the internet; we allow internet egress on the `allowedEgressPorts` (default 443) and fail the rest (a group without egress rules fails with both, as cfn_nag F1000 and we read it as the allow-all rule CloudFormation adds).',
      why: 'The app must reach the marketplace APIs over HTTPS; the requirement is restricted egress, not none.',
    },
  ],
  NET2: [
    {
      scanners: ['Checkov CKV_AWS_24', 'Checkov CKV_AWS_25', 'Checkov CKV_AWS_260'],
      difference:
        'Checkov checks ports 22, 3389 and 80 one by one and fails port 80 open to the internet; we allow 80 and 443 (configurable) and fail every other port, all protocols, and any admin or database port.',
      why: "An app's load balancer has to take HTTP (to redirect) and HTTPS from the internet; every other open port is the exposure.",
    },
    {
      scanners: ['Checkov AbsSecurityGroupUnrestrictedIngress', 'KICS ec2_sensitive_port_is_publicly_exposed'],
      difference:
        'Checkov matches only the literal `0.0.0.0/0` and `::/0`, and KICS any CIDR ending in `/0`; we measure how much of the address space a CIDR covers, so `0.0.0.0/1` plus `128.0.0.0/1` counts as the internet.',
      why: 'Splitting the internet into two halves is a known way past literal matching; the group is exactly as open.',
    },
    {
      scanners: ['cfn_nag W2'],
      difference: 'cfn_nag warns on every ingress open to the internet, 443 included; ours fails only the ports above.',
      why: 'Internet-facing load balancers are how marketplace apps are reached.',
    },
  ],
  NET3: [
    {
      scanners: ['Checkov CKV_AWS_79'],
      difference: 'Checkov checks launch templates only; we also check EC2 instances and Auto Scaling launch configurations, and report an unresolvable `HttpTokens` as unknown.',
      why: "Each of these starts instances; IMDSv1 on any of them lets one SSRF read the role's credentials.",
    },
  ],
  IAM1: [
    {
      scanners: ['Checkov CKV_AWS_62', 'cfn-guard IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS'],
      difference:
        'They match the literal `*` action on the literal `*` resource; we also treat `arn:*`, `arn:aws:*:*:*:*` and similar resource patterns as `*`, and a `NotAction` Allow on every resource that leaves nearly everything allowed as administrator access.',
      why: 'These are the same grant written differently, and the usual ways around a literal match.',
    },
    {
      scanners: ['cfn_nag F4', 'cfn_nag W12', 'cfn_nag W15'],
      difference: 'cfn_nag fails any `*` action and warns on any `*` resource or `NotAction`; we fail only administrator access and make `service:*` on `*` advisory.',
      why: 'Many correct policies need `*` resources (e.g. `logs:CreateLogGroup`, `xray:PutTraceSegments`); the mandatory line is full access.',
    },
  ],
  AUTH1: [
    {
      scanners: ['Checkov CKV_AWS_59'],
      difference: 'Checkov passes a method with `AuthorizationType: NONE` when `ApiKeyRequired` is true; we do not.',
      why: 'An API key identifies a calling project for throttling and usage plans; it does not authenticate a user, and the marketplaces require authenticated requests.',
    },
    {
      scanners: ['cfn_nag W59', 'cfn-guard API_GW_METHOD_AUTHORIZATION_TYPE_RULE'],
      difference:
        'They look at `AWS::ApiGateway::Method` only; we also judge HTTP API routes, REST APIs defined by an OpenAPI `Body`, HTTP API quick-create `Target`, SAM APIs and Lambda function URLs.',
      why: 'Each is a way to publish an endpoint without a method resource; an unauthenticated endpoint is the same exposure whichever way it was declared.',
    },
  ],
  LOG2: [
    {
      scanners: ['Checkov CKV_AWS_76', 'cfn_nag W69'],
      difference: 'They look at `AWS::ApiGateway::Stage` (and Checkov at SAM APIs); we also judge the stage that an `AWS::ApiGateway::Deployment` creates through `StageName` and `StageDescription`.',
      why: 'A deployment with `StageName` creates the stage itself, with no stage resource to check.',
    },
  ],
};
