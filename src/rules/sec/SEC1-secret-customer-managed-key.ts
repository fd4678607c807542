import { Fact, StackFacts } from '../../core/facts';
import { PropValue, isProps } from '../../core/props';
import { Rule, StackVerdict, Verdict, combineCandidates, fail, pass, unknown } from '../../core/rule';
import { isRef, isUnknown } from '../../core/values';
import { Kind } from '../../facts/kinds';
import { AliasProps } from '../../kinds/kms-alias';
import { SecretProps } from '../../kinds/secretsmanager-secret';
import { PathOf } from '../../kinds/typed-props';

const KEY_KINDS: readonly Kind[] = ['kms:Key', 'kms:Alias'];
/** The references SEC1 follows, checked against the kinds' props. */
const SECRET_KEY: PathOf<SecretProps> = 'kmsKeyId';
const ALIAS_TARGET: PathOf<AliasProps> = 'targetKeyId';

/**
 * Kinds whose references to a key do not make it "shared with non-secret resources": secrets
 * themselves (and their side resources), the key's own aliases and grants, SSM parameters (a
 * SecureString is a secret store too), and IAM policies (granting kms:Decrypt on the key to the
 * secret's readers is how a dedicated key is used, not a second use of it).
 */
function isSecretOrKeyOrPolicyKind(kind: Kind): boolean {
  return kind.startsWith('secretsmanager:') || kind.startsWith('kms:') || kind.startsWith('iam:') || kind === 'ssm:Parameter';
}

/** Property names that hold an encryption key (`kmsKeyId`, `kmsMasterKeyId`, `kmsKeyArn`, `sseKmsKeyId`, `keyId`); env-var names (`KMS_KEY_ARN`) and tags are not. */
const KEY_PROPERTY = /kms|Kms|Key(?:Id|Arn)$|^key(?:Id|Arn)$/;
/** A key property that encrypts a secret another service manages (RDS `masterUserSecretKmsKeyId`): a secret use, not a second one. */
const SECRET_PROPERTY = /Secret/;
const FREE_FORM_MAPS: ReadonlySet<string> = new Set(['tags', 'tagsAll', 'variables', 'environment']);

const AWS_MANAGED_ALIAS = /^(?:arn:aws[a-z-]*:kms:[^:]*:[^:]*:)?alias\/aws\//;
const ALIAS = /^(?:arn:aws[a-z-]*:kms:[^:]*:[^:]*:)?alias\/[A-Za-z0-9/_-]+$/;
const KEY_ARN = /^arn:aws[a-z-]*:kms:[^:]*:\d{12}:key\/[A-Za-z0-9-]+$/;
const KEY_ID = /^(?:mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** One check run's view of the stack's keys: alias -> key, and which keys non-secret resources use. */
class KeyIndex {
  private readonly aliasTargets = new Map<string, ReturnType<StackFacts['resolve']>>();
  /** Key fact key -> the non-secret resources (and properties) that use it. */
  readonly usedBy = new Map<string, string[]>();

  constructor(private readonly stack: StackFacts) {
    for (const fact of stack.facts) {
      if (isSecretOrKeyOrPolicyKind(fact.kind)) continue;
      this.walk(fact, fact.props, '');
    }
  }

  /** Each fact's props are walked once; each key-like leaf is resolved through the stack's index. */
  private walk(fact: Fact, value: PropValue | undefined, path: string): void {
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.walk(fact, item, `${path}.${i}`));
    } else if (isProps(value)) {
      for (const name of Object.keys(value)) {
        if (FREE_FORM_MAPS.has(name)) continue;
        const child = value[name];
        const childPath = path ? `${path}.${name}` : name;
        if ((typeof child === 'string' || isUnknown(child) || isRef(child)) && KEY_PROPERTY.test(name) && !SECRET_PROPERTY.test(name)) this.record(fact, childPath);
        else this.walk(fact, child, childPath);
      }
    }
  }

  private record(fact: Fact, path: string): void {
    const r = this.stack.resolve(fact, path, KEY_KINDS);
    if (r.to !== 'resources') return;
    // A key ARN matches the key and its aliases (an alias's targetKeyArn): count the distinct keys behind them.
    const keys = new Map(r.facts.flatMap((f) => this.keysOf(f)).map((k) => [k.key, k] as const));
    // Several keys (one property depending on several keys) cannot say which key is used: not counted.
    if (keys.size !== 1) return;
    for (const key of keys.values()) {
      const users = this.usedBy.get(key.key) ?? [];
      users.push(`${fact.name} (${path})`);
      this.usedBy.set(key.key, users);
    }
  }

  /** The key behind a key or alias fact of this stack (an alias resolves on through `targetKeyId`). */
  keysOf(fact: Fact): Fact[] {
    if (fact.kind === 'kms:Key') return [fact];
    const r = this.aliasTarget(fact);
    return r.to === 'resources' ? r.facts.filter((f) => f.kind === 'kms:Key') : [];
  }

  aliasTarget(alias: Fact): ReturnType<StackFacts['resolve']> {
    let r = this.aliasTargets.get(alias.key);
    if (!r) {
      r = this.stack.resolve(alias, ALIAS_TARGET, ['kms:Key']);
      this.aliasTargets.set(alias.key, r);
    }
    return r;
  }
}

