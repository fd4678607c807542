import { Fact, StackFacts } from '../../core/facts';
import { PropValue, get, isProps } from '../../core/props';
import { Rule, StackVerdict, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isRef, isUnknown } from '../../core/values';
import { Kind } from '../../facts/kinds';
import { CLOUDFORMATION_PARAMETER } from '../../kinds/cloudformation-parameter';
import { ContainerDefinition, ContainerEnvironmentEntry, ECS_TASK_DEFINITION } from '../../kinds/ecs-task-definition';
import { LAMBDA_FUNCTION } from '../../kinds/lambda-function';
import { SECRETSMANAGER_SECRET_VERSION } from '../../kinds/secretsmanager-secret-version';
import { SSM_PARAMETER } from '../../kinds/ssm-parameter';
import { propsOf, typed } from '../../kinds/typed-props';
import { SECRET_PROPERTIES, isDynamicReference, isReferenceValue, secretLikeName, secretShapedValue } from '../../facts/secret-patterns';

const MOVE_TO_SECRETS_MANAGER = 'keep it in Secrets Manager (or an SSM SecureString) and pass the ARN or name, reading the value at run time';

/** True when Pulumi's property dependencies say `prop` was computed from another resource of the stack. */
function computedFromResource(fact: Fact, prop: string): boolean {
  return (fact.dependsOn?.[prop.split(/[.[]/)[0]]?.length ?? 0) > 0;
}

/**
 * One resource being judged. Whether a value was computed from another resource of the stack is told
 * by Pulumi's property dependencies, which the engine sends stack policies only (`AnalyzerResource`
 * has `propertyDependencies`, a resource policy's `AnalyzeRequest` has none: proto/pulumi/analyzer.proto,
 * pulumi/pulumi; `ResourceValidationArgs` in @pulumi/policy 1.21 policy.d.ts likewise). So the resource
 * part judges without them and leaves a resource holding such a value to the stack part (`deferred`):
 * a secret's id passed to a function during preview is an output not known yet, and is no plaintext secret.
 */
interface Judging {
  fact: Fact;
  withDependencies: boolean;
  deferred: boolean;
}

/**
 * A value the check cannot see where a secret belongs. It is not written in the source when the engine
 * keeps it secret (a NoEcho parameter, a Pulumi secret) or computes it from another resource of the
 * stack (a generated password, a secret's id or ARN); anything else (an imported value, a custom
 * resource's attribute, a plain parameter) may be a secret in plain text: unknown, naming what is not known.
 */
function unseenVerdict(judging: Judging, given: Unknown, where: string, why: string): Verdict | undefined {
  if (given.secret) return undefined;
  if (!judging.withDependencies) {
    judging.deferred = true;
    return undefined;
  }
  if (computedFromResource(judging.fact, where)) return undefined;
  return {
    status: 'unknown',
    message: `${where} ${why}, but ${given.property} is not known until deployment and not kept secret (a Pulumi secret), so whether it is a plaintext secret cannot be checked now; ${MOVE_TO_SECRETS_MANAGER}`,
    detail: where,
  };
}

/**
 * Judges one name/value pair. Messages never quote the value: a finding must not leak the secret.
 * `where` is the pair's path from the top of the resource's props (its first segment is the property
 * Pulumi's dependencies name).
 */
function pairVerdict(judging: Judging, name: string, given: PropValue | undefined, where: string): Verdict | undefined {
  // A CloudFormation parameter's Default is not the value, but it is written in the template.
  const value = isUnknown(given) ? given.written : given;
  const fragment = secretLikeName(name);
  if (typeof value === 'string') {
    const shape = secretShapedValue(value);
    if (shape) return fail(`${where} holds ${shape} in plain text; ${MOVE_TO_SECRETS_MANAGER}`, where);
    if (fragment && !isReferenceValue(value)) {
      return fail(`${where} is named like a secret ("${fragment}") and holds a literal value; ${MOVE_TO_SECRETS_MANAGER}`, where);
    }
  }
  if (isUnknown(given) && fragment) return unseenVerdict(judging, given, where, `is named like a secret ("${fragment}")`);
  return undefined;
}

function summarize(failures: Verdict[], what: string, firstUnknown?: Unknown, unseen: Verdict[] = []): Verdict[] {
  if (failures.length > 0) return failures;
  if (firstUnknown) return [unknown(firstUnknown)];
  if (unseen.length > 0) return unseen;
  return [pass(`no secret-like names with literal values or secret-shaped values in ${what}`)];
}

/** Verdicts of name/value pairs: the fails and the unknowns apart. */
function collect(verdicts: Array<Verdict | undefined>): { failures: Verdict[]; unseen: Verdict[] } {
  const given = verdicts.filter((v): v is Verdict => v !== undefined);
  return { failures: given.filter((v) => v.status === 'fail'), unseen: given.filter((v) => v.status === 'unknown') };
}

function lambdaVerdicts(judging: Judging): Verdict[] {
  const vars = propsOf(judging.fact, LAMBDA_FUNCTION).obj('environment.variables');
  if (isUnknown(vars)) return [unknown(vars)];
  if (vars === undefined) return [pass('no environment variables')];
  const { failures, unseen } = collect(Object.keys(vars).map((name) => pairVerdict(judging, name, vars[name], `environment.variables.${name}`)));
  return summarize(failures, 'environment.variables', undefined, unseen);
}

/** ECS container definitions: a JSON string in Pulumi (a list of objects after a template's rename). */
function containersOf(fact: Fact): PropValue[] | Unknown | string {
  const props = propsOf(fact, ECS_TASK_DEFINITION);
  const raw = props.get('containerDefinitions');
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
  const items = props.list('containerDefinitions');
  return Array.isArray(items) ? items : [];
}

function ecsVerdicts(judging: Judging): Verdict[] {
  const containers = containersOf(judging.fact);
  if (isUnknown(containers)) return [unknown(containers)];
  if (typeof containers === 'string') return [fail(`${containers}, so its environment cannot be checked; write it as a list of container definitions`)];
  const pairs: Array<Verdict | undefined> = [];
  let firstUnknown: Unknown | undefined;
  containers.forEach((c, i) => {
    if (isUnknown(c)) {
      firstUnknown ??= c;
      return;
    }
    if (!isProps(c)) return;
    const env = typed<ContainerDefinition>(c).list('environment');
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
      const variable = typed<ContainerEnvironmentEntry>(entry);
      const name = variable.str('name');
      if (typeof name !== 'string') continue;
      pairs.push(pairVerdict(judging, name, variable.get('value'), `containerDefinitions[${container}].environment.${name}`));
    }
  });
  const { failures, unseen } = collect(pairs);
  return summarize(failures, 'the containers\u2019 environment', firstUnknown, unseen);
}

