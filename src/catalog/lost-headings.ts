/**
 * Section headings the seed copies in shared/seeds lost: the copy kept a list but not the heading above
 * it (a blank line stands where it was). A heading read from a stored copy of the page it was copied
 * from is recorded here, and a source under it cites the heading itself, as a reader of that page sees it.
 * Headings no stored copy shows are not guessed: a source under one is cited by where it stands, counted
 * from the nearest heading that is known (see `ListPosition`).
 */
export interface LostHeading {
  seed: string;
  heading: string;
  /** The first line under the heading, as the seed has it: where the heading stood. */
  firstLine: string;
  /** Where the heading was read. */
  readAt: string;
}

export const LOST_HEADINGS: readonly LostHeading[] = [
  {
    seed: '000_3a6f8757cabd1b3d.txt',
    heading: 'Logging',
    firstLine: 'Avoid logging secrets, tokens, and other sensitive information.',
    // The current page numbers its requirement sections: "5. Domain control", "6. Logging".
    readAt: 'https://developers.miro.com/docs/security-guidelines',
  },
];

/**
 * Where a sentence stands when the heading above its list is lost and unread: `item N of list L after "X"`,
 * counted from X, the nearest heading above it that is known (a heading of the seed, or one of
 * LOST_HEADINGS), X's own list being list 1. Lists are separated by blank lines in the seed; on the page
 * each later list has a heading of its own, which is why the count holds on both.
 *
 * Used for the lists below (seed line numbers), whose headings the stored copies of the pages do not show:
 * the copies of https://developers.miro.com/docs/security-guidelines break off in "6. Logging", and those of
 * https://developer.atlassian.com/platform/marketplace/app-security-guidelines/ in "Information leakage",
 * before any of them, and no other stored page or repository quotes these lists.
 * - 000_3a6f8757cabd1b3d.txt (Miro): lines 48-49, 68-69 and 84.
 * - 001_38a64b8c7ac22666.txt (Atlassian guidelines): lines 42-43 and 58-59.
 */
export interface ListPosition {
  heading: string;
  list: number;
  item: number;
}

const LIST_POSITION = /^item (\d+) of list (\d+) after "(.+)"$/;

export function listPosition(section: string): ListPosition | undefined {
  const m = LIST_POSITION.exec(section);
  return m ? { heading: m[3], list: Number(m[2]), item: Number(m[1]) } : undefined;
}

export function lostHeading(seed: string, heading: string): LostHeading | undefined {
  return LOST_HEADINGS.find((h) => h.seed === seed && h.heading === heading);
}