/** A key referenced by value from outside the stack. */
function externalVerdict(value: string, via: string): Verdict {
  if (AWS_MANAGED_ALIAS.test(value)) {
    return fail(`${via} is ${value}, an AWS managed key; set kmsKeyId to a customer-managed KMS key (aws.kms.Key) dedicated to secrets`);
  }
  if (KEY_ARN.test(value) || KEY_ID.test(value)) {
    return pass(`${via} is the KMS key ${value}, outside this stack (customer managed by form); make sure it encrypts secrets only`);
  }
  if (ALIAS.test(value)) {
    return pass(`${via} is the alias ${value}, outside this stack: not an AWS managed alias; make sure its key is customer managed and encrypts secrets only`);
  }
  return fail(`${via} is "${value}", which is neither a KMS key ID, key ARN nor alias; set kmsKeyId to a customer-managed KMS key (aws.kms.Key)`);
}

function keyVerdict(key: Fact, index: KeyIndex, via: string): Verdict {
  const users = index.usedBy.get(key.key);
  if (users && users.length > 0) {
    const shown = users.slice(0, 3).join(', ') + (users.length > 3 ? `, and ${users.length - 3} more` : '');
    return {
      ...fail(`${via} is the customer-managed KMS key ${key.name}, which also encrypts non-secret resources (${shown}); give secrets a key of their own`),
      enforcement: 'advisory',
    };
  }
  return pass(`${via} is the customer-managed KMS key ${key.name} of this stack, used for secrets only`);
}

function aliasVerdict(alias: Fact, index: KeyIndex): Verdict {
  const via = `kmsKeyId (alias ${alias.name})`;
  const r = index.aliasTarget(alias);
  switch (r.to) {
    case 'absent':
      return fail(`alias ${alias.name} has no targetKeyId; point it at a customer-managed KMS key (aws.kms.Key)`);
    case 'unknown':
      return { ...unknown(r.unknown), message: `the key behind alias ${alias.name} (targetKeyId) is not known until deployment, so this cannot be checked now` };
    case 'external':
      return externalVerdict(r.value, via);
    case 'resources':
      return combineCandidates(
        r.facts.map((k) => keyVerdict(k, index, via)),
        'kmsKeyId',
      );
  }
}

function secretVerdict(secret: Fact, stack: StackFacts, index: KeyIndex): Verdict {
  const r = stack.resolve(secret, SECRET_KEY, KEY_KINDS);
  switch (r.to) {
    case 'absent':
      // Secrets Manager's default is the AWS managed key aws/secretsmanager.
      return fail('kmsKeyId is absent, so Secrets Manager uses the AWS managed key aws/secretsmanager; set kmsKeyId to a customer-managed KMS key (aws.kms.Key) dedicated to secrets');
    case 'unknown':
      return unknown(r.unknown);
    case 'external':
      return externalVerdict(r.value, 'kmsKeyId');
    case 'resources':
      return combineCandidates(
        r.facts.map((f) => (f.kind === 'kms:Alias' ? aliasVerdict(f, index) : keyVerdict(f, index, 'kmsKeyId'))),
        'kmsKeyId',
      );
  }
}

/**
 * SEC1: secrets are encrypted with a customer-managed key. A stack check because the key is usually
 * another resource of the program: during preview `kmsKeyId` is unknown and Pulumi's property
 * dependencies say which key it came from. Whether the key is dedicated comes from one reverse index
 * of key references built per run.
 */
export const SEC1: Rule = {
  id: 'SEC1',
  stack: {
    kinds: ['secretsmanager:Secret'],
    check(stack) {
      const secrets = stack.ofKind('secretsmanager:Secret');
      if (secrets.length === 0) return [];
      const index = new KeyIndex(stack);
      return secrets.map((secret): StackVerdict => ({ ...secretVerdict(secret, stack, index), subject: secret }));
    },
  },
};
