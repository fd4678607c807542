/**
 * How a construct records a reasoned deviation: once for cdk-nag / CDK validation plugins (an
 * acknowledgement on the construct, exact rule ID) and, for our own requirements, once in the template
 * (`Metadata.marketplace-guardrails.exempt`), which `marketplace-guardrails scan` reads. CDK keeps
 * acknowledgements in construct metadata only, so a scan of `cdk.out` would not see them otherwise.
 */
import { CfnResource, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

export const METADATA_KEY = 'marketplace-guardrails';

/**
 * A reason is the acknowledgement's audit evidence: CDK's own `acknowledge` takes none as well (and
 * the cloud assembly then drops the entry), so we refuse it where the call is made. An acknowledgement
 * made through CDK without a reason is not honoured by MarketplaceChecks or `scan`, and the finding says why.
 */
function requireReason(scope: IConstruct, id: string, reason: unknown): asserts reason is string {
  if (typeof reason !== 'string' || reason.trim() === '') throw new Error(`${scope.node.path}: acknowledging ${id} needs a reason`);
}

/** Acknowledges a cdk-nag rule (e.g. `AwsSolutions-S1`) on `scope` and everything under it. */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  requireReason(scope, id, reason);
  Validations.of(scope).acknowledge({ id, reason });
}

/**
 * Exempts `resource` from one of our requirements: template metadata for the scan, and the
 * `Marketplace-<ID>` acknowledgement for the MarketplaceChecks cdk-nag pack.
 */
export function exemptFromRequirement(resource: CfnResource, requirement: string, reason: string): void {
  requireReason(resource, `Marketplace-${requirement}`, reason);
  const existing = resource.getMetadata(METADATA_KEY) as { exempt?: { id: string; reason: string }[] } | undefined;
  const exempt = [...(existing?.exempt ?? []), { id: requirement, reason }];
  resource.addMetadata(METADATA_KEY, { exempt });
  acknowledge(resource, `Marketplace-${requirement}`, reason);
}
