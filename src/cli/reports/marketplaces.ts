/** The marketplaces' documents the catalog quotes (shared/seeds), by seed file, and how reports name them. */
import { Marketplace, SourceRef } from '../../catalog/types';
import { listPosition } from '../../catalog/lost-headings';

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
 * copy lost and no stored page shows, where it stands (`item 1 of list 2 after "X"`, as the catalog has it).
 */
export function sectionLabel(s: Pick<SourceRef, 'section'>): string {
  return listPosition(s.section) ? s.section : `"${s.section}"`;
}

/** `Atlassian, Security requirements for cloud apps, "Transport layer security"` */
export function sourceCitation(s: SourceRef): string {
  return `${MARKETPLACE_NAMES[s.marketplace]}, ${documentTitle(s.seed)}, ${sectionLabel(s)}`;
}
