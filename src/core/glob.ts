/**
 * The one wildcard matcher: IAM `Resource` ARNs in policies and resource patterns in exemptions.
 * `*` stands for any run of characters (empty included); with `singleChar`, `?` for exactly one.
 * Everything else is literal and case-sensitive; the pattern is anchored at both ends.
 *
 * Why not a regular expression: `^a.*a.*a.*…b$` backtracks exponentially on a long run of `a`s, and
 * such a pattern is one line of a valid bucket policy. This is the greedy two-pointer match: on a
 * mismatch it returns to the last `*` and lets it swallow one more character. Earlier stars never
 * need revisiting (whatever they matched, the last star can absorb), so the worst case is
 * O(pattern × value) and the usual one linear.
 */

export type GlobMatcher = (value: string) => boolean;

export interface GlobOptions {
  /** `?` matches one character (IAM); otherwise it is literal (exemption patterns). */
  singleChar?: boolean;
}

function twoPointer(pattern: string, value: string, singleChar: boolean): boolean {
  let p = 0;
  let v = 0;
  let starP = -1;
  let starV = 0;
  while (v < value.length) {
    const c = pattern[p];
    if (p < pattern.length && c !== '*' && (c === value[v] || (singleChar && c === '?'))) {
      p += 1;
      v += 1;
    } else if (p < pattern.length && c === '*') {
      starP = p;
      starV = v;
      p += 1;
    } else if (starP >= 0) {
      p = starP + 1;
      starV += 1;
      v = starV;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p += 1;
  return p === pattern.length;
}

/**
 * A matcher for `pattern`, analysed once: a literal compares for equality, a single trailing `*` is a
 * prefix test (most ARNs and exemption patterns are one of these), anything else the two-pointer match.
 */
export function compileGlob(pattern: string, options: GlobOptions = {}): GlobMatcher {
  const singleChar = options.singleChar === true;
  const star = pattern.indexOf('*');
  const wild = singleChar && pattern.includes('?');
  if (!wild && star < 0) return (value) => value === pattern;
  if (!wild && star === pattern.length - 1) {
    const prefix = pattern.slice(0, -1);
    return (value) => value.startsWith(prefix);
  }
  return (value) => twoPointer(pattern, value, singleChar);
}

/** One-off match; callers matching one pattern many times keep the `compileGlob` result. */
export function globMatches(pattern: string, value: string, options: GlobOptions = {}): boolean {
  return compileGlob(pattern, options)(value);
}
