import { Fact } from '../../core/facts';
import { PropValue, Props } from '../../core/props';
import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { KMS_KEY } from '../../kinds/kms-key';
import { KMS_KEY_POLICY } from '../../kinds/kms-key-policy';
import { propsOf } from '../../kinds/typed-props';
import { publicAllowStatements, readPolicyDocument, statementLabel } from '../policy-document';

const SYMMETRIC = 'SYMMETRIC_DEFAULT';
/** KMS allows rotation periods of 90..2560 days; the requirement caps them at a year. */
const MAX_ROTATION_DAYS = 365;

interface KeyShape {
  spec: string;
  usage: string;
}

/** The key's spec and usage with KMS defaults (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT), or the unknown that hides them. */
function shapeOf(fact: Fact): KeyShape | Unknown {
  const props = propsOf(fact, KMS_KEY);
  // Pulumi names it customerMasterKeySpec; KMS's API (and CloudFormation) calls it KeySpec.
  const spec = props.str('customerMasterKeySpec') ?? props.str('keySpec');
  if (isUnknown(spec)) return spec;
  const usage = props.str('keyUsage');
  if (isUnknown(usage)) return usage;
  return { spec: spec ?? SYMMETRIC, usage: usage ?? 'ENCRYPT_DECRYPT' };
}

/** Rotation: KMS rotates only symmetric encryption keys, and only when asked (enableKeyRotation defaults to false). */
function rotationVerdict(fact: Fact, shape: KeyShape | Unknown): Verdict {
  if (isUnknown(shape)) return unknown(shape, 'rotation');
  if (shape.spec !== SYMMETRIC) {
    return notApplicable(`automatic rotation does not apply to ${shape.spec} keys (${shape.usage}); KMS rotates symmetric encryption keys only`, 'rotation');
  }
  const props = propsOf(fact, KMS_KEY);
  const customStore = props.str('customKeyStoreId');
  if (isUnknown(customStore)) return unknown(customStore, 'rotation');
  if (customStore !== undefined) {
    return {
      ...fail('the key lives in a custom key store (customKeyStoreId), where KMS cannot rotate automatically; rotate it manually at least yearly', 'rotation'),
      enforcement: 'advisory',
    };
  }
  const enabled = props.bool('enableKeyRotation');
  if (isUnknown(enabled)) return unknown(enabled, 'rotation');
  if (enabled !== true) {
    const shown = enabled === undefined ? 'absent (KMS default: rotation off)' : 'false';
    return fail(`enableKeyRotation is ${shown}; set enableKeyRotation to true`, 'rotation');
  }
  const period = props.num('rotationPeriodInDays');
  if (isUnknown(period)) return unknown(period, 'rotation');
  if (period !== undefined && period > MAX_ROTATION_DAYS) {
    return fail(`rotationPeriodInDays is ${period}, more than ${MAX_ROTATION_DAYS}; set it to ${MAX_ROTATION_DAYS} or less`, 'rotation');
  }
  return pass(`enableKeyRotation is true, every ${period ?? 365} days${period === undefined ? ' (KMS default)' : ''}`, 'rotation');
}

/** Encryption keys use SYMMETRIC_DEFAULT (AES-256-GCM); asymmetric specs are for signing and HMAC specs for MACs. */
function specVerdict(shape: KeyShape | Unknown): Verdict {
  if (isUnknown(shape)) return unknown(shape, 'keySpec');
  if (shape.usage === 'ENCRYPT_DECRYPT' && shape.spec !== SYMMETRIC) {
    return fail(`keyUsage ENCRYPT_DECRYPT with customerMasterKeySpec ${shape.spec}: encryption keys must use ${SYMMETRIC} (AES-256-GCM); set customerMasterKeySpec to ${SYMMETRIC}`, 'keySpec');
  }
  if (shape.usage !== 'ENCRYPT_DECRYPT') return pass(`a ${shape.usage} key (${shape.spec}); the encryption-key spec does not apply`, 'keySpec');
  return pass(`an encryption key with ${SYMMETRIC} (AES-256-GCM)`, 'keySpec');
}

/** The key policy grants nothing to the public (`isPublicStatement`). Absent = KMS's default policy (the account only). */
function policyVerdict(policy: PropValue | undefined): Verdict {
  const doc = readPolicyDocument(policy, 'policy');
  switch (doc.status) {
    case 'absent':
      return pass('policy is absent, so KMS applies the default key policy (access for this account only)', 'policy');
    case 'unknown':
      return unknown(doc.unknown, 'policy');
    case 'error':
      return fail(`${doc.message}; write the key policy as a JSON policy document`, 'policy');
    case 'ok': {
      const { publicStatements, unknown: undecided } = publicAllowStatements(doc.statements);
      if (publicStatements.length > 0) {
        return fail(
          `policy ${publicStatements.map(statementLabel).join(', ')} allows principal * without a condition that pins the caller; name the account or roles as principals, or add a condition with fixed values such as kms:CallerAccount or aws:PrincipalOrgID (kms:ViaService alone does not)`,
          'policy',
        );
      }
      if (undecided) return unknown(undecided, 'policy');
      return pass('policy grants nothing to principal * without a condition that pins the caller', 'policy');
    }
  }
}

/** SEC3: KMS keys rotate, use AES-256-GCM for encryption, and are not open to everyone. */
export const SEC3: Rule = {
  id: 'SEC3',
  resource: {
    kinds: ['kms:Key', 'kms:KeyPolicy'],
    check(fact) {
      // An aws.kms.KeyPolicy replaces its key's policy: it is judged as the key's policy would be.
      if (fact.kind === 'kms:KeyPolicy') return [policyVerdict(propsOf(fact, KMS_KEY_POLICY).get('policy'))];
      const shape = shapeOf(fact);
      return [rotationVerdict(fact, shape), specVerdict(shape), policyVerdict(propsOf(fact, KMS_KEY).get('policy'))];
    },
  },
  /** Only the unambiguous fix: turning rotation on for a symmetric key whose rotation is off. */
  remediate(fact): Props | undefined {
    const shape = shapeOf(fact);
    if (isUnknown(shape) || shape.spec !== SYMMETRIC) return undefined;
    const props = propsOf(fact, KMS_KEY);
    if (props.str('customKeyStoreId') !== undefined) return undefined;
    const enabled = props.bool('enableKeyRotation');
    if (enabled === true || isUnknown(enabled)) return undefined;
    return { ...fact.props, enableKeyRotation: true };
  },
};
