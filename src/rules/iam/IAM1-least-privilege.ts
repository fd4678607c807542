import { Fact } from '../../core/facts';
import { PropValue } from '../../core/props';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { compileGlob } from '../../core/glob';
import { Unknown, isRef, isUnknown } from '../../core/values';
import { IAM_INLINE_POLICY } from '../../kinds/iam-inline-policy';
import { IAM_POLICY } from '../../kinds/iam-policy';
import { IAM_POLICY_ATTACHMENT } from '../../kinds/iam-policy-attachment';
import { IAM_ROLE, RoleInlinePolicyProps } from '../../kinds/iam-role';
import { propsOf, typed } from '../../kinds/typed-props';
import { PolicyStatement, PolicyValue, isAllow, readPolicyDocument, statementLabel } from '../policy-document';

/**
 * AWS managed policies that grant everything, in any partition, with what each allows: AdministratorAccess
 * (`*` on `*`), and IAMFullAccess (`iam:*` on `*`), administrator access by the same reasoning as an
 * `iam:*` statement (`actionBreadth`).
 */
const ADMIN_POLICIES: readonly { arn: RegExp; name: string; allows: string }[] = [
  { arn: /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/, name: 'AdministratorAccess', allows: 'every action on every resource' },
  { arn: /^arn:aws[a-z-]*:iam::aws:policy\/IAMFullAccess$/, name: 'IAMFullAccess', allows: 'every IAM action on every resource, with which the principal can grant itself any permission' },
];
/** AWS managed policies that grant every action outside IAM (PowerUserAccess: NotAction iam/organizations/account on `*`): advisory. */
const BROAD_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\/PowerUserAccess$/;

const advisory = (v: Verdict): Verdict => ({ ...v, enforcement: 'advisory' });

/**
 * `all`: every action, or enough to grant itself every action (administrator access); `service`: every
 * action of a service, or every action outside IAM (PowerUserAccess's breadth); `narrow`: less.
 */
type Breadth = 'all' | 'service' | 'narrow' | Unknown;

const STARS = /^\*+$/;

/** An action pattern that matches every action: `*` (or `**`), `*:*`. IAM matches actions case-insensitively. */
function matchesEveryAction(a: string): boolean {
  const parts = a.trim().split(':');
  return parts.length <= 2 && parts.every((p) => STARS.test(p));
}

/**
 * An action pattern that matches every IAM action (`iam:*`, `iam*`, `i*`, `*`): the greedy glob lets a
 * trailing `*` take any action name, so the pattern covers `iam:` + anything exactly when the part
 * before its trailing stars matches a prefix of `iam:`.
 */
function matchesEveryIamAction(a: string): boolean {
  const pattern = a.trim().toLowerCase();
  if (!pattern.endsWith('*')) return false;
  const head = compileGlob(pattern.replace(/\*+$/, ''), { singleChar: true });
  return ['', 'i', 'ia', 'iam', 'iam:'].some(head);
}

/**
 * How much the statement's actions cover. With IAM's own actions on every resource a principal can give
 * itself any permission (iam:PutRolePolicy, iam:AttachRolePolicy, iam:CreatePolicyVersion), so `iam:*`
 * is administrator access, and so is an Allow with `NotAction` that leaves any IAM action allowed: "all
 * of the applicable actions or services that are not listed are allowed" (IAM User Guide, "IAM JSON
 * policy elements: NotAction", which warns that it "can result in granting more permissions" than
 * intended). A `NotAction` that excludes all of IAM is what AWS's PowerUserAccess does (NotAction
 * iam:*, organizations:*, account:*): every other service, judged as PowerUserAccess is.
 */
function actionBreadth(s: PolicyStatement): Breadth {
  if (s.notActions !== undefined) {
    const known = s.notActions.filter((a): a is string => typeof a === 'string');
    if (known.some(matchesEveryAction)) return 'narrow';
    if (known.some(matchesEveryIamAction)) return 'service';
    return s.notActions.find(isUnknown) ?? 'all';
  }
  const actions: PolicyValue[] = s.actions ?? [];
  if (actions.some((a) => typeof a === 'string' && (matchesEveryAction(a) || matchesEveryIamAction(a)))) return 'all';
  const u = actions.find(isUnknown);
  if (u) return u;
  if (actions.some((a) => typeof a === 'string' && /^[A-Za-z0-9-]+:\*+$/.test(a.trim()))) return 'service';
  return 'narrow';
}

