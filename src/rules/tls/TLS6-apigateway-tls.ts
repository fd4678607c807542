import { Fact } from '../../core/facts';
import { PropValue, isProps } from '../../core/props';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { Unknown, isUnknown } from '../../core/values';
import { APIGATEWAY_DOMAIN_NAME } from '../../kinds/apigateway-domain-name';
import { APIGATEWAY_REST_API } from '../../kinds/apigateway-rest-api';
import { APIGATEWAYV2_DOMAIN_NAME, DomainNameConfiguration } from '../../kinds/apigatewayv2-domain-name';
import { propsOf, typed } from '../../kinds/typed-props';
import { APIGATEWAY_DEFAULT_SECURITY_POLICY, APIGATEWAY_RECOMMENDED_SECURITY_POLICY, isAcceptedApiGatewayPolicy } from '../../facts/apigateway-security-policies';

function policyVerdict(policy: string | Unknown | undefined, path: string, absentMeans: string): Verdict {
  if (isUnknown(policy)) return unknown(policy);
  const shown = policy ?? `absent (${absentMeans})`;
  if (policy !== undefined && isAcceptedApiGatewayPolicy(policy)) return pass(`${path} is ${policy}: TLS 1.2 minimum`);
  return fail(`${path} is ${shown}, which accepts TLS 1.0; set ${path} to ${APIGATEWAY_RECOMMENDED_SECURITY_POLICY} or an enhanced SecurityPolicy_TLS13_* policy`);
}

/** REST API custom domain (`aws.apigateway.DomainName`): absent = TLS_1_0, the API default. */
function restDomainVerdict(fact: Fact): Verdict {
  return policyVerdict(propsOf(fact, APIGATEWAY_DOMAIN_NAME).str('securityPolicy'), 'securityPolicy', `API Gateway default ${APIGATEWAY_DEFAULT_SECURITY_POLICY}`);
}

/** HTTP/WebSocket custom domain (`aws.apigatewayv2.DomainName`): one configuration (Pulumi) or several (CloudFormation). */
function v2DomainVerdicts(fact: Fact): Verdict[] {
  const configs = propsOf(fact, APIGATEWAYV2_DOMAIN_NAME).list('domainNameConfiguration');
  if (isUnknown(configs)) return [unknown(configs)];
  if (configs === undefined || configs.length === 0) {
    return [fail(`domainNameConfiguration is absent; set domainNameConfiguration.securityPolicy to ${APIGATEWAY_RECOMMENDED_SECURITY_POLICY}`)];
  }
  return configs.map((c: PropValue, i) => {
    if (isUnknown(c)) return unknown(c);
    const path = configs.length === 1 ? 'domainNameConfiguration.securityPolicy' : `domainNameConfiguration[${i}].securityPolicy`;
    const verdict = policyVerdict(isProps(c) ? typed<DomainNameConfiguration>(c).str('securityPolicy') : undefined, path, 'no policy named');
    return configs.length === 1 ? verdict : { ...verdict, detail: `domainNameConfiguration[${i}]` };
  });
}

/**
 * REST API default endpoint (https://{id}.execute-api.{region}.amazonaws.com): edge-optimized and
 * Regional ones accept TLS 1.0 unless the API sets a TLS 1.2+ `securityPolicy`; private APIs use
 * TLS_1_2. Advisory: the marketplace requirement is about the custom domain users are given.
 */
function restApiVerdict(fact: Fact): Verdict {
  const props = propsOf(fact, APIGATEWAY_REST_API);
  const disabled = props.bool('disableExecuteApiEndpoint');
  if (isUnknown(disabled)) return { ...unknown(disabled), enforcement: 'advisory' };
  if (disabled === true) return pass('disableExecuteApiEndpoint is true: clients can only use the custom domain');
  const policy = props.str('securityPolicy');
  if (isUnknown(policy)) return { ...unknown(policy), enforcement: 'advisory' };
  if (policy !== undefined && isAcceptedApiGatewayPolicy(policy)) return pass(`the execute-api endpoint uses securityPolicy ${policy}: TLS 1.2 minimum`);
  const types = props.strings('endpointConfiguration.types');
  if (isUnknown(types)) return { ...unknown(types), enforcement: 'advisory' };
  if (policy === undefined && types !== undefined && types.length > 0 && types.every((t) => t === 'PRIVATE')) {
    return pass('a private REST API: its execute-api endpoint uses TLS_1_2');
  }
  return {
    ...fail(
      `the default execute-api endpoint stays enabled and accepts TLS 1.0 (securityPolicy ${policy ?? 'absent'}); ` +
        `set disableExecuteApiEndpoint to true and serve the API through a custom domain with ${APIGATEWAY_RECOMMENDED_SECURITY_POLICY}, or set securityPolicy to a TLS 1.2+ policy`,
    ),
    enforcement: 'advisory',
  };
}

export const TLS6: Rule = {
  id: 'TLS6',
  resource: {
    kinds: ['apigateway:DomainName', 'apigatewayv2:DomainName', 'apigateway:RestApi'],
    check(fact) {
      if (fact.kind === 'apigateway:DomainName') return [restDomainVerdict(fact)];
      if (fact.kind === 'apigatewayv2:DomainName') return v2DomainVerdicts(fact);
      return [restApiVerdict(fact)];
    },
  },
};
