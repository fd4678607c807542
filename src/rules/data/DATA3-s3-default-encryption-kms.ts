import { CheckContext, Rule, StackVerdict, Verdict, combineCandidates, fail, pass, unknown } from '../../core/rule';
import { Fact, StackFacts } from '../../core/facts';
import { PropValue, get, str } from '../../core/props';
import { Unknown, isUnknown } from '../../core/values';
import { isAwsManagedKeyAlias, sideResources } from './s3-bucket';

/** One default-encryption setting found on a bucket: where it is and the paths of its algorithm and key. */
interface Setting {
  owner: Fact;
  /** Path of the `applyServerSideEncryptionByDefault` object, e.g. `rules.0.applyServerSideEncryptionByDefault`. */
  path: string;
}

const KMS_ALGORITHMS: readonly string[] = ['aws:kms', 'aws:kms:dsse'];
const FIX = 'set sseAlgorithm to aws:kms (or aws:kms:dsse) with kmsMasterKeyId a customer-managed KMS key';

/**
 * The paths of the items of a list-or-single-object property (`rule` in v6, `rules[]` in v7): `path.i`
 * for a list, `path` for a single object; unknown if the property is.
 */
function itemPaths(owner: Fact, path: string): string[] | Unknown {
  const v = get(owner.props, path);
  if (v === undefined) return [];
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) return v.map((_item: PropValue, i: number) => `${path}.${i}`);
  return [path];
}

/** The `...ByDefault` settings under each rule of `rulesPath`. */
function defaultsUnder(owner: Fact, rulesPath: string, defaultsKey: string): Setting[] | Unknown {
  const rules = itemPaths(owner, rulesPath);
  if (isUnknown(rules)) return rules;
  const out: Setting[] = [];
  for (const rule of rules) {
    const defaults = itemPaths(owner, `${rule}.${defaultsKey}`);
    if (isUnknown(defaults)) return defaults;
    out.push(...defaults.map((path) => ({ owner, path })));
  }
  return out;
}

/** The default-encryption settings of a bucket: side resources first (they win over inline settings), then the inline forms. */
function settingsOf(stack: StackFacts, bucket: Fact): { settings: Setting[]; unknown?: Unknown; unresolved: Fact[] } {
  const side = sideResources(stack, bucket, 's3:BucketEncryption');
  const settings: Setting[] = [];
  const collect = (r: Setting[] | Unknown): Unknown | undefined => {
    if (isUnknown(r)) return r;
    settings.push(...r);
    return undefined;
  };
  for (const f of side.facts) {
    const u = collect(defaultsUnder(f, 'rules', 'applyServerSideEncryptionByDefault'));
    if (u) return { settings, unknown: u, unresolved: side.unresolved };
  }
  if (side.facts.length === 0) {
    // v6 Bucket and v7 Bucket (deprecated input): `serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault`.
    const u1 = collect(defaultsUnder(bucket, 'serverSideEncryptionConfiguration.rule', 'applyServerSideEncryptionByDefault'));
    // v7 BucketV2 (deprecated input): `serverSideEncryptionConfigurations[].rules[].applyServerSideEncryptionByDefaults[]`.
    const configs = itemPaths(bucket, 'serverSideEncryptionConfigurations');
    let u2: Unknown | undefined = isUnknown(configs) ? configs : undefined;
    if (!isUnknown(configs)) for (const c of configs) u2 = u2 ?? collect(defaultsUnder(bucket, `${c}.rules`, 'applyServerSideEncryptionByDefaults'));
    const u = u1 ?? u2;
    if (u) return { settings, unknown: u, unresolved: side.unresolved };
  }
  return { settings, unresolved: side.unresolved };
}

