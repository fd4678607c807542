/**
 * Resolves CloudFormation intrinsics inside one template. A whole-value `Ref`/`Fn::GetAtt` to a
 * resource becomes a `Ref` (so cross-resource checks follow it); references inside strings (`Fn::Sub`,
 * `Fn::Join`) become the referenced resource's identity text, which the target's fact lists among its
 * ids. Parameters resolve to their defaults; imports, and anything that depends on deploy-time values,
 * become `Unknown` naming the property.
 */
import { PropValue, Props } from '../core/props';
import { Ref, Unknown, isUnknown } from '../core/values';

export interface TemplateContext {
  parameters: Readonly<Record<string, unknown>>;
  resources: Readonly<Record<string, { Type?: unknown; Properties?: unknown }>>;
  mappings: Readonly<Record<string, unknown>>;
  conditions: Readonly<Record<string, unknown>>;
  /** When set, collects the `{LogicalId.Attr}` texts written into strings, so only those become ids. */
  quoted?: Set<string>;
}

/**
 * Pseudo parameters that do not change a security verdict resolve to symbolic text: one fixed value
 * at deploy time (the account, the region), so a policy condition pinned to `!Ref AWS::AccountId` is
 * pinned. The text avoids `${...}`, which policy readers take for a policy variable.
 */
const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::Region': '{AWS::Region}',
  'AWS::AccountId': '{AWS::AccountId}',
  'AWS::StackName': '{AWS::StackName}',
  'AWS::StackId': '{AWS::StackId}',
  'AWS::NotificationARNs': '{AWS::NotificationARNs}',
};

/** Marks `AWS::NoValue`: the property is removed. */
const NO_VALUE = Symbol('AWS::NoValue');

/**
 * The text a resource reference stands for inside a string. S3 bucket ARNs keep their real shape
 * (policies are written against them); other references use `{LogicalId}` / `{LogicalId.Attr}`.
 */
export function identityText(ctx: TemplateContext, logicalId: string, attribute?: string): string {
  const resource = ctx.resources[logicalId];
  if (resource?.Type === 'AWS::S3::Bucket') {
    const props = (resource.Properties ?? {}) as Record<string, unknown>;
    // The name policies are written against: a literal, or a parameter's default (`!Ref BucketNameParam`).
    const given = isRecord(props.BucketName) && typeof props.BucketName.Ref === 'string' && has(ctx.parameters, props.BucketName.Ref) ? parameterValue(ctx, props.BucketName.Ref, 'BucketName') : props.BucketName;
    const name = typeof given === 'string' ? given : logicalId;
    if (attribute === 'Arn') return `arn:aws:s3:::${name}`;
    if (attribute === undefined) return name;
  }
  if (!attribute) return `{${logicalId}}`;
  const text = `{${logicalId}.${attribute}}`;
  ctx.quoted?.add(text);
  return text;
}

type Resolved = PropValue | typeof NO_VALUE | undefined;

/** Own keys only: a template naming `toString` or `constructor` must not reach Object.prototype. */
function has(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parameterValue(ctx: TemplateContext, name: string, path: string): PropValue {
  const p = ctx.parameters[name];
  if (!isRecord(p) || p.Default === undefined) return new Unknown(`${path} (parameter ${name})`);
  if (typeof p.Type === 'string' && (p.Type === 'CommaDelimitedList' || p.Type.startsWith('List<')) && typeof p.Default === 'string') return p.Default.split(',').map((s) => s.trim());
  return toPropValue(p.Default);
}

function toPropValue(v: unknown): PropValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(toPropValue);
  if (isRecord(v)) {
    const out: Record<string, PropValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPropValue(x);
    return out;
  }
  return null;
}

/** A value as text inside `Fn::Sub`/`Fn::Join`, or an Unknown when it cannot be known. */
function asText(v: Resolved, path: string): string | Unknown {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isUnknown(v)) return v;
  if (v instanceof Ref) return `{${v.target}}`;
  return new Unknown(path);
}

