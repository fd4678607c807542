/**
 * The one error a hardened construct throws for a prop value that would break a requirement: it names
 * the construct, the prop, the requirement ID and why, so the fix is clear at construction time rather
 * than at `cdk synth` (MarketplaceChecks) or in CI (`scan`).
 */
export class RequirementViolation extends Error {
  constructor(construct: string, id: string, prop: string, requirement: string, why: string) {
    super(`${construct} ${id}: ${prop} breaks ${requirement}: ${why}`);
    this.name = 'RequirementViolation';
  }
}
