/**
 * The default mapping: every property name camelCased, recursively, except inside values that are
 * documents of their own (IAM policy documents keep `Statement`, `Effect`...), and CloudFormation's
 * tag list turned into Pulumi's tag map.
 */
import { PropValue, Props } from '../../core/props';
import { Ref, isUnknown } from '../../core/values';
import { camelCase } from '../names';
import { CfnMapping } from './types';

/** Properties whose values are JSON documents read as such (policy documents). */
const OPAQUE: ReadonlySet<string> = new Set(['PolicyDocument', 'AssumeRolePolicyDocument', 'KeyPolicy', 'ResourcePolicy', 'PolicyText', 'Policy']);

export function isProps(v: PropValue | undefined): v is Props {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Ref) && !isUnknown(v);
}

function tagsMap(tags: PropValue): PropValue {
  if (!Array.isArray(tags)) return tags;
  const out: Record<string, PropValue> = {};
  for (const t of tags) if (isProps(t) && typeof t.Key === 'string') out[t.Key] = t.Value ?? null;
  return out;
}

/**
 * Inside a policy document a `Ref`/`GetAtt` to a resource of the template (`Principal: {AWS: !GetAtt
 * Role.Arn}`) is certainly that resource's ARN or name, not a wildcard: it becomes the resource's
 * identity text, which policy readers treat as a known, specific value.
 */
function refsAsText(value: PropValue): PropValue {
  if (value instanceof Ref) return `{${value.target}}`;
  if (Array.isArray(value)) return value.map(refsAsText);
  if (!isProps(value)) return value;
  const out: Record<string, PropValue> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = refsAsText(v);
  return out;
}

/** `value` with every property name camelCased (`renames` first: CloudFormation name -> Pulumi name, at any depth). */
export function camelCaseProps(value: PropValue, renames: Readonly<Record<string, string>> = {}): PropValue {
  if (Array.isArray(value)) return value.map((v) => camelCaseProps(v, renames));
  if (!isProps(value)) return value;
  const out: Record<string, PropValue> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const name = renames[key] ?? camelCase(key);
    if (key === 'Tags') out[name] = tagsMap(v);
    else if (OPAQUE.has(key)) out[name] = refsAsText(v);
    else out[name] = camelCaseProps(v, renames);
  }
  return out;
}

export function camelCased(props: Props, renames: Readonly<Record<string, string>> = {}): Props {
  const v = camelCaseProps(props, renames);
  return isProps(v) ? v : {};
}

export const defaultMapping: CfnMapping = (r) => [{ props: camelCased(r.props) }];
