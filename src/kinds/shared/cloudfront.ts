/**
 * What the CloudFront kind modules share. Where CloudFormation wraps what Pulumi writes flat
 * (`DistributionConfig`, `ResponseHeadersPolicyConfig`, `CachePolicyConfig`) the wrapper is unwrapped; a
 * wrapper that cannot be resolved (`Fn::ImportValue`, an `Fn::If` on an unknown condition) makes every
 * input of the resource unknown, never absent, since an absent value would read as the AWS default.
 */
import { Renames } from '../../cfn/mappings/shape';

/** Cache behavior and cache policy TTLs. */
export const TTL_RENAMES: Renames = { MinTTL: 'minTtl', DefaultTTL: 'defaultTtl', MaxTTL: 'maxTtl' };

/** A cache behavior's or cache policy's TTLs, in seconds. */
export interface TtlProps {
  minTtl?: number;
  defaultTtl?: number;
  maxTtl?: number;
}
