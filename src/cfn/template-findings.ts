/**
 * One template judged by the rules: its facts in every combination of the choices it leaves open,
 * judged together (core/alternatives.ts), with the exemptions its resources' Metadata grants. `scan`
 * and the cdk-nag pack both judge templates this way.
 */
import { evaluateAlternatives } from '../core/alternatives';
import { EngineConfig } from '../core/engine';
import { Finding } from '../core/findings';
import { Rule } from '../core/rule';
import { TemplateOptions, TemplateResource, alternativesOfTemplate } from './facts';
import { metadataExemptions } from './metadata-exemptions';
import { TemplateSource } from './template-source';
import { PathResource, templateWords } from './template-paths';
import { cloudFormationTypeWords } from './type-words';

export interface TemplateFindings {
  findings: Finding[];
  /** Every resource created in at least one combination of the open choices. */
  resources: TemplateResource[];
}

/** What output writes instead of a NoEcho parameter's value. */
export const REDACTED = '****';

/** The finding with every secret text replaced: a NoEcho value a message quotes is never written. */
function redacted(finding: Finding, secrets: readonly string[]): Finding {
  const hide = (text: string) => secrets.reduce((t, secret) => t.split(secret).join(REDACTED), text);
  const out: Finding = { ...finding, message: hide(finding.message) };
  if (finding.detail !== undefined) out.detail = hide(finding.detail);
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Findings in the template's words: the property paths a message quotes as the rules read them (Pulumi's
 * input shape) named as the template writes them, on the resource (or, for a side fact `Bucket#encryption`,
 * the resource whose inline configuration it is) the finding is about.
 */
export function inTemplateWords(findings: readonly Finding[], template: Readonly<Record<string, unknown>>): Finding[] {
  const resources = new Map<string, PathResource>();
  for (const [logicalId, r] of Object.entries(isRecord(template.Resources) ? template.Resources : {})) {
    if (isRecord(r) && typeof r.Type === 'string') resources.set(logicalId, { type: r.Type, properties: r.Properties ?? {} });
  }
  return findings.map((f) => {
    const [logicalId, side] = f.resource.key?.split('#') ?? [];
    const resource = logicalId === undefined ? undefined : resources.get(logicalId);
    // A stack-level finding (no trail, no monitoring) names the resources to add, in the template's words too.
    if (!resource) {
      const message = logicalId === undefined ? cloudFormationTypeWords(f.message) : f.message;
      return message === f.message ? f : { ...f, message };
    }
    const subject = side === undefined ? resource : { ...resource, sideFact: true };
    const message = templateWords(subject, resources, f.message);
    const shownDetail = f.detail === undefined ? undefined : templateWords(subject, resources, f.detail);
    return { ...f, message, ...(shownDetail !== undefined && shownDetail !== f.detail ? { shownDetail } : {}) };
  });
}

export function templateFindings(source: TemplateSource, rules: readonly Rule[], config: EngineConfig, options: TemplateOptions = {}): TemplateFindings {
  const { alternatives, resources, secrets } = alternativesOfTemplate(source, options);
  const exemptions = [...(config.exemptions ?? []), ...metadataExemptions(source.file, resources)];
  const findings = inTemplateWords(evaluateAlternatives(alternatives, rules, { ...config, exemptions }), source.template);
  // Longest first, so a secret that contains another is hidden whole.
  const hidden = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  return { findings: hidden.length > 0 ? findings.map((f) => redacted(f, hidden)) : findings, resources };
}
