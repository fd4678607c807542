import { Fact, StackFacts } from '../../core/facts';
import { PropValue } from '../../core/props';
import { Rule, StackVerdict, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import {
  PolicyStatement,
  ResourceTarget,
  Tri,
  allOf,
  anyOf,
  appliesToEveryone,
  bucketArns,
  coversAllS3Actions,
  hasOnlyCondition,
  isDeny,
  readBucketPolicy,
  statementCovers,
} from '../s3-policy-document';
import { statementLabel } from '../policy-document';
import { undeclaredBucketPolicies } from '../undeclared-bucket-policies';
import { S3_BUCKET } from '../../kinds/s3-bucket';
import { S3_BUCKET_POLICY } from '../../kinds/s3-bucket-policy';
import { propsOf } from '../../kinds/typed-props';

/**
 * S3 accepts plain-HTTP and TLS 1.0/1.1 requests unless the bucket policy denies them: a Deny on
 * `aws:SecureTransport` false and a Deny on `s3:TlsVersion` NumericLessThan 1.2, each for every
 * principal, every S3 action, and both the bucket ARN and `arn/*` (S3 User Guide, "Enforcing
 * encryption in transit" and "Bucket policy examples: s3:TlsVersion"). Each Deny counts only with that
 * one condition: another condition in the same statement narrows it (`hasOnlyCondition`).
 */
interface Need {
  label: string;
  matches(s: PolicyStatement): Tri;
}

const SECURE_TRANSPORT: Need = {
  label: 'a Deny for aws:SecureTransport false',
  matches: (s) => hasOnlyCondition(s, /^Bool(IfExists)?$/i, 'aws:SecureTransport', (v) => v.toLowerCase() === 'false'),
};

const TLS_VERSION: Need = {
  label: 's3:TlsVersion NumericLessThan 1.2',
  matches: (s) =>
    hasOnlyCondition(s, /^NumericLessThan(IfExists)?$/i, 's3:TlsVersion', (v) => {
      const n = Number(v);
      return Number.isFinite(n) && n >= 1.2;
    }),
};

const TARGETS: readonly ResourceTarget[] = ['bucket', 'objects'];

/** `arns` undefined: the bucket is not known, so only whether a statement could cover some bucket is asked. */
function covered(statements: readonly PolicyStatement[], arns: readonly string[] | undefined, need: Need, target: ResourceTarget): Tri {
  return anyOf(statements.map((s) => allOf([isDeny(s), appliesToEveryone(s), coversAllS3Actions(s), need.matches(s), ...(arns === undefined ? [] : [statementCovers(s, arns, target)])])));
}

/** Names the Deny statements that test the need's condition but with others besides, which narrow them. */
function narrowedNote(statements: readonly PolicyStatement[], need: Need): string {
  const narrowed = statements.filter((s) => isDeny(s) === true && !isUnknown(s.conditions) && s.conditions.length > 1 && s.conditions.some((c) => need.matches({ ...s, conditions: [c] }) === true));
  if (narrowed.length === 0) return '';
  return ` (${narrowed.map(statementLabel).join(', ')} ${narrowed.length === 1 ? 'has' : 'have'} it together with another condition, which narrows the Deny to the requests meeting both)`;
}

const FIX =
  'add Deny statements for Principal "*", Action "s3:*", Resource [bucket ARN, bucket ARN/*] with Condition {"Bool": {"aws:SecureTransport": "false"}} ' +
  'and with Condition {"NumericLessThan": {"s3:TlsVersion": "1.2"}}';

interface Source {
  /** Who holds the policy, for messages. */
  owner: string;
  value: PropValue | undefined;
}

/**
 * Judges the statements of all the bucket's known policies together. `arns` are the bucket's ARNs, or
 * an Unknown when the bucket is not known: then a missing Deny fails whatever the bucket, and a
 * present one is unknown, since it may be written for another bucket.
 */
function judge(arnsOrUnknown: string[] | Unknown, sources: Source[], unresolved: Fact[]): Verdict {
  const arns = isUnknown(arnsOrUnknown) ? undefined : arnsOrUnknown;
  const statements: PolicyStatement[] = [];
  const broken: string[] = [];
  let firstUnknown: Unknown | undefined;
  for (const source of sources) {
    const read = readBucketPolicy(source.value, 'policy');
    if (read.status === 'unknown') firstUnknown ??= read.unknown;
    else if (read.status === 'error') broken.push(`${source.owner}: ${read.message}`);
    else if (read.status === 'ok') statements.push(...read.statements);
  }
  const missing: string[] = [];
  let undecided: Unknown | undefined;
  for (const need of [SECURE_TRANSPORT, TLS_VERSION]) {
    const gaps = TARGETS.map((t) => ({ t, c: covered(statements, arns, need, t) }));
    for (const { c } of gaps) if (isUnknown(c)) undecided ??= c;
    const absent = gaps.filter((g) => g.c === false).map((g) => (g.t === 'bucket' ? 'the bucket ARN' : 'arn/*'));
    if (absent.length > 0) missing.push(`${need.label} on ${absent.join(' and ')}${narrowedNote(statements, need)}`);
  }
  if (missing.length === 0) {
    if (undecided) return unknown(undecided);
    if (isUnknown(arnsOrUnknown)) return unknown(arnsOrUnknown);
    return pass('the bucket policy denies requests without TLS and with TLS below 1.2, on the bucket and its objects');
  }
  // What is definitely missing from the known statements may still come from a policy document not
  // known yet, or from a policy resource whose bucket is not known yet.
  if (firstUnknown) return unknown(firstUnknown);
  if (unresolved.length > 0) {
    return { ...unknown(new Unknown('bucket')), message: `the bucket policy lacks ${missing.join('; ')}, and the bucket of ${unresolved.map((f) => f.name).join(', ')} is not known until deployment` };
  }
  const brokenNote = broken.length > 0 ? ` (${broken.join('; ')})` : '';
  if (sources.length === 0) return fail(`the bucket has no bucket policy, so S3 accepts plain HTTP and TLS 1.0/1.1 requests; add an aws.s3.BucketPolicy for it and ${FIX}`);
  return fail(`the bucket policy lacks ${missing.join('; ')}${brokenNote}; ${FIX}`);
}

function bucketVerdict(stack: StackFacts, bucket: Fact): Verdict {
  const sources: Source[] = [];
  // v6 Bucket and v7 Bucket's deprecated inline `policy` (CloudFormation has no inline bucket policy).
  const inline = propsOf(bucket, S3_BUCKET).get('policy');
  if (inline !== undefined) sources.push({ owner: `${bucket.name} policy`, value: inline });
  const side = stack.referrers(bucket, 's3:BucketPolicy', 'bucket');
  for (const f of side.facts) sources.push({ owner: f.name, value: propsOf(f, S3_BUCKET_POLICY).get('policy') });
  return judge(bucketArns(bucket), sources, side.unresolved);
}

export const TLS7: Rule = {
  id: 'TLS7',
  stack: {
    kinds: ['s3:Bucket', 's3:BucketPolicy'],
    check(stack) {
      const out: StackVerdict[] = [];
      for (const bucket of stack.ofKind('s3:Bucket')) out.push({ ...bucketVerdict(stack, bucket), subject: bucket });
      for (const { policy, bucket } of undeclaredBucketPolicies(stack)) {
        // The bucket the policy names, as a bucket of its own: its ARNs are those of its name.
        const arns = 'name' in bucket ? bucketArns({ ...policy, kind: 's3:Bucket', props: { bucket: bucket.name } }) : bucket.unknown;
        out.push({ ...judge(arns, [{ owner: policy.name, value: propsOf(policy, S3_BUCKET_POLICY).get('policy') }], []), subject: policy });
      }
      return out;
    },
  },
};
