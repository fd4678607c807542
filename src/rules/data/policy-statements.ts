/**
 * Resource-policy reading for DATA2 (S3 bucket policies) and DATA5 (OpenSearch access policies): which
 * `Allow` statements grant access to everyone. A policy arrives as a JSON string (the usual Pulumi and
 * CloudFormation form) or as an object (Pulumi's `PolicyDocument` input); both read the same.
 */
import { PropValue, Props, deepUnknown, get, isProps, strings } from '../../core/props';
import { Unknown, isUnknown } from '../../core/values';

/**
 * Condition keys that tie a public principal to a caller the owner chose (DATA2's list): a source ARN,
 * account, organization, VPC endpoint or principal ARN. Compared case-insensitively (IAM keys are).
 */
export const RESTRICTING_CONDITION_KEYS: readonly string[] = ['aws:sourcearn', 'aws:sourceaccount', 'aws:principalorgid', 'aws:sourcevpce', 'aws:principalarn'];

const INTERNET_CIDRS: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0']);

export type PolicyDocument = { kind: 'absent' } | { kind: 'unknown'; unknown: Unknown } | { kind: 'malformed' } | { kind: 'statements'; statements: Props[] };

/** Parses a policy property (string or object); never throws. */
export function readPolicy(value: PropValue | undefined, property: string): PolicyDocument {
  if (value === undefined || value === null || value === '') return { kind: 'absent' };
  if (isUnknown(value)) return { kind: 'unknown', unknown: value };
  let doc: unknown = value;
  if (typeof value === 'string') {
    try {
      doc = JSON.parse(value);
    } catch {
      return { kind: 'malformed' };
    }
  }
  if (!isProps(doc as PropValue)) return { kind: 'malformed' };
  const raw = get(doc as Props, 'Statement');
  if (isUnknown(raw)) return { kind: 'unknown', unknown: new Unknown(`${property}.Statement`) };
  if (raw === undefined) return { kind: 'statements', statements: [] };
  const items = Array.isArray(raw) ? raw : [raw];
  const statements: Props[] = [];
  for (const item of items) {
    if (isUnknown(item)) return { kind: 'unknown', unknown: new Unknown(`${property}.Statement`) };
    if (isProps(item)) statements.push(item);
  }
  return { kind: 'statements', statements };
}

/** True when the principal is everyone: `"*"`, `{ AWS: "*" }` or `{ AWS: [..., "*"] }`. */
function isEveryone(principal: PropValue | undefined): boolean {
  if (principal === '*') return true;
  if (!isProps(principal)) return false;
  const aws = strings(principal, 'AWS');
  return Array.isArray(aws) && aws.includes('*');
}

/** The condition keys of a statement that restrict a public grant (`sourceIpRestricts` adds a non-internet aws:SourceIp allowlist). */
function restrictingKeys(condition: PropValue | undefined, opts: { sourceIpRestricts: boolean }): string[] {
  if (!isProps(condition)) return [];
  const found: string[] = [];
  for (const operator of Object.keys(condition)) {
    const block = condition[operator];
    if (!isProps(block)) continue;
    // `...IfExists` operators and `Null` do not restrict: a request without the key still matches.
    if (/ifexists$/i.test(operator) || /^null$/i.test(operator)) continue;
    for (const key of Object.keys(block)) {
      const values = strings(block, key);
      const vals = Array.isArray(values) ? values : [];
      if (vals.length === 0 || vals.some((v) => v === '*')) continue;
      const lower = key.toLowerCase();
      if (RESTRICTING_CONDITION_KEYS.includes(lower)) found.push(key);
      else if (opts.sourceIpRestricts && lower === 'aws:sourceip' && /ipaddress/i.test(operator) && !/not/i.test(operator) && vals.every((v) => !INTERNET_CIDRS.has(v))) {
        found.push(key);
      }
    }
  }
  return found;
}

export type StatementJudgement = { kind: 'public'; index: number; sid?: string } | { kind: 'unknown'; unknown: Unknown } | { kind: 'private' };

/**
 * Finds the first `Allow` statement that grants everyone access without a restricting condition.
 * `NotPrincipal` with `Allow` grants everyone except the named principals, so it counts as public.
 * For OpenSearch, an `aws:SourceIp` allowlist without the internet also restricts (`sourceIpRestricts`).
 */
export function findPublicAllow(statements: readonly Props[], property: string, opts: { sourceIpRestricts: boolean } = { sourceIpRestricts: false }): StatementJudgement {
  let firstUnknown: Unknown | undefined;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    const decisive = deepUnknown(s.Effect) ?? deepUnknown(s.Principal) ?? deepUnknown(s.NotPrincipal) ?? deepUnknown(s.Condition);
    if (decisive) {
      firstUnknown = firstUnknown ?? new Unknown(`${property}.Statement[${i}]`);
      continue;
    }
    if (s.Effect !== 'Allow') continue;
    const everyone = isEveryone(s.Principal) || s.NotPrincipal !== undefined;
    if (!everyone) continue;
    if (restrictingKeys(s.Condition, opts).length > 0) continue;
    return { kind: 'public', index: i, sid: typeof s.Sid === 'string' ? s.Sid : undefined };
  }
  return firstUnknown ? { kind: 'unknown', unknown: firstUnknown } : { kind: 'private' };
}

/** Describes a public statement for a message. */
export function describeStatement(j: { index: number; sid?: string }, property: string): string {
  return `${property} Statement[${j.index}]${j.sid ? ` (Sid ${j.sid})` : ''}`;
}