function evaluateCondition(ctx: TemplateContext, name: string, path: string, depth: number): boolean | Unknown {
  const c = ctx.conditions[name];
  if (c === undefined) return new Unknown(`${path} (condition ${name})`);
  return truth(resolveValue(c, ctx, path, depth + 1), path);
}

function truth(v: Resolved, path: string): boolean | Unknown {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return isUnknown(v) ? v : new Unknown(path);
}

function sameResolved(a: Resolved, b: Resolved): boolean {
  return JSON.stringify(a) === JSON.stringify(b) && !isUnknown(a) && !isUnknown(b);
}

const MAX_DEPTH = 64;

function resolveValue(value: unknown, ctx: TemplateContext, path: string, depth: number): Resolved {
  if (depth > MAX_DEPTH) return new Unknown(`${path} (nested too deeply)`);
  if (Array.isArray(value)) {
    const out: PropValue[] = [];
    value.forEach((item, i) => {
      const r = resolveValue(item, ctx, `${path}[${i}]`, depth + 1);
      if (r !== NO_VALUE && r !== undefined) out.push(r);
    });
    return out;
  }
  if (!isRecord(value)) return toPropValue(value);
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const fn = keys[0];
    const arg = value[fn];
    switch (fn) {
      case 'Ref': {
        if (typeof arg !== 'string') return new Unknown(path);
        if (arg === 'AWS::NoValue') return NO_VALUE;
        if (has(PSEUDO, arg)) return PSEUDO[arg];
        if (has(ctx.parameters, arg)) return parameterValue(ctx, arg, path);
        if (has(ctx.resources, arg)) return new Ref(arg);
        return new Unknown(`${path} (Ref ${arg})`);
      }
      case 'Fn::GetAtt': {
        const [logicalId, attribute] = Array.isArray(arg) ? arg : typeof arg === 'string' ? [arg.split('.')[0], arg.split('.').slice(1).join('.')] : [];
        if (typeof logicalId === 'string' && has(ctx.resources, logicalId)) {
          // An S3 bucket ARN is written into policies; give it its real shape even as a whole value.
          if (ctx.resources[logicalId]?.Type === 'AWS::S3::Bucket' && attribute === 'Arn') return identityText(ctx, logicalId, 'Arn');
          return new Ref(logicalId);
        }
        return new Unknown(`${path} (GetAtt ${String(logicalId)})`);
      }
      case 'Fn::Sub': {
        const [template, vars] = Array.isArray(arg) ? [arg[0], isRecord(arg[1]) ? arg[1] : {}] : [arg, {}];
        if (typeof template !== 'string') return new Unknown(path);
        let unknown: Unknown | undefined;
        const text = template.replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => {
          let part: string | Unknown;
          if (has(vars, name)) part = asText(resolveValue(vars[name], ctx, path, depth + 1), path);
          else if (has(PSEUDO, name)) part = PSEUDO[name];
          else if (has(ctx.parameters, name)) part = asText(parameterValue(ctx, name, path), path);
          else if (name.includes('.')) {
            const [id, ...attr] = name.split('.');
            part = has(ctx.resources, id) ? identityText(ctx, id, attr.join('.')) : new Unknown(`${path} (\${${name}})`);
          } else part = has(ctx.resources, name) ? identityText(ctx, name) : new Unknown(`${path} (\${${name}})`);
          if (isUnknown(part)) {
            unknown ??= part;
            return '';
          }
          return part;
        });
        return unknown ?? text.replace(/\$\{!/g, '${');
      }
      case 'Fn::Join': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') return new Unknown(path);
        const items = resolveValue(arg[1], ctx, path, depth + 1);
        if (isUnknown(items)) return items;
        if (!Array.isArray(items)) return new Unknown(path);
        const parts = items.map((item) => (item instanceof Ref ? identityText(ctx, item.target) : asText(item, path)));
        const u = parts.find(isUnknown);
        return u ?? parts.join(arg[0]);
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg)) return new Unknown(path);
        const index = resolveValue(arg[0], ctx, path, depth + 1);
        const list = resolveValue(arg[1], ctx, path, depth + 1);
        if (isUnknown(list) || isUnknown(index)) return new Unknown(path);
        // Only a number or numeric text selects; an `AWS::NoValue` index (a symbol) cannot even be converted.
        const at = typeof index === 'number' || typeof index === 'string' ? Number(index) : NaN;
        return Array.isArray(list) && list[at] !== undefined ? list[at] : new Unknown(path);
      }
      case 'Fn::Split': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') return new Unknown(path);
        const source = resolveValue(arg[1], ctx, path, depth + 1);
        return typeof source === 'string' ? source.split(arg[0]) : new Unknown(path);
      }
      case 'Fn::FindInMap': {
        if (!Array.isArray(arg)) return new Unknown(path);
        const [m, k1, k2] = arg.map((a) => resolveValue(a, ctx, path, depth + 1));
        if (typeof m !== 'string' || typeof k1 !== 'string' || typeof k2 !== 'string') return new Unknown(path);
        const mapping = ctx.mappings[m];
        const top = isRecord(mapping) ? mapping[k1] : undefined;
        const v = isRecord(top) ? top[k2] : undefined;
        return v === undefined ? new Unknown(path) : toPropValue(v);
      }
      case 'Fn::If': {
        if (!Array.isArray(arg) || typeof arg[0] !== 'string') return new Unknown(path);
        const cond = evaluateCondition(ctx, arg[0], path, depth);
        const whenTrue = resolveValue(arg[1], ctx, path, depth + 1);
        const whenFalse = resolveValue(arg[2], ctx, path, depth + 1);
        if (isUnknown(cond)) return sameResolved(whenTrue, whenFalse) ? whenTrue : new Unknown(`${path} (condition ${arg[0]})`);
        return cond ? whenTrue : whenFalse;
      }
      case 'Fn::Equals': {
        if (!Array.isArray(arg)) return new Unknown(path);
        const [a, b] = arg.map((x) => resolveValue(x, ctx, path, depth + 1));
        if (isUnknown(a) || isUnknown(b)) return new Unknown(path);
        return JSON.stringify(a) === JSON.stringify(b);
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(arg)) return new Unknown(path);
        const values = arg.map((x) => truth(resolveValue(x, ctx, path, depth + 1), path));
        if (fn === 'Fn::And' && values.includes(false)) return false;
        if (fn === 'Fn::Or' && values.includes(true)) return true;
        return values.some(isUnknown) ? new Unknown(path) : fn === 'Fn::And';
      }
      case 'Fn::Not': {
        const v = Array.isArray(arg) ? truth(resolveValue(arg[0], ctx, path, depth + 1), path) : new Unknown(path);
        return isUnknown(v) ? v : !v;
      }
      case 'Condition':
        return typeof arg === 'string' ? evaluateCondition(ctx, arg, path, depth) : new Unknown(path);
      case 'Fn::Base64':
        return resolveValue(arg, ctx, path, depth + 1);
      case 'Fn::ImportValue':
      case 'Fn::GetAZs':
      case 'Fn::Cidr':
      case 'Fn::Transform':
      case 'Fn::ToJsonString':
      case 'Fn::Length':
        return new Unknown(`${path} (${fn})`);
    }
  }
  const out: Record<string, PropValue> = {};
  for (const key of keys) {
    const r = resolveValue(value[key], ctx, path ? `${path}.${key}` : key, depth + 1);
    if (r !== NO_VALUE && r !== undefined) out[key] = r;
  }
  return out;
}

/** A resource's properties with every intrinsic resolved (the names stay CloudFormation's). */
export function resolveProperties(properties: unknown, ctx: TemplateContext): Props {
  const r = resolveValue(properties ?? {}, ctx, '', 0);
  return isRecord(r) && !(r instanceof Ref) && !isUnknown(r) ? (r as Props) : {};
}

/** Whether a resource with a `Condition` is created: true, false, or unknown (treated as created by callers). */
export function resourceCondition(condition: unknown, ctx: TemplateContext): boolean | Unknown {
  return typeof condition === 'string' ? evaluateCondition(ctx, condition, 'Condition', 0) : true;
}
