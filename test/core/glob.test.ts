import fc from 'fast-check';
import { compileGlob, globMatches } from '../../src/core/glob';

/** Reference semantics by dynamic programming over (pattern prefix, value prefix): slow, obviously right. */
function reference(pattern: string, value: string, singleChar: boolean): boolean {
  let row = new Array<boolean>(value.length + 1).fill(false);
  row[0] = true;
  for (const c of pattern) {
    const next = new Array<boolean>(value.length + 1).fill(false);
    if (c === '*') {
      next[0] = row[0];
      for (let j = 1; j <= value.length; j++) next[j] = row[j] || next[j - 1];
    } else {
      for (let j = 1; j <= value.length; j++) next[j] = row[j - 1] && (c === value[j - 1] || (singleChar && c === '?'));
    }
    row = next;
  }
  return row[value.length];
}

describe('compileGlob', () => {
  it.each([
    ['logs', 'logs', true],
    ['logs', 'logs2', false],
    ['logs*', 'logs', true],
    ['logs*', 'logs-archive', true],
    ['*', '', true],
    ['', '', true],
    ['', 'x', false],
    ['*-prod', 'api-prod', true],
    ['*-prod', 'api-prod-2', false],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'aXbYbZc', true],
    ['a*b*c', 'acb', false],
    ['**', 'anything', true],
    ['a.b', 'aXb', false],
    ['log?', 'logs', false],
    ['log?', 'log?', true],
  ])('%j matches %j: %s (`?` literal)', (pattern, value, expected) => {
    expect(compileGlob(pattern)(value)).toBe(expected);
  });

  // IAM `Resource` ARNs (S3 bucket policies): `?` is one character, matching is case-sensitive.
  it.each([
    ['log?', 'logs', true],
    ['log?', 'log', false],
    ['?*', '', false],
    ['*?', 'x', true],
    ['a?c*', 'abcdef', true],
    ['arn:aws:s3:::logs', 'arn:aws:s3:::logs', true],
    ['arn:aws:s3:::logs', 'arn:aws:s3:::logs2', false],
    ['arn:aws:s3:::logs/*', 'arn:aws:s3:::logs/*', true],
    ['arn:aws:s3:::logs/*', 'arn:aws:s3:::logs/a/b', true],
    ['arn:aws:s3:::logs*', 'arn:aws:s3:::logs-archive', true],
    ['arn:aws:s3:::logs/*', 'arn:aws:s3:::other/*', false],
    ['*', 'arn:aws:s3:::anything', true],
    ['arn:aws:s3:::*/*', 'arn:aws:s3:::logs/*', true],
    ['arn:aws:s3:::log?', 'arn:aws:s3:::logs', true],
    ['arn:aws:s3:::a.b', 'arn:aws:s3:::aXb', false],
    ['ARN:aws:s3:::logs', 'arn:aws:s3:::logs', false],
  ])('%j matches %j: %s (`?` one character)', (pattern, value, expected) => {
    expect(globMatches(pattern, value, { singleChar: true })).toBe(expected);
  });

  it('agrees with the reference semantics on arbitrary patterns and values', () => {
    const text = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text(['a', 'b', '*', '?']), text(['a', 'b', '?', '*']), fc.boolean(), (pattern, value, singleChar) => {
        expect(compileGlob(pattern, { singleChar })(value)).toBe(reference(pattern, value, singleChar));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches a pattern of many stars against a long near-miss without exponential backtracking', () => {
    // `^a.*a.*…b$` as a regular expression takes exponential time on this value; here it is a few
    // million character steps at most (pattern × value), so the jest timeout bounds it by far.
    const pattern = `arn:aws:s3:::${'*a'.repeat(200)}*b`;
    const value = `arn:aws:s3:::${'a'.repeat(5000)}`;
    expect(compileGlob(pattern, { singleChar: true })(value)).toBe(false);
    expect(compileGlob(pattern)(`${value}b`)).toBe(true);
  });
});
