import { Fact } from '../../core/facts';
import { PropValue, Props, bool, get, isProps, list, obj } from '../../core/props';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';

/**
 * LOG3 (mandatory): API Gateway does not log full requests and responses. With `dataTraceEnabled`
 * API Gateway writes request and response bodies and headers (Authorization headers, JWTs, tokens,
 * user data) to CloudWatch Logs: "Avoid logging secrets, tokens, and other sensitive information."
 * Absent means off (the API Gateway default).
 *
 * Where the switch lives:
 * - REST APIs in Pulumi: `aws.apigateway.MethodSettings` `settings.dataTraceEnabled`;
 * - REST API stages in CloudFormation: `AWS::ApiGateway::Stage` `MethodSettings[].DataTraceEnabled`,
 *   which the CloudFormation adapter names `methodSettings[].dataTraceEnabled` on `apigateway:Stage`, and
 *   an `AWS::ApiGateway::Deployment`'s `StageDescription.DataTraceEnabled` (its stage's `stageDescription`);
 * - HTTP / WebSocket stages: `defaultRouteSettings.dataTraceEnabled` and `routeSettings[].dataTraceEnabled`
 *   (only WebSocket APIs support it).
 */

const WHY = 'API Gateway then writes full request and response bodies and headers (tokens, Authorization headers, user data) to CloudWatch Logs';

/** The data-trace switches of a resource: property path (as reported) and its value. */
function switches(fact: Fact): Array<{ path: string; value: boolean | Unknown | undefined }> | Unknown {
  const out: Array<{ path: string; value: boolean | Unknown | undefined }> = [];
  const listed = (path: string): Unknown | undefined => {
    const items = list(fact.props, path);
    if (isUnknown(items)) return items;
    (items ?? []).forEach((item: PropValue, i: number) => {
      if (isUnknown(item)) out.push({ path: `${path}[${i}]`, value: item });
      else if (isProps(item)) out.push({ path: `${path}[${i}].dataTraceEnabled`, value: bool(item, 'dataTraceEnabled') });
    });
    return undefined;
  };
  if (fact.kind === 'apigateway:MethodSettings') {
    const settings = obj(fact.props, 'settings');
    if (isUnknown(settings)) return settings;
    out.push({ path: 'settings.dataTraceEnabled', value: bool(settings, 'dataTraceEnabled') });
  } else if (fact.kind === 'apigateway:Stage') {
    // Only the stage a CloudFormation deployment creates has it: the settings its StageDescription writes
    // for every method, named as the template writes them.
    const stageWide = obj(fact.props, 'stageDescription');
    if (isUnknown(stageWide)) return stageWide;
    if (stageWide !== undefined) out.push({ path: 'StageDescription.DataTraceEnabled', value: bool(stageWide, 'dataTraceEnabled') });
    const u = listed('methodSettings');
    if (u) return u;
  } else {
    const defaults = obj(fact.props, 'defaultRouteSettings');
    if (isUnknown(defaults)) return defaults;
    out.push({ path: 'defaultRouteSettings.dataTraceEnabled', value: bool(defaults, 'dataTraceEnabled') });
    const u = listed('routeSettings');
    if (u) return u;
  }
  return out;
}

function judge(fact: Fact): Verdict {
  const found = switches(fact);
  if (isUnknown(found)) return unknown(found);
  const on = found.filter((s) => s.value === true).map((s) => s.path);
  if (on.length > 0) {
    return fail(`${on.join(', ')} ${on.length > 1 ? 'are' : 'is'} true: ${WHY}; set ${on.length > 1 ? 'them' : 'it'} to false (keep loggingLevel ERROR or INFO and access logs)`);
  }
  const pending = found.find((s) => isUnknown(s.value));
  if (pending && isUnknown(pending.value)) return unknown(pending.value);
  return pass(found.length === 0 ? 'no data trace setting (API Gateway default: off)' : 'dataTraceEnabled is off (absent = API Gateway default off)');
}

/** A settings object with `dataTraceEnabled: false` where it was true. */
function off(v: PropValue | undefined): PropValue | undefined {
  if (isProps(v) && bool(v, 'dataTraceEnabled') === true) return { ...v, dataTraceEnabled: false };
  return v;
}

function offList(v: PropValue | undefined): PropValue | undefined {
  return Array.isArray(v) ? v.map((item) => off(item) ?? null) : off(v);
}

export const LOG3: Rule = {
  id: 'LOG3',
  resource: {
    kinds: ['apigateway:MethodSettings', 'apigateway:Stage', 'apigatewayv2:Stage'],
    check(fact) {
      return [judge(fact)];
    },
  },
  remediate(fact) {
    const p: Props = fact.props;
    if (fact.kind === 'apigateway:MethodSettings') return { ...p, settings: off(get(p, 'settings')) };
    if (fact.kind === 'apigateway:Stage') return get(p, 'methodSettings') === undefined ? undefined : { ...p, methodSettings: offList(get(p, 'methodSettings')) };
    if (fact.kind === 'apigatewayv2:Stage') {
      const fixed: Record<string, PropValue | undefined> = {};
      if (get(p, 'defaultRouteSettings') !== undefined) fixed.defaultRouteSettings = off(get(p, 'defaultRouteSettings'));
      if (get(p, 'routeSettings') !== undefined) fixed.routeSettings = offList(get(p, 'routeSettings'));
      return { ...p, ...fixed };
    }
    return undefined;
  },
};
