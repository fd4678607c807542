import { globMatches } from '../../src/core/glob';

describe('IAM Resource globs', () => {
  it.each([
    ['arn:aws:s3:::logs', 'arn:aws:s3:::logs', true],
    ['arn:aws:s3:::logs', 'arn:aws:s3:::logs2', false],
    ['arn:aws:s3:::logs/*', 'arn:aws:s3:::logs/*', true],
    ['arn:aws:s3:::logs/*', 'arn:aws:s3:::logs/a/b', true],
    ['arn:aws:s3:::logs*', 'arn:aws:s3:::logs-archive', true],
    ['arn:aws:s3:::logs/*', 'arn:aws:s3:::other/*', false],
    ['*', 'arn:aws:s3:::anything', true],
    ['arn:aws:s3:::*/*', 'arn:aws:s3:::logs/*', true],
    ['arn:aws:s3:::log?', 'arn:aws:s3:::logs', true],
    ['arn:aws:s3:::log?', 'arn:aws:s3:::log', false],
    ['arn:aws:s3:::a.b', 'arn:aws:s3:::aXb', false],
    ['ARN:aws:s3:::logs', 'arn:aws:s3:::logs', false],
  ])('%s covers %s: %s', (pattern, value, expected) => expect(globMatches(pattern, value, { singleChar: true })).toBe(expected));
});
