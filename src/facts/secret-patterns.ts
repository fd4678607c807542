/**
 * What a plaintext secret looks like (SEC4): names that announce a secret, and values shaped like a
 * credential whatever they are called. Names are matched case- and separator-insensitively
 * (`DB_PASSWORD`, `dbPassword`, `db-password` all read as `dbpassword`).
 */

/** Name fragments that mark a secret. `secret` also covers `client_secret` and `shared_secret`; they are listed for the record. */
export const SECRET_NAME_FRAGMENTS: readonly string[] = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'clientsecret',
  'sharedsecret',
  'token',
  'apikey',
  'privatekey',
];

/**
 * Name endings that say the value is a pointer to a secret or metadata about one, not the secret
 * itself (`DB_PASSWORD_SECRET_ARN`, `TOKEN_URL`, `API_KEY_PARAMETER_NAME`, `SECRET_ROTATION_DAYS`).
 */
export const SECRET_REFERENCE_NAME_SUFFIXES: readonly string[] = [
  'arn',
  'id',
  'name',
  'url',
  'uri',
  'endpoint',
  'path',
  'file',
  'param',
  'parameter',
  'region',
  'ttl',
  'days',
  'length',
  'version',
  'header',
  'type',
];

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The fragment that makes `name` secret-like, or undefined. */
export function secretLikeName(name: string): string | undefined {
  const n = normalizeName(name);
  const fragment = SECRET_NAME_FRAGMENTS.find((f) => n.includes(f));
  if (!fragment) return undefined;
  if (SECRET_REFERENCE_NAME_SUFFIXES.some((s) => n.endsWith(s) && !n.endsWith(fragment))) return undefined;
  return fragment;
}

export interface SecretValuePattern {
  /** What the value looks like, for messages (never the value itself). */
  what: string;
  pattern: RegExp;
}

/**
 * Credential shapes. Lengths follow the issuers' documented formats loosely (a prefix plus a run of
 * token characters) so that truncated or test values are still caught.
 */
export const SECRET_VALUE_PATTERNS: readonly SecretValuePattern[] = [
  { what: 'an AWS access key ID (AKIA/ASIA...)', pattern: /(?:^|[^A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/ },
  { what: 'a PEM private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/ },
  { what: 'a JSON Web Token', pattern: /(?:^|[^A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/ },
  { what: 'a GitHub token (ghp_/gho_/ghu_/ghs_/ghr_)', pattern: /(?:^|[^A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{20,}/ },
  { what: 'a GitHub fine-grained token (github_pat_)', pattern: /github_pat_[A-Za-z0-9_]{20,}/ },
  { what: 'a Slack token (xoxb-/xoxp-/xoxa-/xoxr-)', pattern: /xox[bpar]-[A-Za-z0-9-]{10,}/ },
  { what: 'a Stripe live key (sk_live_/rk_live_)', pattern: /[sr]k_live_[A-Za-z0-9]{10,}/ },
  { what: 'a Google API key (AIza...)', pattern: /AIza[0-9A-Za-z_-]{35}/ },
  { what: 'a GitLab token (glpat-)', pattern: /glpat-[A-Za-z0-9_-]{20,}/ },
  { what: 'an npm token (npm_)', pattern: /(?:^|[^A-Za-z0-9])npm_[A-Za-z0-9]{36}/ },
];

/** What the value looks like when it is shaped like a credential, or undefined. */
export function secretShapedValue(value: string): string | undefined {
  return SECRET_VALUE_PATTERNS.find((p) => p.pattern.test(value))?.what;
}

/**
 * True when a value under a secret-like name is a pointer rather than the secret: an ARN, a
 * CloudFormation dynamic reference, an SSM parameter path, a URL, or empty.
 */
export function isReferenceValue(value: string): boolean {
  const v = value.trim();
  return v === '' || v.startsWith('arn:') || v.startsWith('{{resolve:') || /^\/[A-Za-z0-9_.\-/]+$/.test(v) || /^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+(?:[/?#]|$)/i.test(v);
}
