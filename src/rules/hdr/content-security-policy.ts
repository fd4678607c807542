/**
 * A small Content-Security-Policy reader (CSP Level 3 serialized-policy grammar): directives separated
 * by `;`, each a case-insensitive name followed by whitespace-separated source expressions. A repeated
 * directive is ignored after its first occurrence, as browsers do.
 */

export type Directives = ReadonlyMap<string, readonly string[]>;

export function parseContentSecurityPolicy(policy: string): Directives {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const tokens = part
      .trim()
      .split(/[\t\n\f\r ]+/)
      .filter((t) => t !== '');
    if (tokens.length === 0) continue;
    const name = tokens[0].toLowerCase();
    if (!directives.has(name)) directives.set(name, tokens.slice(1));
  }
  return directives;
}

/** Source keywords that let injected script run: inline scripts and handlers, eval(), and hashed inline handlers. */
export const UNSAFE_SCRIPT_KEYWORDS = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"] as const;

export type ScriptPolicyJudgement = { ok: true; directive: 'script-src' | 'default-src' } | { ok: false; reason: string };

/**
 * Judges the scripts a policy allows: `script-src`, or `default-src` when there is no `script-src`
 * (the CSP fallback). No policy for scripts at all means any script may run.
 */
export function judgeScriptSources(policy: string): ScriptPolicyJudgement {
  const directives = parseContentSecurityPolicy(policy);
  const directive = directives.has('script-src') ? 'script-src' : directives.has('default-src') ? 'default-src' : undefined;
  if (directive === undefined) return { ok: false, reason: 'has neither script-src nor default-src, so it does not restrict scripts' };
  const sources = (directives.get(directive) ?? []).map((s) => s.toLowerCase());
  const unsafe = UNSAFE_SCRIPT_KEYWORDS.filter((k) => sources.includes(k));
  if (unsafe.length > 0) return { ok: false, reason: `allows ${unsafe.join(', ')} in ${directive}` };
  return { ok: true, directive };
}
