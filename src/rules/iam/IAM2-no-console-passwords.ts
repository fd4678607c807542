import { Fact, StackFacts } from '../../core/facts';
import { Rule, StackVerdict, fail, pass, unknown } from '../../core/rule';
import { isRef, isUnknown } from '../../core/values';
import { IAM_USER } from '../../kinds/iam-user';
import { IAM_USER_LOGIN_PROFILE } from '../../kinds/iam-user-login-profile';
import { propsOf } from '../../kinds/typed-props';

const CONSOLE_PASSWORD_FIX = 'give people access through IAM Identity Center (SSO) or federated roles instead of IAM user passwords';

/**
 * IAM2: no IAM user gets a console password from the infrastructure code. A login profile is its own
 * resource in Pulumi (`aws:iam/userLoginProfile`), pointing at the user by name; a CloudFormation user
 * carries it inline, as a side fact of its user (or inline `loginProfile` when a condition leaves it open).
 * Each console password is reported once: on its user when the user is in the stack, else on the
 * profile itself (a user created elsewhere, or one this check cannot tell).
 */
export const IAM2: Rule = {
  id: 'IAM2',
  stack: {
    kinds: ['iam:User', 'iam:UserLoginProfile'],
    check(stack) {
      const users = stack.ofKind('iam:User');
      // One index per run: user name, id and ARN -> user (a profile's `user` is the user's name).
      const byName = new Map<string, Fact>();
      for (const u of users) {
        for (const id of [propsOf(u, IAM_USER).get('name'), ...(u.ids ?? [])]) if (typeof id === 'string' && id !== '') byName.set(id, u);
      }
      const verdicts: StackVerdict[] = [];
      const withProfile = new Set<string>();
      const undecided: Fact[] = [];
      for (const profile of stack.ofKind('iam:UserLoginProfile')) {
        const user = userOf(profile, byName, stack);
        if (user) withProfile.add(user.key);
        else {
          // Whichever user it is (one outside the stack, or one not known yet), it is a console password.
          verdicts.push({ ...fail(`a login profile gives an IAM user a console password, a long-lived credential; ${CONSOLE_PASSWORD_FIX}`), subject: profile });
          if (isUnknown(propsOf(profile, IAM_USER_LOGIN_PROFILE).get('user'))) undecided.push(profile);
        }
      }
      for (const user of users) {
        const inline = propsOf(user, IAM_USER).get('loginProfile');
        if (isUnknown(inline) && !withProfile.has(user.key)) {
          // A template's profile that depends on a condition not known until deployment.
          verdicts.push({ ...unknown(inline), subject: user });
        } else if (inline !== undefined || withProfile.has(user.key)) {
          verdicts.push({ ...fail(`the user has a console password (login profile); ${CONSOLE_PASSWORD_FIX}`), subject: user });
        } else if (undecided.length > 0) {
          verdicts.push({
            status: 'unknown',
            message: `the user of login profile ${undecided.map((p) => p.name).join(', ')} is not known until deployment, so whether this user has a console password cannot be checked now`,
            subject: user,
          });
        } else {
          verdicts.push({ ...pass('the user has no console password (no login profile)'), subject: user });
        }
      }
      return verdicts;
    },
  },
};

/** The user of this stack a login profile belongs to: by `Ref`, by name, or through its one property dependency on a user. */
function userOf(profile: Fact, byName: ReadonlyMap<string, Fact>, stack: StackFacts): Fact | undefined {
  const ref = propsOf(profile, IAM_USER_LOGIN_PROFILE).get('user');
  if (typeof ref === 'string') return byName.get(ref);
  if (isRef(ref)) {
    const target = stack.byKey(ref.target);
    return target?.kind === 'iam:User' ? target : undefined;
  }
  if (isUnknown(ref)) {
    const deps = (profile.dependsOn?.user ?? []).map((k) => stack.byKey(k)).filter((f): f is Fact => f?.kind === 'iam:User');
    return deps.length === 1 ? deps[0] : undefined;
  }
  return undefined;
}
