import { Fact, StackFacts } from '../../core/facts';
import { PropValue } from '../../core/props';
import { Rule, StackVerdict, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, Value, isUnknown } from '../../core/values';
import { BucketGrant, BucketProps, S3_BUCKET } from '../../kinds/s3-bucket';
import { AclGrant, BucketAclProps } from '../../kinds/s3-bucket-acl';
import { S3_BUCKET_OWNERSHIP_CONTROLS } from '../../kinds/s3-bucket-ownership-controls';
import { BucketPolicyProps } from '../../kinds/s3-bucket-policy';
import { propsOf, typed } from '../../kinds/typed-props';
import { publicAllowStatements, statementLabel } from '../policy-document';
import { readBucketPolicy } from '../s3-policy-document';
import { undeclaredBucketPolicies } from '../undeclared-bucket-policies';
import { PUBLIC_CANNED_ACLS, PUBLIC_GRANTEE_URIS, sideResources } from './s3-bucket';

type Found = { kind: 'public'; where: string } | { kind: 'unknown'; unknown: Unknown } | { kind: 'private' };

/** A canned ACL value: public, private or unknown. */
function cannedAcl(value: Value<string>, where: string): Found {
  if (isUnknown(value)) return { kind: 'unknown', unknown: value };
  if (value !== undefined && PUBLIC_CANNED_ACLS.includes(value)) return { kind: 'public', where: `${where} is ${value}` };
  return { kind: 'private' };
}

/** Explicit grants (v6/v7 Bucket `grants[].uri`, BucketAcl `accessControlPolicy.grants[].grantee.uri`) to AllUsers/AuthenticatedUsers. */
function publicGrants(grants: PropValue[] | Unknown | undefined, uriPath: string, uriOf: (grant: PropValue) => Value<string>, where: string): Found {
  if (isUnknown(grants)) return { kind: 'unknown', unknown: grants };
  for (const [i, grant] of (grants ?? []).entries()) {
    const uri = uriOf(grant);
    if (isUnknown(uri)) return { kind: 'unknown', unknown: new Unknown(`${where}[${i}].${uriPath}`) };
    if (uri !== undefined && PUBLIC_GRANTEE_URIS.includes(uri)) return { kind: 'public', where: `${where}[${i}] grants to ${uri}` };
  }
  return { kind: 'private' };
}

function firstOf(found: Found[]): Found {
  return found.find((f) => f.kind === 'public') ?? found.find((f) => f.kind === 'unknown') ?? { kind: 'private' };
}

/** A bucket's inline ACL (v6 Bucket `acl`, `grants`) or a BucketAcl (`acl`, `accessControlPolicy.grants`): read with the names of both. */
function aclOf(fact: Fact): Found {
  const props = typed<BucketProps & BucketAclProps>(fact.props);
  return firstOf([
    cannedAcl(props.str('acl'), `${fact.name}: acl`),
    publicGrants(props.list('grants'), 'uri', (grant) => typed<BucketGrant>(grant).str('uri'), `${fact.name}: grants`),
    publicGrants(props.list('accessControlPolicy.grants'), 'grantee.uri', (grant) => typed<AclGrant>(grant).str('grantee.uri'), `${fact.name}: accessControlPolicy.grants`),
  ]);
}

function policyOf(fact: Fact): Found {
  // A bucket's inline `policy` (v6 Bucket) or a BucketPolicy's.
  const doc = readBucketPolicy(typed<BucketProps & BucketPolicyProps>(fact.props).get('policy'), 'policy');
  if (doc.status === 'unknown') return { kind: 'unknown', unknown: doc.unknown };
  // A policy that is not JSON cannot be applied by S3; nothing public comes of it.
  if (doc.status !== 'ok') return { kind: 'private' };
  const { publicStatements, unknown: undecided } = publicAllowStatements(doc.statements);
  if (publicStatements.length > 0) return { kind: 'public', where: `${fact.name}: policy ${publicStatements.map(statementLabel).join(', ')}` };
  return undecided ? { kind: 'unknown', unknown: undecided } : { kind: 'private' };
}

/** Judges the bucket itself and its side resources together: public wins, then unknown (also from side resources whose bucket is unknown). */
function judge(bucket: Fact, resolved: Fact[], unresolved: Fact[], of: (f: Fact) => Found): Found {
  const known = firstOf([bucket, ...resolved].map(of));
  if (known.kind === 'public') return known;
  // An unresolved side resource matters only if it could make this bucket public.
  const maybe = unresolved.map(of).find((f) => f.kind !== 'private');
  if (maybe) return { kind: 'unknown', unknown: new Unknown(`bucket (of ${unresolved.map((f) => f.name).join(', ')})`) };
  return known;
}