/**
 * A `Resource` pattern that matches every resource: `*`, or an ARN pattern whose every segment after
 * `arn` is only stars (`arn:*`, `arn:*:*:*:*:*`, `arn:aws:*:*:*:*`), the partition (the one segment a
 * deployment fixes) also given as `aws`, `aws-cn`, `aws-us-gov` or a pattern of them (`aws*`). At most
 * the six segments of an ARN: a star matches `:` too, so the last one takes the rest of any ARN, and
 * the partition alone does when it ends in a star (`arn:*`, `arn:aws*`).
 */
export function matchesEveryResource(r: string): boolean {
  const value = r.trim();
  if (STARS.test(value)) return true;
  const [arn, partition, ...rest] = value.split(':');
  if (arn !== 'arn' || partition === undefined || rest.length > 4) return false;
  if (!STARS.test(partition) && !/^aws[a-z-]*\**$/.test(partition)) return false;
  if (rest.length === 0) return partition.endsWith('*');
  return rest.every((segment) => STARS.test(segment));
}

/** Whether the statement applies to every resource (`Resource: "*"` or its ARN equivalents, or a NotResource). */
function allResources(s: PolicyStatement): boolean | Unknown {
  if (s.notResources !== undefined) return true;
  const resources = s.resources ?? [];
  if (resources.some((r) => typeof r === 'string' && matchesEveryResource(r))) return true;
  return resources.find(isUnknown) ?? false;
}

const quoted = (values: readonly PolicyValue[]) => values.map((v) => (typeof v === 'string' ? v : '(unknown)')).join(', ');

/** What an administrator-access statement allows, in its own words. */
function allActionsText(s: PolicyStatement): string {
  if (s.notActions !== undefined) return `every action except ${quoted(s.notActions)} (NotAction), IAM included, with which it can grant itself any permission,`;
  const star = (s.actions ?? []).find((a) => typeof a === 'string' && matchesEveryAction(a));
  if (star !== undefined) return `every action (${star as string})`;
  const iam = (s.actions ?? []).filter((a) => typeof a === 'string' && matchesEveryIamAction(a));
  return `every IAM action (${quoted(iam)}), with which it can grant itself any permission,`;
}

/** How the statement names every resource: `*`, an all-matching ARN pattern, or a NotResource. */
function everyResourceText(s: PolicyStatement): string {
  if (s.notResources !== undefined) return 'every resource except its NotResource list';
  const all = (s.resources ?? []).find((r) => typeof r === 'string' && matchesEveryResource(r));
  return all === '*' || all === undefined ? 'every resource (*)' : `every resource (${all as string}, which matches every ARN)`;
}

/** The verdicts on one policy document: one per broad statement, or one pass. */
function documentVerdicts(value: PropValue | undefined, property: string): Verdict[] {
  const doc = readPolicyDocument(value, property);
  switch (doc.status) {
    case 'absent':
      return [];
    case 'unknown':
      return [unknown(doc.unknown, property)];
    case 'error':
      return [fail(`${doc.message}; write the policy as a JSON policy document`, property)];
    case 'ok':
      break;
  }
  const verdicts: Verdict[] = [];
  for (const s of doc.statements) {
    const detail = `${property}.Statement[${s.index}]`;
    const allow = isAllow(s);
    if (allow === false) continue;
    const breadth = actionBreadth(s);
    if (breadth === 'narrow') continue;
    const everywhere = allResources(s);
    if (everywhere === false) continue;
    if (isUnknown(allow)) {
      verdicts.push(unknown(allow, detail));
      continue;
    }
    const label = `${property} ${statementLabel(s)}`;
    if (everywhere === true && breadth === 'all') {
      verdicts.push(fail(`${label} allows ${allActionsText(s)} on ${everyResourceText(s)}: administrator access; grant only the actions and resources the app uses`, detail));
    } else if (everywhere === true && breadth === 'service') {
      const what =
        s.notActions !== undefined ? 'every action except its NotAction list' : `every action of a service (${(s.actions ?? []).filter((a) => typeof a === 'string' && a.endsWith(':*')).join(', ')})`;
      verdicts.push(advisory(fail(`${label} allows ${what} on ${everyResourceText(s)}; name the actions and resources the app uses`, detail)));
    } else {
      verdicts.push(unknown(isUnknown(everywhere) ? everywhere : (breadth as Unknown), detail));
    }
  }
  return verdicts.length > 0 ? verdicts : [pass(`${property} allows no wildcard action on every resource`, property)];
}

