import { CheckContext, Rule, StackVerdict, Verdict, combineCandidates, fail, pass, unknown } from '../../core/rule';
import { Fact, StackFacts } from '../../core/facts';
import { PropValue } from '../../core/props';
import { Unknown, isUnknown } from '../../core/values';
import { KMS_ALIAS } from '../../kinds/kms-alias';
import { BucketV2EncryptionConfiguration, BucketV2EncryptionRule, S3_BUCKET } from '../../kinds/s3-bucket';
import { EncryptionDefault, EncryptionRule, S3_BUCKET_ENCRYPTION } from '../../kinds/s3-bucket-encryption';
import { TypedProps, propsOf, typed } from '../../kinds/typed-props';
import { isAwsManagedKeyAlias, sideResources } from './s3-bucket';

/** One default-encryption setting found on a bucket: where it is and the paths of its algorithm and key. */
interface Setting {
  owner: Fact;
  /** Path of the `applyServerSideEncryptionByDefault` object, e.g. `rules.0.applyServerSideEncryptionByDefault`. */
  path: string;
  value: TypedProps<EncryptionDefault>;
}

/** An item of a list-or-single-object property and its path. */
interface Item {
  path: string;
  value: PropValue;
}

const KMS_ALGORITHMS: readonly string[] = ['aws:kms', 'aws:kms:dsse'];
const FIX = 'set sseAlgorithm to aws:kms (or aws:kms:dsse) with kmsMasterKeyId a customer-managed KMS key';

/**
 * The items of a list-or-single-object property (`rule` in v6, `rules[]` in v7) at `path`: `path.i`
 * for a list, `path` for a single object; unknown if the property is.
 */
function itemsOf(v: PropValue | undefined, path: string): Item[] | Unknown {
  if (v === undefined) return [];
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) return v.map((value: PropValue, i: number) => ({ path: `${path}.${i}`, value }));
  return [{ path, value: v }];
}

/** The `...ByDefault` settings (`defaultsOf` each rule, under `defaultsKey`) of each rule. */
function defaultsUnder(owner: Fact, rules: Item[] | Unknown, defaultsKey: string, defaultsOf: (rule: PropValue) => PropValue | undefined): Setting[] | Unknown {
  if (isUnknown(rules)) return rules;
  const out: Setting[] = [];
  for (const rule of rules) {
    const defaults = itemsOf(defaultsOf(rule.value), `${rule.path}.${defaultsKey}`);
    if (isUnknown(defaults)) return defaults;
    out.push(...defaults.map((d) => ({ owner, path: d.path, value: typed<EncryptionDefault>(d.value) })));
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
    const rules = itemsOf(propsOf(f, S3_BUCKET_ENCRYPTION).get('rules'), 'rules');
    const u = collect(defaultsUnder(f, rules, 'applyServerSideEncryptionByDefault', (r) => typed<EncryptionRule>(r).get('applyServerSideEncryptionByDefault')));
    if (u) return { settings, unknown: u, unresolved: side.unresolved };
  }
  if (side.facts.length === 0) {
    // v6 Bucket and v7 Bucket (deprecated input): `serverSideEncryptionConfiguration.rule.applyServerSideEncryptionByDefault`.
    const props = propsOf(bucket, S3_BUCKET);
    const rule = itemsOf(props.get('serverSideEncryptionConfiguration.rule'), 'serverSideEncryptionConfiguration.rule');
    const u1 = collect(defaultsUnder(bucket, rule, 'applyServerSideEncryptionByDefault', (r) => typed<EncryptionRule>(r).get('applyServerSideEncryptionByDefault')));
    // v7 BucketV2 (deprecated input): `serverSideEncryptionConfigurations[].rules[].applyServerSideEncryptionByDefaults[]`.
    const configs = itemsOf(props.get('serverSideEncryptionConfigurations'), 'serverSideEncryptionConfigurations');
    let u2: Unknown | undefined = isUnknown(configs) ? configs : undefined;
    if (!isUnknown(configs)) {
      for (const c of configs) {
        const rules = itemsOf(typed<BucketV2EncryptionConfiguration>(c.value).get('rules'), `${c.path}.rules`);
        u2 = u2 ?? collect(defaultsUnder(bucket, rules, 'applyServerSideEncryptionByDefaults', (r) => typed<BucketV2EncryptionRule>(r).get('applyServerSideEncryptionByDefaults')));
      }
    }
    const u = u1 ?? u2;
    if (u) return { settings, unknown: u, unresolved: side.unresolved };
  }
  return { settings, unresolved: side.unresolved };
}

function judgeKey(stack: StackFacts, setting: Setting, algorithm: string): Verdict {
  const keyPath = `${setting.path}.kmsMasterKeyId`;
  const key = setting.value.str('kmsMasterKeyId');
  const where = `${setting.owner.name}: ${keyPath}`;
  const advisory = (message: string): Verdict => ({ ...fail(message), enforcement: 'advisory' });
  if (!setting.value.has('kmsMasterKeyId')) {
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
      const name = propsOf(f, KMS_ALIAS).str('name');
      if (f.kind === 'kms:Alias' && typeof name === 'string' && isAwsManagedKeyAlias(name)) return advisory(`${where} is the AWS-managed key ${name}; set it to a customer-managed KMS key`);
      return pass(`${where} encrypts with ${algorithm} and the customer-managed key ${f.name}`);
    }),
    keyPath,
  );
}

function judgeSetting(stack: StackFacts, setting: Setting, ctx: CheckContext): Verdict {
  const algorithmPath = `${setting.path}.sseAlgorithm`;
  const algorithm = setting.value.str('sseAlgorithm');
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
