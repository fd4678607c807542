/**
 * What a plaintext secret looks like (SEC4): names that announce a secret, and values shaped like a
 * credential whatever they are called. Names are matched case- and separator-insensitively
 * (`DB_PASSWORD`, `dbPassword`, `db-password` all read as `dbpassword`).
 */
import { Kind } from './kinds';

/** Name fragments that mark a secret. `secret` also covers `client_secret` and `shared_secret`; they are listed for the record. */
export const SECRET_NAME_FRAGMENTS: readonly string[] = ['password', 'passwd', 'passphrase', 'secret', 'clientsecret', 'sharedsecret', 'token', 'apikey', 'privatekey'];

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

export const EMBEDDED_PASSWORD = 'a URL or connection string with a password in it (scheme://user:password@host)';

const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const AUTHORITY_END = /[/?#\s]/;

/**
 * A password a deploy-time placeholder stands for, not written text: the `{Name}` CloudFormation's
 * `Fn::Sub` writes for a parameter, `${...}`, `$(...)`, `$NAME` and `<...>` templates, a masked `****`.
 */
function isPlaceholder(password: string): boolean {
  return (
    /^\{[A-Za-z0-9:.]+\}$/.test(password) ||
    /^\$\{[^}]*\}$/.test(password) ||
    /^\$\([^)]*\)$/.test(password) ||
    /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(password) ||
    /^<[^>]*>$/.test(password) ||
    /^\*+$/.test(password) ||
    password.startsWith('{{resolve:')
  );
}

/**
 * True when `value` holds `scheme://user:password@host` (RFC 3986 userinfo) with a written password:
 * `postgres://app:pw@db`, `mongodb+srv://u:p@cluster`, `redis://:pw@cache`, `amqps://u:p@broker`.
 * One pass over the text: each `://` is looked at once, its scheme read backwards up to the previous
 * non-scheme character and its authority forwards up to the next `/`, `?`, `#` or space, so no part of
 * the text is read more than a bounded number of times (no backtracking regular expression).
 */
export function hasEmbeddedPassword(value: string): boolean {
  for (let at = value.indexOf('://'); at >= 0; at = value.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && SCHEME_CHAR.test(value[start - 1])) start--;
    if (start === at || !/[A-Za-z]/.test(value[start])) continue;
    let end = at + 3;
    while (end < value.length && !AUTHORITY_END.test(value[end])) end++;
    const authority = value.slice(at + 3, end);
    const userinfoEnd = authority.lastIndexOf('@');
    if (userinfoEnd < 0) continue;
    const userinfo = authority.slice(0, userinfoEnd);
    const colon = userinfo.indexOf(':');
    if (colon < 0) continue;
    const password = userinfo.slice(colon + 1);
    if (password !== '' && !isPlaceholder(password)) return true;
  }
  return false;
}

/** What the value looks like when it is shaped like a credential, or undefined. */
export function secretShapedValue(value: string): string | undefined {
  return SECRET_VALUE_PATTERNS.find((p) => p.pattern.test(value))?.what ?? (hasEmbeddedPassword(value) ? EMBEDDED_PASSWORD : undefined);
}

/**
 * The text without its CloudFormation dynamic references (`{{resolve:service:reference}}`), which are
 * read from another store at deployment. A reference may quote a resource as `{LogicalId}` (CDK writes
 * `{{resolve:secretsmanager:${Secret}:SecretString:password::}}`), so one ends at the first `}}` and
 * the run of braces it starts, not at the first brace.
 */
export function withoutDynamicReferences(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('{{resolve:'); at >= 0; at = text.indexOf('{{resolve:', from)) {
    const close = text.indexOf('}}', at + 10);
    if (close < 0) break;
    let end = close + 2;
    while (text[end] === '}') end++;
    out += text.slice(from, at);
    from = end;
  }
  return out + text.slice(from);
}

/** True when the text is one or more dynamic references and nothing else written (separators aside). */
export function isDynamicReference(text: string): boolean {
  return text.includes('{{resolve:') && !/[A-Za-z0-9]/.test(withoutDynamicReferences(text));
}

/**
 * True when a value under a secret-like name is a pointer rather than the secret: an ARN, a
 * CloudFormation dynamic reference, an SSM parameter path, a URL, or empty.
 */
export function isReferenceValue(value: string): boolean {
  const v = value.trim();
  return v === '' || v.startsWith('arn:') || v.startsWith('{{resolve:') || /^\/[A-Za-z0-9_.\-/]+$/.test(v) || /^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+(?:[/?#]|$)/i.test(v);
}

/**
 * Properties that hold a secret whatever their value looks like (Pulumi input paths; the CloudFormation
 * adapter renames `MasterUserPassword`, `AuthToken`... into them). The write-only `...Wo` inputs of
 * @pulumi/aws 7 stay out of the state, but a literal given to them is still written in the program.
 */
export const SECRET_PROPERTIES: Readonly<Partial<Record<Kind, readonly string[]>>> = {
  'rds:Instance': ['password', 'passwordWo'],
  // An Aurora member ignores it (the cluster holds the password), but a written one is still in the template.
  'rds:ClusterInstance': ['password'],
  'rds:Cluster': ['masterPassword', 'masterPasswordWo'],
  'redshift:Cluster': ['masterPassword', 'masterPasswordWo'],
  'docdb:Cluster': ['masterPassword', 'masterPasswordWo'],
  'elasticache:ReplicationGroup': ['authToken'],
  'opensearch:Domain': ['advancedSecurityOptions.masterUserOptions.masterUserPassword'],
};