/**
 * A managed policy ARN: AdministratorAccess fails; an ARN of another resource of this stack (a
 * CloudFormation Ref; during a Pulumi preview an unknown with a property dependency) is a policy of
 * this stack, judged on its own document.
 */
function attachedPolicyVerdict(fact: Fact, value: PropValue | undefined, property: string, topLevel: string): Verdict {
  if (isRef(value) || (isUnknown(value) && (fact.dependsOn?.[topLevel]?.length ?? 0) > 0)) {
    return pass(`${property} comes from another resource of this stack (a policy of the stack is judged on its own document)`, property);
  }
  if (isUnknown(value)) return unknown(value, property);
  if (typeof value !== 'string') return pass(`${property} names no managed policy`, property);
  const admin = ADMIN_POLICIES.find((p) => p.arn.test(value));
  if (admin) {
    return fail(`${property} attaches ${admin.name}, which allows ${admin.allows}; attach a policy with only the actions and resources the app uses`, property);
  }
  if (BROAD_POLICY.test(value)) {
    return advisory(fail(`${property} attaches PowerUserAccess, which allows every action outside IAM on every resource; attach a narrower policy`, property));
  }
  return pass(`${property} attaches ${value}`, property);
}

function roleVerdicts(fact: Fact): Verdict[] {
  const verdicts: Verdict[] = [];
  // assumeRolePolicy is a trust policy (who may assume the role), not a permissions policy: not judged here.
  const props = propsOf(fact, IAM_ROLE);
  const inline = props.list('inlinePolicies');
  if (isUnknown(inline)) verdicts.push(unknown(inline, 'inlinePolicies'));
  else {
    (inline ?? []).forEach((p, i) => {
      const property = `inlinePolicies[${i}].policy`;
      const value = isUnknown(p) ? p : typed<RoleInlinePolicyProps>(p).get('policy');
      verdicts.push(...documentVerdicts(value, property));
    });
  }
  const managed = props.list('managedPolicyArns');
  if (isUnknown(managed)) verdicts.push(unknown(managed, 'managedPolicyArns'));
  else {
    (managed ?? []).forEach((arn, i) => {
      const v = attachedPolicyVerdict(fact, arn, `managedPolicyArns[${i}]`, 'managedPolicyArns');
      // Only a problem or an unknown is worth a finding per ARN; passes fold into one.
      if (v.status !== 'pass') verdicts.push(v);
    });
  }
  if (verdicts.some((v) => v.status !== 'pass')) return verdicts.filter((v) => v.status !== 'pass');
  return [pass('the role\u2019s inline and managed policies allow no wildcard action on every resource')];
}

/** IAM1: least privilege in inline, managed and attached policies. */
export const IAM1: Rule = {
  id: 'IAM1',
  resource: {
    kinds: ['iam:Policy', 'iam:InlinePolicy', 'iam:Role', 'iam:PolicyAttachment'],
    check(fact) {
      switch (fact.kind) {
        case 'iam:Policy':
        case 'iam:InlinePolicy': {
          const props = fact.kind === 'iam:Policy' ? propsOf(fact, IAM_POLICY) : propsOf(fact, IAM_INLINE_POLICY);
          const verdicts = documentVerdicts(props.get('policy'), 'policy');
          return verdicts.length > 0 ? verdicts : [pass('policy has no document, so it grants nothing', 'policy')];
        }
        case 'iam:Role':
          return roleVerdicts(fact);
        case 'iam:PolicyAttachment': {
          return [attachedPolicyVerdict(fact, propsOf(fact, IAM_POLICY_ATTACHMENT).get('policyArn'), 'policyArn', 'policyArn')];
        }
        default:
          return [];
      }
    },
  },
};
