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

export function templateFindings(source: TemplateSource, rules: readonly Rule[], config: EngineConfig, options: TemplateOptions = {}): TemplateFindings {
  const { alternatives, resources, secrets } = alternativesOfTemplate(source, options);
  const exemptions = [...(config.exemptions ?? []), ...metadataExemptions(source.file, resources)];
  const findings = evaluateAlternatives(alternatives, rules, { ...config, exemptions });
  // Longest first, so a secret that contains another is hidden whole.
  const hidden = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  return { findings: hidden.length > 0 ? findings.map((f) => redacted(f, hidden)) : findings, resources };
}
