import { EngineFix } from '../types';

/**
 * A requirement's general fix where it is its per-kind fixes one after the other (HDR1: the CloudFront
 * policy, then the listener attribute): written once, as the kinds' own, so the two cannot drift apart.
 */
export function joinedFixes(...fixes: readonly EngineFix[]): EngineFix {
  return {
    pulumi: fixes.map((f) => f.pulumi).join('\n'),
    cdk: fixes.map((f) => f.cdk).join('\n'),
    cloudformation: fixes.map((f) => f.cloudformation).join('\n'),
  };
}
