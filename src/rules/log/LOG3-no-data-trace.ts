import { Fact } from '../../core/facts';
import { PropValue, Props, isProps } from '../../core/props';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { APIGATEWAY_METHOD_SETTINGS } from '../../kinds/apigateway-method-settings';
import { APIGATEWAY_STAGE, StageMethodSetting } from '../../kinds/apigateway-stage';
import { APIGATEWAYV2_STAGE, RouteSettings } from '../../kinds/apigatewayv2-stage';
import { propsOf, typed } from '../../kinds/typed-props';

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
  const listed = (path: string, items: PropValue[] | Unknown | undefined): Unknown | undefined => {
    if (isUnknown(items)) return items;
    (items ?? []).forEach((item: PropValue, i: number) => {
      if (isUnknown(item)) out.push({ path: `${path}[${i}]`, value: item });
      else if (isProps(item)) out.push({ path: `${path}[${i}].dataTraceEnabled`, value: typed<StageMethodSetting | RouteSettings>(item).bool('dataTraceEnabled') });
    });
    return undefined;
  };
  if (fact.kind === 'apigateway:MethodSettings') {
    const settings = propsOf(fact, APIGATEWAY_METHOD_SETTINGS).obj('settings');
    if (isUnknown(settings)) return settings;
    out.push({ path: 'settings.dataTraceEnabled', value: typed<StageMethodSetting>(settings).bool('dataTraceEnabled') });
  } else if (fact.kind === 'apigateway:Stage') {
    const props = propsOf(fact, APIGATEWAY_STAGE);
    // Only the stage a CloudFormation deployment creates has it: the settings its StageDescription writes
    // for every method, named as the template writes them.
    const stageWide = props.obj('stageDescription');
    if (isUnknown(stageWide)) return stageWide;
    if (stageWide !== undefined) out.push({ path: 'StageDescription.DataTraceEnabled', value: typed<StageMethodSetting>(stageWide).bool('dataTraceEnabled') });
    const u = listed('methodSettings', props.list('methodSettings'));
    if (u) return u;
  } else {
    const props = propsOf(fact, APIGATEWAYV2_STAGE);
    const defaults = props.obj('defaultRouteSettings');
    if (isUnknown(defaults)) return defaults;
    out.push({ path: 'defaultRouteSettings.dataTraceEnabled', value: typed<RouteSettings>(defaults).bool('dataTraceEnabled') });
    const u = listed('routeSettings', props.list('routeSettings'));
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
  if (isProps(v) && typed<StageMethodSetting | RouteSettings>(v).bool('dataTraceEnabled') === true) return { ...v, dataTraceEnabled: false };
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
    if (fact.kind === 'apigateway:MethodSettings') return { ...p, settings: off(propsOf(fact, APIGATEWAY_METHOD_SETTINGS).get('settings')) };
    if (fact.kind === 'apigateway:Stage') {
      const methodSettings = propsOf(fact, APIGATEWAY_STAGE).get('methodSettings');
      return methodSettings === undefined ? undefined : { ...p, methodSettings: offList(methodSettings) };
    }
    if (fact.kind === 'apigatewayv2:Stage') {
      const props = propsOf(fact, APIGATEWAYV2_STAGE);
      const fixed: Record<string, PropValue | undefined> = {};
      if (props.has('defaultRouteSettings')) fixed.defaultRouteSettings = off(props.get('defaultRouteSettings'));
      if (props.has('routeSettings')) fixed.routeSettings = offList(props.get('routeSettings'));
      return { ...p, ...fixed };
    }
    return undefined;
  },
};
