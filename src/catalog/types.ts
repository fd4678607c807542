import { Kind } from '../facts/kinds';

export type Marketplace = 'atlassian' | 'miro' | 'trello';
export const MARKETPLACES: readonly Marketplace[] = ['atlassian', 'miro', 'trello'];

export type SourceLevel = 'must' | 'should';
export type Enforcement = 'mandatory' | 'advisory';
export type Area = 'TLS' | 'HDR' | 'DATA' | 'SEC' | 'NET' | 'IAM' | 'AUTH' | 'LOG' | 'DNS' | 'RUN';

/** One marketplace sentence a requirement comes from. */
export interface SourceRef {
  marketplace: Marketplace;
  /** File name under shared/seeds, e.g. `002_9dae125c408bd9d6.txt`. */
  seed: string;
  /** The document's section heading the sentence stands under. */
  section: string;
  level: SourceLevel;
  /** The marketplace's own sentence, quoted. */
  quote: string;
}

export interface EngineFix {
  /** A short Pulumi TypeScript snippet that satisfies the requirement. */
  pulumi: string;
  /** A short CDK TypeScript snippet that satisfies the requirement. */
  cdk: string;
  /** The template properties that satisfy the requirement, as a short CloudFormation YAML snippet (`Type` and `Properties`). */
  cloudformation: string;
}

export interface Fix extends EngineFix {
  /**
   * The fix for one resource kind, where the requirement's fix (for its other kinds) shows nothing that
   * applies to it: a finding on a resource of that kind shows this one.
   */
  byKind?: Partial<Record<Kind, EngineFix>>;
}

/** One place where the check deliberately differs from an established scanner's check of the same thing. */
export interface FieldDifference {
  /** The scanners' checks, by their own IDs, e.g. `Checkov CKV_AWS_2`, `cfn_nag W56`, `KICS alb_listening_on_http`. */
  scanners: string[];
  /** What they do, and what we do instead. */
  difference: string;
  /** Why we differ. */
  why: string;
}

export interface Requirement {
  id: string;
  area: Area;
  title: string;
  /** Why it matters, in one or two sentences. */
  rationale: string;
  sources: SourceRef[];
  /** `mandatory` where any source says must or the catalog says so, else `advisory`. */
  enforcement: Enforcement;
  /** What the check looks at, in one sentence a user can act on. */
  check: string;
  fix: Fix;
  /** Where the check deliberately differs from Checkov, cfn_nag, cfn-guard or KICS (src/catalog/field-comparison.ts); empty where it does not. */
  fieldComparison?: readonly FieldDifference[];
}