function ssmVerdicts(judging: Judging): Verdict[] {
  const { fact } = judging;
  const props = propsOf(fact, SSM_PARAMETER);
  const type = props.str('type');
  if (isUnknown(type)) return [unknown(type)];
  if (type === 'SecureString') return [pass('type is SecureString (encrypted with KMS)')];
  const name = props.str('name');
  if (isUnknown(name)) return [unknown(name)];
  // Pulumi names an unnamed parameter after the resource.
  const shownName = name ?? fact.name;
  const failures: Verdict[] = [];
  const unseen: Verdict[] = [];
  for (const prop of ['value', 'insecureValue'] as const) {
    const given = props.get(prop);
    const value = isUnknown(given) ? given.written : given;
    const shape = typeof value === 'string' ? secretShapedValue(value) : undefined;
    if (shape) {
      failures.push(fail(`${prop} of this ${type ?? 'String'} parameter holds ${shape} in plain text; make it a SecureString or ${MOVE_TO_SECRETS_MANAGER}`, prop));
    } else if (typeof value === 'string' && secretLikeName(shownName) && !isReferenceValue(value)) {
      failures.push(fail(`the parameter ${shownName} is named like a secret and is a plain ${type ?? 'String'} with a literal ${prop}; set type to SecureString (or use Secrets Manager)`, prop));
    } else if (isUnknown(given) && secretLikeName(shownName)) {
      const v = unseenVerdict(judging, given, prop, `(the plain ${type ?? 'String'} parameter ${shownName} is named like a secret)`);
      if (v) unseen.push(v);
    }
  }
  return summarize(failures, `this ${type ?? 'String'} parameter`, undefined, unseen);
}

const GENERATE_INSTEAD = 'generate the value (e.g. a random password resource or Secrets Manager\u2019s own generation) or set it out of band, not in the program';

/**
 * The fields of a JSON secret string written in the template although others are dynamic references
 * (`{"password":"pw","apiKey":"{{resolve:ssm-secure:...}}"}`): those named like a secret or shaped like
 * one. A JSON object whose secret fields are all references (`{"username":"app","password":"{{resolve:...}}"}`)
 * writes nothing secret; text that is not a JSON object around a reference is written as a whole.
 */
