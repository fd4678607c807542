/**
 * A Content-Security-Policy builder for marketplace app pages. It refuses `'unsafe-*'` script sources
 * at construction (HDR3: inline script, eval and hashed handlers are how injected script runs), and
 * sets `frame-ancestors` instead of X-Frame-Options: Atlassian, Miro and Trello render apps inside
 * iframes, so the pages must allow exactly their hosts to frame them.
 */
import { judgeScriptSources, parseContentSecurityPolicy } from '../rules/hdr/content-security-policy';

/** The hosts that embed marketplace apps in an iframe. */
export const MARKETPLACE_FRAME_ANCESTORS = {
  atlassian: ['https://*.atlassian.net'],
  miro: ['https://miro.com'],
  trello: ['https://trello.com'],
} as const;

/** The script hosts of the marketplaces' client SDKs (all.js, miro.js, power-up.js). */
export const MARKETPLACE_SCRIPT_SOURCES = {
  atlassian: ['https://connect-cdn.atl-paas.net'],
  miro: ['https://miro.com'],
  trello: ['https://p.trellocdn.com'],
} as const;

export interface ContentSecurityPolicyOptions {
  /**
   * `script-src` sources. `'unsafe-inline'`, `'unsafe-eval'`, `'unsafe-hashes'` (any `'unsafe-…'`) are refused.
   * @default ["'self'"]
   */
  readonly scriptSrc?: string[];
  /**
   * `style-src` sources.
   * @default ["'self'"]
   */
  readonly styleSrc?: string[];
  /**
   * `img-src` sources.
   * @default ["'self'", 'data:']
   */
  readonly imgSrc?: string[];
  /**
   * `connect-src` sources (fetch / XHR / WebSocket targets).
   * @default ["'self'"]
   */
  readonly connectSrc?: string[];
  /**
   * `frame-ancestors`: who may render the page in a frame.
   * @default the Atlassian, Miro and Trello hosts ({@link MARKETPLACE_FRAME_ANCESTORS}), so the app works inside the host product
   */
  readonly frameAncestors?: string[];
  /**
   * Further directives, e.g. `{ 'font-src': ["'self'"], 'upgrade-insecure-requests': [] }`; they
   * replace the defaults of the same name.
   * @default none
   */
  readonly otherDirectives?: Record<string, string[]>;
}

const ALL_MARKETPLACE_HOSTS = Object.values(MARKETPLACE_FRAME_ANCESTORS).flat();

/** Directives that decide which scripts run. */
const SCRIPT_DIRECTIVES = ['script-src', 'script-src-elem', 'script-src-attr'];

/**
 * Throws when `policy` lets scripts run without restriction or with an `'unsafe-…'` keyword, naming
 * the directive and the keyword. Used for policies built here and for policies given as text.
 */
export function assertSafeScriptSources(policy: string, where = 'Content-Security-Policy'): void {
  const directives = parseContentSecurityPolicy(policy);
  const judged = judgeScriptSources(policy);
  if (!judged.ok) throw new Error(`${where} ${judged.reason}; scripts must be limited to trusted sources without 'unsafe-*' keywords`);
  const checked = directives.has('script-src') ? SCRIPT_DIRECTIVES : ['default-src', ...SCRIPT_DIRECTIVES];
  for (const name of checked) {
    const unsafe = (directives.get(name) ?? []).filter((s) => s.toLowerCase().startsWith("'unsafe-"));
    if (unsafe.length > 0) {
      throw new Error(`${where} allows ${unsafe.join(', ')} in ${name}; move inline script to files served from an allowed source (or use nonces/hashes)`);
    }
  }
}

/** Builds the policy text: `default-src 'self'`, the given sources, `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`, `frame-ancestors`. */
export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  const directives = new Map<string, string[]>([
    ['default-src', ["'self'"]],
    ['script-src', options.scriptSrc ?? ["'self'"]],
    ['style-src', options.styleSrc ?? ["'self'"]],
    ['img-src', options.imgSrc ?? ["'self'", 'data:']],
    ['connect-src', options.connectSrc ?? ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', options.frameAncestors ?? ALL_MARKETPLACE_HOSTS],
  ]);
  for (const [name, sources] of Object.entries(options.otherDirectives ?? {})) directives.set(name.toLowerCase(), sources);
  for (const [name, sources] of directives) {
    if (name !== 'upgrade-insecure-requests' && sources.length === 0) throw new Error(`Content-Security-Policy directive ${name} has no sources (use "'none'" to allow nothing)`);
  }
  const policy = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  assertSafeScriptSources(policy);
  return policy;
}
