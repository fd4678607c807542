/** A DNS Firewall domain list (NET4): a BLOCK rule on a list holding `*` makes egress deny-by-default. */
import { Unknown } from '../core/values';
import { camelCased } from '../cfn/mappings/common';
import { CfnMapping } from '../cfn/mappings/types';
import { defineKind } from './kind-module';

export interface ResolverFirewallDomainListProps {
  domains?: string[];
}

/** Domains imported from a file in S3 (`DomainFileUrl`) are not in the template. */
const firewallDomainList: CfnMapping = (r) => {
  const { DomainFileUrl: file, ...rest } = r.props;
  const props = camelCased(rest);
  if (props.domains !== undefined || file === undefined) return [{ props }];
  const where = typeof file === 'string' ? `DomainFileUrl ${file}` : 'DomainFileUrl';
  return [{ props: { ...props, domains: new Unknown(`Domains (imported from ${where} at deployment)`) } }];
};

export const ROUTE53_RESOLVER_FIREWALL_DOMAIN_LIST = defineKind<ResolverFirewallDomainListProps>()({
  kind: 'route53:ResolverFirewallDomainList',
  pulumi: ['aws:route53/resolverFirewallDomainList:ResolverFirewallDomainList'],
  cfn: { 'AWS::Route53Resolver::FirewallDomainList': firewallDomainList },
});
