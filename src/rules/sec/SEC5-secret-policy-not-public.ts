import { Fact } from '../../core/facts';
import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { SECRETSMANAGER_SECRET } from '../../kinds/secretsmanager-secret';
import { SECRETSMANAGER_SECRET_POLICY } from '../../kinds/secretsmanager-secret-policy';
import { propsOf } from '../../kinds/typed-props';
import { publicAllowStatements, readPolicyDocument, statementLabel } from '../policy-document';

/**
 * SEC5: a secret's resource policy grants nothing to the public, as AWS defines it (principal * without a
 * condition that pins the caller, see `isPublicStatement`). The policy is a
 * SecretPolicy side resource or the secret's own `policy`. `blockPublicPolicy` makes Secrets Manager
 * itself reject public policies, so it is named in the messages.
 */
function policyVerdict(fact: Fact): Verdict {
  const policyProps = fact.kind === 'secretsmanager:SecretPolicy' ? propsOf(fact, SECRETSMANAGER_SECRET_POLICY) : undefined;
  const doc = readPolicyDocument(policyProps ? policyProps.get('policy') : propsOf(fact, SECRETSMANAGER_SECRET).get('policy'), 'policy');
  const block = policyProps?.bool('blockPublicPolicy');
  const blockNote = fact.kind !== 'secretsmanager:SecretPolicy' ? '' : block === true ? ' (blockPublicPolicy is on)' : '; set blockPublicPolicy to true so Secrets Manager rejects public policies';
  switch (doc.status) {
    case 'absent':
      return fact.kind === 'secretsmanager:Secret'
        ? notApplicable('no resource policy on the secret')
        : pass(`policy is empty, so the secret is reachable only through IAM policies of its account${blockNote}`);
    case 'unknown':
      return unknown(doc.unknown);
    case 'error':
      return fail(`${doc.message}; write the resource policy as a JSON policy document`);
    case 'ok': {
      const { publicStatements, unknown: undecided } = publicAllowStatements(doc.statements);
      if (publicStatements.length > 0) {
        return fail(
          `policy ${publicStatements.map(statementLabel).join(', ')} allows principal * without a condition that pins the caller, making the secret public; name the principals (accounts, roles) or add a condition with fixed values such as aws:PrincipalOrgID or aws:PrincipalAccount` +
            (fact.kind === 'secretsmanager:SecretPolicy' && block !== true ? ', and set blockPublicPolicy to true' : ''),
        );
      }
      if (undecided) return unknown(undecided);
      return pass(`policy grants nothing to principal * without a condition that pins the caller${blockNote}`);
    }
  }
}

export const SEC5: Rule = {
  id: 'SEC5',
  resource: {
    kinds: ['secretsmanager:SecretPolicy', 'secretsmanager:Secret'],
    check(fact) {
      return [policyVerdict(fact)];
    },
  },
};