function writtenFieldsBesideReferences(text: string): string[] | 'whole' {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'whole';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'whole';
  return Object.entries(parsed as Record<string, unknown>)
    .filter(([key, v]) => typeof v === 'string' && v !== '' && !isDynamicReference(v) && (secretLikeName(key) !== undefined || secretShapedValue(v) !== undefined))
    .map(([key]) => key);
}

function secretVersionVerdicts(fact: Fact): Verdict[] {
  const failures: Verdict[] = [];
  let computed = false;
  const props = propsOf(fact, SECRETSMANAGER_SECRET_VERSION);
  for (const prop of ['secretString', 'secretStringWo', 'secretBinary'] as const) {
    const value = props.get(prop);
    if (value === undefined) continue;
    // An unknown or a reference comes from another resource (a generated password), not from the code.
    if (isUnknown(value) || isRef(value) || computedFromResource(fact, prop)) {
      computed = true;
      continue;
    }
    if (typeof value !== 'string' || value === '') continue;
    if (isDynamicReference(value)) {
      computed = true;
      continue;
    }
    const written = value.includes('{{resolve:') ? writtenFieldsBesideReferences(value) : 'whole';
    if (written === 'whole') failures.push(fail(`${prop} is a literal written in the code; ${GENERATE_INSTEAD}`, prop));
    else if (written.length > 0) {
      failures.push(
        fail(
          `${prop} is JSON whose ${written.map((k) => `"${k}"`).join(', ')} ${written.length === 1 ? 'field is' : 'fields are'} written in the code beside dynamic references; read ${written.length === 1 ? 'it' : 'them'} from Secrets Manager or SSM SecureString too ({{resolve:...}}), or ${GENERATE_INSTEAD}`,
          prop,
        ),
      );
    } else computed = true;
  }
  if (failures.length > 0) return failures;
  if (computed) return [pass('the value is computed, not written in code')];
  return [pass('no secret value is set in the code')];
}

const MANAGED_PASSWORD = 'let the service manage it (manageMasterUserPassword on RDS, Aurora and Redshift) or read it from Secrets Manager (a secret config value or a generated password)';

/** Properties that are secrets by what they are (a database master password, a Redis AUTH token). */
function secretPropertyVerdicts(judging: Judging, paths: readonly string[]): Verdict[] {
  const { fact } = judging;
  const failures: Verdict[] = [];
  const unseen: Verdict[] = [];
  let written = false;
  for (const path of paths) {
    const given = get(fact.props, path);
    if (given === undefined) continue;
    written = true;
    const value = isUnknown(given) ? given.written : given;
    if (typeof value === 'string' && value !== '' && !isDynamicReference(value)) {
      failures.push(fail(`${path} is a literal written in the code, a plaintext password; ${MANAGED_PASSWORD}`, path));
    } else if (isUnknown(given)) {
      const v = unseenVerdict(judging, given, path, 'is a password');
      if (v) unseen.push(v);
    }
  }
  if (failures.length > 0) return failures;
  if (unseen.length > 0) return unseen;
  return [pass(written ? `${paths.join(', ')}: the password comes from a reference or a secret, not from the code` : 'no password is written in the code')];
}

const isTrue = (v: PropValue | undefined) => v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
const isFalse = (v: PropValue | undefined) => v === undefined || v === false || (typeof v === 'string' && v.toLowerCase() === 'false');

/**
 * A template parameter named like a secret must be NoEcho: otherwise CloudFormation shows the value it
 * is given in plain text (with NoEcho "CloudFormation returns the parameter value masked as asterisks
 * (*****) for any calls that describe the stack or stack events", parameters-section-structure.html,
 * NoEcho). A `Default` is written in the template whatever NoEcho says. A numeric parameter is a
 * setting about a secret (`TokenValidityHours`), not one; an `AWS::SSM::Parameter::Value<...>` parameter
 * is given the name of an SSM parameter, not a value (and those types cannot read a SecureString).
 */
