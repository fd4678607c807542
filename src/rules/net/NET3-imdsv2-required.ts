import { Fact } from '../../core/facts';
import { Rule, Verdict, fail, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { AUTOSCALING_LAUNCH_CONFIGURATION } from '../../kinds/autoscaling-launch-configuration';
import { EC2_INSTANCE } from '../../kinds/ec2-instance';
import { EC2_LAUNCH_TEMPLATE } from '../../kinds/ec2-launch-template';
import { MetadataOptionsProps } from '../../kinds/shared/data-stores';
import { TypedProps, propsOf } from '../../kinds/typed-props';

/** The three kinds NET3 judges all write `metadataOptions` at the top. */
function metadataProps(fact: Fact): TypedProps<{ metadataOptions?: MetadataOptionsProps }> {
  if (fact.kind === 'ec2:LaunchTemplate') return propsOf(fact, EC2_LAUNCH_TEMPLATE);
  if (fact.kind === 'autoscaling:LaunchConfiguration') return propsOf(fact, AUTOSCALING_LAUNCH_CONFIGURATION);
  return propsOf(fact, EC2_INSTANCE);
}

/**
 * NET3: IMDSv2 (session tokens) required on instances and launch templates. IMDSv1 answers a plain GET,
 * so an SSRF in the app can read the instance role's credentials from 169.254.169.254; IMDSv2 needs a
 * PUT with a hop-limited token first. Absent `httpTokens` means `optional` (the EC2 default unless the
 * AMI or the account's instance-metadata defaults say otherwise, which the IaC cannot show).
 */
function judge(fact: Fact): Verdict {
  const props = metadataProps(fact);
  const options = props.obj('metadataOptions');
  if (isUnknown(options)) return unknown(options);
  const endpoint = props.str('metadataOptions.httpEndpoint');
  if (isUnknown(endpoint)) return unknown(endpoint);
  if (endpoint === 'disabled') return pass('metadataOptions.httpEndpoint is disabled: the instance metadata service is off');
  const tokens = props.str('metadataOptions.httpTokens');
  if (isUnknown(tokens)) return unknown(tokens);
  if (tokens === 'required') return pass('metadataOptions.httpTokens is required (IMDSv2 only)');
  if (tokens === undefined && fact.kind === 'ec2:Instance' && options === undefined && propsOf(fact, EC2_INSTANCE).has('launchTemplate')) {
    // The instance takes its metadata options from its launch template, which NET3 judges itself.
    return pass('metadataOptions is absent: the instance uses its launch template metadata options (judged on the launch template)');
  }
  const shown = tokens === undefined ? 'absent (EC2 default optional, which allows IMDSv1)' : `"${tokens}"`;
  return fail(`metadataOptions.httpTokens is ${shown}; set metadataOptions.httpTokens to "required" so only IMDSv2 is served`);
}

export const NET3: Rule = {
  id: 'NET3',
  resource: {
    kinds: ['ec2:Instance', 'ec2:LaunchTemplate', 'autoscaling:LaunchConfiguration'],
    check(fact) {
      return [judge(fact)];
    },
  },
  remediate(fact) {
    const options = metadataProps(fact).obj('metadataOptions');
    if (isUnknown(options)) return undefined;
    return { ...fact.props, metadataOptions: { ...(options ?? {}), httpTokens: 'required' } };
  },
};
