import { Rule, Verdict, notApplicable, pass, unknown } from '../../core/rule';
import { isUnknown } from '../../core/values';
import { ingressPolicy, inlineRules, judgeRule, ruleResource } from './security-group-rules';

/**
 * NET2: the internet reaches security groups only on allowed ports (default 80, 443), never on all
 * protocols and never on admin or database ports (src/facts/sensitive-ports.ts), whatever the config says.
 * Ingress from a specific public CIDR (an office, a VPN) or a security group / prefix list passes.
 */
export const NET2: Rule = {
  id: 'NET2',
  params: ['allowedIngressPorts'],
  resource: {
    kinds: ['ec2:SecurityGroup', 'ec2:SecurityGroupRule', 'vpc:SecurityGroupIngressRule'],
    check(fact, ctx): Verdict[] {
      const policy = ingressPolicy(ctx.params.allowedIngressPorts);
      if (fact.kind === 'ec2:SecurityGroup') {
        const rules = inlineRules(fact, 'ingress');
        if (isUnknown(rules)) return [unknown(rules)];
        // A new security group allows no inbound traffic by default (AWS, CloudFormation and Pulumi alike).
        if (rules === 'absent') return [pass('ingress is absent: a security group allows no inbound traffic by default')];
        return rules.map((r) => judgeRule(r, policy));
      }
      const rule = ruleResource(fact, 'ingress');
      if (isUnknown(rule)) return [unknown(rule)];
      if (rule === 'other') return [notApplicable('an egress rule (NET1 judges it)')];
      return [judgeRule(rule, policy)];
    },
  },
};