function templateParameterVerdicts(fact: Fact): Verdict[] {
  const name = fact.name;
  const props = propsOf(fact, CLOUDFORMATION_PARAMETER);
  const type = props.get('type');
  const noEcho = props.get('noEcho');
  const given = props.get('default');
  const isSsmName = typeof type === 'string' && type.startsWith('AWS::SSM::Parameter::Value<');
  const fragment = type === 'Number' || isSsmName ? undefined : secretLikeName(name);
  const defaultText = typeof given === 'string' && given !== '' && !isSsmName ? given : undefined;
  const shape = defaultText === undefined ? undefined : secretShapedValue(defaultText);
  const literalDefault = shape !== undefined || (defaultText !== undefined && fragment !== undefined && !isReferenceValue(defaultText));
  const remedy = 'pass the value at deployment, or better read the secret from Secrets Manager with a {{resolve:secretsmanager:...}} dynamic reference';
  if (fragment && isFalse(noEcho)) {
    const andDefault = literalDefault ? `, and its Default writes ${shape ?? 'a literal value'} in the template` : '';
    return [
      fail(
        `parameter ${name} is named like a secret ("${fragment}") without NoEcho: true, so CloudFormation shows the value it is given in plain text (console, DescribeStacks, events)${andDefault}; set NoEcho: true${literalDefault ? ', remove the Default' : ''} and ${remedy}`,
        'NoEcho',
      ),
    ];
  }
  if (literalDefault) {
    const masked = isTrue(noEcho) ? ' (NoEcho masks the value in output, not what the template writes)' : '';
    return [fail(`the Default of parameter ${name} writes ${shape ?? 'a literal value'} in the template${masked}; remove the Default and ${remedy}`, 'Default')];
  }
  if (fragment && !isTrue(noEcho)) {
    return [
      {
        status: 'unknown',
        message: `parameter ${name} is named like a secret and its NoEcho is neither true nor false, so whether CloudFormation masks its value cannot be checked; set NoEcho: true`,
        detail: 'NoEcho',
      },
    ];
  }
  // A parameter that is no secret, or a NoEcho one with nothing written, needs no finding: it is no resource.
  return [];
}

const SECRET_PROPERTY_KINDS = Object.keys(SECRET_PROPERTIES) as Kind[];

/** The kinds whose values may come from another resource of the stack (the template parameters and IAM credentials are judged on their own). */
const VALUE_KINDS: readonly Kind[] = ['lambda:Function', 'ecs:TaskDefinition', 'ssm:Parameter', ...SECRET_PROPERTY_KINDS];

function judge(judging: Judging): Verdict[] {
  const { fact } = judging;
  const secretProperties = SECRET_PROPERTIES[fact.kind];
  if (secretProperties) return secretPropertyVerdicts(judging, secretProperties);
  switch (fact.kind) {
    case 'lambda:Function':
      return lambdaVerdicts(judging);
    case 'ecs:TaskDefinition':
      return ecsVerdicts(judging);
    case 'ssm:Parameter':
      return ssmVerdicts(judging);
    case 'secretsmanager:SecretVersion':
      return secretVersionVerdicts(fact);
    case 'cloudformation:Parameter':
      return templateParameterVerdicts(fact);
    case 'iam:AccessKey':
      return [fail('an IAM access key is a long-lived credential (and its secret lands in the state); give the workload an IAM role instead')];
    case 'iam:UserLoginProfile':
      return [fail('a login profile creates a console password for an IAM user, a long-lived credential; use IAM Identity Center (SSO) or roles instead')];
    default:
      return [];
  }
}

/** The resource part's verdicts, or undefined when they wait on the stack's property dependencies (nothing written fails). */
function withoutDependencies(fact: Fact): Verdict[] | undefined {
  const judging: Judging = { fact, withDependencies: false, deferred: false };
  const verdicts = judge(judging);
  return judging.deferred && !verdicts.some((v) => v.status === 'fail') ? undefined : verdicts;
}

/** SEC4: no plaintext secrets in the infrastructure code, and no long-lived IAM credentials. */
export const SEC4: Rule = {
  id: 'SEC4',
  resource: {
    kinds: ['secretsmanager:SecretVersion', 'iam:AccessKey', 'iam:UserLoginProfile', 'cloudformation:Parameter', ...VALUE_KINDS],
    check(fact) {
      return withoutDependencies(fact) ?? [];
    },
  },
  stack: {
    kinds: VALUE_KINDS,
    check(stack: StackFacts): StackVerdict[] {
      return stack
        .ofKind(...VALUE_KINDS)
        .filter((fact) => withoutDependencies(fact) === undefined)
        .flatMap((fact) => judge({ fact, withDependencies: true, deferred: false }).map((v) => ({ ...v, subject: fact })));
    },
  },
};
