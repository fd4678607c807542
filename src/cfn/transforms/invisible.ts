/**
 * What a template holds that the checks cannot see: a macro's output, a remote nested template, a
 * module, a SAM type not expanded. Each becomes one `unknown` finding per requirement whose resource
 * kinds it may hold, so no requirement is reported met or not applicable over resources never seen.
 */
import { EngineConfig, effectiveEnforcement, toFinding } from '../../core/engine';
import { Finding } from '../../core/findings';
import { Rule } from '../../core/rule';
import { Kind } from '../../facts/kinds';

export interface Invisible {
  /** The logical ID the invisible part stands at; absent for the template as a whole (its `Transform` section). */
  key?: string;
  type: string;
  /** What could not be seen, e.g. "the template named by TemplateURL https://... (not a local file)". */
  what: string;
  /** The kinds it may hold; `all` when it may hold anything (a whole template, a macro's output). */
  kinds: readonly Kind[] | 'all';
}

const UNSEEN = 'cannot be seen by the checks, so what it creates cannot be checked';

/** True for the finding of an invisible part (the report says so instead of "values not known"). */
export function isInvisibleFinding(f: Pick<Finding, 'status' | 'message'>): boolean {
  return f.status === 'unknown' && f.message.endsWith(UNSEEN);
}

function ruleKinds(rule: Rule): Kind[] {
  return [...(rule.resource?.kinds ?? []), ...(rule.stack?.kinds ?? [])];
}

export function invisibleFindings(invisible: readonly Invisible[], rules: readonly Rule[], config: EngineConfig = {}): Finding[] {
  const now = config.now ?? new Date();
  const findings: Finding[] = [];
  for (const part of invisible) {
    for (const rule of rules) {
      const enforcement = effectiveEnforcement(rule.id, config.enforcement?.[rule.id]);
      if (enforcement === 'disabled') continue;
      const kinds = ruleKinds(rule);
      const covers = part.kinds === 'all' ? kinds.length > 0 : kinds.some((k) => part.kinds.includes(k));
      if (!covers) continue;
      const verdict = { status: 'unknown' as const, message: `${part.what} ${UNSEEN}` };
      const resource = part.key === undefined ? { type: part.type, name: 'stack' } : { type: part.type, name: part.key, key: part.key };
      findings.push(toFinding(rule.id, enforcement, resource, verdict, config.exemptions ?? [], now));
    }
  }
  return findings;
}
