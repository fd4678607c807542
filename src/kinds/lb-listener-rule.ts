/**
 * Elastic Load Balancing v2 listener rules. CloudFormation names each condition's block `*Config`
 * (Pulumi: `hostHeader`, `httpRequestMethod`...) and still accepts the legacy `Field` + `Values` form.
 */
import { PropValue, Props } from '../core/props';
import { Unknown, isUnknown } from '../core/values';
import { camelCaseProps, isProps } from '../cfn/mappings/common';
import { Renames, Writable, eachItem, renamed } from '../cfn/mappings/shape';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';
import { ACTION_RENAMES, ActionProps, action } from './shared/load-balancers';

/** A condition block's match values (`{ values: [...] }`). */
export interface ConditionValuesProps {
  values?: string[];
}

/** One rule condition; any block other than `httpRequestMethod` narrows which requests the rule matches. */
export interface ConditionProps {
  /** ALB compares methods case-sensitively. */
  httpRequestMethod?: ConditionValuesProps;
  hostHeader?: ConditionValuesProps;
  httpHeader?: { httpHeaderName?: string; values?: string[] };
  pathPattern?: ConditionValuesProps;
  queryStrings?: { key?: string; value?: string }[];
  sourceIp?: ConditionValuesProps;
}

export interface ListenerRuleProps {
  listenerArn?: string;
  priority?: number;
  conditions?: ConditionProps[];
  actions?: ActionProps[];
}

export const CONDITION_RENAMES: Renames = {
  HostHeaderConfig: 'hostHeader',
  HttpHeaderConfig: 'httpHeader',
  HttpRequestMethodConfig: 'httpRequestMethod',
  PathPatternConfig: 'pathPattern',
  SourceIpConfig: 'sourceIp',
};

/** The legacy `Field` + `Values` form, valid for host-header and path-pattern only. */
const LEGACY_FIELDS: Readonly<Record<string, string>> = { 'host-header': 'hostHeader', 'path-pattern': 'pathPattern' };

/**
 * One rule condition: the `*Config` object named by its Pulumi block, `QueryStringConfig.Values` as
 * `queryStrings`. A condition whose `Field` is unknown could narrow the rule in any way: it is unknown.
 */
function condition(c: Props, path: string): PropValue {
  const { Field, Values, QueryStringConfig, ...rest } = c;
  if (isUnknown(Field)) return new Unknown(`${path}.Field`);
  const out = renamed(rest, CONDITION_RENAMES);
  if (QueryStringConfig !== undefined) {
    out.queryStrings = isProps(QueryStringConfig) ? camelCaseProps(QueryStringConfig.Values ?? null) : QueryStringConfig;
  }
  const legacy = typeof Field === 'string' ? LEGACY_FIELDS[Field] : undefined;
  if (legacy && Values !== undefined && out[legacy] === undefined) out[legacy] = { values: Values };
  return out;
}

const listenerRule: CfnMapping = ({ props }) => {
  const { Conditions, Actions, ...rest } = props;
  const out: Writable = renamed(rest);
  if (Conditions !== undefined) {
    out.conditions = Array.isArray(Conditions) ? Conditions.map((c, i) => (isProps(c) ? condition(c, `Conditions[${i}]`) : c)) : Conditions;
  }
  if (Actions !== undefined) out.actions = eachItem(Actions, action) ?? null;
  return [{ props: out }];
};

export const LB_LISTENER_RULE = defineKind<ListenerRuleProps>()({
  kind: 'lb:ListenerRule',
  pulumi: ['aws:lb/listenerRule:ListenerRule', 'aws:alb/listenerRule:ListenerRule'],
  cfn: { 'AWS::ElasticLoadBalancingV2::ListenerRule': listenerRule },
  pathNames: { ...CONDITION_RENAMES, ...ACTION_RENAMES },
});