function aclVerdict(stack: StackFacts, bucket: Fact): Verdict {
  const acls = sideResources(stack, bucket, 's3:BucketAcl');
  const found = judge(bucket, acls.facts, acls.unresolved, aclOf);
  if (found.kind === 'unknown') return unknown(found.unknown, 'acl');
  if (found.kind === 'public') return fail(`${found.where}, which makes objects readable beyond the account; use acl private (or no ACL) and grant access with a bucket policy`, 'acl');
  return pass('no public canned ACL or public grant', 'acl');
}

function ownershipVerdict(stack: StackFacts, bucket: Fact): Verdict {
  const controls = sideResources(stack, bucket, 's3:BucketOwnershipControls');
  const judgeOne = (f: Fact, path: string, v: Value<string>): Verdict => {
    if (isUnknown(v)) return unknown(v, 'objectOwnership');
    if (v === 'BucketOwnerEnforced') return pass(`${f.name}: ${path} is BucketOwnerEnforced (ACLs disabled)`, 'objectOwnership');
    return fail(`${f.name}: ${path} is ${v ?? 'absent'}, which keeps ACLs enabled; set it to BucketOwnerEnforced`, 'objectOwnership');
  };
  // CloudFormation declares ownership controls inline on the bucket (`ownershipControls.rules[0].objectOwnership`).
  const inline = propsOf(bucket, S3_BUCKET);
  if (inline.has('ownershipControls')) return judgeOne(bucket, 'ownershipControls.rules.0.objectOwnership', inline.str('ownershipControls.rules.0.objectOwnership'));
  const verdicts = controls.facts.map((f) => judgeOne(f, 'rule.objectOwnership', propsOf(f, S3_BUCKET_OWNERSHIP_CONTROLS).str('rule.objectOwnership')));
  const bad = verdicts.find((v) => v.status === 'fail') ?? verdicts.find((v) => v.status === 'unknown');
  if (bad) return bad;
  if (verdicts.length > 0) return verdicts[0];
  if (controls.unresolved.some((f) => propsOf(f, S3_BUCKET_OWNERSHIP_CONTROLS).str('rule.objectOwnership') !== 'BucketOwnerEnforced')) {
    return unknown(new Unknown(`bucket (of ${controls.unresolved.map((f) => f.name).join(', ')})`), 'objectOwnership');
  }
  // Absent: S3 creates new buckets with Object Ownership BucketOwnerEnforced (ACLs disabled) since April 2023
  // (S3 User Guide, "Controlling ownership of objects and disabling ACLs": "Bucket owner enforced (default)").
  return pass('no ownership controls: S3 creates new buckets with ObjectOwnership BucketOwnerEnforced (ACLs disabled) by default since April 2023', 'objectOwnership');
}

function policyVerdict(stack: StackFacts, bucket: Fact): Verdict {
  const policies = sideResources(stack, bucket, 's3:BucketPolicy');
  return policyFoundVerdict(judge(bucket, policies.facts, policies.unresolved, policyOf));
}

function policyFoundVerdict(found: Found): Verdict {
  if (found.kind === 'unknown') return unknown(found.unknown, 'policy');
  if (found.kind === 'public') {
    return fail(
      `${found.where} allows principal * without a condition that pins the caller; name the principals, or add a condition with fixed values on aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:SourceVpce, aws:PrincipalArn or an aws:SourceIp allowlist (for CloudFront use an origin access control with aws:SourceArn)`,
      'policy',
    );
  }
  return pass('no bucket-policy statement allows principal * without a condition that pins the caller', 'policy');
}

export const DATA2: Rule = {
  id: 'DATA2',
  stack: {
    kinds: ['s3:Bucket', 's3:BucketPolicy'],
    check(stack) {
      const out: StackVerdict[] = [];
      for (const bucket of stack.ofKind('s3:Bucket')) {
        for (const v of [aclVerdict(stack, bucket), ownershipVerdict(stack, bucket), policyVerdict(stack, bucket)]) out.push({ ...v, subject: bucket });
      }
      // A public statement is public whichever bucket the policy is on.
      for (const { policy } of undeclaredBucketPolicies(stack)) out.push({ ...policyFoundVerdict(policyOf(policy)), subject: policy });
      return out;
    },
  },
};