function judgeKey(stack: StackFacts, setting: Setting, algorithm: string): Verdict {
  const keyPath = `${setting.path}.kmsMasterKeyId`;
  const key = str(setting.owner.props, keyPath);
  const where = `${setting.owner.name}: ${keyPath}`;
  const advisory = (message: string): Verdict => ({ ...fail(message), enforcement: 'advisory' });
  if (get(setting.owner.props, keyPath) === undefined) {
    // S3 uses the AWS-managed key aws/s3 when sseAlgorithm is aws:kms and no key is named.
    return advisory(`${where} is absent, so ${algorithm} uses the AWS-managed key aws/s3 (its policy cannot be restricted); set it to a customer-managed KMS key`);
  }
  if (typeof key === 'string' && isAwsManagedKeyAlias(key, 's3')) return advisory(`${where} is the AWS-managed key ${key}; set it to a customer-managed KMS key`);
  if (typeof key === 'string') return pass(`${where} encrypts with ${algorithm} and the key ${key}`);
  // A key of this stack: a reference (CloudFormation Ref/GetAtt) or a value known only after deployment.
  const resolved = stack.resolve(setting.owner, keyPath, ['kms:Key', 'kms:Alias']);
  if (resolved.to !== 'resources') return unknown(key ?? new Unknown(keyPath));
  return combineCandidates(
    resolved.facts.map((f) => {
      // A stack can only create customer-managed keys; an alias it creates cannot be alias/aws/*.
      const name = str(f.props, 'name');
      if (f.kind === 'kms:Alias' && typeof name === 'string' && isAwsManagedKeyAlias(name)) return advisory(`${where} is the AWS-managed key ${name}; set it to a customer-managed KMS key`);
      return pass(`${where} encrypts with ${algorithm} and the customer-managed key ${f.name}`);
    }),
    keyPath,
  );
}

function judgeSetting(stack: StackFacts, setting: Setting, ctx: CheckContext): Verdict {
  const algorithmPath = `${setting.path}.sseAlgorithm`;
  const algorithm = str(setting.owner.props, algorithmPath);
  const where = `${setting.owner.name}: ${algorithmPath}`;
  if (isUnknown(algorithm)) return unknown(algorithm);
  if (algorithm !== undefined && KMS_ALGORITHMS.includes(algorithm)) return judgeKey(stack, setting, algorithm);
  if (algorithm === 'AES256') {
    return ctx.params.acceptSseS3 ? pass(`${where} is AES256 (SSE-S3), accepted by the acceptSseS3 setting`) : fail(`${where} is AES256 (SSE-S3); ${FIX}`);
  }
  return fail(`${where} is ${algorithm ?? 'absent'}; ${FIX}`);
}

/** The worst of several verdicts: fail (mandatory first), then unknown, then advisory fail, then pass. */
function worst(verdicts: Verdict[]): Verdict {
  const rank = (v: Verdict): number => (v.status === 'fail' && v.enforcement !== 'advisory' ? 0 : v.status === 'unknown' ? 1 : v.status === 'fail' ? 2 : 3);
  return [...verdicts].sort((a, b) => rank(a) - rank(b))[0];
}

export const DATA3: Rule = {
  id: 'DATA3',
  params: ['acceptSseS3'],
  stack: {
    kinds: ['s3:Bucket'],
    check(stack, ctx) {
      const out: StackVerdict[] = [];
      for (const bucket of stack.ofKind('s3:Bucket')) {
        const { settings, unknown: u, unresolved } = settingsOf(stack, bucket);
        let verdict: Verdict;
        if (u) verdict = unknown(u);
        else if (settings.length > 0) verdict = worst(settings.map((s) => judgeSetting(stack, s, ctx)));
        else if (unresolved.length > 0) {
          verdict = unknown(new Unknown(`bucket (of ${unresolved.map((f) => f.name).join(', ')})`));
        } else if (ctx.params.acceptSseS3) {
          verdict = pass('no default encryption configured: S3 encrypts new objects with SSE-S3 (AES256) by default since January 2023, accepted by the acceptSseS3 setting');
        } else {
          // Since January 5, 2023 S3 applies SSE-S3 to every bucket that has no other default: encrypted, but not with KMS.
          verdict = fail(`no default encryption configured, so S3 applies SSE-S3 (AES256), not SSE-KMS; add an aws.s3.BucketServerSideEncryptionConfiguration for this bucket and ${FIX}`);
        }
        out.push({ ...verdict, subject: bucket });
      }
      return out;
    },
  },
};
