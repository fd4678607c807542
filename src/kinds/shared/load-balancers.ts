/**
 * What the Elastic Load Balancing v2 kinds share: the `[{Key, Value}]` attribute lists a load balancer
 * and a listener set their inputs with, and the actions a listener and a listener rule take.
 */
import { PropValue, Props } from '../../core/props';
import { Unknown, isUnknown } from '../../core/values';
import { isProps } from '../../cfn/mappings/common';
import { Renames, Writable, allUnknown, defined, eachItem, omit, renamed } from '../../cfn/mappings/shape';

export interface Attribute {
  /** Dotted Pulumi path: `accessLogs.bucket`, `dropInvalidHeaderFields`. */
  path: string;
  type: 'boolean' | 'number' | 'string';
}

/** An attribute value (always text in CloudFormation) as the Pulumi input's type. */
function attributeValue(v: PropValue, type: Attribute['type']): PropValue {
  if (typeof v !== 'string') return v;
  if (type === 'boolean' && (v.toLowerCase() === 'true' || v.toLowerCase() === 'false')) return v.toLowerCase() === 'true';
  if (type === 'number' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return v;
}

function setPath(out: Writable, path: string, value: PropValue): void {
  const [head, ...tail] = path.split('.');
  if (tail.length === 0) {
    out[head] = value;
    return;
  }
  const inner = isProps(out[head]) ? { ...(out[head] as Writable) } : {};
  setPath(inner, tail.join('.'), value);
  out[head] = inner;
}

/**
 * A `[{Key, Value}]` attribute list as the Pulumi inputs it sets. An unknown list, or an item whose key
 * is unknown, could set any of them: all become unknown. Unrecognised keys are dropped.
 */
export function fromAttributes(attributes: PropValue | undefined, attributeOf: (key: string) => Attribute | undefined, allKeys: readonly string[]): Writable {
  const out: Writable = {};
  const everything = (u: Unknown): Writable => allUnknown([...new Set(allKeys.map((k) => (attributeOf(k)?.path ?? '').split('.')[0]).filter((p) => p !== ''))], u);
  if (attributes === undefined || attributes === null) return out;
  if (isUnknown(attributes)) return everything(attributes);
  if (!Array.isArray(attributes)) return out;
  for (const item of attributes) {
    if (isUnknown(item)) return everything(item);
    if (!isProps(item)) continue;
    if (isUnknown(item.Key)) return everything(item.Key);
    const attribute = typeof item.Key === 'string' ? attributeOf(item.Key) : undefined;
    if (attribute && item.Value !== undefined) setPath(out, attribute.path, attributeValue(item.Value, attribute.type));
  }
  return out;
}

export const ACTION_RENAMES: Renames = {
  ForwardConfig: 'forward',
  RedirectConfig: 'redirect',
  FixedResponseConfig: 'fixedResponse',
  AuthenticateCognitoConfig: 'authenticateCognito',
  AuthenticateOidcConfig: 'authenticateOidc',
  JwtValidationConfig: 'jwtValidation',
  TargetGroupStickinessConfig: 'stickiness',
  DurationSeconds: 'duration',
};

/** One listener or rule action; a forward's target groups name their ARN `arn` in Pulumi. */
export function action(a: Props): PropValue {
  const out = renamed(a, ACTION_RENAMES);
  const forward = out.forward;
  if (isProps(forward)) {
    out.forward = defined({ ...forward, targetGroups: eachItem(forward.targetGroups, (g) => defined({ ...omit(g, ['targetGroupArn']), arn: g.targetGroupArn })) });
  }
  // Authentication request parameters are names the identity provider defines.
  for (const [cfnName, name] of [
    ['AuthenticateCognitoConfig', 'authenticateCognito'],
    ['AuthenticateOidcConfig', 'authenticateOidc'],
  ] as const) {
    const raw = a[cfnName];
    const mapped = out[name];
    if (isProps(raw) && isProps(mapped) && raw.AuthenticationRequestExtraParams !== undefined) {
      out[name] = { ...mapped, authenticationRequestExtraParams: raw.AuthenticationRequestExtraParams };
    }
  }
  return out;
}

/** A listener's default action or a listener rule's action, as the rules read it. */
export interface ActionProps {
  /** `forward`, `redirect`, `fixed-response`, `authenticate-cognito`, `authenticate-oidc`, `jwt-validation`. */
  type?: string;
  order?: number;
  targetGroupArn?: string;
  redirect?: {
    /** Absent: `#{protocol}`, the request's own protocol. */
    protocol?: string;
    port?: string;
    host?: string;
    path?: string;
    query?: string;
    statusCode?: string;
  };
  fixedResponse?: { contentType?: string; messageBody?: string; statusCode?: string };
}
