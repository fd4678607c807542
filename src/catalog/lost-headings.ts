/**
 * Section headings the seed copies in shared/seeds lost: the copy kept a list but not the heading above
 * it (a blank line stands where it was). Each is taken from the live page it was copied from; a source
 * under a lost heading cites the heading itself, as a reader of that page sees it. Headings not read
 * from the page are not guessed: such sources keep `(untitled, after "<previous heading>")`.
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

export function lostHeading(seed: string, heading: string): LostHeading | undefined {
  return LOST_HEADINGS.find((h) => h.seed === seed && h.heading === heading);
}
