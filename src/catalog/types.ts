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

export interface Fix {
  /** A short Pulumi TypeScript snippet that satisfies the requirement. */
  pulumi: string;
  /** A short CDK TypeScript snippet that satisfies the requirement. */
  cdk: string;
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
}
