/** The marketplaces' documents the catalog quotes (shared/seeds), by seed file, and how reports name them. */
import { Marketplace, SourceRef } from '../../catalog/types';

export const MARKETPLACE_NAMES: Record<Marketplace, string> = { atlassian: 'Atlassian', miro: 'Miro', trello: 'Trello' };

const DOCUMENTS: Record<string, string> = {
  '000_3a6f8757cabd1b3d.txt': 'App security guidelines',
  '001_38a64b8c7ac22666.txt': 'Security guidelines for Marketplace apps',
  '002_9dae125c408bd9d6.txt': 'Security requirements for cloud apps',
  '003_be9a984fc131ae42.txt': 'Power-Up security',
};

export function documentTitle(seed: string): string {
  return DOCUMENTS[seed] ?? seed;
}

/**
 * How a report names a source's section: its heading in quotes, or for a list whose heading the seed
 * copy lost and that was not read from the page (catalog: `(untitled, after "X")`), where it stands.
 */
export function sectionLabel(s: Pick<SourceRef, 'section'>): string {
  const untitled = /^\(untitled, after "(.+)"\)$/.exec(s.section);
  return untitled ? `the untitled list after "${untitled[1]}"` : `"${s.section}"`;
}

/** `Atlassian, Security requirements for cloud apps, "Transport layer security"` */
export function sourceCitation(s: SourceRef): string {
  return `${MARKETPLACE_NAMES[s.marketplace]}, ${documentTitle(s.seed)}, ${sectionLabel(s)}`;
}
