/** A domain's access policy set apart from it (Pulumi only; CloudFormation writes `AccessPolicies` on the domain). */
import { defineKind } from './kind-module';

export interface OpensearchDomainPolicyProps {
  /** The domain it sets the policy of. */
  domainName?: string;
  /** JSON text of the policy document. */
  accessPolicies?: string | object;
}

export const OPENSEARCH_DOMAIN_POLICY = defineKind<OpensearchDomainPolicyProps>()({
  kind: 'opensearch:DomainPolicy',
  pulumi: ['aws:opensearch/domainPolicy:DomainPolicy', 'aws:elasticsearch/domainPolicy:DomainPolicy'],
  cfn: {},
  inline: { type: 'AWS::OpenSearchService::Domain', property: 'AccessPolicies' },
});
