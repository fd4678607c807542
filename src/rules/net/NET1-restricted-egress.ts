import { Rule, Verdict, fail, notApplicable, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { defaultAllowAllEgress, egressPolicy, inlineRules, judgeRule, ruleResource } from './security-group-rules';

/**
 * NET1: security groups reach the internet only on allowed ports (default 443), never on all protocols.
 * Each inline rule is judged on its own (`detail` egress[i]); each rule resource is judged alone, which
 * is exact because security-group rules only ever add access.
 */
export const NET1: Rule = {
  id: 'NET1',
  params: ['allowedEgressPorts', 'allowedEgressCidrs'],
  resource: {
    kinds: ['ec2:SecurityGroup', 'ec2:SecurityGroupRule', 'vpc:SecurityGroupEgressRule'],
    check(fact, ctx): Verdict[] {
      const policy = egressPolicy(ctx.params.allowedEgressPorts, ctx.params.allowedEgressCidrs);
      if (fact.kind === 'ec2:SecurityGroup') {
        const rules = inlineRules(fact, 'egress');
        if (isUnknown(rules)) return [unknown(rules)];
        if (rules !== 'absent') return rules.map((r) => judgeRule(r, policy));
        const allowAll = defaultAllowAllEgress(fact);
        if (isUnknown(allowAll)) return [unknown(allowAll)];
        if (allowAll === true) {
          return [
            // Only the CloudFormation adapter sets the flag (Pulumi's provider deletes AWS's rule), so the
            // message names the template's properties.
            fail(
              'the group has no egress rule (SecurityGroupEgress is absent or empty, and no AWS::EC2::SecurityGroupEgress targets it), ' +
                'so AWS adds its default allow-all egress rule (all protocols to 0.0.0.0/0, and to ::/0 in a VPC with IPv6); ' +
                'write explicit egress rules limited to allowedEgressPorts (CDK: allowAllOutbound: false)',
            ),
          ];
        }
        // The Pulumi provider removes AWS's default allow-all rule, and so does a separate CloudFormation egress
        // rule on the group: only separate rule resources allow egress.
        return [pass('egress is absent and AWS default allow-all egress is removed, so this group allows no egress of its own (its separate egress rules are judged apart)')];
      }
      const rule = ruleResource(fact, 'egress');
      if (isUnknown(rule)) return [unknown(rule)];
      if (rule === 'other') return [notApplicable('an ingress rule (NET2 judges it)')];
      return [judgeRule(rule, policy)];
    },
  },
};
