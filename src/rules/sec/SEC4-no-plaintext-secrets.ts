import { Fact } from '../../core/facts';
import { PropValue, get, isProps, list, obj, str } from '../../core/props';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isRef, isUnknown } from '../../core/values';
import { isReferenceValue, secretLikeName, secretShapedValue } from '../../facts/secret-patterns';

const MOVE_TO_SECRETS_MANAGER = 'keep it in Secrets Manager (or an SSM SecureString) and pass the ARN or name, reading the value at run time';

/**
 * Judges one name/value pair. Messages never quote the value: a finding must not leak the secret.
 * A value that is not known (computed from another resource, a Pulumi secret output during preview)
 * is not written in the code.
 */
function pairVerdict(name: string, given: PropValue | undefined, where: string): Verdict | undefined {
  // A CloudFormation parameter's Default is not the value, but it is written in the template.
  const value = isUnknown(given) ? given.written : given;
  if (typeof value !== 'string') return undefined;
  const shape = secretShapedValue(value);
  if (shape) return fail(`${where} holds ${shape} in plain text; ${MOVE_TO_SECRETS_MANAGER}`, where);
  const fragment = secretLikeName(name);
  if (fragment && !isReferenceValue(value)) {
    return fail(`${where} is named like a secret ("${fragment}") and holds a literal value; ${MOVE_TO_SECRETS_MANAGER}`, where);
  }
  return undefined;
}

function summarize(failures: Verdict[], what: string, firstUnknown?: Unknown): Verdict[] {
  if (failures.length > 0) return failures;
  if (firstUnknown) return [unknown(firstUnknown)];
  return [pass(`no secret-like names with literal values or secret-shaped values in ${what}`)];
}

function lambdaVerdicts(fact: Fact): Verdict[] {
  const vars = obj(fact.props, 'environment.variables');
  if (isUnknown(vars)) return [unknown(vars)];
  if (vars === undefined) return [pass('no environment variables')];
  const failures: Verdict[] = [];
  for (const name of Object.keys(vars)) {
    const v = pairVerdict(name, vars[name], `environment.variables.${name}`);
    if (v) failures.push(v);
  }
  return summarize(failures, 'environment.variables');
}

/** ECS container definitions: a JSON string in Pulumi (a list of objects after a template's rename). */
function containersOf(fact: Fact): PropValue[] | Unknown | string {
  const raw = get(fact.props, 'containerDefinitions');
  if (raw === undefined) return [];
  if (isUnknown(raw)) return raw;
  if (typeof raw === 'string') {
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? (parsed as PropValue[]) : 'containerDefinitions is not a JSON list of containers';
    } catch {
      return 'containerDefinitions is not valid JSON';
    }
  }
  const items = list(fact.props, 'containerDefinitions');
  return Array.isArray(items) ? items : [];
}

function ecsVerdicts(fact: Fact): Verdict[] {
  const containers = containersOf(fact);
  if (isUnknown(containers)) return [unknown(containers)];
  if (typeof containers === 'string') return [fail(`${containers}, so its environment cannot be checked; write it as a list of container definitions`)];
  const failures: Verdict[] = [];
  let firstUnknown: Unknown | undefined;
  containers.forEach((c, i) => {
    if (isUnknown(c)) {
      firstUnknown ??= c;
      return;
    }
    if (!isProps(c)) return;
    const env = list(c, 'environment');
    if (isUnknown(env)) {
      firstUnknown ??= env;
      return;
    }
    const container = typeof c.name === 'string' ? c.name : String(i);
    for (const entry of env ?? []) {
      if (isUnknown(entry)) {
        firstUnknown ??= entry;
        continue;
      }
      const name = str(entry, 'name');
      if (typeof name !== 'string') continue;
      const v = pairVerdict(name, get(entry, 'value'), `containerDefinitions[${container}].environment.${name}`);
      if (v) failures.push(v);
    }
  });
  return summarize(failures, 'the containers\u2019 environment', firstUnknown);
}

function ssmVerdicts(fact: Fact): Verdict[] {
  const type = str(fact.props, 'type');
  if (isUnknown(type)) return [unknown(type)];
  if (type === 'SecureString') return [pass('type is SecureString (encrypted with KMS)')];
  const name = str(fact.props, 'name');
  if (isUnknown(name)) return [unknown(name)];
  // Pulumi names an unnamed parameter after the resource.
  const shownName = name ?? fact.name;
  const failures: Verdict[] = [];
  for (const prop of ['value', 'insecureValue']) {
    const value = get(fact.props, prop);
    if (isUnknown(value)) continue; // computed elsewhere: not written in the code
    const shape = typeof value === 'string' ? secretShapedValue(value) : undefined;
    if (shape) {
      failures.push(fail(`${prop} of this ${type ?? 'String'} parameter holds ${shape} in plain text; make it a SecureString or ${MOVE_TO_SECRETS_MANAGER}`, prop));
    } else if (typeof value === 'string' && secretLikeName(shownName) && !isReferenceValue(value)) {
      failures.push(
        fail(`the parameter ${shownName} is named like a secret and is a plain ${type ?? 'String'} with a literal ${prop}; set type to SecureString (or use Secrets Manager)`, prop),
      );
    }
  }
  return summarize(failures, `this ${type ?? 'String'} parameter`);
}

function secretVersionVerdicts(fact: Fact): Verdict[] {
  const failures: Verdict[] = [];
  let computed = false;
  for (const prop of ['secretString', 'secretStringWo', 'secretBinary']) {
    const value = get(fact.props, prop);
    if (value === undefined) continue;
    // An unknown or a reference comes from another resource (a generated password), not from the code.
    if (isUnknown(value) || isRef(value) || (fact.dependsOn?.[prop]?.length ?? 0) > 0) {
      computed = true;
      continue;
    }
    if (typeof value === 'string' && value !== '') {
      failures.push(
        fail(`${prop} is a literal written in the code; generate the value (e.g. a random password resource or Secrets Manager's own generation) or set it out of band, not in the program`, prop),
      );
    }
  }
  if (failures.length > 0) return failures;
  if (computed) return [pass('the value is computed, not written in code')];
  return [pass('no secret value is set in the code')];
}

/** SEC4: no plaintext secrets in the infrastructure code, and no long-lived IAM credentials. */
export const SEC4: Rule = {
  id: 'SEC4',
  resource: {
    kinds: ['lambda:Function', 'ecs:TaskDefinition', 'ssm:Parameter', 'secretsmanager:SecretVersion', 'iam:AccessKey', 'iam:UserLoginProfile'],
    check(fact) {
      switch (fact.kind) {
        case 'lambda:Function':
          return lambdaVerdicts(fact);
        case 'ecs:TaskDefinition':
          return ecsVerdicts(fact);
        case 'ssm:Parameter':
          return ssmVerdicts(fact);
        case 'secretsmanager:SecretVersion':
          return secretVersionVerdicts(fact);
        case 'iam:AccessKey':
          return [fail('an IAM access key is a long-lived credential (and its secret lands in the state); give the workload an IAM role instead')];
        case 'iam:UserLoginProfile':
          return [fail('a login profile creates a console password for an IAM user, a long-lived credential; use IAM Identity Center (SSO) or roles instead')];
        default:
          return [];
      }
    },
  },
};
