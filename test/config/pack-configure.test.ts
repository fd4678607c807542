/**
 * The pack's Configure rule on the request the CLI sends (protobuf messages of @pulumi/pulumi's
 * analyzer protocol): a requirement's -stack and -advisory policies follow its ID, shared exemptions
 * join their requirement, refusals throw our line.
 */
import * as analyzerPb from '@pulumi/pulumi/proto/analyzer_pb';
import { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { MarketplaceConfigError } from '../../src/config/marketplace-config';
import { packPolicyInfos } from '../../src/config/pack-policies';
import { loadPolicyPackConfig } from '../../src/config/policy-pack-config';
import { rewriteConfigure } from '../../src/pulumi/pack/config';

const NUMBERS = { advisory: 0, mandatory: 1, disabled: 2, remediate: 3 } as const;

/** The ConfigureAnalyzerRequest `pulumi preview --policy-pack-config` sends for this file. */
function requestFor(config: Record<string, unknown>): analyzerPb.ConfigureAnalyzerRequest {
  const { request } = loadPolicyPackConfig(JSON.stringify(config), { name: 'marketplace-guardrails', version: '0.1.0', path: 'policies', policies: packPolicyInfos() });
  const req = new analyzerPb.ConfigureAnalyzerRequest();
  for (const [name, c] of Object.entries(request)) {
    const pc = new analyzerPb.PolicyConfig();
    pc.setEnforcementlevel(NUMBERS[c.enforcementLevel]);
    pc.setProperties(Struct.fromJavaScript(c.properties as Record<string, never>));
    req.getPolicyconfigMap().set(name, pc);
  }
  return req;
}

const rewrite = (req: analyzerPb.ConfigureAnalyzerRequest) => rewriteConfigure({ request: req } as unknown as Parameters<typeof rewriteConfigure>[0], Struct);

it('disables every policy of a requirement disabled by its ID', () => {
  const req = requestFor({ DATA1: 'disabled' });
  expect(req.getPolicyconfigMap().get('DATA1-stack')?.getEnforcementlevel()).toBe(NUMBERS.mandatory);
  rewrite(req);
  for (const name of ['DATA1', 'DATA1-advisory', 'DATA1-stack', 'DATA1-stack-advisory']) expect(req.getPolicyconfigMap().get(name)?.getEnforcementlevel()).toBe(NUMBERS.disabled);
  expect(req.getPolicyconfigMap().get('LOG1-stack')?.getEnforcementlevel()).toBe(NUMBERS.mandatory);
});

it('hands a requirement’s settings and shared exemptions to its -stack part', () => {
  const req = requestFor({ DATA1: { enforcementLevel: 'advisory' }, 'shared-exemptions': { exemptions: [{ requirement: 'DATA1', resource: 'logs', reason: 'log bucket' }] } });
  rewrite(req);
  const stack = req.getPolicyconfigMap().get('DATA1-stack');
  expect(stack?.getEnforcementlevel()).toBe(NUMBERS.advisory);
  expect(stack?.getProperties()?.toJavaScript().exemptions).toEqual([{ resource: 'logs', reason: 'log bucket' }]);
});

it('refuses a policy that follows another, configured by its own name', () => {
  expect(() => rewrite(requestFor({ 'DATA1-stack': 'advisory' }))).toThrow(MarketplaceConfigError);
});
